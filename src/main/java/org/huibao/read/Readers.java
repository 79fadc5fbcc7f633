package org.huibao.read;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Chooses the reader by file extension. Immutable. */
public final class Readers {

    /**
     * Default size limit: a long Word report with photos stays below it, while a stray disk image,
     * archive or log file is refused before it is read into memory.
     */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /**
     * Default text budget, the same as the checker's default --max-chars: a PDF or Word file whose
     * text runs past it is given up while it is read, instead of being extracted in full first.
     */
    public static final int DEFAULT_MAX_CHARS = 500_000;

    private final Map<String, DocumentReader> byExtension;
    private final Set<String> extensions;

    private Readers(Map<String, DocumentReader> byExtension) {
        this.byExtension = Map.copyOf(byExtension);
        this.extensions = Collections.unmodifiableSortedSet(new TreeSet<>(byExtension.keySet()));
    }

    /** Text, Markdown, Word (docx, doc, wps), PDF and OFD, each limited to {@link #DEFAULT_MAX_BYTES}. */
    public static Readers defaults() {
        return defaults(DEFAULT_MAX_BYTES);
    }

    /** Text, Markdown, Word, WPS, PDF and OFD, each refusing files larger than {@code maxBytes}. */
    public static Readers defaults(long maxBytes) {
        return defaults(maxBytes, DEFAULT_MAX_CHARS);
    }

    /**
     * Text, Markdown, Word, WPS, PDF and OFD, each refusing files larger than {@code maxBytes}; PDF,
     * OFD, Word and WPS files stop being read once their text passes {@code maxChars} (the checker's
     * --max-chars).
     */
    public static Readers defaults(long maxBytes, int maxChars) {
        return of(new TextReader(maxBytes), new PdfReader(maxBytes, PdfReader.DEFAULT_MAX_PAGES, maxChars),
                new WordReader(maxBytes, maxChars), new WpsReader(maxBytes, maxChars),
                new OfdReader(maxBytes, PdfReader.DEFAULT_MAX_PAGES, maxChars));
    }

    /** Lets later formats (e.g. docx) be added without touching this class; extensions must not overlap. */
    public static Readers of(DocumentReader... readers) {
        Map<String, DocumentReader> map = new LinkedHashMap<>();
        for (DocumentReader reader : readers) {
            Objects.requireNonNull(reader, "reader");
            for (String ext : reader.extensions()) {
                String key = ext.toLowerCase(Locale.ROOT);
                if (map.putIfAbsent(key, reader) != null) {
                    throw new IllegalArgumentException("two readers claim extension ." + key);
                }
            }
        }
        return new Readers(map);
    }

    public Optional<DocumentReader> forPath(Path p) {
        return extensionOf(p).map(byExtension::get);
    }

    public boolean supports(Path p) {
        return forPath(p).isPresent();
    }

    /** Supported extensions, sorted, for help texts and error messages. */
    public Set<String> extensions() {
        return extensions;
    }

    // Locale.ROOT: under a Turkish default locale "TXT".toLowerCase() would not be "txt".
    private static Optional<String> extensionOf(Path p) {
        Path fileName = p == null ? null : p.getFileName();
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Checks the limits a reader is made with: a negative size, or no pages or characters at all, is a
     * programming error, not a file's problem.
     */
    static void requireLimits(long maxBytes, int maxPages, int maxChars) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages < 1: " + maxPages);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars < 1: " + maxChars);
        }
    }
}
