package org.huibao.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huibao.api.Element;

/**
 * What a genre changes (config.yaml, profiles.GENRE): scoring, rule settings, and which required
 * elements it does not require. Laid over the general settings for reports of that genre.
 *
 * @param scoring   the genre's scoring, the general values where it sets none
 * @param overrides rule settings for the genre, over the general ones
 * @param optional  elements the genre does not require: not reported missing, full points
 */
public record Profile(Config.Scoring scoring, Map<String, RuleOverride> overrides, Set<Element> optional) {

    public Profile {
        overrides = Map.copyOf(overrides);
        optional = Set.copyOf(optional);
    }

    public Optional<RuleOverride> override(String id) {
        return Optional.ofNullable(overrides.get(id));
    }

    public boolean requires(Element e) {
        return !optional.contains(e);
    }
}
