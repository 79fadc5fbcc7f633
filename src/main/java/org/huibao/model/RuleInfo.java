package org.huibao.model;

import org.huibao.api.Element;
import org.huibao.api.Message;

/**
 * A rule's metadata as declared in its DRL ({@code @id}, {@code @severity}, {@code @title}, …), with
 * the effective severity after config overrides.
 *
 * @param source      the DRL file it came from
 * @param description what the rule checks and why
 * @param examples    texts that must raise it (bad) and texts that must not (good)
 * @param fix         how to fix what it reports
 */
public record RuleInfo(String id, Severity severity, Message title, Message message, Message description,
                       java.util.List<RuleExample> examples, Message fix, Element element, boolean enabled, boolean blocking,
                       String source) {

    public RuleInfo {
        examples = java.util.List.copyOf(examples);
    }

    /** The first text that raises this rule, for help and docs; empty when it has none. */
    public String example() {
        return examples.stream().filter(RuleExample::bad).map(RuleExample::text).findFirst().orElse("");
    }

    /** This rule with some of its settings changed; null arguments keep the current value. */
    public RuleInfo with(Severity newSeverity, Boolean newEnabled, Boolean newBlocking) {
        return new RuleInfo(id, newSeverity == null ? severity : newSeverity, title, message, description, examples, fix,
                element, newEnabled == null ? enabled : newEnabled, newBlocking == null ? blocking : newBlocking, source);
    }
}
