package org.huibao.api;

import org.drools.model.Drools;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Where a rule reports its finding: the global {@code findings}. The rule's own metadata supplies the
 * id, severity, message and suggestion, so a consequence names only the place:
 *
 * <pre>
 * global org.huibao.api.FindingSink findings
 * rule "…" @id("XX101") … when $s : Spot(kind == SpotKind.HALF_WIDTH_MARK) then findings.add(drools, $s); end
 * </pre>
 *
 * In the message and the suggestion, {@code {0}} is the detail (by default the text found), {@code {1}}
 * a word list's correct form and {@code {2}} its note.
 *
 * <p>A rule whose finding has one mechanical remedy reports it with {@code fix} instead of {@code add}:
 * the finding then carries the edit (the characters it names and their replacement), which the JSON and
 * SARIF outputs give to machines, the review page shows, and {@code huibao fix} applies. Only an edit that
 * is safe and has one answer belongs there: {@code fix} with a {@link Spot} or {@link Term} that has no
 * fix reports the finding as {@code add} would.
 *
 * <pre>
 * then findings.fix(drools, $t);   // a word-list hit: replaced by the list's correct form
 * </pre>
 */
public interface FindingSink {

    /** Reports the rule's finding at a span; the excerpt is the text there. */
    void add(RuleContext drools, Span span);

    /** Reports the rule's finding at a span, with {@code {0}} in message and suggestion set to {@code detail}. */
    void add(RuleContext drools, Span span, String detail);

    /**
     * Reports the finding of the rule with id {@code ruleId}, a rule declared elsewhere than the calling
     * rule (a required element declared in configuration: {@link ElementState#rule()}), at a span. Nothing
     * is reported when that rule is turned off.
     */
    void addAs(RuleContext drools, String ruleId, Span span);

    /** Reports the rule's finding at a pattern match: {@code {0}} is the matched text, {@code {1}} and {@code {2}} a word list's correct form and note. */
    void add(RuleContext drools, TextMatch match);

    /** Reports the rule's finding at a word-list hit: {@code {0}} the text, {@code {1}} the correct form, {@code {2}} the note. */
    default void add(RuleContext drools, Term term) {
        add(drools, term.match());
    }

    /** Reports the rule's finding at a spot: {@code {0}} is the spot's detail (its text when it has none). */
    default void add(RuleContext drools, Spot spot) {
        add(drools, spot.span(), spot.detail().isEmpty() ? spot.text() : spot.detail());
    }

    /**
     * Reports the rule's finding at a span, as {@link #add(RuleContext, Span, String)} does with
     * {@code detail} (null: the text found), with the edit that replaces the span's characters by
     * {@code replacement} ("" deletes them; null: no edit).
     */
    default void fix(RuleContext drools, Span span, String detail, String replacement) {
        add(drools, span, detail);
    }

    /** {@link #fix(RuleContext, Span, String, String)} with the text found as the detail. */
    default void fix(RuleContext drools, Span span, String replacement) {
        fix(drools, span, null, replacement);
    }

    /** Reports the rule's finding at a spot, as {@link #add(RuleContext, Spot)}, with the spot's {@link Spot#fix()}. */
    default void fix(RuleContext drools, Spot spot) {
        fix(drools, spot.span(), spot.detail().isEmpty() ? spot.text() : spot.detail(), spot.fix());
    }

    /** Reports the rule's finding at a word-list hit, as {@link #add(RuleContext, Term)}, with the hit's {@link Term#fix()}. */
    default void fix(RuleContext drools, Term term) {
        add(drools, term);
    }

    // The built-in rules are compiled to Drools' executable model, where `drools` in a consequence is
    // typed org.drools.model.Drools; the object is the same RuleContext, but Java picks overloads by
    // the static type. Rules written by offices compile the classic way and use the methods above.

    /** {@link #add(RuleContext, Span)} for rules compiled to the executable model. */
    default void add(Drools drools, Span span) {
        add((RuleContext) drools, span);
    }

    /** {@link #add(RuleContext, Span, String)} for rules compiled to the executable model. */
    default void add(Drools drools, Span span, String detail) {
        add((RuleContext) drools, span, detail);
    }

    /** {@link #addAs(RuleContext, String, Span)} for rules compiled to the executable model. */
    default void addAs(Drools drools, String ruleId, Span span) {
        addAs((RuleContext) drools, ruleId, span);
    }

    /** {@link #add(RuleContext, TextMatch)} for rules compiled to the executable model. */
    default void add(Drools drools, TextMatch match) {
        add((RuleContext) drools, match);
    }

    /** {@link #add(RuleContext, Term)} for rules compiled to the executable model. */
    default void add(Drools drools, Term term) {
        add((RuleContext) drools, term);
    }

    /** {@link #add(RuleContext, Spot)} for rules compiled to the executable model. */
    default void add(Drools drools, Spot spot) {
        add((RuleContext) drools, spot);
    }

    /** {@link #fix(RuleContext, Span, String, String)} for rules compiled to the executable model. */
    default void fix(Drools drools, Span span, String detail, String replacement) {
        fix((RuleContext) drools, span, detail, replacement);
    }

    /** {@link #fix(RuleContext, Span, String)} for rules compiled to the executable model. */
    default void fix(Drools drools, Span span, String replacement) {
        fix((RuleContext) drools, span, replacement);
    }

    /** {@link #fix(RuleContext, Spot)} for rules compiled to the executable model. */
    default void fix(Drools drools, Spot spot) {
        fix((RuleContext) drools, spot);
    }

    /** {@link #fix(RuleContext, Term)} for rules compiled to the executable model. */
    default void fix(Drools drools, Term term) {
        fix((RuleContext) drools, term);
    }
}
