package org.huibao.read;

import org.huibao.read.ReadException.Kind;

/**
 * The text a Word file may yield: no more than the checker accepts (--max-chars), counted as the
 * lines are read, so that a document far longer than that is given up early instead of being
 * extracted in full and refused afterwards. One instance counts one document.
 */
final class TextBudget {

    private final int maxChars;
    /** Characters of the text so far, lines joined with line breaks as {@link WordFiles#source} joins them. */
    private long used = -1;

    TextBudget(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars < 1: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** A line of the text, as it will reach the checker. */
    void line(String line) throws ReadException {
        used += WordFiles.clean(line).length() + 1;
        ensure(0);
    }

    /** Fails once the lines so far and {@code pending} characters more are over the limit. */
    void ensure(long pending) throws ReadException {
        if (used + pending > maxChars) {
            String max = PdfBudget.number(maxChars);
            throw new ReadException(Kind.TOO_LARGE, "报告过长：文字超过 " + max + " 字符的上限（--max-chars），未读完"
                    + " (report too long: the text runs past the --max-chars limit of " + max + " characters; reading stopped)");
        }
    }
}
