package org.huibao.config;

import org.huibao.api.Balance;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huibao.api.Element;
import org.huibao.api.Lang;
import org.huibao.api.Genre;

/**
 * The effective configuration: the built-in defaults with the user's file laid over them.
 *
 * @param source the user's config file, or empty when only the built-in defaults are in force
 */
public record Config(double threshold, Lang language, Scoring scoring, Rules rules,
                     List<ElementDeclaration> elements, Context context, Balance balance,
                     Map<Genre, Profile> profiles, Optional<Path> source) {

    public Config {
        elements = List.copyOf(elements);
        profiles = Map.copyOf(profiles);
    }

    /** The settings for a genre: its profile, or the general settings where config gives none. */
    public Profile profile(Genre genre) {
        return profiles.getOrDefault(genre, new Profile(scoring, Map.of(), Map.of()));
    }

    /** The declaration of an element, when the configuration has one. */
    public Optional<ElementDeclaration> element(Element element) {
        return elements.stream().filter(d -> d.element().equals(element)).findFirst();
    }

    /** The cue lexicon of a declared element. */
    public ElementCues cues(Element element) {
        return element(element).map(ElementDeclaration::cues)
                .orElseThrow(() -> new IllegalArgumentException("no element " + element.id()));
    }

    /**
     * This configuration with more elements declared (rule files' {@code kind: required} entries); an id or
     * a rule id already declared is an error naming the file that repeats it.
     */
    public Config withElements(List<ElementDeclaration> more) throws ConfigException {
        List<ElementDeclaration> all = new java.util.ArrayList<>(elements);
        for (ElementDeclaration d : more) {
            for (ElementDeclaration e : all) {
                String source = d.rule().map(r -> r.source()).orElse("");
                if (e.element().equals(d.element())) {
                    throw new ConfigException(source + ": element " + d.element().id() + " is already declared");
                }
                if (e.ruleId().equals(d.ruleId())) {
                    throw new ConfigException(source + ": rule " + d.ruleId() + " is already the rule of element "
                            + e.element().id());
                }
            }
            all.add(d);
        }
        return new Config(threshold, language, scoring, rules, all, context, balance, profiles, source);
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
