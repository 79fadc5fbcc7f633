package org.huibao.output;

import org.huibao.model.Location;

/**
 * What a finding points at with about ten characters of its line on either side, so that "*" or "x"
 * can be found in the report: {@code 由党委} {@code *} {@code 同志任组长}. Cut context is marked with an
 * ellipsis; the indentation that opens a line is left out.
 *
 * @param before the text before the match on its line ("" at the line's start)
 * @param match  the text found, on one line, at most {@link #MATCH_MAX} characters
 * @param after  the text after it on its last line
 */
record Excerpt(String before, String match, String after) {

    /** Characters of context on either side. */
    static final int AROUND = 10;
    static final int MATCH_MAX = 40;
    private static final String ELLIPSIS = "…";

    /**
     * Context from the report's lines; without them, or when the place is not in them, the finding's
     * own excerpt alone.
     */
    static Excerpt of(String[] lines, Location l) {
        String own = Visible.oneLine(Outputs.nullToEmpty(l.text()));
        if (l.line() < 1 || l.line() > lines.length) {
            return new Excerpt("", clip(own), "");
        }
        int[] first = lines[l.line() - 1].codePoints().toArray();
        int start = Math.max(0, Math.min(first.length, l.column() - 1));
        String match;
        int[] last;
        int end;
        if (l.endLine() <= l.line()) {
            last = first;
            end = Math.max(start, Math.min(first.length, l.endColumn() - 1));
            match = new String(first, start, end - start);
        } else if (l.endLine() <= lines.length) {
            last = lines[l.endLine() - 1].codePoints().toArray();
            end = Math.max(0, Math.min(last.length, l.endColumn() - 1));
            match = own;
        } else {
            return new Excerpt("", clip(own), "");
        }
        if (match.isEmpty() && !own.isEmpty()) {
            return new Excerpt("", clip(own), ""); // the place is not in these lines: the text found alone
        }
        int from = Math.max(0, start - AROUND);
        String before = new String(first, from, start - from);
        before = from > 0 ? ELLIPSIS + before : before.stripLeading();
        int to = Math.min(last.length, end + AROUND);
        String after = new String(last, end, to - end) + (to < last.length ? ELLIPSIS : "");
        return new Excerpt(Visible.oneLine(before), clip(Visible.oneLine(match)), Visible.oneLine(after));
    }

    boolean isEmpty() {
        return before.isEmpty() && match.isEmpty() && after.isEmpty();
    }

    private static String clip(String s) {
        return TextWidth.truncate(s, MATCH_MAX, ELLIPSIS);
    }
}
