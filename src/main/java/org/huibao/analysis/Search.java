package org.huibao.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern in a text, as {@link Matcher#find()} gives them, the pattern tried only where
 * a match may begin when that is known ({@link StartsAt}); the groups of each match are read from
 * {@link #matcher()}. Not thread-safe: one per text.
 */
final class Search {
    private final StartsAt sparse;
    private final Matcher matcher;

    /** @param start where a match may begin, or null: everywhere */
    Search(Pattern pattern, String text, StartsAt.Test start) {
        this.sparse = start == null ? null : new StartsAt(pattern, text, start);
        this.matcher = sparse == null ? pattern.matcher(text) : sparse.matcher();
    }

    boolean find() {
        return sparse == null ? matcher.find() : sparse.find();
    }

    Matcher matcher() {
        return matcher;
    }
}
