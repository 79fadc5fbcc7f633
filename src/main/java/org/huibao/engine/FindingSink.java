package org.huibao.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.model.Message;
import org.huibao.model.RuleInfo;
import org.huibao.parse.Span;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global through which rules report findings: {@code findings.add(drools, $node.span)}. The
 * rule's own metadata supplies id, message and suggestion, so a rule's right-hand side names only
 * the place. One sink per session; not shared between threads.
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
