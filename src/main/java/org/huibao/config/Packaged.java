package org.huibao.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The bytes of something the build packaged on the class path (YAML trees, the vocabulary's automaton, the
 * idioms' table). Absent or unreadable means not packaged: each caller then builds what it needs at run time.
 */
public final class Packaged {

    private Packaged() {
    }

    /** The whole of {@code resource}, or empty when the jar has none or it cannot be read. */
    public static Optional<byte[]> bytes(String resource) {
        try (InputStream in = Packaged.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
