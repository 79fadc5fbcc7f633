package org.huibao.analysis;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.huibao.config.Packaged;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The vocabulary's Aho–Corasick automaton, built by the library and packaged by the build for the
 * vocabulary of the built-in configuration and word lists ({@code org.huibao.build.AutomatonWriter}), as
 * {@value #FOLDER}{@code <key>.bin}. Building it took about a twentieth of the CPU of one cold check;
 * reading its arrays back is a few bulk copies. A packaged automaton holds its words and is used only for
 * exactly those words: a vocabulary that an office's word lists or configuration change is built afresh.
 * Either way the automaton is the library's own, arrays and all.
 */
final class PackedAutomaton extends AhoCorasickDoubleArrayTrie<Integer> {
    static final String FOLDER = "huibao/vocabulary/";
    private static final int MAGIC = 0x48424143; // "HBAC"
    private static final int VERSION = 1;

    private PackedAutomaton() {
    }

    /** The resource of the automaton of these words, whatever their ids; different sets may share one. */
    static String resource(Map<String, Integer> ids) {
        return FOLDER + Integer.toHexString(ids.size()) + "-" + Integer.toHexString(ids.keySet().hashCode()) + ".bin";
    }

    /** The automaton of the words of {@code ids}, each hit reporting its word's id: the packaged one, or built. */
    static PackedAutomaton of(Map<String, Integer> ids) {
        return find(ids).orElseGet(() -> built(ids));
    }

    /** The automaton of the words of {@code ids}, built by the library. */
    static PackedAutomaton built(Map<String, Integer> ids) {
        PackedAutomaton a = new PackedAutomaton();
        a.build(new TreeMap<>(ids));
        return a;
    }

    /** The packaged automaton of exactly these words, if the build made one. */
    static Optional<PackedAutomaton> find(Map<String, Integer> ids) {
        return Packaged.bytes(resource(ids)).flatMap(bytes -> read(bytes, ids));
    }

    /**
     * The automaton in {@code bytes} when it was built for the words of {@code ids}. Its states depend on
     * the set of words only (the library builds from them sorted); the value of each word, what a hit
     * reports, is its id in this run, which the order the word lists were read in decides.
     */
    static Optional<PackedAutomaton> read(byte[] bytes, Map<String, Integer> ids) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.getInt() != MAGIC || in.getInt() != VERSION || in.getInt() != ids.size()) {
                return Optional.empty();
            }
            Integer[] values = new Integer[ids.size()];
            for (int i = 0; i < values.length; i++) {
                byte[] b = new byte[in.getInt()];
                in.get(b);
                values[i] = ids.get(new String(b, StandardCharsets.UTF_8));
                if (values[i] == null) {
                    return Optional.empty();
                }
            }
            PackedAutomaton a = new PackedAutomaton();
            a.v = values;
            a.size = in.getInt();
            a.check = ints(in);
            a.base = ints(in);
            a.fail = ints(in);
            a.l = ints(in);
            a.output = new int[in.getInt()][];
            for (int i = 0; i < a.output.length; i++) {
                a.output[i] = ints(in);
            }
            return in.hasRemaining() ? Optional.empty() : Optional.of(a);
        } catch (RuntimeException e) {
            return Optional.empty(); // a damaged file: the words are there to build from
        }
    }

    private static int[] ints(ByteBuffer in) {
        int n = in.getInt();
        return n < 0 ? null : ints(in, n);
    }

    private static int[] ints(ByteBuffer in, int n) {
        int[] out = new int[n];
        in.asIntBuffer().get(out);
        in.position(in.position() + 4 * n);
        return out;
    }

    /** This automaton, built for the words of {@code ids}, in the form {@link #read} takes (build time). */
    byte[] write(Map<String, Integer> ids) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(ids.size());
            for (String w : new TreeSet<>(ids.keySet())) {
                byte[] b = w.getBytes(StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
            }
            out.writeInt(size);
            write(out, check);
            write(out, base);
            write(out, fail);
            write(out, l);
            out.writeInt(output.length);
            for (int[] o : output) {
                write(out, o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(DataOutputStream out, int[] a) throws IOException {
        if (a == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(a.length);
        for (int x : a) {
            out.writeInt(x);
        }
    }
}
