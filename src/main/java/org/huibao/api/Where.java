package org.huibao.api;

/** Where a cue was found. */
public enum Where {
    /** in a heading's text (numbered, un-numbered, or an enumeration item's lead) */
    HEADING,
    /** in a sentence ending with a colon that introduces a list ("但仍存在以下不足：") */
    LEAD_IN,
    /** in running text */
    BODY
}
