package org.huibao.api;

/**
 * A numbered heading that is the first of its siblings (same parent, same level) to be something: found
 * once per report before the rules run, so that a rule reporting "once per group" joins on it instead of
 * asking of every heading whether no earlier sibling is the same — which costs the square of the number
 * of siblings (60,000 headings under one parent would take minutes).
 *
 * @param headingId the heading
 * @param of        what it is the first of
 */
public record FirstSibling(int headingId, Of of) {
    /** What a heading is the first of among its numbered siblings (same parent, same level). */
    public enum Of {
        /** The first written in its ordinal's shape ({@link Numbering#shape}: "1、" and "2、" are one). */
        SHAPE,
        /** The first that is neither circled nor of a wrong form ({@link Numbering#wrongForm}). */
        WELL_FORMED,
        /**
         * The first well-formed, uncircled sibling whose shape differs from that of the {@link #WELL_FORMED}
         * first ("1．" after "1."; wrong forms and circled numbers do not count).
         */
        OTHER_SHAPE,
        /** The first heading on a line of its own whose line ends with a full stop (a HEADING_FULL_STOP trait). */
        FULL_STOP,
        /**
         * Among the uncircled numbered children of an uncircled numbered heading, the first that skips a
         * level ("1." directly under "二、"): its level is more than one below its parent's.
         */
        LEVEL_SKIP
    }
}
