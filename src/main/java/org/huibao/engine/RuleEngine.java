package org.huibao.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.huibao.lexicon.CueHit;
import org.huibao.model.Finding;
import org.huibao.model.RuleInfo;
import org.huibao.parse.Node;
import org.huibao.parse.Report;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/** Runs the rules over one report: one session per report, disposed afterwards. Thread-safe. */
public final class RuleEngine {
    private static final String FINDINGS = "findings";
    private static final String TEXTS = "texts";

    private final RuleSet rules;
    private final Texts texts;
    private final boolean declaresFindings;
    private final boolean declaresTexts;

    public RuleEngine(RuleSet rules) {
        this.rules = rules;
        this.texts = new Texts(rules.lexicons());
        this.declaresFindings = declares(rules, FINDINGS);
        this.declaresTexts = declares(rules, TEXTS);
    }

    // Setting a global no rule declares is an error in Drools; a rule set may use neither.
    private static boolean declares(RuleSet rules, String global) {
        return rules.kieBase().getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(global)));
    }

    /** What the rules decided about one report. */
    public record Outcome(List<Finding> findings, List<Evidence> evidence, List<Weakness> weaknesses) {
    }

    /**
     * @param facts        further facts rules may read: config.yaml's balance section, a Word file's layout
     * @param ruleSettings each rule's effective settings for this report (its genre's profile applied)
     */
    public Outcome run(Report report, DocumentFact document, List<CueHit> hits, List<Object> facts,
                       Map<String, RuleInfo> ruleSettings) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            FindingSink sink = new FindingSink(ruleSettings, report.text());
            if (declaresFindings) {
                session.setGlobal(FINDINGS, sink);
            }
            if (declaresTexts) {
                session.setGlobal(TEXTS, texts);
            }
            session.insert(document);
            for (Object o : facts) {
                session.insert(o);
            }
            for (Node n : report.nodes()) {
                session.insert(n);
            }
            for (CueHit h : hits) {
                session.insert(h);
            }
            session.fireAllRules(match -> enabled(match.getRule(), ruleSettings));
            List<Evidence> evidence = new ArrayList<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Evidence.class))) {
                evidence.add((Evidence) o);
            }
            // Fact order is not stable between runs; sort so that output is.
            evidence.sort(Comparator.comparing((Evidence e) -> e.status())
                    .thenComparingInt(e -> e.hit().span().start()).thenComparingInt(e -> e.hit().id()));
            List<Weakness> weaknesses = new ArrayList<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Weakness.class))) {
                weaknesses.add((Weakness) o);
            }
            weaknesses.sort(Comparator.comparing(Weakness::element).thenComparing(w -> w.reason().en()));
            List<Finding> findings = new ArrayList<>(new LinkedHashSet<>(sink.findings()));
            findings.sort(Comparator.comparingInt((Finding f) -> f.location().line())
                    .thenComparingInt(f -> f.location().column()).thenComparing(Finding::rule));
            return new Outcome(findings, evidence, weaknesses);
        } finally {
            session.dispose();
        }
    }

    private static boolean enabled(Rule rule, Map<String, RuleInfo> ruleSettings) {
        Map<String, Object> meta = rule.getMetaData();
        Object id = meta.get("id");
        if (id == null) {
            return true;
        }
        RuleInfo info = ruleSettings.get(id.toString());
        return info != null && info.enabled();
    }
}
