package org.huibao.api;

/**
 * A line-level node that is not a heading: title, addressee, salutation, paragraph, closing,
 * signature, or a pasted artefact. {@code sectionId} is the innermost heading whose part contains it (-1 at top level).
 */
public record Block(int id, NodeType type, Span span, String text, int sectionId, int index) implements Node {
}
