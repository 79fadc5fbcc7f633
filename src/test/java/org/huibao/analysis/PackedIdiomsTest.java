package org.huibao.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged idioms' table is the one the data file builds, and is used only for that file's exact bytes:
 * a changed or damaged file is read at run time.
 */
class PackedIdiomsTest {

    private static void assertSame(Idioms a, Idioms b) {
        assertEquals(a.texts, b.texts);
        assertTrue(Arrays.equals(a.textAt, b.textAt), "textAt");
        assertTrue(Arrays.equals(a.syllables, b.syllables), "syllables");
        assertTrue(Arrays.equals(a.readingOf, b.readingOf), "readingOf");
        assertTrue(Arrays.equals(a.readingAt, b.readingAt), "readingAt");
        assertTrue(Arrays.equals(a.chars, b.chars), "chars");
        assertTrue(Arrays.equals(a.charAt, b.charAt), "charAt");
        assertTrue(Arrays.equals(a.charReading, b.charReading), "charReading");
        assertTrue(Arrays.equals(a.sieve, b.sieve), "sieve");
        assertTrue(Arrays.equals(a.byHole.keys, b.byHole.keys), "keys");
        assertTrue(Arrays.equals(a.byHole.values, b.byHole.values), "values");
        assertTrue(Arrays.deepEquals(a.byHole.several, b.byHole.several), "several");
    }

    @Test
    void theBuildPackagedTheTableOfTheDataFile() {
        Idioms packaged = PackedIdioms.read(Idioms.resourceBytes()).orElseThrow();
        assertSame(Idioms.parsed(), packaged);
        assertTrue(packaged.textAt.length > 9_000, "the idioms are there");
    }

    @Test
    void readBackAnswersAsBuilt() {
        byte[] source = Idioms.resourceBytes();
        Idioms built = Idioms.parsed();
        Idioms read = PackedIdioms.read(PackedIdioms.write(source, built), source).orElseThrow();
        assertSame(built, read);
        char[] slip = "集思广议".toCharArray();
        assertEquals(List.of("集思广益"), read.differingAt(slip, 0, 3).stream().map(Idioms.Idiom::text).toList());
        assertEquals(built.differingAt(slip, 0, 3), read.differingAt(slip, 0, 3));
        assertTrue(read.soundsAs('议', "yi"));
        assertFalse(read.soundsAs('议', "guang"));
        assertFalse(read.soundsAs('〇', "ling"));
    }

    @Test
    void anotherDataFileIsNotRead() {
        byte[] source = Idioms.resourceBytes();
        byte[] packed = PackedIdioms.write(source, Idioms.parsed());
        byte[] changed = source.clone();
        changed[changed.length - 2] ^= 1;
        assertFalse(PackedIdioms.read(packed, changed).isPresent(), "one byte changed");
        assertFalse(PackedIdioms.read(packed, Arrays.copyOf(source, source.length - 1)).isPresent(), "shorter");
        assertFalse(PackedIdioms.read(Arrays.copyOf(packed, packed.length - 1), source).isPresent(), "damaged");
        assertFalse(PackedIdioms.read(new byte[] {0, 1, 2}, source).isPresent(), "not a table");
    }
}
