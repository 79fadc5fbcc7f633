package org.huibao.analysis;

import java.util.Arrays;
import java.util.BitSet;
import org.huibao.lexicon.Prefilter;

/**
 * The words of a {@link Vocabulary} found in one line, with their positions (offsets into the line's
 * text). Immutable.
 */
public final class LineScan {
    private final int[] ids;
    private final int[] starts;
    private final int[] ends;
    private final BitSet present;
    private final boolean repeat;

    private LineScan(int[] ids, int[] starts, int[] ends, BitSet present, boolean repeat) {
        this.repeat = repeat;
        this.ids = ids;
        this.starts = starts;
        this.ends = ends;
        this.present = present;
    }

    /** True when the word occurs in the line. */
    public boolean has(int id) {
        return id >= 0 && present.get(id);
    }

    /** The id of the first word at or after {@code id} that occurs in the line, or -1. */
    int nextWord(int id) {
        return present.nextSetBit(id);
    }

    /** The number of hits, overlapping ones included; hit {@code i} is {@link #id}, {@link #start}, {@link #end}. */
    int hits() {
        return ids.length;
    }

    int id(int i) {
        return ids[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** True when the line has a Chinese character typed twice in a row. */
    boolean repeat() {
        return repeat;
    }

    /**
     * The ids of the words that occur entirely within {@code [from, to)} of the line, a word found twice
     * listed twice: the gates only ask whether an anchor is among them, for which a set would cost more to
     * build than the few repeats cost to test.
     */
    int[] wordsIn(int from, int to) {
        // hits are sorted by start: the stretch's are one run, found by binary search, so that asking
        // about every sentence of a very long line costs the sentences' words, not the line's each time
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int[] out = new int[8];
        int n = 0;
        for (int i = lo; i < starts.length && starts[i] < to; i++) {
            if (ends[i] <= to) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = ids[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * True when a pattern behind this gate may match in the stretch {@code [from, to)} of the line, whose
     * words' ids are given.
     */
    boolean mayMatch(Gate gate, int[] words, int from, int to, String text) {
        if (gate.always()) {
            return true;
        }
        if (gate.repeat() && repeat && Prefilter.hasRepeat(text.substring(from, to))) {
            return true;
        }
        return gate.anchors() != null && gate.anyOf(words);
    }

    static final class Collector {
        private int[] ids = new int[8];
        private int[] starts = new int[8];
        private int[] ends = new int[8];
        private int n;
        private final BitSet present;
        private final boolean repeat;

        Collector(int words, boolean repeat) {
            this.present = new BitSet(words);
            this.repeat = repeat;
        }

        void hit(int id, int start, int end) {
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, n * 2);
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            ids[n] = id;
            starts[n] = start;
            ends[n] = end;
            n++;
            present.set(id);
        }

        /** The scan, its hits sorted by start (the automaton reports them by end). */
        LineScan done() {
            int[] order = order();
            int[] sortedIds = new int[n];
            int[] sortedStarts = new int[n];
            int[] sortedEnds = new int[n];
            for (int i = 0; i < n; i++) {
                sortedIds[i] = ids[order[i]];
                sortedStarts[i] = starts[order[i]];
                sortedEnds[i] = ends[order[i]];
            }
            return new LineScan(sortedIds, sortedStarts, sortedEnds, present, repeat);
        }

        /**
         * The hits' indices by start, then end, then order found. Start, end and index packed into one long
         * when each fits in 21 bits (a line of up to two million characters), so that sorting a line's
         * hits boxes nothing and calls no comparator; a longer line is sorted the boxed way.
         */
        private int[] order() {
            int[] order = new int[n];
            int maxEnd = 0;
            for (int i = 0; i < n; i++) {
                maxEnd = Math.max(maxEnd, ends[i]);
            }
            if (n < 1 << PACKED && maxEnd < 1 << PACKED) {
                long[] keys = new long[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = (long) starts[i] << 2 * PACKED | (long) ends[i] << PACKED | i;
                }
                Arrays.sort(keys);
                for (int i = 0; i < n; i++) {
                    order[i] = (int) (keys[i] & (1 << PACKED) - 1);
                }
                return order;
            }
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (a, b) -> starts[a] != starts[b] ? Integer.compare(starts[a], starts[b])
                    : Integer.compare(ends[a], ends[b]));
            for (int i = 0; i < n; i++) {
                order[i] = boxed[i];
            }
            return order;
        }

        private static final int PACKED = 21;
    }
}
