package org.huibao.read;

import java.nio.file.Path;
import java.util.Set;

/** Turns one kind of document file into {@link SourceText}. */
public interface DocumentReader {

    /** File extensions handled, lower-case and without the dot, e.g. {@code Set.of("txt", "md")}. */
    Set<String> extensions();

    /**
     * Reads {@code path} without modifying it.
     *
     * @param displayName the name to put into {@link SourceText#name()}, as the user gave the path
     */
    SourceText read(Path path, String displayName) throws ReadException;
}
