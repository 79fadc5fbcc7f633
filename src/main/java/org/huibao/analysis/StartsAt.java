package org.huibao.analysis;

import java.util.Optional;
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

    /**
     * A match may start only at the beginning of the text: the pattern opens with {@code ^} outside any
     * alternative. Tried once per text instead of failing at {@code ^} at every character.
     */
    static final Test AT_START = new Test() {
        @Override
        public boolean mayStart(String text, int at) {
            return at == 0;
        }

        @Override
        public int next(String text, int from) {
            return from == 0 ? 0 : text.length();
        }
    };

    /** Where a match of the pattern may begin, when its text tells: at the text's start ({@link #AT_START}), or {@link FirstChars}. */
    static Optional<Test> of(Pattern pattern) {
        return anchored(pattern) ? Optional.of(AT_START) : FirstChars.of(pattern).map(Test.class::cast);
    }

    /**
     * Whether every match of the pattern begins at the start of the text: it opens with {@code ^}, no
     * flag makes {@code ^} a line start, and it has no alternative outside a group (in {@code ^a|b} the
     * {@code ^} binds {@code a} only). A pattern this reading is unsure of is not anchored, nor one that
     * matches the empty text: a search tries no position of an empty text.
     */
    static boolean anchored(Pattern pattern) {
        String r = pattern.pattern();
        if (pattern.flags() != 0 || !r.startsWith("^") || r.contains("\\Q") || pattern.matcher("").find()) {
            return false;
        }
        int depth = 0;
        int classes = 0;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                classes++;
                if (r.startsWith("]", i + 1) || r.startsWith("^]", i + 1)) {
                    return false; // a leading ] is read differently by different engines
                }
            } else if (c == ']' && classes > 0) {
                classes--;
            } else if (classes > 0) {
                continue;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return depth == 0 && classes == 0;
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
