package org.huibao.analysis;

/**
 * Which of the detectors' sets of characters a line holds, found in one pass over it: each detector
 * used to look for its own characters, one pass per set and a string search per character.
 */
final class CharSets {
    /** A character some placeholder needs: {@link WordingSpots#PLACEHOLDER_CHARS}. */
    static final int PLACEHOLDER = 1;
    /** * or ＊. */
    static final int STAR = 1 << 1;
    /** A character a separator line may be drawn with besides stars: - = _ ~. */
    static final int RULE = 1 << 2;
    /** A character markup starts with: # < &. */
    static final int MARKUP = 1 << 3;
    /** A paired mark: {@link PunctuationSpots#PAIRED}. */
    static final int PAIRED = 1 << 4;

    private static final byte[] SETS = new byte[1 << 16];

    static {
        add(WordingSpots.PLACEHOLDER_CHARS, PLACEHOLDER);
        add("*＊", STAR);
        add("-=_~", RULE);
        add("#<&", MARKUP);
        add(PunctuationSpots.PAIRED, PAIRED);
    }

    private CharSets() {
    }

    private static void add(String chars, int set) {
        for (int i = 0; i < chars.length(); i++) {
            SETS[chars.charAt(i)] |= (byte) set;
        }
    }

    /** The sets that have a character in the text. */
    static int of(String text) {
        int sets = 0;
        for (int i = 0; i < text.length(); i++) {
            sets |= SETS[text.charAt(i)];
        }
        return sets;
    }
}
