package org.huibao.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The four-character idioms and set phrases of HanLP's dictionary with their readings (集思广益 ji si guang
 * yi), and the readings of the characters, from {@code data/huibao/idioms.txt} (made by
 * {@code org.huibao.build.IdiomTable}). Answers which idioms differ from four characters in one given place,
 * and whether two characters share a reading. Immutable; one instance for the process.
 */
final class Idioms {
    private static final String RESOURCE = "/data/huibao/idioms.txt";
    private static final int LENGTH = 4;

    /** One idiom and the reading of each of its characters in it. */
    record Idiom(String text, List<String> readings) {
    }

    /**
     * The idioms by their text with one character put out (集思广? → 集思广益), keyed as {@link #hole} packs them:
     * open addressing over a long[] of keys, so that a look-up neither builds a string nor hashes one.
     */
    private final HoleTable byHole;
    private final Map<Character, Set<String>> readings;
    /**
     * One bit per hash of the keys the look-ups ask for: the first two and the last two characters of every
     * idiom (one of the pairs is intact when one character differs, so a text whose pairs are in neither is no
     * idiom's near miss — most of a line), and every idiom with one character put out, packed in a long (where,
     * and the other three). A clear bit means no idiom; a set bit may be another key's (about one in forty), which
     * {@link #differingAt} settles. The look-ups run at nearly every character of a report: a sorted array's
     * binary search, or a hash table, missed the processor's cache at each probe and cost a tenth of a report's
     * CPU; this table is 256 KB.
     */
    private final long[] sieve = new long[1 << (SIEVE_BITS - 6)];
    private static final int SIEVE_BITS = 21;

    private Idioms(List<Idiom> idioms, Map<Character, Set<String>> readings) {
        this.byHole = new HoleTable(idioms);
        this.readings = readings;
        for (Idiom i : idioms) {
            char[] c = i.text().toCharArray();
            mark(head(c, 0));
            mark(tail(c, 0));
            for (int k = 0; k < LENGTH; k++) {
                mark(hole(c, k, 0));
            }
        }
    }

    /** Fibonacci hashing: the top bits of the key times the golden ratio spread keys that differ in few bits. */
    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - SIEVE_BITS));
    }

    private void mark(long key) {
        int s = slot(key);
        sieve[s >>> 6] |= 1L << s;
    }

    private boolean marked(long key) {
        int s = slot(key);
        return (sieve[s >>> 6] & 1L << s) != 0;
    }

    /** The first two of the four characters from {@code at}, as a key apart from the last two's and the holes'. */
    private static long head(char[] s, int at) {
        return 1L << 40 | pair(s, at);
    }

    private static long tail(char[] s, int at) {
        return 2L << 40 | pair(s, at + 2);
    }

    private static int pair(char[] s, int at) {
        return s[at] << 16 | s[at + 1];
    }

    /** The characters from {@code p} but the one at {@code p + k}, and {@code k}, in one long. */
    private static long hole(char[] t, int k, int p) {
        long key = k;
        for (int j = 0; j < LENGTH; j++) {
            if (j != k) {
                key = key << 16 | t[p + j];
            }
        }
        return key;
    }

    /**
     * False when no idiom has the characters of {@code t} from {@code p} but the one at {@code p + k}; true when
     * one may have them ({@link #differingAt} tells). The text comes as an array: under the batch's C1 every
     * {@code String.charAt} is a call with its own bounds check, and these run at nearly every character.
     */
    boolean mayHaveHole(char[] t, int p, int k) {
        return marked(hole(t, k, p));
    }

    /** False when no idiom differs from the four characters of {@code t} from {@code p} in one place. */
    boolean mayBeNear(char[] t, int p) {
        return marked(head(t, p)) || marked(tail(t, p));
    }

    private static final class Holder {
        static final Idioms INSTANCE = load();
    }

    static Idioms get() {
        return Holder.INSTANCE;
    }

    /** The idioms that are the four characters of {@code t} from {@code p} with another character at {@code k}. */
    List<Idiom> differingAt(char[] t, int p, int k) {
        Object found = byHole.get(hole(t, k, p));
        if (found == null) {
            return List.of();
        }
        if (found instanceof Idiom i) {
            return i.text().charAt(k) != t[p + k] ? List.of(i) : List.of();
        }
        Idiom[] all = (Idiom[]) found;
        List<Idiom> out = new ArrayList<>(all.length);
        for (Idiom i : all) {
            if (i.text().charAt(k) != t[p + k]) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * A map from {@link #hole} keys to the idioms that have them, in the order of the data file, as open
     * addressing with linear probing over a table at most half full: one idiom as itself, several as an array
     * (most keys have one, and a list per key was 37,000 objects to build at start-up). No key is 0: the three
     * characters it packs are Han ones. Immutable once made.
     */
    private static final class HoleTable {
        private final long[] keys;
        private final Object[] values;
        private final int mask;

        HoleTable(List<Idiom> idioms) {
            int capacity = Integer.highestOneBit(Math.max(2, idioms.size() * LENGTH) * 4 - 1);
            keys = new long[capacity];
            values = new Object[capacity];
            mask = capacity - 1;
            for (Idiom i : idioms) {
                char[] c = i.text().toCharArray();
                for (int k = 0; k < LENGTH; k++) {
                    add(hole(c, k, 0), i);
                }
            }
        }

        private void add(long key, Idiom idiom) {
            int s = slot(key);
            while (keys[s] != 0 && keys[s] != key) {
                s = (s + 1) & mask;
            }
            keys[s] = key;
            Object v = values[s];
            if (v == null) {
                values[s] = idiom;
            } else if (v instanceof Idiom one) {
                values[s] = new Idiom[] {one, idiom};
            } else {
                Idiom[] more = java.util.Arrays.copyOf((Idiom[]) v, ((Idiom[]) v).length + 1);
                more[more.length - 1] = idiom;
                values[s] = more;
            }
        }

        private int slot(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        }

        /** An {@link Idiom}, an {@code Idiom[]} of several, or null. */
        Object get(long key) {
            for (int s = slot(key); keys[s] != 0; s = (s + 1) & mask) {
                if (keys[s] == key) {
                    return values[s];
                }
            }
            return null;
        }
    }

    /** True when {@code written} can be read as {@code reading} (toneless pinyin): 议 as yi, which 益 has in 集思广益. */
    boolean soundsAs(char written, String reading) {
        Set<String> r = readings.get(written);
        return r != null && r.contains(reading);
    }

    private static Idioms load() {
        List<Idiom> idioms = new ArrayList<>();
        Map<Character, Set<String>> readings = new HashMap<>();
        for (String line : DataLines.of(RESOURCE)) {
            String[] parts = line.split(" ");
            if (line.charAt(0) == '=') {
                readings.put(line.charAt(1), Set.of(java.util.Arrays.copyOfRange(parts, 1, parts.length)));
                continue;
            }
            idioms.add(new Idiom(parts[0], List.of(java.util.Arrays.copyOfRange(parts, 1, parts.length))));
        }
        // HashMap and HashSet, not Map.copyOf: the immutable collections probe linearly, slow for these keys
        return new Idioms(idioms, java.util.Collections.unmodifiableMap(readings));
    }
}
