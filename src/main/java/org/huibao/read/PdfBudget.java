package org.huibao.read;

import java.util.Locale;

import org.huibao.read.ReadException.Kind;

/**
 * How much of a PDF's content is interpreted before the file is given up: budgets of content-stream
 * bytes, operators and forms drawn (time), and of glyphs, per page and in all (memory: PDFBox holds a
 * page's glyphs until the page is done). Derived from the text the checker accepts (--max-chars), so that a page of two
 * million text operators stops after a fraction of a second rather than after the whole heap.
 * Knows nothing of PDFBox; one instance counts one document.
 */
final class PdfBudget {

    /**
     * Glyphs one page may show. A dense A4 page of 9 pt text holds about 3,000 characters; text drawn
     * twice for a bold effect doubles that. Ten times more is no page of a report.
     */
    static final int PAGE_GLYPHS = 50_000;

    /** The operators a legitimate report uses besides its text: charts, tables, logos. */
    private static final long BASE_OPERATORS = 1_000_000;
    /** Operators per character of text: Word and WPS place text a line, a word or a glyph at a time. */
    private static final int OPERATORS_PER_CHAR = 4;
    /** Glyphs per character: repeated headers, page numbers and bold text drawn twice do not reach the text. */
    private static final int GLYPHS_PER_CHAR = 2;
    private static final long BASE_GLYPHS = 10_000;
    /**
     * Forms drawn: entering one saves and restores the graphics state and decodes its stream again,
     * so forms drawing forms a thousand times over would cost minutes within the operator budget.
     * Reports draw a chart or two per page, or wrap each page in one form.
     */
    private static final long BASE_FORMS = 20_000;
    private static final int CHARS_PER_FORM = 10;
    /**
     * Content-stream bytes parsed, after decompression, counted each time a stream is drawn: a stream
     * of a hundred megabytes of comments has no operators, and drawn on every page it is parsed again.
     * A page of text decompresses to some tens of kilobytes.
     */
    private static final long BASE_CONTENT_BYTES = 64L << 20;
    private static final int CONTENT_BYTES_PER_CHAR = 128;

    private final int maxChars;
    private final long maxOperators;
    private final long maxGlyphs;
    private final int maxPageGlyphs;
    private final long maxForms;
    private final long maxContentBytes;
    private long operators;
    private long forms;
    private long contentBytes;
    private long glyphs;
    private int pageGlyphs;

    PdfBudget(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars < 1: " + maxChars);
        }
        this.maxChars = maxChars;
        this.maxOperators = BASE_OPERATORS + (long) OPERATORS_PER_CHAR * maxChars;
        this.maxGlyphs = BASE_GLYPHS + (long) GLYPHS_PER_CHAR * maxChars;
        this.maxPageGlyphs = (int) Math.min(PAGE_GLYPHS, maxGlyphs);
        this.maxForms = BASE_FORMS + maxChars / CHARS_PER_FORM;
        this.maxContentBytes = BASE_CONTENT_BYTES + (long) CONTENT_BYTES_PER_CHAR * maxChars;
    }

    void startPage() {
        pageGlyphs = 0;
    }

    /** One content-stream operator, of the page or of a form it draws; {@code page} counts from 1. */
    void operator(int page) throws ReadException {
        if (++operators > maxOperators) {
            String n = number(maxOperators);
            throw new ReadException(Kind.TOO_LARGE, "PDF 内容过多：绘制指令超过 " + n + " 条（读到第 " + page
                    + " 页），未读完 (too much PDF content: over " + n + " drawing operators by page " + page
                    + "; reading stopped)");
        }
    }

    /** A form drawn (by the Do operator, which also counts as an operator). */
    void form(int page) throws ReadException {
        if (++forms > maxForms) {
            String n = number(maxForms);
            throw new ReadException(Kind.TOO_LARGE, "PDF 内容过多：绘制表单对象超过 " + n + " 次（读到第 " + page
                    + " 页），未读完 (too much PDF content: forms drawn over " + n + " times by page " + page
                    + "; reading stopped)");
        }
    }

    /** The bytes left for content streams; a stream is measured only up to one byte more. */
    long contentBytesLeft() {
        return maxContentBytes - contentBytes;
    }

    /** A content stream of {@code bytes} decompressed, about to be parsed for page {@code page}. */
    void content(int page, long bytes) throws ReadException {
        contentBytes += bytes;
        if (contentBytes > maxContentBytes) {
            String n = TextReader.humanSize(maxContentBytes);
            throw new ReadException(Kind.TOO_LARGE, "PDF 内容过多：解压后的页面内容超过 " + n + "（读到第 " + page
                    + " 页），未读完 (too much PDF content: over " + n + " of page content once decompressed, by page "
                    + page + "; reading stopped)");
        }
    }

    /** One glyph shown on page {@code page}. */
    void glyph(int page) throws ReadException {
        if (++pageGlyphs > maxPageGlyphs && maxPageGlyphs < maxGlyphs) {
            String n = number(maxPageGlyphs);
            throw new ReadException(Kind.TOO_LARGE, "PDF 内容过多：第 " + page + " 页的字符超过 " + n
                    + " 个，远多于一页报告所能容纳，未读完 (too much PDF content: page " + page + " shows over " + n
                    + " characters, far more than a page of a report holds; reading stopped)");
        }
        if (++glyphs > maxGlyphs) {
            String n = number(maxGlyphs);
            String max = number(maxChars);
            throw new ReadException(Kind.TOO_LARGE, "报告过长：PDF 中的字符超过 " + n + " 个，远超 " + max
                    + " 字符的上限（--max-chars），未读完 (report too long: the PDF shows over " + n
                    + " characters, far past the --max-chars limit of " + max + "; reading stopped)");
        }
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
