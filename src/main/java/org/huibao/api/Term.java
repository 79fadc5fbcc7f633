package org.huibao.api;

/**
 * A word-list hit: an entry of a {@code *.lexicon.yaml} word list found in a line. Every list is
 * matched in the same single scan of each line, so a rule that reads terms costs nothing extra:
 * {@code $t : Term(vocabulary == "confusions")}.
 *
 * @param vocabulary  the word list's name ({@code lexicon:} in its file): "formulations", "confusions",
 *                    "reduplications", or an office's own
 * @param lineId      the {@link Line} it was found in
 * @param span        the characters found
 * @param text        the text found
 * @param replacement the list's correct form, with any {@code $1} of a pattern entry filled in; "" if none
 * @param note        the entry's note, or ""
 * @param fix         the replacement as a safe edit, or null: the correct form when the entry has exactly
 *                    one (not a list of alternatives, not an entry marked {@code fix: false}) and it differs
 *                    from the text. A rule passes it on with
 *                    {@link FindingSink#fix(org.kie.api.runtime.rule.RuleContext, Term)}
 */
public record Term(String vocabulary, int lineId, Span span, String text, String replacement, String note, String fix) {

    /** A hit without a fix. */
    public Term(String vocabulary, int lineId, Span span, String text, String replacement, String note) {
        this(vocabulary, lineId, span, text, replacement, note, null);
    }

    /** The same hit as a {@link TextMatch}, for code written against pattern matches. */
    public TextMatch match() {
        return new TextMatch(lineId, span, text, replacement, note);
    }

    /** True when this hit covers the characters of {@code s} entirely. */
    public boolean covers(Span s) {
        return span.start() <= s.start() && span.end() >= s.end();
    }
}
