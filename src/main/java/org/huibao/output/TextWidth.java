package org.huibao.output;

/** Terminal column arithmetic for mixed Chinese and Latin text. */
final class TextWidth {

    private TextWidth() {
    }

    /**
     * Columns a terminal gives the text: East Asian wide and full-width characters take two. Ambiguous
     * ones (“”, ✓) count one, as in most Chinese terminals' default settings.
     */
    static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Pads with spaces on the right to at least {@code columns} display columns. */
    static String pad(String s, int columns) {
        int missing = columns - of(s);
        return missing <= 0 ? s : s + " ".repeat(missing);
    }

    /** At most {@code max} code points (columns count code points in this tool), then the ellipsis. */
    static String truncate(String s, int max, String ellipsis) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max)) + ellipsis;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F          // Hangul Jamo
                || cp >= 0x2E80 && cp <= 0x303E      // CJK radicals, Kangxi, CJK symbols and punctuation
                || cp >= 0x3041 && cp <= 0x33FF      // kana, bopomofo, CJK compatibility
                || cp >= 0x3400 && cp <= 0x4DBF      // CJK extension A
                || cp >= 0x4E00 && cp <= 0x9FFF      // CJK unified ideographs
                || cp >= 0xA000 && cp <= 0xA4CF      // Yi
                || cp >= 0xAC00 && cp <= 0xD7A3      // Hangul syllables
                || cp >= 0xF900 && cp <= 0xFAFF      // CJK compatibility ideographs
                || cp >= 0xFE10 && cp <= 0xFE19      // vertical forms
                || cp >= 0xFE30 && cp <= 0xFE6F      // CJK compatibility forms, small forms
                || cp >= 0xFF00 && cp <= 0xFF60      // full-width forms (，：（）…)
                || cp >= 0xFFE0 && cp <= 0xFFE6      // full-width signs
                || cp >= 0x1F300 && cp <= 0x1F64F    // pictographs, emoticons
                || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x20000 && cp <= 0x3FFFD;   // CJK extensions B and later
    }
}
