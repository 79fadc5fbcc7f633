package org.huibao.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    private static final char HOLE = '?';

    /** One idiom and the reading of each of its characters in it. */
    record Idiom(String text, List<String> readings) {
    }

    /** The idioms by their text with one character put out (集思广? → 集思广益). */
    private final Map<String, List<Idiom>> byHole;
    private final Map<Character, Set<String>> readings;
    /**
     * The first two and the last two characters of every idiom: one of the pairs is intact when one character
     * differs, so a text whose pairs are in neither is no idiom's near miss — most of a line, found cheaply.
     */
    private final int[] heads;
    private final int[] tails;
    /** Every idiom with one character put out, packed in a long (where, and the other three), sorted. */
    private final long[] holes;

    private Idioms(Map<String, List<Idiom>> byHole, Map<Character, Set<String>> readings) {
        this.byHole = byHole;
        this.readings = readings;
        this.heads = byHole.values().stream().flatMap(List::stream).mapToInt(i -> pair(i.text(), 0)).sorted().distinct().toArray();
        this.tails = byHole.values().stream().flatMap(List::stream).mapToInt(i -> pair(i.text(), 2)).sorted().distinct().toArray();
        this.holes = byHole.keySet().stream().mapToLong(k -> hole(k, k.indexOf(HOLE), 0)).sorted().toArray();
    }

    private static int pair(CharSequence s, int at) {
        return s.charAt(at) << 16 | s.charAt(at + 1);
    }

    /** The characters from {@code p} but the one at {@code p + k}, and {@code k}, in one long. */
    private static long hole(CharSequence t, int k, int p) {
        long key = k;
        for (int j = 0; j < LENGTH; j++) {
            if (j != k) {
                key = key << 16 | t.charAt(p + j);
            }
        }
        return key;
    }

    /** True when an idiom has the characters of {@code t} from {@code p} but, perhaps, the one at {@code p + k}. */
    boolean hasHole(CharSequence t, int p, int k) {
        return java.util.Arrays.binarySearch(holes, hole(t, k, p)) >= 0;
    }

    /** False when no idiom differs from the four characters of {@code t} from {@code p} in one place. */
    boolean near(CharSequence t, int p) {
        // sorted arrays searched, not hash sets: two CJK characters packed in an int hash into few buckets
        return java.util.Arrays.binarySearch(heads, pair(t, p)) >= 0 || java.util.Arrays.binarySearch(tails, pair(t, p + 2)) >= 0;
    }

    private static final class Holder {
        static final Idioms INSTANCE = load();
    }

    static Idioms get() {
        return Holder.INSTANCE;
    }

    /** The idioms that are {@code text} (four characters) with another character at {@code k}. */
    List<Idiom> differingAt(String text, int k) {
        char[] c = text.toCharArray();
        c[k] = HOLE;
        List<Idiom> found = byHole.get(new String(c));
        if (found == null) {
            return List.of();
        }
        List<Idiom> out = new ArrayList<>(found.size());
        for (Idiom i : found) {
            if (i.text().charAt(k) != text.charAt(k)) {
                out.add(i);
            }
        }
        return out;
    }

    /** True when {@code written} can be read as {@code reading} (toneless pinyin): 议 as yi, which 益 has in 集思广益. */
    boolean soundsAs(char written, String reading) {
        Set<String> r = readings.get(written);
        return r != null && r.contains(reading);
    }

    private static Idioms load() {
        Map<String, List<Idiom>> byHole = new HashMap<>();
        Map<Character, Set<String>> readings = new HashMap<>();
        try (InputStream in = Idioms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" ");
                if (line.charAt(0) == '=') {
                    readings.put(line.charAt(1), Set.of(java.util.Arrays.copyOfRange(parts, 1, parts.length)));
                    continue;
                }
                Idiom idiom = new Idiom(parts[0], List.of(java.util.Arrays.copyOfRange(parts, 1, parts.length)));
                for (int k = 0; k < LENGTH; k++) {
                    char[] c = parts[0].toCharArray();
                    c[k] = HOLE;
                    byHole.computeIfAbsent(new String(c), x -> new ArrayList<>(1)).add(idiom);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byHole.replaceAll((k, v) -> List.copyOf(v));
        // HashMap and HashSet, not Map.copyOf: the immutable collections probe linearly, slow for these keys
        return new Idioms(java.util.Collections.unmodifiableMap(byHole), java.util.Collections.unmodifiableMap(readings));
    }
}
