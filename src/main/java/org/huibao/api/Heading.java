package org.huibao.api;

/**
 * A heading: a numbered line, an un-numbered heading line, or an enumeration item's lead sentence.
 *
 * @param level        GB/T 9704 level 1–4 for numbered headings; for un-numbered and enumeration
 *                     headings the depth they take below the enclosing heading
 * @param ordinal      the ordinal exactly as written ("（一）", "1.", "一是"), empty if none
 * @param ordinalValue the number the ordinal stands for (1 for 一/1/①/首先), 0 if none
 * @param text         the heading text without ordinal and without trailing punctuation
 * @param textSpan     where that text is
 * @param inline       true when the heading is the first sentence of a paragraph that goes on
 * @param parentId     enclosing heading id, -1 at top level
 * @param scope        the heading's part: from the heading to the start of the next heading of the
 *                     same or a higher level (or the closing)
 * @param runId        enumeration headings only: items of one 一是…二是… run share it
 */
public record Heading(int id, Span span, String text, Span textSpan, HeadingKind kind, int level, String ordinal,
                      OrdinalStyle style, int ordinalValue, boolean inline, int parentId, Span scope,
                      int runId) implements Node {

    @Override
    public NodeType type() {
        return NodeType.HEADING;
    }

    public boolean numbered() {
        return kind == HeadingKind.NUMBERED;
    }
}
