package org.huibao.analysis;

/** Character tests that stand in for {@code \p{IsHan}} without a script lookup for common characters. */
final class Han {
    private Han() {
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

    /** True when the text has one of the characters. */
    static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
