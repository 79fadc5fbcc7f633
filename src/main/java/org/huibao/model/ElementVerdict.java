package org.huibao.model;

import org.huibao.api.Element;
import org.huibao.api.ElementStatus;
import org.huibao.api.Message;
import java.util.List;

/**
 * The verdict on one required element.
 *
 * @param weak     true when present but perfunctory (quality "weak")
 * @param reason   why it is weak, in the report's message language; empty when not weak
 * @param evidence where the report speaks of the element, strongest first
 * @param required false when the report's genre (or title) does not require the element (config.yaml,
 *                 elements.ID.genres and report_title, and profiles)
 * @param name     the element's name as configured (elements.ID.name); empty when not known, and the
 *                 outputs then show a built-in element's usual name, or the id
 */
public record ElementVerdict(Element element, ElementStatus status, boolean weak, Message reason,
                             List<Location> evidence, boolean required, Message name) {

    public ElementVerdict {
        evidence = List.copyOf(evidence);
        name = name == null ? Message.NONE : name;
    }

    public ElementVerdict(Element element, ElementStatus status, boolean weak, Message reason,
                          List<Location> evidence, boolean required) {
        this(element, status, weak, reason, evidence, required, Message.NONE);
    }

    public boolean present() {
        return status != ElementStatus.ABSENT;
    }

    public String quality() {
        return weak ? "weak" : "ok";
    }
}
