package org.huibao.api;

/** The groups of sibling headings within which {@link PreviousSibling} names the one before. */
public enum SiblingGroup {
    /**
     * Numbered headings under the same parent whose ordinals are of one family
     * ({@link Numbering#family}: the GB/T 9704 level; circled numbers a family of their own).
     */
    FAMILY,
    /** Enumeration items (一是…, 第一，…, 首先…) under the same parent, in the same style. */
    STYLE,
    /** Enumeration items under the same parent written 一是…, 第一，… or 首先，… — any of the styles. */
    LIST
}
