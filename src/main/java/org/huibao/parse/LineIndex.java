package org.huibao.parse;

import org.huibao.api.Span;
import java.util.Arrays;

/** Maps offsets to line and column; columns count Unicode code points, as the JSON contract says. */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;
    /**
     * Offsets of the low halves of surrogate pairs, ascending. A column is the offset within the line
     * minus the pairs before it, found by binary search: counting code points from the line start for
     * every span made one long line (a 1 MB paragraph) cost time quadratic in its length.
     */
    private final int[] lowSurrogates;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        int[] lows = new int[0];
        int k = 0;
        // read from an array: String.charAt is a call per character in code that is not inlined
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            } else if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(chars[i - 1])) {
                if (k == lows.length) {
                    lows = Arrays.copyOf(lows, Math.max(16, k * 2));
                }
                lows[k++] = i;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        this.lowSurrogates = Arrays.copyOf(lows, k);
    }

    /** 1-based line of an offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of an offset, in code points. */
    public int column(int offset) {
        return column(offset, line(offset));
    }

    /** 1-based column of an offset on its 1-based line, which the caller has looked up already. */
    private int column(int offset, int line) {
        int start = lineStarts[line - 1];
        int end = Math.min(offset, text.length());
        return end - start - (pairsBefore(end) - pairsBefore(start)) + 1;
    }

    /** Surrogate pairs that end before {@code offset}, i.e. whose low half is below it. */
    private int pairsBefore(int offset) {
        if (lowSurrogates.length == 0) {
            return 0;
        }
        int i = Arrays.binarySearch(lowSurrogates, offset);
        return i >= 0 ? i : -i - 1;
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
        int line = line(start);
        int lastLine = last == start ? line : line(last);
        return new Span(start, end, line, column(start, line), lastLine, column(last, lastLine) + (end > start ? 1 : 0));
    }
}
