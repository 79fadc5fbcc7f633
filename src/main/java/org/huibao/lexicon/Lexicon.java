package org.huibao.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A named word list that rules match text against ({@code texts.lexicon("confusions", $s)}): wrong
 * forms with their correct form. Lexicons live as {@code *.lexicon.yaml} files beside the DRL files,
 * so an office extends one by adding a file with the same name in its own rule directory.
 */
public record Lexicon(String name, List<Entry> entries, List<Standard> standards) {

    public Lexicon {
        entries = List.copyOf(entries);
        standards = List.copyOf(standards);
    }

    /** A list of wrong forms only. */
    public Lexicon(String name, List<Entry> entries) {
        this(name, entries, List.of());
    }

    /**
     * A standard phrase ({@code standard:}), a standard name ({@code name:}) or a phrase that is right
     * although it is close to one ({@code allowed:}). Text with one character of a standard phrase
     * replaced (or a word by its near synonym), or its list's items in another order, is a hit of the
     * lexicon with the standard phrase as its correct form; so is a name with a word left out or put in.
     * An allowed phrase is never reported and keeps what it covers from being taken for such an edit.
     *
     * @param text    the phrase as written in the official texts
     * @param items   the items of a list whose order is fixed, in that order, each once in {@code text};
     *                empty when the phrase is no such list
     * @param note    why, or ""
     * @param source  the file it was read from
     * @param checked true for a standard phrase or name, false for an allowed one
     * @param name    true for a name: nothing may be left out of it or put in
     * @param since   the year the phrase became standard ({@code since:}; 0: always): a text dated well
     *                before it is not held to it
     * @param until   for an allowed phrase, the last year it was standard ({@code until:}; 0: always
     *                right): a text dated later, or not dated, is held to the standard phrase
     */
    public record Standard(String text, List<String> items, String note, String source, boolean checked, boolean name,
                           int since, int until) {
        public Standard {
            items = List.copyOf(items);
        }

        public Standard(String text, List<String> items, String note, String source, boolean checked, boolean name) {
            this(text, items, note, source, checked, name, 0, 0);
        }
    }

    /**
     * One entry: {@code pattern} finds the wrong form; {@code right} is the correct form and may use
     * the pattern's groups ($1); {@code unless} is text around the match that makes it correct after all;
     * {@code fix} whether {@code right} may replace the match as it is, as a mechanical edit (false for a
     * list of alternatives, and where the correct form is a guess at what the text meant); {@code since}
     * the year the correct form became standard (0: always), so that a text dated well before it is not
     * held to it; {@code dated} ({@code dated: true}) that a text is held to it only when it shows it was
     * written in {@code since} or later — by its date or a year it speaks of as reached — since an old
     * name or formula in a text that says nothing of its time is as likely a text of that time (a news
     * item of 2016 with no date) as a slip.
     */
    public record Entry(Pattern pattern, String right, Pattern unless, String note, String source, boolean fix, int since,
                        boolean dated) {

        /** An entry held in every text not dated before {@code since}. */
        public Entry(Pattern pattern, String right, Pattern unless, String note, String source, boolean fix, int since) {
            this(pattern, right, unless, note, source, fix, since, false);
        }

        /** An entry whose correct form is a safe edit. */
        public Entry(Pattern pattern, String right, Pattern unless, String note, String source) {
            this(pattern, right, unless, note, source, true);
        }

        /** An entry whose standard has always held. */
        public Entry(Pattern pattern, String right, Pattern unless, String note, String source, boolean fix) {
            this(pattern, right, unless, note, source, fix, 0);
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
