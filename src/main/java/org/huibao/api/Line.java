package org.huibao.api;

/**
 * One line of the report's text, read once by the rules that look at characters and words: a title,
 * addressee, salutation, paragraph, closing, signature or pasted-artefact line, or a heading that has a
 * line of its own. A paragraph that opens with a heading ("（一）加强组织领导。成立…") is one line, its
 * paragraph; the heading's own node is not a line. Sentences are not lines: a mark pair or a doubled
 * character may cross a sentence end.
 *
 * @param id   the id of the node that carries the line (a {@link Block} or a {@link Heading}); {@link Term}
 *             and {@link Spot} facts name it as their {@code lineId}
 * @param node that node
 * @param type the node's type; {@link NodeType#HEADING} for a heading line
 * @param span where the line's text is (for a heading line, its text without the ordinal)
 * @param text the line's text (for a heading line, without the ordinal and closing punctuation)
 */
public record Line(int id, Node node, NodeType type, Span span, String text) {

    /** True for the kinds of line that hold the report's wording (not a pasted artefact). */
    public boolean wording() {
        return type != NodeType.ARTEFACT;
    }
}
