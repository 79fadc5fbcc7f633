package org.huibao.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The four-character idioms and set phrases of HanLP's dictionary with their readings (集思广益 ji si guang
 * yi), and the readings of the characters, from {@code data/huibao/idioms.txt} (made by
 * {@code org.huibao.build.IdiomTable}). Answers which idioms differ from four characters in one given place,
 * and whether two characters share a reading. Immutable; one instance for the process.
 *
 * <p>The list is kept as a few arrays, not an object per idiom (an {@link Idiom} is made when a look-up
 * answers with it), so that the build can package the whole table ({@link PackedIdioms}): reading the text
 * and building its tables was the largest piece of a cold check's set-up.
 */
final class Idioms {
    static final String RESOURCE = "/data/huibao/idioms.txt";
    static final int LENGTH = 4;
    static final int SIEVE_BITS = 21;

    /** One idiom and the reading of each of its characters in it. */
    record Idiom(String text, List<String> readings) {
    }

    /** The idioms' texts, one after another, the i-th from {@code textAt[i]} to {@code textAt[i + 1]}. */
    final String texts;
    final int[] textAt;
    /** The distinct readings, and the i-th idiom's as their indices: {@code readingOf[readingAt[i]…readingAt[i + 1]]}. */
    final String[] syllables;
    final int[] readingOf;
    final int[] readingAt;
    /** The characters with readings, sorted; the readings of {@code chars[j]} are {@code charReading[charAt[j]…charAt[j + 1]]}. */
    final char[] chars;
    final int[] charAt;
    final int[] charReading;
    /**
     * The idioms by their text with one character put out (集思广? → 集思广益), keyed as {@link #hole} packs them:
     * open addressing over a long[] of keys, so that a look-up neither builds a string nor hashes one.
     */
    final HoleTable byHole;
    /**
     * One bit per hash of the keys the look-ups ask for: the first two and the last two characters of every
     * idiom (one of the pairs is intact when one character differs, so a text whose pairs are in neither is no
     * idiom's near miss — most of a line), and every idiom with one character put out, packed in a long (where,
     * and the other three). A clear bit means no idiom; a set bit may be another key's (about one in forty), which
     * {@link #differingAt} settles. The look-ups run at nearly every character of a report: a sorted array's
     * binary search, or a hash table, missed the processor's cache at each probe and cost a tenth of a report's
     * CPU; this table is 256 KB.
     */
    final long[] sieve;

    /** The idioms as read, with the look-up tables made from them in the list's order. */
    private Idioms(String texts, int[] textAt, String[] syllables, int[] readingOf, int[] readingAt, char[] chars,
                   int[] charAt, int[] charReading) {
        this(texts, textAt, syllables, readingOf, readingAt, chars, charAt, charReading,
                new long[1 << (SIEVE_BITS - 6)], new HoleTable(textAt.length - 1));
        for (int i = 0; i + 1 < textAt.length; i++) {
            char[] c = text(i).toCharArray();
            for (int k = 0; k < LENGTH; k++) {
                byHole.add(hole(c, k, 0), i);
            }
            mark(head(c, 0));
            mark(tail(c, 0));
            for (int k = 0; k < LENGTH; k++) {
                mark(hole(c, k, 0));
            }
        }
    }

    /** Every part given: the tables as {@link PackedIdioms} reads them back. */
    Idioms(String texts, int[] textAt, String[] syllables, int[] readingOf, int[] readingAt, char[] chars, int[] charAt,
           int[] charReading, long[] sieve, HoleTable byHole) {
        this.texts = texts;
        this.textAt = textAt;
        this.syllables = syllables;
        this.readingOf = readingOf;
        this.readingAt = readingAt;
        this.chars = chars;
        this.charAt = charAt;
        this.charReading = charReading;
        this.sieve = sieve;
        this.byHole = byHole;
    }

    private String text(int i) {
        return texts.substring(textAt[i], textAt[i + 1]);
    }

    private Idiom idiom(int i) {
        String[] r = new String[readingAt[i + 1] - readingAt[i]];
        for (int j = 0; j < r.length; j++) {
            r[j] = syllables[readingOf[readingAt[i] + j]];
        }
        return new Idiom(text(i), List.of(r));
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
        int found = byHole.get(hole(t, k, p));
        if (found == 0) {
            return List.of();
        }
        if (found > 0) {
            return texts.charAt(textAt[found - 1] + k) != t[p + k] ? List.of(idiom(found - 1)) : List.of();
        }
        int[] all = byHole.several[-found - 1];
        List<Idiom> out = new ArrayList<>(all.length);
        for (int i : all) {
            if (texts.charAt(textAt[i] + k) != t[p + k]) {
                out.add(idiom(i));
            }
        }
        return out;
    }

    /**
     * A map from {@link #hole} keys to the idioms that have them, in the order of the data file, as open
     * addressing with linear probing over a table at most half full: {@code i + 1} for the one idiom {@code i},
     * {@code -(j + 1)} for the idioms of {@code several[j]}. No key is 0: the three characters it packs are Han
     * ones. Immutable once made.
     */
    static final class HoleTable {
        final long[] keys;
        final int[] values;
        int[][] several;
        private final int mask;

        private HoleTable(int idioms) {
            int capacity = Integer.highestOneBit(Math.max(2, idioms * LENGTH) * 4 - 1);
            keys = new long[capacity];
            values = new int[capacity];
            several = new int[0][];
            mask = capacity - 1;
        }

        HoleTable(long[] keys, int[] values, int[][] several) {
            this.keys = keys;
            this.values = values;
            this.several = several;
            this.mask = keys.length - 1;
        }

        private void add(long key, int idiom) {
            int s = slot(key);
            while (keys[s] != 0 && keys[s] != key) {
                s = (s + 1) & mask;
            }
            keys[s] = key;
            int v = values[s];
            if (v == 0) {
                values[s] = idiom + 1;
            } else if (v > 0) {
                several = Arrays.copyOf(several, several.length + 1);
                several[several.length - 1] = new int[] {v - 1, idiom};
                values[s] = -several.length;
            } else {
                int[] more = Arrays.copyOf(several[-v - 1], several[-v - 1].length + 1);
                more[more.length - 1] = idiom;
                several[-v - 1] = more;
            }
        }

        private int slot(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        }

        /** As {@link #values} holds it; 0 when no idiom has the key. */
        int get(long key) {
            for (int s = slot(key); keys[s] != 0; s = (s + 1) & mask) {
                if (keys[s] == key) {
                    return values[s];
                }
            }
            return 0;
        }
    }

    /** True when {@code written} can be read as {@code reading} (toneless pinyin): 议 as yi, which 益 has in 集思广益. */
    boolean soundsAs(char written, String reading) {
        int j = Arrays.binarySearch(chars, written);
        if (j < 0) {
            return false;
        }
        for (int r = charAt[j]; r < charAt[j + 1]; r++) {
            if (syllables[charReading[r]].equals(reading)) {
                return true;
            }
        }
        return false;
    }

    /** The data file's bytes: what the packaged table must have been made from. */
    static byte[] resourceBytes() {
        try (InputStream in = Idioms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Idioms load() {
        return PackedIdioms.read(resourceBytes()).orElseGet(Idioms::parsed);
    }

    /** The table read from the data file's text, and its look-ups built, at run time. */
    static Idioms parsed() {
        StringBuilder texts = new StringBuilder();
        List<Integer> textAt = new ArrayList<>(List.of(0));
        List<Integer> readingOf = new ArrayList<>();
        List<Integer> readingAt = new ArrayList<>(List.of(0));
        Map<String, Integer> syllables = new LinkedHashMap<>();
        TreeMap<Character, List<Integer>> readings = new TreeMap<>();
        for (String line : DataLines.of(RESOURCE)) {
            String[] parts = line.split(" ");
            List<Integer> ids = new ArrayList<>();
            for (int j = 1; j < parts.length; j++) {
                ids.add(syllables.computeIfAbsent(parts[j], x -> syllables.size()));
            }
            if (line.charAt(0) == '=') {
                readings.put(line.charAt(1), ids); // a character listed again: its last line holds
                continue;
            }
            texts.append(parts[0]);
            textAt.add(texts.length());
            readingOf.addAll(ids);
            readingAt.add(readingOf.size());
        }
        char[] chars = new char[readings.size()];
        List<Integer> charAt = new ArrayList<>(List.of(0));
        List<Integer> charReading = new ArrayList<>();
        int j = 0;
        for (var e : readings.entrySet()) {
            chars[j++] = e.getKey();
            charReading.addAll(e.getValue());
            charAt.add(charReading.size());
        }
        return new Idioms(texts.toString(), ints(textAt), syllables.keySet().toArray(new String[0]), ints(readingOf),
                ints(readingAt), chars, ints(charAt), ints(charReading));
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
