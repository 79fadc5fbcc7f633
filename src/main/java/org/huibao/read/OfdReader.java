package org.huibao.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.huibao.read.ReadException.Kind;

/**
 * OFD documents (GB/T 33190, the fixed-layout format government offices exchange). Like a PDF, an OFD
 * file stores where each character is drawn, so its text comes back the same way: one line per
 * paragraph, wrapped lines joined, page numbers and running headers dropped ({@link PdfParagraphs}),
 * and line numbers of findings are paragraph numbers. The layout is {@link Layout#NONE}.
 *
 * <p>The package is a zip of XML parts, read in place with the JDK's zip and StAX classes: only the
 * parts that hold the document structure and page text are inflated, each within a size limit
 * ({@link OfdPackage}), XML without any DTD or entity ({@link OfdXml}), and the characters within a
 * budget ({@link OfdBudget}), so a hostile file ends as a one-line reason in bounded time
 * and memory. Fonts, images, signatures and annotations are never read.
 */
public final class OfdReader implements DocumentReader {

    private static final Set<String> EXTENSIONS = Set.of("ofd");

    private final long maxBytes;
    private final int maxPages;
    private final int maxChars;

    /** @param maxBytes files larger than this are rejected with {@link Kind#TOO_LARGE} */
    public OfdReader(long maxBytes) {
        this(maxBytes, PdfReader.DEFAULT_MAX_PAGES, Readers.DEFAULT_MAX_CHARS);
    }

    /**
     * @param maxPages documents with more pages are refused before any page is read
     * @param maxChars the text the checker accepts (--max-chars); the characters read from the file
     *                 are budgeted from it ({@link OfdBudget}), and a file past the budget is given up
     */
    public OfdReader(long maxBytes, int maxPages, int maxChars) {
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
        BasicFileAttributes attrs = InputFiles.attributes(path, maxBytes);
        if (attrs.isRegularFile()) {
            return read(path, displayName, attrs.size());
        }
        // A zip is read from its end, which a pipe does not have: it is copied first, within the limit.
        try (InputStream in = Files.newInputStream(path);
             TempCopy copy = TempCopy.of(in, "ofd", maxBytes)) {
            return read(copy.path(), displayName, Files.size(copy.path()));
        } catch (IOException e) {
            throw InputFiles.ioError(e, path);
        }
    }

    private SourceText read(Path file, String displayName, long size) throws ReadException {
        if (size == 0) {
            throw new ReadException(Kind.EMPTY, TextReader.MSG_EMPTY);
        }
        if (!Files.isReadable(file)) {
            throw new ReadException(Kind.UNREADABLE, TextReader.MSG_DENIED);
        }
        List<PdfParagraphs.Page> pages;
        try (OfdPackage pkg = OfdPackage.open(file)) {
            pages = pages(pkg);
        }
        String text = String.join("\n", PdfParagraphs.paragraphs(pages));
        if (text.isBlank()) {
            throw new ReadException(Kind.UNSUPPORTED, OfdFiles.MSG_NO_TEXT);
        }
        if (PdfReader.garbled(text)) {
            throw new ReadException(Kind.UNSUPPORTED, OfdFiles.MSG_GARBLED);
        }
        return new SourceText(displayName, text + "\n", "ofd", Layout.NONE);
    }

    private List<PdfParagraphs.Page> pages(OfdPackage pkg) throws ReadException {
        OfdDocument doc = OfdDocument.read(pkg, maxPages);
        OfdBudget budget = new OfdBudget(maxChars);
        Map<String, List<PdfLines.Glyph>> templates = new HashMap<>();
        List<PdfParagraphs.Page> pages = new ArrayList<>();
        for (String part : doc.pages()) {
            budget.startPage();
            OfdContent content = OfdContent.read(pkg, part, budget);
            List<PdfLines.Glyph> glyphs = new ArrayList<>(content.glyphs());
            for (String id : new LinkedHashSet<>(content.templates())) {
                String templatePart = doc.templates().get(id);
                if (templatePart == null) {
                    continue; // a missing template draws nothing, as in OFD readers
                }
                List<PdfLines.Glyph> drawn = templates.get(id);
                if (drawn == null) {
                    drawn = OfdContent.read(pkg, templatePart, budget).glyphs();
                    templates.put(id, drawn);
                } else {
                    budget.glyphs(drawn.size());
                }
                glyphs.addAll(drawn);
            }
            double width = Double.isNaN(content.width()) ? doc.defaultWidth() : content.width();
            pages.add(new PdfParagraphs.Page(Double.isNaN(width) ? 0 : width * OfdContent.POINTS_PER_MM,
                    PdfLines.lines(glyphs)));
        }
        return pages;
    }
}
