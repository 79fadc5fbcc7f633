package org.huibao.parse;

import org.huibao.api.Heading;
import org.huibao.api.Node;
import org.huibao.api.Span;

/**
 * Spans of stretches of one node's text. Nodes never cross a line (a report paragraph is one line), so
 * columns follow from the node's own start column; code points are counted onwards from the previous
 * position, so a long line with many matches is not recounted from its start each time. One instance
 * per node and pass; not thread-safe.
 */
public final class Columns {
    private final Span node;
    private final String text;
    private int index;
    private int codePoints;

    public Columns(Node n) {
        this(n instanceof Heading h ? h.textSpan() : n.span(), n.text());
    }

    public Columns(Span span, String text) {
        this.node = span;
        this.text = text;
    }

    /** The span of {@code [from, to)} of the node's text. */
    public Span span(int from, int to) {
        int col = node.column() + codePointsTo(from);
        int endCol = node.column() + codePointsTo(to);
        return new Span(node.start() + from, node.start() + to, node.line(), col, node.line(), endCol);
    }

    private int codePointsTo(int i) {
        if (i < index) {
            index = 0;
            codePoints = 0;
        }
        codePoints += text.codePointCount(index, i);
        index = i;
        return codePoints;
    }
}
