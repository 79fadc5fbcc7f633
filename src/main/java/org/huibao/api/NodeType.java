package org.huibao.api;

/** Kinds of node in the report tree. */
public enum NodeType {
    /** the report's title (its first lines, before the addressee) */
    TITLE,
    /** the body it is sent to, ending with a colon: "市委：" */
    ADDRESSEE,
    /** a speech's salutation: "各位领导、同志们：" */
    SALUTATION,
    /** a {@link Heading} */
    HEADING,
    /** a paragraph of the body: one line of text */
    PARAGRAPH,
    /** a {@link Sentence} of a paragraph */
    SENTENCE,
    /** the closing formula: "特此报告。", "汇报完毕，谢谢大家！" */
    CLOSING,
    /** the signature block: the unit and the date after the closing */
    SIGNATURE,
    /** a pasted web marker (##paidbegin##) or HTML tag at a line's start, kept out of the text it hides */
    ARTEFACT
}
