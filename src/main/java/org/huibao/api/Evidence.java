package org.huibao.api;


/**
 * A rule's decision that a cue hit shows an element present, as a section or inline. Inserted by
 * rules; {@code offset} and {@code specific} repeat the hit's values so that rules can compare them
 * directly.
 */
public record Evidence(Element element, ElementStatus status, CueHit hit, int offset, boolean specific) {

    public static Evidence section(CueHit hit) {
        return new Evidence(hit.element(), ElementStatus.SECTION, hit, hit.span().start(), hit.specific());
    }

    public static Evidence inline(CueHit hit) {
        return new Evidence(hit.element(), ElementStatus.INLINE, hit, hit.span().start(), hit.specific());
    }
}
