package org.huibao.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@link Matcher#find()} gives over a whole text, with the pattern tried only at positions
 * a cheap test lets through. A regex search tries every alternative at every position, look-behinds
 * first; most positions of a Chinese line cannot start a match of a punctuation pattern, and a test of
 * a character or two says so. At a position that passes, the pattern is tried just as the search would
 * try it there: anchored at the position, the bounds transparent and not anchoring, so look-arounds and
 * {@code ^} see the whole text. Exact when every match starts where the test lets it and no match is
 * empty. Not thread-safe: one per text.
 */
final class StartsAt {
    /** Whether a match may start at a position; called for each position in order. */
    interface Test {
        boolean mayStart(String text, int at);

        /** The first position from {@code from} on where a match may start, or the text's length. */
        default int next(String text, int from) {
            int i = from;
            while (i < text.length() && !mayStart(text, i)) {
                i++;
            }
            return i;
        }
    }

    /**
     * A match may start only where one of {@code chars} stands {@code offset} characters on: a date's
     * separator after its year, the 顿号 after an estimate's first number. One look per character of the
     * text, instead of the pattern's look-behinds and alternatives tried at each of them.
     */
    static Test charAt(int offset, String chars) {
        return new Test() {
            @Override
            public boolean mayStart(String text, int at) {
                return at + offset < text.length() && chars.indexOf(text.charAt(at + offset)) >= 0;
            }

            @Override
            public int next(String text, int from) {
                for (int i = from + offset; i < text.length(); i++) {
                    if (chars.indexOf(text.charAt(i)) >= 0) {
                        return i - offset;
                    }
                }
                return text.length();
            }
        };
    }

    private final Matcher matcher;
    private final String text;
    private final Test test;
    private int next;

    StartsAt(Pattern pattern, String text, Test test) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.test = test;
    }

    /** Finds the next match, as {@link Matcher#find()} would; its groups are read from {@link #matcher()}. */
    boolean find() {
        for (int i = test.next(text, next); i < text.length(); i = test.next(text, i + 1)) {
            matcher.region(i, text.length());
            if (matcher.lookingAt()) {
                next = Math.max(matcher.end(), i + 1);
                return true;
            }
        }
        next = text.length();
        return false;
    }

    Matcher matcher() {
        return matcher;
    }
}
