package org.huibao.read;

import java.util.Locale;

import org.huibao.read.ReadException.Kind;

/**
 * How much of a PDF's content is interpreted before the file is given up: a budget of content-stream
 * operators (time) and of glyphs, per page and in all (memory: PDFBox holds a page's glyphs until the
 * page is done). Derived from the text the checker accepts (--max-chars), so that a page of two
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

    private final int maxChars;
    private final long maxOperators;
    private final long maxGlyphs;
    private final int maxPageGlyphs;
    private long operators;
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
