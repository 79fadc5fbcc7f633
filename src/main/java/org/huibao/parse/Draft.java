package org.huibao.parse;

import org.huibao.api.Block;
import org.huibao.api.Heading;
import org.huibao.api.HeadingKind;
import org.huibao.api.Node;
import org.huibao.api.NodeType;
import org.huibao.api.OrdinalStyle;
import org.huibao.api.Sentence;

/**
 * A node under construction. The parser's stages fill in its fields one after another (kind and
 * ordinal while reading lines, parent and scope while nesting, section last); {@link #freeze} turns
 * it into the immutable node. Never escapes a parse.
 */
final class Draft {
    final NodeType type;
    final int start;
    final int end;
    int id;
    HeadingKind kind;
    OrdinalStyle style = OrdinalStyle.NONE;
    int level;
    String ordinal = "";
    int ordinalValue;
    int textStart;
    int textEnd;
    boolean inline;
    boolean midParagraph;
    Draft parent;
    Draft paragraph;
    Draft section;
    int scopeEnd;
    boolean scopeEndKnown;
    int run;
    int index;
    boolean leadIn;
    /** An un-numbered heading line right after another, nothing between: the headline goes on. */
    boolean headlineGoesOn;

    Draft(NodeType type, int start, int end) {
        this.type = type;
        this.start = start;
        this.end = end;
    }

    /** Order among nodes that start at the same offset: a heading before its block, a block before its sentence. */
    int rank() {
        return switch (type) {
            case HEADING -> 0;
            case SENTENCE -> 2;
            default -> 1;
        };
    }

    Node freeze(LineIndex lines) {
        return switch (type) {
            case HEADING -> new Heading(id, lines.span(start, end), slice(lines, textStart, textEnd),
                    lines.span(textStart, Math.max(textStart, textEnd)), kind, level,
                    ordinal, style, ordinalValue, inline, parent == null ? -1 : parent.id,
                    lines.span(start, Math.max(start, scopeEnd)), kind == HeadingKind.ENUMERATION ? run : 0);
            case SENTENCE -> new Sentence(id, lines.span(start, end), slice(lines, start, end),
                    paragraph.id, section == null ? -1 : section.id, leadIn, this.index);
            default -> new Block(id, type, lines.span(start, end), slice(lines, start, end),
                    section == null ? -1 : section.id, this.index);
        };
    }

    private static String slice(LineIndex lines, int from, int to) {
        return lines.text(from, Math.max(from, to));
    }
}
