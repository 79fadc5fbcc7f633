package org.huibao.analysis;

/**
 * A line without its quotation marks and blanks, with the way back to the line's offsets. A standard
 * phrase is compared with what a draft wrote in this view, so that “四个全面”战略布局 and 四个全面战略布局,
 * or a blank typed inside a phrase, do not count as edits.
 *
 * @param text   the folded text
 * @param toRaw  per character of {@code text}, its offset in the line
 * @param toText per offset of the line (and its end), the first character of {@code text} at or after it
 */
record Folded(String text, int[] toRaw, int[] toText) {

    /** Characters a phrase is compared without. */
    static boolean folds(char c) {
        return switch (c) {
            case '“', '”', '‘', '’', '"', '\'', '「', '」', '『', '』', ' ', '\u3000', '\u00a0', '\t' -> true;
            default -> false;
        };
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!folds(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    static Folded of(String line) {
        StringBuilder b = new StringBuilder(line.length());
        int[] toRaw = new int[line.length()];
        int[] toText = new int[line.length() + 1];
        for (int i = 0; i < line.length(); i++) {
            toText[i] = b.length();
            if (!folds(line.charAt(i))) {
                toRaw[b.length()] = i;
                b.append(line.charAt(i));
            }
        }
        toText[line.length()] = b.length();
        return new Folded(b.toString(), java.util.Arrays.copyOf(toRaw, b.length()), toText);
    }
}
