package org.huibao.api;

/** How a heading is marked. */
public enum HeadingKind {
    /** GB/T 9704 ordinal: 一、 （一） 1. （1） and their mis-punctuated variants. */
    NUMBERED,
    /** A short line with no ordinal and no sentence-final punctuation. */
    UNNUMBERED,
    /** An enumeration item's lead sentence: 一是… 第一，… 首先，… */
    ENUMERATION
}
