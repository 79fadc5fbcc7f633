package org.huibao.engine;

import org.huibao.api.Evidence;
import org.huibao.api.Weakness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.huibao.analysis.Analysis;
import org.huibao.api.CueHit;
import org.huibao.model.Finding;
import org.huibao.api.Message;
import org.huibao.model.RuleInfo;
import org.huibao.api.Node;
import org.huibao.parse.Report;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.rule.EntryPointId;
import org.drools.core.impl.InternalRuleBase;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs the rules over one report: one session per report, disposed afterwards. Thread-safe. A rule
 * that throws, or rules that run past the time limit, end that report's check with a {@link RuleFailure}.
 */
public final class RuleEngine {
    private static final String FINDINGS = "findings";
    private static final String TEXTS = "texts";

    private final RuleSet rules;
    private final Duration timeLimit;
    /** The time limit in nanoseconds; a limit beyond what a long holds is no limit. */
    private final long limitNanos;
    private final PatternTexts texts;
    private final boolean declaresFindings;
    private final boolean declaresTexts;
    /**
     * Sessions are reused: a disposed session goes back to the pool, reset, and keeps the memories its
     * nodes built, which a new session would set up again for every report.
     */
    private final KieSessionsPool sessions;
    /** The classes some rule's pattern matches; see {@link #read(Object)}. */
    private final Set<Class<?>> matchedTypes;
    /** Per fact class, whether some rule can match it: asked for every fact, answered once per class. */
    private final Map<Class<?>, Boolean> readClasses = new ConcurrentHashMap<>();

    /** A limit far beyond what a real report needs (milliseconds); only a rule that loops comes near it. */
    public RuleEngine(RuleSet rules) {
        this(rules, Duration.ofSeconds(30));
    }

    public RuleEngine(RuleSet rules, Duration timeLimit) {
        this.rules = rules;
        this.timeLimit = timeLimit;
        this.limitNanos = timeLimit.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : timeLimit.toNanos();
        this.sessions = rules.kieBase().newKieSessionsPool(2);
        this.matchedTypes = matchedTypes(rules.kieBase());
        this.declaresFindings = declares(rules, FINDINGS);
        this.declaresTexts = declares(rules, TEXTS);
        // Only rules written by users run patterns; without them the word lists' prefilters need not be
        // built at start-up.
        this.texts = declaresTexts ? new PatternTexts(rules.lexicons()) : null;
    }

    /**
     * The classes the rules' patterns match, from the object-type nodes of the network. A fact of a
     * type no pattern matches (most reports' sentences and lines, for the built-in rules) goes nowhere
     * in the network, yet inserting it still costs a handle, a place in the session's store and a
     * propagation; a report has about as many of those as of all the facts the rules do read.
     */
    private static Set<Class<?>> matchedTypes(KieBase kieBase) {
        Set<Class<?>> out = new java.util.HashSet<>();
        for (ObjectType t : ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes(EntryPointId.DEFAULT).keySet()) {
            if (!(t instanceof ClassObjectType c)) {
                return null; // a type this reading does not follow: insert everything
            }
            out.add(c.getClassType());
        }
        return Set.copyOf(out);
    }

    /** Whether some rule's pattern can match the fact: its class, a superclass or an interface has a node. */
    private boolean read(Object fact) {
        if (matchedTypes == null) {
            return true;
        }
        return readClasses.computeIfAbsent(fact.getClass(),
                c -> matchedTypes.stream().anyMatch(t -> t.isAssignableFrom(c)));
    }

    private void insert(KieSession session, Object fact) {
        if (read(fact)) {
            session.insert(fact);
        }
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
     * @param analysis     the facts computed for the report: document, lines, word-list hits, spots
     * @param facts        further facts rules may read: config.yaml's balance section, a Word file's layout
     * @param ruleSettings each rule's effective settings for this report (its genre's profile applied)
     */
    public Outcome run(Report report, Analysis analysis, List<Object> facts,
                       Map<String, RuleInfo> ruleSettings) {
        KieSession session = sessions.newKieSession();
        boolean broken = false;
        try {
            SessionFindings sink = new SessionFindings(ruleSettings, report.text());
            if (declaresFindings) {
                session.setGlobal(FINDINGS, sink);
            }
            if (declaresTexts) {
                session.setGlobal(TEXTS, texts.forSession());
            }
            for (Object o : analysis.facts()) {
                insert(session, o);
            }
            for (Object o : facts) {
                insert(session, o);
            }
            for (Node n : report.nodes()) {
                insert(session, n);
            }
            for (CueHit h : analysis.hits()) {
                insert(session, h);
            }
            fire(session, ruleSettings);
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
            weaknesses.sort(Comparator.comparing((Weakness w) -> w.element().id()).thenComparing(w -> w.reason().en()));
            return new Outcome(ListedFindings.of(sink.findings()), evidence, weaknesses);
        } catch (Error e) {
            // stopped from outside (Deadlines) or out of memory halfway through an update: the session's
            // memories may be inconsistent, so it must not go back to the pool
            broken = true;
            throw e;
        } finally {
            if (broken) {
                session.destroy();
            } else {
                session.dispose();
            }
        }
    }

    /**
     * Fires the rules, halting them at the time limit. A halt takes effect between two firings, which
     * is where a rule that keeps re-activating itself spends its time; so the clock is read there, as
     * each activation is about to fire. (An alarm on a timer thread did the same at the cost of waking
     * that thread twice for every report.)
     */
    private void fire(KieSession session, Map<String, RuleInfo> ruleSettings) {
        long start = System.nanoTime();
        boolean[] expired = {false};
        try {
            session.fireAllRules(match -> {
                if (System.nanoTime() - start > limitNanos) {
                    expired[0] = true;
                    session.halt();
                    return false;
                }
                return enabled(match.getRule(), ruleSettings);
            });
        } catch (ConsequenceException e) {
            Rule rule = e.getMatch() == null ? null : e.getMatch().getRule();
            throw failure(rule == null ? "?" : describe(rule), e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException | StackOverflowError e) {
            // A constraint that throws is reported by Drools with the rule's name in its message.
            throw failure(ruleIn(e), e);
        }
        if (expired[0]) {
            long s = Math.max(1, timeLimit.toSeconds());
            throw new RuleFailure(new Message("规则运行超过 " + s + " 秒，已中止（可能有规则循环触发）",
                    "the rules ran longer than " + s + " s and were stopped (a rule may be re-firing itself)"), null);
        }
    }

    private static RuleFailure failure(String rule, Throwable cause) {
        String what = cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse(""));
        return new RuleFailure(new Message("规则 " + rule + " 运行出错：" + what, "rule " + rule + " failed: " + what), cause);
    }

    private static String describe(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return (id == null ? "" : id + " ") + "\"" + rule.getName() + "\"";
    }

    private static String ruleIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            int i = m == null ? -1 : m.indexOf("rule [");
            if (i >= 0 && m.indexOf(']', i) > 0) {
                return "\"" + m.substring(i + 6, m.indexOf(']', i)) + "\"";
            }
        }
        return "?";
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
