package org.huibao.kinds;

import static org.drools.model.PatternDSL.declarationOf;
import static org.drools.model.PatternDSL.globalOf;
import static org.drools.model.PatternDSL.pattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.RuleItemBuilder;
import org.drools.model.impl.ModelImpl;
import org.huibao.api.DocumentFact;
import org.huibao.api.FindingSink;
import org.huibao.api.Genre;
import org.huibao.lexicon.Lexicon;

/**
 * The no-code rules of a run ({@code *.rule.yaml}), made into what the built-in rules are made of: word
 * lists, scanned with every other list in the analysis stage's one pass over each line, and rules of
 * the executable model, built here from plain Java functions (no DRL, no compiler), that join the lists'
 * hits with the facts that say where they are.
 *
 * @param rules    by id, in file order
 * @param lexicons the rules' word lists, by name ({@code rule:ID}, {@code rule:ID:if}…)
 * @param model    the rules, in package {@value #PACKAGE}; empty when there are none
 */
public record YamlRules(Map<String, YamlRule> rules, Map<String, Lexicon> lexicons, Optional<Model> model) {

    /** Their package in the rule base; each rule is named by its id. */
    public static final String PACKAGE = "huibao.yaml";
    /** The files' suffix. */
    public static final String SUFFIX = ".rule.yaml";

    public YamlRules {
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        lexicons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lexicons));
    }

    /**
     * Reads the files, built-in ones first. A user's rule with a built-in rule's id replaces it; any
     * other id given twice is an error.
     *
     * @throws RuleFileException naming every problem of every file, one line each
     */
    public static YamlRules read(List<RuleText> files) throws RuleFileException {
        Problems problems = new Problems();
        Map<String, RuleReader.Read> byId = new LinkedHashMap<>();
        for (RuleText file : files) {
            for (RuleReader.Read r : RuleReader.read(file, problems)) {
                RuleReader.Read previous = byId.get(r.rule().id());
                if (previous != null && !(previous.rule().builtIn() && !r.rule().builtIn())) {
                    problems.add(r.rule().file(), r.rule().line(), r.rule().where() + ": id \"" + r.rule().id()
                            + "\" is already used by the rule at " + previous.rule().where());
                    continue;
                }
                byId.remove(r.rule().id());
                byId.put(r.rule().id(), r);
            }
        }
        problems.check();
        Map<String, YamlRule> rules = new LinkedHashMap<>();
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        ModelImpl model = new ModelImpl();
        Global<FindingSink> findings = globalOf(FindingSink.class, PACKAGE, "findings");
        model.addGlobal(findings);
        for (RuleReader.Read r : byId.values()) {
            YamlRule rule = r.rule();
            rules.put(rule.id(), rule);
            for (Lexicon l : r.check().lexicons(rule.file())) {
                lexicons.put(l.name(), l);
            }
            // "kind" tells a substitution's preferred form ({1}, the match's replacement) from what
            // {1} is for the other kinds, e.g. for a machine fix
            model.addRule(org.drools.model.PatternDSL.rule(PACKAGE, rule.id()).metadata("id", rule.id())
                    .metadata("kind", rule.kind())
                    .build(body(rule, r.check(), findings).toArray(new RuleItemBuilder<?>[0])));
        }
        return new YamlRules(rules, lexicons, rules.isEmpty() ? Optional.empty() : Optional.of(model));
    }

    /** The rule's genre filter, then its kind's conditions and consequence. */
    private static List<RuleItemBuilder<?>> body(YamlRule rule, Check check, Global<FindingSink> findings) {
        String exprId = PACKAGE + " " + rule.id();
        List<RuleItemBuilder<?>> out = new ArrayList<>();
        if (!rule.genres().isEmpty()) {
            Set<Genre> genres = rule.genres();
            out.add(pattern(declarationOf(DocumentFact.class)).expr(exprId + " genre", d -> genres.contains(d.genre())));
        }
        out.addAll(check.body(exprId, findings));
        return out;
    }

    public Optional<YamlRule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }
}
