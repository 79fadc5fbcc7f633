package org.huibao.api;


/**
 * A match of a pattern (or a lexicon entry) inside one node's text, for rules that report the exact
 * characters: {@code $m : TextMatch() from texts.find($s, "…")}.
 *
 * @param nodeId      the node matched
 * @param span        the matched characters
 * @param text        the matched text
 * @param replacement the lexicon's correct form, or "" for plain patterns
 * @param note        the lexicon entry's note, or ""
 */
public record TextMatch(int nodeId, Span span, String text, String replacement, String note) {
}
