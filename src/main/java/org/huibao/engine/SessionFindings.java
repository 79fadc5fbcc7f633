package org.huibao.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huibao.api.FindingSink;
import org.huibao.api.Message;
import org.huibao.api.Span;
import org.huibao.api.Term;
import org.huibao.api.TextMatch;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.model.RuleInfo;
import org.kie.api.runtime.rule.RuleContext;

/** The findings of one session: the {@code findings} global. Not shared between threads. */
final class SessionFindings implements FindingSink {
    private final Map<String, RuleInfo> rules;
    private final String text;
    private final List<Finding> findings = new ArrayList<>();

    SessionFindings(Map<String, RuleInfo> rules, String text) {
        this.rules = rules;
        this.text = text;
    }

    @Override
    public void add(RuleContext drools, Span span) {
        add(drools, span, null);
    }

    @Override
    public void add(RuleContext drools, Span span, String detail) {
        findings.add(finding(drools, span, detail));
    }

    @Override
    public void add(RuleContext drools, TextMatch match) {
        findings.add(filled(finding(drools, match.span(), match.text()), match));
    }

    @Override
    public void fix(RuleContext drools, Span span, String detail, String replacement) {
        Finding f = finding(drools, span, detail == null ? excerpt(span) : detail);
        findings.add(f.withFix(Fixes.of(f.location(), replacement)));
    }

    @Override
    public void fix(RuleContext drools, Term term) {
        TextMatch match = term.match();
        Finding f = filled(finding(drools, match.span(), match.text()), match);
        findings.add(f.withFix(Fixes.of(f.location(), term.fix())));
    }

    @Override
    public void addAs(RuleContext drools, String ruleId, Span span) {
        RuleInfo rule = rules.get(ruleId);
        if (rule == null) {
            throw new IllegalStateException("rule \"" + drools.getRule().getName() + "\" reports findings of rule "
                    + ruleId + ", which is not declared");
        }
        if (!rule.enabled()) {
            return;
        }
        String excerpt = text.substring(span.start(), Math.min(span.end(), text.length()));
        findings.add(new Finding(ruleId, rule.severity(), rule.message(),
                new Location(span.line(), span.column(), span.endLine(), span.endColumn(), excerpt),
                rule.fix(), rule.element()));
    }

    List<Finding> findings() {
        return findings;
    }

    private Finding finding(RuleContext drools, Span span, String detail) {
        String id = (String) drools.getRule().getMetaData().get("id");
        RuleInfo rule = rules.get(id);
        if (rule == null) {
            throw new IllegalStateException("rule \"" + drools.getRule().getName() + "\" reports findings but has no @id");
        }
        return new Finding(id, rule.severity(), fill(rule.message(), detail),
                new Location(span.line(), span.column(), span.endLine(), span.endColumn(), excerpt(span)),
                fill(rule.fix(), detail), rule.element());
    }

    private String excerpt(Span span) {
        return text.substring(span.start(), Math.min(span.end(), text.length()));
    }

    private static Finding filled(Finding f, TextMatch match) {
        return new Finding(f.rule(), f.severity(), fill(f.message(), match), f.location(), fill(f.suggestion(), match),
                f.element(), f.fix(), f.known());
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
