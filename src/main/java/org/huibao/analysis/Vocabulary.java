package org.huibao.analysis;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every literal text the analysis looks for — word-list entries, the literal anchors of patterns (cues,
 * word-list patterns, detectors) — in one Aho–Corasick automaton, so each line is scanned once for all
 * of them. Immutable once built; shared by all threads of a run.
 */
public final class Vocabulary {
    private final AhoCorasickDoubleArrayTrie<Integer> trie;
    private final List<String> words;

    private Vocabulary(Map<String, Integer> ids) {
        this.words = List.copyOf(ids.keySet());
        if (ids.isEmpty()) {
            this.trie = null;
        } else {
            this.trie = new AhoCorasickDoubleArrayTrie<>();
            trie.build(new TreeMap<>(ids));
        }
    }

    /** Number of distinct words. */
    public int size() {
        return words.size();
    }

    /** The word with this id. */
    public String word(int id) {
        return words.get(id);
    }

    /** Every occurrence of every word in the text, overlapping ones included. */
    public LineScan scan(String text) {
        LineScan.Collector c = new LineScan.Collector(words.size());
        if (trie != null && !text.isEmpty()) {
            trie.parseText(text, (int begin, int end, Integer value) -> c.hit(value, begin, end));
        }
        return c.done();
    }

    /** Collects the words; each distinct text gets one id, in the order first added. */
    public static final class Builder {
        private final Map<String, Integer> ids = new LinkedHashMap<>();

        /** The id of a word; an empty word has none (-1). */
        public int add(String word) {
            if (word.isEmpty()) {
                return -1;
            }
            return ids.computeIfAbsent(word, w -> ids.size());
        }

        /**
         * The ids of a pattern's anchors (texts of which every match contains one), or {@code null} when
         * the pattern has none and must always run.
         */
        public int[] anchors(Collection<String> anchors) {
            if (anchors.isEmpty()) {
                return null;
            }
            List<Integer> out = new ArrayList<>();
            for (String a : anchors) {
                int id = add(a);
                if (id >= 0) {
                    out.add(id);
                }
            }
            return out.stream().mapToInt(Integer::intValue).distinct().toArray();
        }

        public Vocabulary build() {
            return new Vocabulary(ids);
        }
    }
}
