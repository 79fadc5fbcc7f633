package org.huibao.read;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
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

    static final String MSG_NESTED = "PDF 结构嵌套过深，无法读取 (the PDF's structure is nested too deeply to be read)";

    /** Memory PDFBox may use for decoded streams; far above what a report's text needs. */
    private static final long MAX_STREAM_CACHE_BYTES = 128L * 1024 * 1024;

    /**
     * Levels of the page tree. Writers keep it flat or balanced (a few levels for thousands of pages);
     * PDFBox walks it recursively, so a tree nested thousands deep would overflow the stack.
     */
    static final int MAX_TREE_DEPTH = 100;

    private PdfText() {
    }

    /**
     * The pages of {@code file} (or of {@code bytes} when not null) with their text lines, read
     * within {@code maxPages} and the content budget for {@code maxChars} characters of text.
     */
    static List<PdfParagraphs.Page> pages(File file, byte[] bytes, int maxPages, int maxChars) throws ReadException {
        StreamCacheCreateFunction cache = MemoryUsageSetting.setupMainMemoryOnly(MAX_STREAM_CACHE_BYTES).streamCache;
        try (PDDocument doc = bytes == null ? Loader.loadPDF(file, "", cache)
                : Loader.loadPDF(bytes, "", null, null, cache)) {
            int n = Math.max(doc.getNumberOfPages(), leaves(doc));
            if (n == 0) {
                // What PDFBox's lenient parser makes of a file with a PDF header and little else.
                throw new ReadException(Kind.UNREADABLE, MSG_DAMAGED);
            }
            if (n > maxPages) {
                throw new ReadException(Kind.TOO_LARGE, "PDF 页数过多：" + n + " 页，上限 " + maxPages
                        + " 页 (too many pages: " + n + ", limit " + maxPages + ")");
            }
            PageCollector collector = new PageCollector(new PdfBudget(maxChars));
            collector.writeText(doc, Writer.nullWriter());
            return collector.pages;
        } catch (OverBudget e) {
            throw e.reason;
        } catch (InvalidPasswordException e) {
            throw new ReadException(Kind.UNREADABLE, MSG_ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports malformed files with IOExceptions, and now and then an unchecked one.
            throw new ReadException(Kind.UNREADABLE, MSG_DAMAGED, e);
        } catch (StackOverflowError e) {
            // PDFBox parses nested arrays, dictionaries and forms recursively; the page tree is
            // checked beforehand, the rest is caught here. Unwinding has freed the stack again.
            throw new ReadException(Kind.UNREADABLE, MSG_NESTED);
        }
    }

    /**
     * Counts the pages the page tree really holds (its /Count may say otherwise), walking it without
     * recursion; refuses a tree nested deeper than {@link #MAX_TREE_DEPTH} before PDFBox walks it.
     * A node met twice (a cycle) is not followed again, as PDFBox does.
     */
    private static int leaves(PDDocument doc) throws ReadException {
        COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        if (root == null) {
            return 0;
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSDictionary> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        int pages = 0;
        while (!nodes.isEmpty()) {
            COSDictionary node = nodes.pop();
            int depth = depths.pop();
            if (!isTreeNode(node)) {
                pages += COSName.PAGE.equals(node.getCOSName(COSName.TYPE)) ? 1 : 0;
                continue;
            }
            if (depth >= MAX_TREE_DEPTH) {
                throw new ReadException(Kind.UNREADABLE, "PDF 页面树嵌套过深：超过 " + MAX_TREE_DEPTH
                        + " 层 (the PDF's page tree is nested too deeply: over " + MAX_TREE_DEPTH + " levels)");
            }
            COSArray kids = node.getCOSArray(COSName.KIDS);
            for (int i = 0; kids != null && i < kids.size(); i++) {
                COSBase kid = kids.getObject(i);
                if (kid instanceof COSDictionary d && seen.add(d)) {
                    nodes.push(d);
                    depths.push(depth + 1);
                }
            }
        }
        return pages;
    }

    /** PDFBox's test: some writers leave /Type off intermediate nodes but not /Kids. */
    private static boolean isTreeNode(COSDictionary node) {
        return COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || node.containsKey(COSName.KIDS);
    }

    /** Carries the budget's reason out through PDFBox, which lets no checked exception of ours pass. */
    private static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ReadException reason;

        OverBudget(ReadException reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }

    /**
     * Lets PDFBox interpret the pages (glyph positions, Unicode mapping, suppression of text drawn
     * twice for a bold effect) and hands each page's glyphs to {@link PdfLines} instead of writing.
     */
    private static final class PageCollector extends PDFTextStripper {
        final List<PdfParagraphs.Page> pages = new ArrayList<>();
        private final PdfBudget budget;
        private final Map<COSStream, Long> decodedSizes = new IdentityHashMap<>();
        private double pageWidth;

        PageCollector(PdfBudget budget) {
            this.budget = budget;
            setSuppressDuplicateOverlappingText(true);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            try {
                budget.operator(getCurrentPageNo());
            } catch (ReadException e) {
                throw new OverBudget(e);
            }
            super.processOperator(operator, operands);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            if (contents instanceof COSStream stream) {
                parse(stream);
            } else if (contents instanceof COSArray streams) {
                for (int i = 0; i < streams.size(); i++) {
                    if (streams.getObject(i) instanceof COSStream stream) {
                        parse(stream);
                    }
                }
            }
            super.processPage(page);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            drawForm(form);
            super.showForm(form);
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
            drawForm(group);
            super.showTransparencyGroup(group);
        }

        private void drawForm(PDFormXObject form) {
            try {
                budget.form(getCurrentPageNo());
            } catch (ReadException e) {
                throw new OverBudget(e);
            }
            parse(form.getCOSObject());
        }

        /** Charges a content stream about to be parsed, by its decompressed size. */
        private void parse(COSStream stream) {
            try {
                budget.content(getCurrentPageNo(), decodedSize(stream));
            } catch (ReadException e) {
                throw new OverBudget(e);
            }
        }

        /**
         * The stream's size once decompressed, measured the first time it is met and only up to what
         * is left of the budget, so that a compression bomb is not inflated here in full.
         */
        private long decodedSize(COSStream stream) {
            Long known = decodedSizes.get(stream);
            if (known != null) {
                return known;
            }
            long limit = budget.contentBytesLeft() + 1;
            long n = 0;
            try (InputStream in = stream.createInputStream()) {
                byte[] buffer = new byte[1 << 13];
                int read;
                while (n < limit && (read = in.read(buffer)) > 0) {
                    n += read;
                }
            } catch (IOException e) {
                n = 0; // a damaged stream: PDFBox decides what to make of it
            }
            decodedSizes.put(stream, n);
            return n;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            try {
                budget.glyph(getCurrentPageNo());
            } catch (ReadException e) {
                throw new OverBudget(e);
            }
            super.processTextPosition(text);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            super.startPage(page);
            budget.startPage();
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
