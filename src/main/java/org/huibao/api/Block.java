package org.huibao.api;

/**
 * A line-level node that is not a heading: title, addressee, salutation, paragraph, closing,
 * signature, or a pasted artefact.
 *
 * @param id        the node's id, shared with every other node of the report
 * @param type      which of those it is
 * @param span      where its text is
 * @param text      its text, the whole line for a paragraph (a heading that opens it included)
 * @param sectionId the innermost heading whose part contains it, -1 at the top level
 * @param index     its position among the blocks of the report, 0-based
 */
public record Block(int id, NodeType type, Span span, String text, int sectionId, int index) implements Node {
}
