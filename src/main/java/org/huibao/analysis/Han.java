package org.huibao.analysis;

/** Character tests that stand in for {@code \p{IsHan}} without a script lookup for common characters. */
final class Han {
    /** {@link Character#isLetterOrDigit(int)} of every character of the Basic Multilingual Plane. */
    private static final long[] LETTER_OR_DIGIT = new long[1 << 10];

    static {
        for (int c = 0; c < 1 << 16; c++) {
            if (Character.isLetterOrDigit(c)) {
                LETTER_OR_DIGIT[c >>> 6] |= 1L << c;
            }
        }
    }

    private Han() {
    }

    /** Exactly {@link Character#isLetterOrDigit(int)}, from a table for the Basic Multilingual Plane. */
    static boolean letterOrDigit(int cp) {
        return cp < 1 << 16 ? (LETTER_OR_DIGIT[cp >>> 6] & 1L << cp) != 0 : Character.isLetterOrDigit(cp);
    }

    /** True for a character of the Han script, exactly as {@code \p{IsHan}} decides. */
    static boolean is(int cp) {
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true;
        }
        if (cp < 0x2E80) {
            return false;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** True when the text has a surrogate (a character outside the Basic Multilingual Plane). */
    static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits in a text: its length without punctuation and spaces. */
    static int contentLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (letterOrDigit(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }
}
