package org.huibao.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.model.Message;
import org.huibao.model.RuleInfo;
import org.huibao.parse.Span;
import org.drools.model.Drools;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global through which rules report findings: {@code findings.add(drools, $node.span)}. The
 * rule's own metadata supplies id, message and suggestion, so a rule's right-hand side names only
 * the place. One sink per session; not shared between threads.
 *
 * <p>Each {@code add} takes {@code drools} twice over: as the {@link RuleContext} a rule compiled at run
 * time passes, and as the executable model's {@link Drools}, which the built-in rules (compiled at build
 * time) pass — the same object, which implements both.
 */
public final class FindingSink {
    private final Map<String, RuleInfo> rules;
    private final String text;
    private final List<Finding> findings = new ArrayList<>();

    FindingSink(Map<String, RuleInfo> rules, String text) {
        this.rules = rules;
        this.text = text;
    }

    /** Reports the rule's finding at a span; the excerpt is the text there. */
    public void add(RuleContext drools, Span span) {
        add(drools, span, null);
    }

    /**
     * Reports the rule's finding at a span, filling {@code {0}} in the rule's message and suggestion
     * with {@code detail}.
     */
    public void add(RuleContext drools, Span span, String detail) {
        String id = (String) drools.getRule().getMetaData().get("id");
        RuleInfo rule = rules.get(id);
        if (rule == null) {
            throw new IllegalStateException("rule \"" + drools.getRule().getName() + "\" reports findings but has no @id");
        }
        String excerpt = text.substring(span.start(), Math.min(span.end(), text.length()));
        findings.add(new Finding(id, rule.severity(), fill(rule.message(), detail),
                new Location(span.line(), span.column(), span.endLine(), span.endColumn(), excerpt),
                fill(rule.fix(), detail), rule.element()));
    }

    /** {@link #add(RuleContext, Span)} for rules compiled to the executable model. */
    public void add(Drools drools, Span span) {
        add((RuleContext) drools, span, null);
    }

    /** {@link #add(RuleContext, Span, String)} for rules compiled to the executable model. */
    public void add(Drools drools, Span span, String detail) {
        add((RuleContext) drools, span, detail);
    }

    /** {@link #add(RuleContext, TextMatch)} for rules compiled to the executable model. */
    public void add(Drools drools, TextMatch match) {
        add((RuleContext) drools, match);
    }

    List<Finding> findings() {
        return findings;
    }

    /**
     * Reports the rule's finding at a text match: {@code {0}} in message and suggestion is the
     * matched text, {@code {1}} the lexicon's correct form, {@code {2}} the lexicon entry's note.
     */
    public void add(RuleContext drools, TextMatch match) {
        add(drools, match.span(), match.text());
        Finding f = findings.remove(findings.size() - 1);
        findings.add(new Finding(f.rule(), f.severity(), fill(f.message(), match), f.location(),
                fill(f.suggestion(), match), f.element()));
    }

    private static Message fill(Message m, TextMatch match) {
        return new Message(fill(m.zh(), match), fill(m.en(), match));
    }

    private static String fill(String s, TextMatch match) {
        return s.replace("{1}", match.replacement()).replace("{2}", match.note());
    }

    private static Message fill(Message m, String detail) {
        if (detail == null) {
            return m;
        }
        return new Message(m.zh().replace("{0}", detail), m.en().replace("{0}", detail));
    }
}
