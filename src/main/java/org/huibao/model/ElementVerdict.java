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
 * @param required false when the report's genre does not require the element (config.yaml, profiles)
 */
public record ElementVerdict(Element element, ElementStatus status, boolean weak, Message reason,
                             List<Location> evidence, boolean required) {

    public ElementVerdict {
        evidence = List.copyOf(evidence);
    }

    public boolean present() {
        return status != ElementStatus.ABSENT;
    }

    public String quality() {
        return weak ? "weak" : "ok";
    }
}
