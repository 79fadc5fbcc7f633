package org.huibao.engine;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
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
}
