package org.huibao.analysis;

import java.util.function.IntPredicate;

/**
 * A set of characters of the Basic Multilingual Plane as bits, for a pass over a line that acts on few of
 * its characters: one look-up tells that a character is none of them, where testing it against each
 * family's characters in turn (a string search per family, a Unicode category) cost more than the acting.
 * Immutable.
 */
final class CharTable {
    private final long[] words = new long[1 << 10];

    private CharTable(IntPredicate member) {
        for (int c = 0; c < 1 << 16; c++) {
            if (member.test(c)) {
                words[c >>> 6] |= 1L << c;
            }
        }
    }

    private CharTable(CharSequence members) {
        for (int i = 0; i < members.length(); i++) {
            char c = members.charAt(i);
            words[c >>> 6] |= 1L << c;
        }
    }

    /** The characters of {@code members}: a few, named, without a test of every character of the plane. */
    static CharTable of(CharSequence members) {
        return new CharTable(members);
    }

    /** The characters the test holds for; it is asked once per character, when the table is made. */
    static CharTable where(IntPredicate member) {
        return new CharTable(member);
    }

    boolean has(char c) {
        return (words[c >>> 6] & 1L << c) != 0;
    }
}
