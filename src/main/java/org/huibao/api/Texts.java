package org.huibao.api;

import java.util.List;

/**
 * Regular-expression and word-list matching on demand, the global {@code texts}, for rules an office
 * writes: {@code $m : TextMatch() from texts.find($l.node, "…")}.
 *
 * <p>Cost: a pattern named in a condition runs over the node's text every time Drools evaluates that
 * condition — once per candidate line, in every report. The built-in rules never do this; they read
 * {@link Term}, {@link Spot} and {@link Line} facts computed once per report. Prefer those facts, and
 * a word list ({@code *.lexicon.yaml}, whose hits arrive as {@link Term} facts), to a pattern. A pattern
 * whose every match contains some literal text is skipped cheaply on lines that lack it.
 */
public interface Texts {

    /** Every match of {@code regex} in the node's text. */
    List<TextMatch> find(Node node, String regex);

    /** Every match of group {@code group} of {@code regex} in the node's text. */
    List<TextMatch> find(Node node, String regex, int group);

    /** Every entry of the named word list found in the node's text; an unknown list finds nothing. */
    List<TextMatch> lexicon(String name, Node node);
}
