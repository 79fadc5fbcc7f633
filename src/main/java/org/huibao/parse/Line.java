package org.huibao.parse;

/**
 * One non-blank line of the report with its surrounding blanks (and a Markdown heading's hashes)
 * trimmed: {@code [cs, ce)} in the normalised text, {@code text} the same stretch.
 */
record Line(int cs, int ce, String text, boolean markdown) {

    /** Length in code points, as the limits on titles and headings count characters. */
    int length() {
        return text.codePointCount(0, text.length());
    }
}
