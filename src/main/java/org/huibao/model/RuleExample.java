package org.huibao.model;

/**
 * One example a rule carries: a text that must raise the rule ({@code bad}) or must not ({@code good}).
 *
 * @param text   the example text, checked as a small report
 * @param bad    true when the rule must fire on it
 * @param marked for a bad example, the text the finding must point at; empty when any place will do
 */
public record RuleExample(String text, boolean bad, String marked) {

    public RuleExample {
        marked = marked == null ? "" : marked;
    }

    public static RuleExample bad(String text) {
        return new RuleExample(text, true, "");
    }

    public static RuleExample good(String text) {
        return new RuleExample(text, false, "");
    }
}
