package org.huibao.parse;

/** Kinds of node in the report tree. */
public enum NodeType {
    TITLE, ADDRESSEE, SALUTATION, HEADING, PARAGRAPH, SENTENCE, CLOSING, SIGNATURE
}
