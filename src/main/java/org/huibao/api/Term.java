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
 */
public record Term(String vocabulary, int lineId, Span span, String text, String replacement, String note) {

    /** The same hit as a {@link TextMatch}, for code written against pattern matches. */
    public TextMatch match() {
        return new TextMatch(lineId, span, text, replacement, note);
    }

    /** True when this hit covers the characters of {@code s} entirely. */
    public boolean covers(Span s) {
        return span.start() <= s.start() && span.end() >= s.end();
    }
}
