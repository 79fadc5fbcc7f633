package org.huibao.api;

/**
 * A half-open range [start, end) of UTF-16 offsets into the normalised text, with 1-based line and
 * code-point column of both ends, so formatters never have to re-scan the text.
 */
public record Span(int start, int end, int line, int column, int endLine, int endColumn) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean encloses(Span other) {
        return other.start >= start && other.end <= end;
    }
}
