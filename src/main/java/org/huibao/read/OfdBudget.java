package org.huibao.read;

import org.huibao.read.ReadException.Kind;

/**
 * The characters an OFD file may yield, per page and in all, derived from the text the checker
 * accepts (--max-chars) as for PDF ({@link PdfBudget}), so that a file of millions of characters is
 * given up while it is read, within bounded memory. A template page counts on every page that draws
 * it. One instance counts one document.
 */
final class OfdBudget {

    /** Characters per character of text: repeated headers and page numbers do not reach the text. */
    private static final int GLYPHS_PER_CHAR = 2;
    private static final long BASE_GLYPHS = 10_000;

    private final int maxChars;
    private final long maxGlyphs;
    private final int maxPageGlyphs;
    private long glyphs;
    private int pageGlyphs;
    private int page;

    OfdBudget(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars < 1: " + maxChars);
        }
        this.maxChars = maxChars;
        this.maxGlyphs = BASE_GLYPHS + (long) GLYPHS_PER_CHAR * maxChars;
        this.maxPageGlyphs = (int) Math.min(PdfBudget.PAGE_GLYPHS, maxGlyphs);
    }

    void startPage() {
        page++;
        pageGlyphs = 0;
    }

    /** Characters the current page may still show before one of the limits is passed. */
    long room() {
        return Math.min(maxPageGlyphs - pageGlyphs, maxGlyphs - glyphs);
    }

    /** {@code n} characters shown on the current page. */
    void glyphs(int n) throws ReadException {
        pageGlyphs += n;
        glyphs += n;
        if (pageGlyphs > maxPageGlyphs && maxPageGlyphs < maxGlyphs) {
            String max = PdfBudget.number(maxPageGlyphs);
            throw new ReadException(Kind.TOO_LARGE, "OFD 内容过多：第 " + page + " 页的字符超过 " + max
                    + " 个，远多于一页报告所能容纳，未读完 (too much OFD content: page " + page + " shows over " + max
                    + " characters, far more than a page of a report holds; reading stopped)");
        }
        if (glyphs > maxGlyphs) {
            String max = PdfBudget.number(maxGlyphs);
            String limit = PdfBudget.number(maxChars);
            throw new ReadException(Kind.TOO_LARGE, "报告过长：OFD 中的字符超过 " + max + " 个，远超 " + limit
                    + " 字符的上限（--max-chars），未读完 (report too long: the OFD file shows over " + max
                    + " characters, far past the --max-chars limit of " + limit + "; reading stopped)");
        }
    }
}
