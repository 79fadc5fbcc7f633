package org.huibao.api;

/**
 * The kinds of {@link Trait}: properties of one node's whole text that the structure rules
 * (rules/structure.drl) ask about, decided once per report before the rules run. Each kind says which
 * nodes carry it and exactly what their text must be. "No line break" below means none of \n, \r,
 * U+0085, U+2028, U+2029 anywhere in the text.
 */
public enum TraitKind {
    /**
     * A paragraph that opens the attachment note: 附件, then optionally blanks, a number (0–9 or
     * 一…十 digits) and blanks, then a colon (： or :), and after the colon no line break — "附件：1.××",
     * "附件2：××". Blanks are ASCII white space (space, tab, line breaks, form feed).
     */
    ATTACHMENT_NOTE,
    /**
     * An un-numbered heading that is only the attachment label: 附件, then optionally blanks and a
     * number (as for {@link #ATTACHMENT_NOTE}), and nothing after it — "附件", "附件2", "附件 三".
     */
    ATTACHMENT_LABEL,
    /**
     * A line that may carry the report's title when the first title line does not name the kind of
     * document (a title broken over two lines, or a title below the letterhead): an un-numbered heading
     * whose text names a kind of document, or a paragraph of at most 60 characters that names one and
     * has none of 。：:，,；;！？!? — in both cases with no line break. "Names a kind of document" is
     * {@link DocumentFact#namesKind(String)}.
     */
    TITLE_LIKE,
    /** An addressee line that ends with the full-width colon ： and has no line break. */
    ADDRESSEE_COLON,
    /**
     * A closing that is a written report's formula: it starts 特此报告, 特此汇报, 专此报告 or 专此汇报, and
     * has no line break.
     */
    WRITTEN_CLOSING,
    /** A closing that is a speech's formula: it starts 汇报完毕 or 谢谢, and has no line break. */
    SPOKEN_CLOSING,
    /**
     * A numbered heading whose line ends with a full stop: the paragraph that starts where the heading
     * starts ends with 。 and has no line break ("一、主要工作。" on a line of its own, or a heading that
     * runs on into a paragraph ending with 。). One trait per such paragraph.
     */
    HEADING_FULL_STOP
}
