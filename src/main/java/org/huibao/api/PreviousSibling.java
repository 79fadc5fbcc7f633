package org.huibao.api;

/**
 * The heading that comes right before a heading among its siblings of a {@link SiblingGroup}: the one
 * a numbering continues from. Found once per report before the rules run, so that a rule can join on
 * it instead of asking "an earlier sibling, with no sibling between" of every pair of headings (which
 * costs the cube of the number of siblings). A heading that is the first of its group has none.
 *
 * @param headingId  the heading
 * @param previousId its previous sibling in the group
 * @param group      which siblings count; the heading itself belongs to the group (a NUMBERED heading for
 *                   FAMILY, an ENUMERATION heading for STYLE, one written 一是 or 第一 for LIST)
 */
public record PreviousSibling(int headingId, int previousId, SiblingGroup group) {
}
