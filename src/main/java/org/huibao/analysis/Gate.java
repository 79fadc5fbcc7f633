package org.huibao.analysis;

/**
 * What a line must contain for a pattern to match in it, in terms of a {@link Vocabulary}: one of the
 * anchor words, or (when {@code repeat}) a character typed twice in a row.
 *
 * @param anchors ids of the anchor words; {@code null} when the pattern must always run
 * @param repeat  an alternative of the pattern matches only where a character is doubled
 */
record Gate(int[] anchors, boolean repeat) {
    static final Gate ALWAYS = new Gate(null, false);

    boolean always() {
        return anchors == null && !repeat;
    }
}
