package org.huibao.api;


/**
 * A rule's decision that a cue hit shows an element present, as a section or inline. Inserted by the
 * element rules (rules/elements.drl); the element verdicts and their evidence in every output come from
 * these facts.
 *
 * @param element  the element shown present
 * @param status   {@link ElementStatus#SECTION} or {@link ElementStatus#INLINE}
 * @param hit      the cue that shows it
 * @param offset   the hit's start, repeated so that rules can compare it directly
 * @param specific the hit's {@link CueHit#specific()}, repeated likewise
 */
public record Evidence(Element element, ElementStatus status, CueHit hit, int offset, boolean specific) {

    public static Evidence section(CueHit hit) {
        return new Evidence(hit.element(), ElementStatus.SECTION, hit, hit.span().start(), hit.specific());
    }

    public static Evidence inline(CueHit hit) {
        return new Evidence(hit.element(), ElementStatus.INLINE, hit, hit.span().start(), hit.specific());
    }
}
