package org.huibao.parse;

import java.util.Arrays;

/** Maps offsets to line and column; columns count Unicode code points, as the JSON contract says. */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** 1-based line of an offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of an offset, in code points. */
    public int column(int offset) {
        int start = lineStarts[line(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    public String text(int start, int end) {
        return text.substring(start, end);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    public Span span(int start, int end) {
        // An end offset sits after the last character; report the position of that last character so
        // editors highlight exactly the excerpt.
        int last = Math.max(start, end - 1);
        return new Span(start, end, line(start), column(start), line(last), column(last) + (end > start ? 1 : 0));
    }
}
