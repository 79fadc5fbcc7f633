package org.huibao.read;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.huibao.read.ReadException.Kind;

/**
 * The only class that touches PDFBox: opens a PDF and measures its text lines for
 * {@link PdfParagraphs}. Loaded on the first PDF read, so a run over text files never loads PDFBox.
 */
final class PdfText {

    static final String MSG_ENCRYPTED = "PDF 已加密，需要密码才能打开 (encrypted PDF; it cannot be opened without its password)";
    static final String MSG_DAMAGED = "PDF 文件已损坏或不是有效的 PDF (damaged or invalid PDF file)";

    /** Memory PDFBox may use for decoded streams; far above what a report's text needs. */
    private static final long MAX_STREAM_CACHE_BYTES = 128L * 1024 * 1024;

    private PdfText() {
    }

    /** The pages of {@code file} (or of {@code bytes} when not null) with their text lines. */
    static List<PdfParagraphs.Page> pages(File file, byte[] bytes, int maxPages) throws ReadException {
        StreamCacheCreateFunction cache = MemoryUsageSetting.setupMainMemoryOnly(MAX_STREAM_CACHE_BYTES).streamCache;
        try (PDDocument doc = bytes == null ? Loader.loadPDF(file, "", cache)
                : Loader.loadPDF(bytes, "", null, null, cache)) {
            int n = doc.getNumberOfPages();
            if (n == 0) {
                // What PDFBox's lenient parser makes of a file with a PDF header and little else.
                throw new ReadException(Kind.UNREADABLE, MSG_DAMAGED);
            }
            if (n > maxPages) {
                throw new ReadException(Kind.TOO_LARGE, "PDF 页数过多：" + n + " 页，上限 " + maxPages
                        + " 页 (too many pages: " + n + ", limit " + maxPages + ")");
            }
            PageCollector collector = new PageCollector();
            collector.writeText(doc, Writer.nullWriter());
            return collector.pages;
        } catch (InvalidPasswordException e) {
            throw new ReadException(Kind.UNREADABLE, MSG_ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports malformed files with IOExceptions, and now and then an unchecked one.
            throw new ReadException(Kind.UNREADABLE, MSG_DAMAGED, e);
        }
    }

    /**
     * Lets PDFBox interpret the pages (glyph positions, Unicode mapping, suppression of text drawn
     * twice for a bold effect) and hands each page's glyphs to {@link PdfLines} instead of writing.
     */
    private static final class PageCollector extends PDFTextStripper {
        final List<PdfParagraphs.Page> pages = new ArrayList<>();
        private double pageWidth;

        PageCollector() {
            setSuppressDuplicateOverlappingText(true);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            super.startPage(page);
            PDRectangle box = page.getCropBox();
            pageWidth = page.getRotation() % 180 == 0 ? box.getWidth() : box.getHeight();
        }

        @Override
        protected void writePage() {
            List<TextPosition> all = new ArrayList<>();
            getCharactersByArticle().forEach(all::addAll);
            int direction = mainDirection(all);
            List<PdfLines.Glyph> glyphs = new ArrayList<>();
            for (TextPosition t : all) {
                // Watermarks and margin notes run in another direction or at a slant.
                if (t.getUnicode() == null || t.getUnicode().isEmpty() || t.getDir() != direction || slanted(t)) {
                    continue;
                }
                glyphs.add(new PdfLines.Glyph(t.getUnicode(), t.getXDirAdj(), t.getWidthDirAdj(), t.getYDirAdj(),
                        Math.max(Math.abs(t.getYScale()), Math.abs(t.getXScale()))));
            }
            pages.add(new PdfParagraphs.Page(pageWidth, PdfLines.lines(glyphs)));
        }

        private static int mainDirection(List<TextPosition> glyphs) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (TextPosition t : glyphs) {
                counts.merge(Math.round(t.getDir()), 1, Integer::sum);
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        }

        /** The baseline runs at an angle (not a multiple of 90 degrees); an italic shear does not count. */
        private static boolean slanted(TextPosition t) {
            Matrix m = t.getTextMatrix();
            double angle = Math.toDegrees(Math.atan2(m.getShearY(), m.getScaleX()));
            double offRight = Math.abs(angle - 90 * Math.round(angle / 90));
            return offRight > 2;
        }
    }
}
