package org.huibao.baseline;

import java.util.Comparator;
import java.util.Objects;

/**
 * One accepted finding as a baseline records it: not where it is, which changes with every edit above it,
 * but what it is — its rule, the text it is about and a few characters on either side.
 *
 * @param file   the report as the run named it, with {@code /} between folders
 * @param rule   the rule id
 * @param text   the finding's excerpt without white space; empty for a finding about the whole report
 * @param before up to {@link Fingerprints#CONTEXT} characters before it on its line, without white space
 * @param after  as many after it
 */
public record Entry(String file, String rule, String text, String before, String after) implements Comparable<Entry> {

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file).thenComparing(Entry::rule)
            .thenComparing(Entry::text).thenComparing(Entry::before).thenComparing(Entry::after);

    public Entry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        text = text == null ? "" : text;
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** The same finding, its surroundings aside: what an edit next to it leaves. */
    Loose loose() {
        return new Loose(rule, text);
    }

    /** A finding known by its rule and text alone. */
    record Loose(String rule, String text) {
    }

    @Override
    public int compareTo(Entry o) {
        return ORDER.compare(this, o);
    }
}
