package org.huibao.analysis;

/**
 * The slips of typing that make a near miss of a phrase harvested from published texts ({@link NearMisses#HARVESTED}):
 * such phrases are frequent clauses, where a word put for another mostly makes another correct phrase, so only a
 * character that breaks the phrase's word into no word, or two neighbours exchanged into none, counts.
 */
final class TypingSlips {
    /**
     * Characters of administrative units: a harvested phrase with one of them changed names another
     * unit's campaign or body (区域协调发展 and 县区协调发展, 市政协 and 州政协, 县域经济 and 州域经济).
     */
    private static final String UNITS = "国省市县区州镇乡村盟旗域";

    private TypingSlips() {
    }

    /**
     * The slips of typing in a harvested phrase: one Han character put for one that made a word with its
     * neighbour in the phrase, where the character written makes a word with neither neighbour in the text
     * (加强靡政建设; not 坚持依法执政, 坚决遏止…, whose 执政, 遏止 are words), or two neighbours exchanged into
     * no word (社会障保体系).
     */
    static boolean typed(int x, int y, String meant, String wrote, String text, int at, String phrase, int from) {
        if (x == 2 && y == 2) {
            return meant.charAt(0) == wrote.charAt(1) && meant.charAt(1) == wrote.charAt(0) && !Segmenter.inDictionary(wrote);
        }
        return x == 1 && y == 1 && Han.is(wrote.charAt(0)) && UNITS.indexOf(wrote.charAt(0)) < 0 && UNITS.indexOf(meant.charAt(0)) < 0
                && inWord(phrase, from) && !inWord(text, at);
    }

    /**
     * Whether the span of a harvested phrase starts or ends inside a word of the text (坚持依法按政策 is
     * no 坚持依法行政 misspelt: its 政 is 政策's).
     */
    static boolean cutsWord(String text, int s, int e) {
        return s > 0 && Han.is(text.charAt(s - 1)) && Segmenter.inDictionary(text.substring(s - 1, s + 1))
                || e < text.length() && Han.is(text.charAt(e)) && Segmenter.inDictionary(text.substring(e - 1, e + 1));
    }

    /** Whether the character at {@code i} makes a dictionary word of two or three characters with those around it. */
    private static boolean inWord(String s, int i) {
        for (int from = Math.max(0, i - 2); from <= i; from++) {
            for (int to = Math.max(i + 1, from + 2); to <= Math.min(s.length(), from + 3); to++) {
                if (Segmenter.inDictionary(s.substring(from, to))) {
                    return true;
                }
            }
        }
        return false;
    }
}
