package org.huibao.read;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Word documents, as saved by Word, WPS and LibreOffice, told apart by their content rather than
 * their extension (a .doc saved under a .docx name is read as .doc, and the reverse):
 * <ul>
 * <li>.docx (Word 2007 and later): one line per paragraph in document order, table cells row by row,
 * automatic numbering written out as Word shows it ("一、", "（一）", "1."), tracked changes read as
 * accepted; headers, footers, comments, footnotes and text boxes left out. The layout (fonts, sizes,
 * first-line indents, margins) goes with the text for the HB5xx rules.</li>
 * <li>.doc (Word 97–2003, through POI's HWPF): the same reading of the main text; the layout has
 * sizes, first-line indents and margins, and fonts as far as the file names them.</li>
 * </ul>
 * Line N of the text is paragraph N. POI is loaded only when a file is read.
 */
public final class WordReader implements DocumentReader {

    private static final Set<String> EXTENSIONS = Set.of("docx", "doc");

    private final long maxBytes;
    private final int maxChars;

    /** @param maxBytes files larger than this are rejected with {@link ReadException.Kind#TOO_LARGE} */
    public WordReader(long maxBytes) {
        this(maxBytes, Readers.DEFAULT_MAX_CHARS);
    }

    /** @param maxChars reading stops, with {@link ReadException.Kind#TOO_LARGE}, once the text is longer */
    public WordReader(long maxBytes, int maxChars) {
        Readers.requireLimits(maxBytes, 1, maxChars);
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
    }

    public WordReader() {
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
                return WordFiles.source(displayName, DocxExtractor.extract(path, maxChars), "docx");
            case OLE2:
                return WordFiles.source(displayName, DocExtractor.extract(path, maxChars), "doc");
            default:
                throw WordFiles.notWord(container);
        }
    }
}
