package org.huibao.api;

/** Kinds of node in the report tree. */
public enum NodeType {
    TITLE, ADDRESSEE, SALUTATION, HEADING, PARAGRAPH, SENTENCE, CLOSING, SIGNATURE,
    /** a pasted web marker (##paidbegin##) or HTML tag at a line's start, kept out of the text it hides */
    ARTEFACT
}
