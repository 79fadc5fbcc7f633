package org.huibao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The year of a word list's since: and until: is read as the pattern (19|20)[0-9]{2} reads it. */
class LexiconYearTest {

    @Test
    void readsAYearAsThePatternDoes() {
        String chars = "0123456789２０a -";
        int n = 0;
        for (int len = 0; len <= 5; len++) {
            int[] at = new int[len];
            while (true) {
                StringBuilder b = new StringBuilder();
                for (int k : at) {
                    b.append(chars.charAt(k));
                }
                String v = b.toString();
                assertEquals(v.matches("(19|20)[0-9]{2}"), LexiconLoader.year(v), v);
                n++;
                int k = len - 1;
                while (k >= 0 && ++at[k] == chars.length()) {
                    at[k--] = 0;
                }
                if (k < 0) {
                    break;
                }
            }
        }
        assertTrue(n > 500_000, "the strings are there");
        assertTrue(LexiconLoader.year("2024"));
        assertFalse(LexiconLoader.year("２０２４"));
        assertFalse(LexiconLoader.year("2124"));
    }
}
