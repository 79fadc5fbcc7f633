package org.huibao.api;

/**
 * What the element rules decided about one element of the report: one fact per {@link DeclaredElement},
 * inserted by rules/elements.drl once the {@link Evidence} is in (rules of salience above 0 insert it).
 * Read it by id: {@code ElementState(id == "lianzheng", status == ElementStatus.ABSENT, required)}.
 *
 * @param status   {@link ElementStatus#SECTION} when a part is headed for it, {@link ElementStatus#INLINE}
 *                 when it is only stated inside other text, else {@link ElementStatus#ABSENT}
 * @param required whether this report must have it (see {@link DeclaredElement#required()})
 * @param rule     the id of the rule that reports it missing
 */
public record ElementState(Element element, String id, ElementStatus status, boolean required, boolean builtIn,
                           String rule) {

    public static ElementState of(DeclaredElement e, ElementStatus status) {
        return new ElementState(e.element(), e.id(), status, e.required(), e.builtIn(), e.rule());
    }
}
