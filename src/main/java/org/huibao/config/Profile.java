package org.huibao.config;

import java.util.Map;
import java.util.Optional;
import org.huibao.api.Element;

/**
 * What a genre changes (config.yaml, profiles.GENRE): scoring, rule settings, and which required
 * elements it does or does not require. Laid over the general settings for reports of that genre.
 *
 * @param scoring   the genre's scoring, the general values where it sets none
 * @param overrides rule settings for the genre, over the general ones
 * @param elements  {@code elements.ID.required} as the profile gives it: false for an element the genre
 *                  does not require (not reported missing, full points), true for one it requires
 *                  whatever the element's own {@code genres} say
 */
public record Profile(Config.Scoring scoring, Map<String, RuleOverride> overrides, Map<Element, Boolean> elements) {

    public Profile {
        overrides = Map.copyOf(overrides);
        elements = Map.copyOf(elements);
    }

    public Optional<RuleOverride> override(String id) {
        return Optional.ofNullable(overrides.get(id));
    }

    /** The profile's word on an element, when it says anything. */
    public Optional<Boolean> required(Element e) {
        return Optional.ofNullable(elements.get(e));
    }
}
