package org.huibao.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.huibao.read.ReadException.Kind;

/**
 * PDF reports, as exported from Word or WPS. The text comes back as one line per paragraph: wrapped
 * lines are joined, page numbers and running headers dropped ({@link PdfParagraphs}). Line numbers
 * of findings are therefore paragraph numbers. PDF has no paragraph formats, so the layout is
 * {@link Layout#NONE}.
 *
 * <p>PDFBox is used only inside {@link #read} (through {@link PdfText}), so constructing this reader
 * for a run over text files does not load it.
 */
public final class PdfReader implements DocumentReader {

    static final String MSG_NO_TEXT = "PDF 中没有可提取的文字（可能是扫描件） (no extractable text; probably a scan)";
    static final String MSG_GARBLED = "PDF 中的文字无法正确提取（字体缺少编码映射） (the text cannot be extracted: its fonts lack a Unicode mapping)";

    /** Default page limit: a long report has a hundred pages; this refuses a whole archive. */
    public static final int DEFAULT_MAX_PAGES = 2000;

    private static final Set<String> EXTENSIONS = Set.of("pdf");

    /** More than a fifth of unreadable characters is garbage. */
    private static final int GARBLED_SHARE_DIVISOR = 5;

    private final long maxBytes;
    private final int maxPages;
    private final int maxChars;

    /** @param maxBytes files larger than this are rejected with {@link Kind#TOO_LARGE} */
    public PdfReader(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_PAGES);
    }

    public PdfReader(long maxBytes, int maxPages) {
        this(maxBytes, maxPages, Readers.DEFAULT_MAX_CHARS);
    }

    /**
     * @param maxChars the text the checker accepts (--max-chars); the content read from the file is
     *                 budgeted from it ({@link PdfBudget}), and a file past the budget is given up
     */
    public PdfReader(long maxBytes, int maxPages, int maxChars) {
        Readers.requireLimits(maxBytes, maxPages, maxChars);
        this.maxBytes = maxBytes;
        this.maxPages = maxPages;
        this.maxChars = maxChars;
    }

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    @Override
    public SourceText read(Path path, String displayName) throws ReadException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayName, "displayName");
        // A regular file is read by PDFBox as needed; a pipe has to be buffered first.
        byte[] bytes = regularFile(path) ? null : readBounded(path);
        List<String> paragraphs = PdfParagraphs.paragraphs(PdfText.pages(path.toFile(), bytes, maxPages, maxChars));
        String text = String.join("\n", paragraphs);
        if (text.isBlank()) {
            throw new ReadException(Kind.UNSUPPORTED, MSG_NO_TEXT);
        }
        if (garbled(text)) {
            throw new ReadException(Kind.UNSUPPORTED, MSG_GARBLED);
        }
        return new SourceText(displayName, text + "\n", "pdf", Layout.NONE);
    }

    /** True for a regular file within the size limit; false for a pipe or device. */
    private boolean regularFile(Path path) throws ReadException {
        BasicFileAttributes attrs = InputFiles.attributes(path, maxBytes);
        if (!attrs.isRegularFile()) {
            return false;
        }
        if (attrs.size() == 0) {
            throw new ReadException(Kind.EMPTY, TextReader.MSG_EMPTY);
        }
        if (!Files.isReadable(path)) {
            throw new ReadException(Kind.UNREADABLE, TextReader.MSG_DENIED);
        }
        return true;
    }

    private byte[] readBounded(Path path) throws ReadException {
        byte[] bytes = InputFiles.readBounded(path, maxBytes);
        if (bytes.length == 0) {
            throw new ReadException(Kind.EMPTY, TextReader.MSG_EMPTY);
        }
        return bytes;
    }

    /**
     * Fonts without a Unicode mapping give glyph codes instead of text: private-use characters,
     * replacement characters, control codes or Latin-1 letters (ÄÅÆ…), which no Chinese report
     * consists of.
     */
    static boolean garbled(String text) {
        int visible = 0;
        int bad = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                continue;
            }
            visible++;
            int type = Character.getType(cp);
            if (cp == 0xFFFD || type == Character.PRIVATE_USE || type == Character.CONTROL || type == Character.UNASSIGNED
                    || cp >= 0x80 && cp <= 0xFF && "°±§·×÷".indexOf(cp) < 0) {
                bad++;
            }
        }
        return bad * GARBLED_SHARE_DIVISOR > visible;
    }
}
