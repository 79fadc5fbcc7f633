package org.huibao.ruletest;

import org.huibao.model.RuleExample;

/**
 * One text a rule must report ({@code bad}) or must not: an example the rule carries, or a case of a
 * test file. Which kind of rule it is (DRL, YAML) makes no difference.
 *
 * @param rule    the rule's id
 * @param where   "file:line" of the example or case, or the rule's file when no line is known
 * @param bad     whether the rule must report it
 * @param raw     the text in the notation of {@link org.huibao.model.ExampleText} ({@code [[marks]]}, line
 *                breaks, layout directives)
 * @param marked  a text every finding must show, for an example that names it apart from its text; empty
 *                otherwise
 * @param file    the name the text is checked under (a ".md" name makes it Markdown)
 * @param message a text every finding's message must contain (in either language); empty: any message
 */
public record RuleCase(String rule, String where, boolean bad, String raw, String marked, String file, String message) {

    public static final String DEFAULT_FILE = "example.txt";

    public RuleCase {
        marked = marked == null ? "" : marked;
        file = file == null || file.isBlank() ? DEFAULT_FILE : file;
        message = message == null ? "" : message;
    }

    public static RuleCase of(String rule, String where, RuleExample example) {
        return new RuleCase(rule, where, example.bad(), example.text(), example.marked(), DEFAULT_FILE, "");
    }
}
