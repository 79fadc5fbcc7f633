package org.huibao.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huibao.config.Config;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoader;
import org.junit.jupiter.api.Test;

class PackedAutomatonTest {
    private static final String TEXT = "党建工作报告：工作报告中的“建”与党建，报告、工作。";

    private static Map<String, Integer> ids(String... words) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (String w : words) {
            ids.put(w, ids.size());
        }
        return ids;
    }

    private static List<String> hits(AhoCorasickDoubleArrayTrie<Integer> a) {
        List<String> out = new ArrayList<>();
        a.parseText(TEXT.toCharArray(), (AhoCorasickDoubleArrayTrie.IHit<Integer>) (b, e, v) -> out.add(b + "-" + e + ":" + v));
        return out;
    }

    /** Read back, the automaton finds what the library's own finds, each word with its id in this run. */
    @Test
    void readBackFindsWhatABuiltOneFinds() {
        Map<String, Integer> first = ids("工作", "工作报告", "报告", "党建", "建", "“建”");
        Map<String, Integer> other = ids("建", "报告", "“建”", "党建", "工作报告", "工作");
        byte[] packed = PackedAutomaton.built(first).write(first);
        assertEquals(hits(PackedAutomaton.built(first)), hits(PackedAutomaton.read(packed, first).orElseThrow()));
        assertEquals(hits(PackedAutomaton.built(other)), hits(PackedAutomaton.read(packed, other).orElseThrow()));
        assertFalse(hits(PackedAutomaton.built(first)).isEmpty(), "the test text holds the words");
    }

    @Test
    void otherWordsAreNotRead() {
        Map<String, Integer> words = ids("工作", "报告", "党建");
        byte[] packed = PackedAutomaton.built(words).write(words);
        assertFalse(PackedAutomaton.read(packed, ids("工作", "报告", "党员")).isPresent());
        assertFalse(PackedAutomaton.read(packed, ids("工作", "报告", "党建", "建")).isPresent());
        assertFalse(PackedAutomaton.read(packed, ids("工作", "报告")).isPresent());
        assertFalse(PackedAutomaton.read(new byte[] {0, 1, 2}, words).isPresent());
    }

    /** The build packaged the automaton a check with the built-in configuration and rules looks up. */
    @Test
    void theBuiltInVocabularyIsPackaged() throws Exception {
        Config config = ConfigLoader.defaults();
        Analyzer analyzer = Analyzer.of(config, RuleLoader.load(config, List.of()).lexicons());
        assertNotNull(getClass().getClassLoader().getResource(analyzer.vocabularyResource()), analyzer.vocabularyResource());
    }
}
