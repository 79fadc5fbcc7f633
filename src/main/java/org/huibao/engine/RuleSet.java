package org.huibao.engine;

import org.huibao.lexicon.Lexicon;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.huibao.config.Profile;
import org.huibao.config.RuleOverride;
import org.huibao.model.RuleInfo;
import org.kie.api.KieBase;

/**
 * Compiled rules: one KieBase shared by every check of a run (thread-safe), and the metadata of
 * each rule that reports findings, by id, with config overrides applied; and the lexicons rules
 * match text against.
 */
public record RuleSet(KieBase kieBase, Map<String, RuleInfo> rules, Map<String, Lexicon> lexicons) {

    public RuleSet {
        rules = Map.copyOf(rules);
        lexicons = Map.copyOf(lexicons);
    }

    public Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public Collection<RuleInfo> all() {
        return rules.values();
    }

    /** The rules' settings with a genre profile's overrides laid over them. */
    public Map<String, RuleInfo> forProfile(Profile profile) {
        Map<String, RuleInfo> out = new HashMap<>();
        for (RuleInfo r : rules.values()) {
            RuleOverride o = profile.override(r.id()).orElse(null);
            out.put(r.id(), o == null ? r : r.with(o.severity().orElse(null), o.enabled().orElse(null),
                    o.blocking().orElse(null)));
        }
        return Map.copyOf(out);
    }
}
