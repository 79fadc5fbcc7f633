package org.huibao.read;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Word 97–2003 (.doc) through POI's HWPF: one line per paragraph of the main text in document
 * order (table cells included), list numbers written out from the list definitions, deleted text of
 * tracked changes and hidden text left out, field codes dropped in favour of their results. Headers,
 * footers, comments and footnotes are separate stories in a .doc and are not read. The layout has
 * sizes, first-line indents and margins; fonts as far as the file names them.
 *
 * <p>A .docx saved under a .doc name is read as .docx. POI is loaded only when a file is read.
 */
public final class DocReader implements DocumentReader {

    private static final Set<String> EXTENSIONS = Set.of("doc");

    private final long maxBytes;

    /** @param maxBytes files larger than this are rejected with {@link ReadException.Kind#TOO_LARGE} */
    public DocReader(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public DocReader() {
        this(Readers.DEFAULT_MAX_BYTES);
    }

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    @Override
    public SourceText read(Path path, String displayName) throws ReadException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayName, "displayName");
        WordFiles.Container container = WordFiles.check(path, maxBytes);
        switch (container) {
            case OLE2:
                return WordFiles.source(displayName, DocExtractor.extract(path), "doc");
            case ZIP:
                return WordFiles.source(displayName, DocxExtractor.extract(path), "docx");
            default:
                throw WordFiles.notWord(container);
        }
    }
}
