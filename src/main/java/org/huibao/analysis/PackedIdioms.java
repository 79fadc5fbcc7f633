package org.huibao.analysis;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.huibao.config.Packaged;

/**
 * The idioms' table ({@link Idioms}) as the build packages it ({@code org.huibao.build.AutomatonWriter}), as
 * {@value #RESOURCE}: its arrays and look-up tables, read back in a few bulk copies. Reading the data file's
 * 9,278 idioms and building their tables cost a cold check about 75 ms of CPU, most of it in the interpreter.
 * The packaged table holds the bytes of the data file it was made from and is used only when they are
 * exactly the data file's now; otherwise the table is built from the file at run time.
 */
public final class PackedIdioms {
    static final String RESOURCE = "huibao/idioms.bin";
    private static final int MAGIC = 0x48424944; // "HBID"
    private static final int VERSION = 1;

    private PackedIdioms() {
    }

    /** The resource {@link #write} is packaged as, relative to the class path's root (build time). */
    public static String resource() {
        return RESOURCE;
    }

    /** The table of the data file, built from it, in the form {@link #read} takes (build time). */
    public static byte[] write() {
        return write(Idioms.resourceBytes(), Idioms.parsed());
    }

    static byte[] write(byte[] source, Idioms t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(source.length);
            out.write(source);
            chars(out, t.texts.toCharArray());
            ints(out, t.textAt);
            out.writeInt(t.syllables.length);
            for (String s : t.syllables) {
                chars(out, s.toCharArray());
            }
            ints(out, t.readingOf);
            ints(out, t.readingAt);
            chars(out, t.chars);
            ints(out, t.charAt);
            ints(out, t.charReading);
            out.writeInt(t.sieve.length);
            for (long x : t.sieve) {
                out.writeLong(x);
            }
            out.writeInt(t.byHole.keys.length);
            for (long x : t.byHole.keys) {
                out.writeLong(x);
            }
            ints(out, t.byHole.values);
            out.writeInt(t.byHole.several.length);
            for (int[] s : t.byHole.several) {
                ints(out, s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The packaged table, when the build made one from exactly {@code source}, the data file's bytes. */
    static Optional<Idioms> read(byte[] source) {
        return Packaged.bytes(RESOURCE).flatMap(bytes -> read(bytes, source));
    }

    static Optional<Idioms> read(byte[] bytes, byte[] source) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.getInt() != MAGIC || in.getInt() != VERSION || in.getInt() != source.length
                    || in.remaining() < source.length
                    || !in.slice(in.position(), source.length).equals(ByteBuffer.wrap(source))) {
                return Optional.empty();
            }
            in.position(in.position() + source.length);
            String texts = new String(chars(in));
            int[] textAt = ints(in);
            String[] syllables = new String[in.getInt()];
            for (int i = 0; i < syllables.length; i++) {
                syllables[i] = new String(chars(in));
            }
            int[] readingOf = ints(in);
            int[] readingAt = ints(in);
            char[] chars = chars(in);
            int[] charAt = ints(in);
            int[] charReading = ints(in);
            long[] sieve = longs(in);
            long[] keys = longs(in);
            int[] values = ints(in);
            int[][] several = new int[in.getInt()][];
            for (int i = 0; i < several.length; i++) {
                several[i] = ints(in);
            }
            if (in.hasRemaining() || values.length != keys.length || Integer.bitCount(keys.length) != 1
                    || sieve.length != 1 << (Idioms.SIEVE_BITS - 6)) {
                return Optional.empty();
            }
            return Optional.of(new Idioms(texts, textAt, syllables, readingOf, readingAt, chars, charAt, charReading,
                    sieve, new Idioms.HoleTable(keys, values, several)));
        } catch (RuntimeException e) {
            return Optional.empty(); // a damaged file: the data file is there to build from
        }
    }

    private static void chars(DataOutputStream out, char[] a) throws IOException {
        out.writeInt(a.length);
        for (char c : a) {
            out.writeChar(c);
        }
    }

    private static void ints(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int x : a) {
            out.writeInt(x);
        }
    }

    private static char[] chars(ByteBuffer in) {
        char[] out = new char[in.getInt()];
        in.asCharBuffer().get(out);
        in.position(in.position() + 2 * out.length);
        return out;
    }

    private static int[] ints(ByteBuffer in) {
        int[] out = new int[in.getInt()];
        in.asIntBuffer().get(out);
        in.position(in.position() + 4 * out.length);
        return out;
    }

    private static long[] longs(ByteBuffer in) {
        long[] out = new long[in.getInt()];
        in.asLongBuffer().get(out);
        in.position(in.position() + 8 * out.length);
        return out;
    }
}
