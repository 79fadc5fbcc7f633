package org.huibao.read;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Word 2007 and later (.docx), as saved by Word, WPS and LibreOffice: one line per paragraph in
 * document order, table cells row by row, automatic numbering written out as Word shows it
 * ("一、", "（一）", "1."), tracked changes read as accepted; headers, footers, comments, footnotes and
 * text boxes left out. Line N of the text is paragraph N. The layout (fonts, sizes, first-line
 * indents, margins) goes with the text for the HB5xx rules.
 *
 * <p>A .doc saved under a .docx name is read as .doc. POI is loaded only when a file is read.
 */
public final class DocxReader implements DocumentReader {

    private static final Set<String> EXTENSIONS = Set.of("docx");

    private final long maxBytes;

    /** @param maxBytes files larger than this are rejected with {@link ReadException.Kind#TOO_LARGE} */
    public DocxReader(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public DocxReader() {
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
            case ZIP:
                return WordFiles.source(displayName, DocxExtractor.extract(path), "docx");
            case OLE2:
                return WordFiles.source(displayName, DocExtractor.extract(path), "doc");
            default:
                throw WordFiles.notWord(container);
        }
    }
}
