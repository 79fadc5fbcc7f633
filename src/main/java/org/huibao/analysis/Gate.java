package org.huibao.analysis;

import java.util.BitSet;

/**
 * What a line must contain for a pattern to match in it, in terms of a {@link Vocabulary}: one of the
 * anchor words, or (when {@code repeat}) a character typed twice in a row.
 *
 * @param anchors ids of the anchor words; {@code null} when the pattern must always run
 * @param repeat  an alternative of the pattern matches only where a character is doubled
 * @param anchorSet the same ids as a set, never modified: a gate of a cue's pattern list has hundreds of
 *                  anchors, and a stretch of text is asked about each in turn when it has none of them
 */
record Gate(int[] anchors, boolean repeat, BitSet anchorSet) {
    static final Gate ALWAYS = new Gate(null, false);

    Gate(int[] anchors, boolean repeat) {
        this(anchors, repeat, set(anchors));
    }

    private static BitSet set(int[] anchors) {
        BitSet set = new BitSet();
        if (anchors != null) {
            for (int a : anchors) {
                if (a >= 0) {
                    set.set(a);
                }
            }
        }
        return set;
    }

    boolean always() {
        return anchors == null && !repeat;
    }

    /**
     * True when one of the anchors is among the words (ids, as {@link LineScans} lists a stretch's). A
     * stretch holds a few dozen words at most, the vocabulary thousands: a look-up per word costs less
     * than intersecting two sets the size of the vocabulary, asked for every pattern of every sentence.
     */
    boolean anyOf(int[] words) {
        for (int w : words) {
            if (anchorSet.get(w)) {
                return true;
            }
        }
        return false;
    }
}
