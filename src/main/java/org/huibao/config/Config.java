package org.huibao.config;

import org.huibao.api.Balance;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huibao.api.Element;
import org.huibao.api.Lang;
import org.huibao.api.Genre;

/**
 * The effective configuration: the built-in defaults with the user's file laid over them.
 *
 * @param source the user's config file, or empty when only the built-in defaults are in force
 */
public record Config(double threshold, Lang language, Scoring scoring, Rules rules,
                     Map<Element, ElementCues> elements, Context context, Balance balance,
                     Map<Genre, Profile> profiles, Optional<Path> source) {

    public Config {
        elements = Map.copyOf(elements);
        profiles = Map.copyOf(profiles);
    }

    /** The settings for a genre: its profile, or the general settings where config gives none. */
    public Profile profile(Genre genre) {
        return profiles.getOrDefault(genre, new Profile(scoring, Map.of(), Set.of()));
    }

    public ElementCues cues(Element element) {
        return elements.get(element);
    }

    public Config withThreshold(double value) {
        return new Config(value, language, scoring, rules, elements, context, balance, profiles, source);
    }

    public Config withLanguage(Lang value) {
        return new Config(threshold, value, scoring, rules, elements, context, balance, profiles, source);
    }

    /** Points per element verdict and per fired rule. */
    public record Scoring(double section, double inline, double absent, double weakPenalty,
                          double qualityMax, double errorCost, double warningCost, double infoCost) {
    }

    /** Extra rule directories (resolved against the config file's folder) and per-rule overrides. */
    public record Rules(List<Path> paths, Map<String, RuleOverride> overrides) {
        public Rules {
            paths = List.copyOf(paths);
            overrides = Map.copyOf(overrides);
        }

        public Optional<RuleOverride> override(String id) {
            return Optional.ofNullable(overrides.get(id));
        }
    }
}
