package org.huibao.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.huibao.lexicon.Prefilter;

/**
 * Rules patterns out for stretches of one text that hold none of their anchors, and tells where in a
 * stretch a search may begin. A pattern searched within a region (opaque bounds) can only find a match
 * that lies inside the region, and every match contains one of the pattern's {@link Prefilter} anchors;
 * so where no anchor occurrence lies wholly inside the stretch, the search would find nothing. A
 * pattern that looks at nothing outside its match and whose matches have a bounded length cannot match
 * further before the first anchor than that length: its search may skip to there. Built per pattern
 * list once; {@link #in} answers for one text after a single pass over it.
 */
final class StretchGate {
    /** Per pattern: its anchors, or {@code null} when it must always run. */
    private final String[][] anchors;
    /** Per pattern: the most characters a match can span, or -1 when unbounded or not known. */
    private final int[] maxChars;
    /**
     * Per character: the (pattern, anchor) pairs whose anchor starts with it, {@code null} for none. A
     * table, not a map: asked of every character of a report, and a map would box each one.
     */
    private final int[][][] byFirst = new int[1 << 16][][];
    private final boolean any;

    StretchGate(List<Pattern> patterns) {
        this.anchors = new String[patterns.size()][];
        this.maxChars = new int[patterns.size()];
        Map<Character, List<int[]>> first = new HashMap<>();
        for (int i = 0; i < patterns.size(); i++) {
            Pattern p = patterns.get(i);
            // flags (CASE_INSENSITIVE…) change what a literal matches: such a pattern always runs
            Prefilter f = p.flags() == 0 ? Prefilter.of(p.pattern()) : Prefilter.NONE;
            maxChars[i] = p.flags() == 0 ? MatchLength.maxChars(p.pattern()) : -1;
            if (f.anchors().isEmpty() || f.repeat()) {
                continue;
            }
            anchors[i] = f.anchors().toArray(new String[0]);
            for (int k = 0; k < anchors[i].length; k++) {
                first.computeIfAbsent(anchors[i][k].charAt(0), c -> new ArrayList<>()).add(new int[] {i, k});
            }
        }
        first.forEach((c, l) -> byFirst[c] = l.toArray(new int[0][]));
        this.any = !first.isEmpty();
    }

    /** The anchors' occurrences in one text. */
    Text in(String text) {
        int n = anchors.length;
        int[][] starts = new int[n][];
        int[][] ends = new int[n][];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = new int[anchors[i] == null ? 0 : 8];
            ends[i] = new int[starts[i].length];
        }
        if (any) {
            for (int at = 0; at < text.length(); at++) {
                int[][] candidates = byFirst[text.charAt(at)];
                if (candidates == null) {
                    continue;
                }
                for (int[] c : candidates) {
                    String a = anchors[c[0]][c[1]];
                    if (text.startsWith(a, at)) {
                        int i = c[0];
                        if (count[i] == starts[i].length) {
                            starts[i] = Arrays.copyOf(starts[i], count[i] * 2);
                            ends[i] = Arrays.copyOf(ends[i], count[i] * 2);
                        }
                        starts[i][count[i]] = at;
                        ends[i][count[i]] = at + a.length();
                        count[i]++;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            // occurrences come in order of start; from each on, the earliest end of any later one
            for (int k = count[i] - 2; k >= 0; k--) {
                ends[i][k] = Math.min(ends[i][k], ends[i][k + 1]);
            }
        }
        return new Text(starts, ends, count);
    }

    /** Answers for one text. */
    final class Text {
        private final int[][] starts;
        private final int[][] minEnds;
        private final int[] count;

        private Text(int[][] starts, int[][] minEnds, int[] count) {
            this.starts = starts;
            this.minEnds = minEnds;
            this.count = count;
        }

        /** False when pattern {@code i} can find nothing within {@code [from, to)}. */
        boolean mayFind(int i, int from, int to) {
            if (anchors[i] == null) {
                return true;
            }
            int k = firstAtOrAfter(i, from);
            return k < count[i] && minEnds[i][k] <= to;
        }

        /** The index of pattern {@code i}'s first anchor occurrence that starts at or after {@code from}. */
        private int firstAtOrAfter(int i, int from) {
            int k = Arrays.binarySearch(starts[i], 0, count[i], from);
            if (k < 0) {
                return -k - 1;
            }
            while (k > 0 && starts[i][k - 1] == from) {
                k--;
            }
            return k;
        }

        /**
         * Where a search for pattern {@code i} within {@code [from, to)} may begin and still find the
         * same first match: {@code from}, or later when no match can start before the first anchor's
         * end less the longest match. Only for a stretch {@link #mayFind} allows.
         */
        int searchFrom(int i, int from, String text) {
            if (anchors[i] == null || maxChars[i] < 0) {
                return from;
            }
            int k = firstAtOrAfter(i, from);
            int s = minEnds[i][k] - maxChars[i];
            if (s <= from) {
                return from;
            }
            // never between the halves of a pair: there the search would try a start it skips otherwise
            if (Character.isLowSurrogate(text.charAt(s)) && Character.isHighSurrogate(text.charAt(s - 1))) {
                s--;
            }
            return s;
        }
    }
}
