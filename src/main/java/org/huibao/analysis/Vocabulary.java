package org.huibao.analysis;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.huibao.lexicon.Prefilter;

/**
 * Every literal text the analysis looks for — word-list entries, the literal anchors of patterns (cues,
 * word-list patterns, detectors) — in one Aho–Corasick automaton, so each line is scanned once for all
 * of them. Immutable once built; shared by all threads of a run.
 */
public final class Vocabulary {
    private final PackedAutomaton trie;
    /** The words and their ids. */
    private final Map<String, Integer> ids;

    private Vocabulary(Map<String, Integer> ids) {
        this.ids = Collections.unmodifiableMap(new HashMap<>(ids));
        this.trie = ids.isEmpty() ? null : PackedAutomaton.of(ids);
    }

    /** Where the build packages the automaton of this vocabulary ({@link PackedAutomaton}). */
    String resource() {
        return PackedAutomaton.resource(ids);
    }

    /** The automaton and its words as the build packages them; empty for no words. */
    byte[] packed() {
        return trie == null ? new byte[0] : trie.write(ids);
    }

    /** Number of distinct words. */
    public int size() {
        return ids.size();
    }

    /** Every occurrence of every word in the text, overlapping ones included. */
    public LineScan scan(String text) {
        // The automaton reads a char[] by index; given the String, it would make an interface call
        // (CharSequence.charAt) for each character of the report.
        char[] chars = text.toCharArray();
        LineScan.Collector c = new LineScan.Collector(ids.size(), mayRepeat(chars) && Prefilter.hasRepeat(text));
        if (trie != null && chars.length > 0) {
            trie.parseText(chars, (AhoCorasickDoubleArrayTrie.IHit<Integer>) (begin, end, value) -> c.hit(value, begin, end));
        }
        return c.done();
    }

    /**
     * False when no character can repeat the one before it: no two equal chars are adjacent and there
     * is no surrogate (a repeated supplementary character is four chars, no two adjacent ones equal).
     * Most lines are done with here, without reading them by code point.
     */
    private static boolean mayRepeat(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            if (Character.isSurrogate(chars[i]) || i > 0 && chars[i] == chars[i - 1]) {
                return true;
            }
        }
        return false;
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

        /** What a line must contain for a pattern with this prefilter to match in it. */
        Gate gate(Prefilter filter) {
            if (filter.anchors().isEmpty() && !filter.repeat()) {
                return Gate.ALWAYS;
            }
            return new Gate(filter.anchors().isEmpty() ? new int[0] : anchors(filter.anchors()), filter.repeat());
        }

        /** The ids of these words, added if new. */
        int[] anchors(Collection<String> anchors) {
            // distinct, in the order first met; a loop, not a stream: asked for every pattern at start-up
            int[] out = new int[anchors.size()];
            int n = 0;
            next:
            for (String a : anchors) {
                int id = add(a);
                if (id < 0) {
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    if (out[k] == id) {
                        continue next;
                    }
                }
                out[n++] = id;
            }
            return java.util.Arrays.copyOf(out, n);
        }

        public Vocabulary build() {
            return new Vocabulary(ids);
        }
    }
}
