package org.huibao.api;

/**
 * A sentence of a paragraph (or of a heading line's body), ending at 。！？ or at a colon that
 * introduces a list.
 *
 * @param blockId   the paragraph it belongs to
 * @param sectionId innermost heading whose part contains it, -1 at top level
 * @param leadIn    ends with a colon (：) — it introduces what follows ("存在以下不足：")
 * @param index     position within its paragraph, 0-based
 */
public record Sentence(int id, Span span, String text, int blockId, int sectionId, boolean leadIn,
                       int index) implements Node {

    @Override
    public NodeType type() {
        return NodeType.SENTENCE;
    }
}
