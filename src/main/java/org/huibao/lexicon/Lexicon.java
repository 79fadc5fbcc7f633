package org.huibao.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A named word list that rules match text against ({@code texts.lexicon("confusions", $s)}): wrong
 * forms with their correct form. Lexicons live as {@code *.lexicon.yaml} files beside the DRL files,
 * so an office extends one by adding a file with the same name in its own rule directory.
 */
public record Lexicon(String name, List<Entry> entries) {

    public Lexicon {
        entries = List.copyOf(entries);
    }

    /**
     * One entry: {@code pattern} finds the wrong form; {@code right} is the correct form and may use
     * the pattern's groups ($1); {@code unless} is text around the match that makes it correct after all;
     * {@code fix} whether {@code right} may replace the match as it is, as a mechanical edit (false for a
     * list of alternatives, and where the correct form is a guess at what the text meant).
     */
    public record Entry(Pattern pattern, String right, Pattern unless, String note, String source, boolean fix) {

        /** An entry whose correct form is a safe edit. */
        public Entry(Pattern pattern, String right, Pattern unless, String note, String source) {
            this(pattern, right, unless, note, source, true);
        }

        /** Whether the entry is plain text (a {@code wrong:} entry): its pattern is the quoted text. */
        public boolean literal() {
            String p = pattern.pattern();
            return p.startsWith("\\Q") && p.endsWith("\\E") && p.indexOf("\\E") == p.length() - 2;
        }

        /** The text of a literal entry. */
        public String wrong() {
            String p = pattern.pattern();
            return p.substring(2, p.length() - 2);
        }
    }
}
