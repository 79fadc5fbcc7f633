package org.huibao.api;


/**
 * One match of an element's cue in a report, with the context that decides whether it counts. The
 * rules read these flags; Java only computes them.
 *
 * @param element    the element whose cue it is
 * @param like       how that element's cues are read ({@code elements.ID.like} in config.yaml): the rules
 *                   of rules/elements.drl for that kind judge it
 * @param nodeId     the heading or sentence it was found in
 * @param sectionId  innermost heading whose part contains it (the heading itself for heading hits)
 * @param span       the matched text (the whole heading or sentence for heading and lead-in hits)
 * @param negated    denied in its clause: a negation word before it ("不存在…问题", "没有发现…存在问题")
 * @param preview    in a sentence that only previews the report's parts ("…汇报如下："), or a heading on a
 *                   line of its own with nothing under it but headings of its element (a report cut off after
 *                   it, a table of contents)
 * @param remedial   names something the unit acts on or has solved ("解决…问题", "…已整改到位")
 * @param otherParty describes units the reporter inspects ("巡察发现…", "对…开展督查")
 * @param excluded   overlaps an exclude pattern of the element (boilerplate such as "在…正确领导下")
 * @param stock      a stock phrase ("还存在一些差距和不足")
 * @param specific   says something specific: a non-stock cue, or a stock phrase whose clause names who or
 *                   gives a figure; for a heading or lead-in, a clause of its part that holds a figure,
 *                   names who or gives an example (for shortcomings also a problem in words that are not
 *                   a stock phrase)
 * @param extent     letters and digits in the part the hit stands for: a heading's part, what a
 *                   lead-in introduces, or a body hit's sentence and the rest of its paragraph
 * @param concrete   that part names a number, a date or an owner (config.yaml, balance.concrete)
 * @param clauseId   the {@link Clause} it stands in: whose, when, in which part of the report
 * @param forward    found by a sentence opening that looks forward by its form ("要…", "我们将…",
 *                   config.yaml elements.*.forward): it proves something only when its clause does look
 *                   forward ({@link Clause#forward()}); false for the unit's forward clause right after a lead
 *                   naming a year after those the report looks back on ("2023年，…。2024年，要…"), which is
 *                   a plan by itself as "下一步，我们将…" is
 * @param agent      who does what the cue says: an owner word inside the cue ("压实企业主体责任"), else
 *                   the nearest before it in its clause ("总书记亲自部署"), else the clause's owner
 * @param problems   (shortcomings) the specific problems it stands for: the specific clauses of the part
 *                   a heading or lead-in opens, 1 or 0 for a cue in running text
 */
public record CueHit(int id, Element element, ElementKind like, Where where, int nodeId, int sectionId, Span span, String text,
                     String cue, boolean negated, boolean preview, boolean remedial, boolean otherParty,
                     boolean excluded, boolean stock, boolean specific, int extent, boolean concrete,
                     int clauseId, boolean forward, Owner agent, int problems) {

    /** True when nothing in its context disqualifies it. */
    public boolean clean() {
        return !negated && !preview && !remedial && !otherParty && !excluded;
    }
}
