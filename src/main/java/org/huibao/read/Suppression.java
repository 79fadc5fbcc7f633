package org.huibao.read;

import java.util.Locale;
import java.util.Objects;

/**
 * An author's request, written in the report itself, not to be told about one rule (or any rule) in part
 * of it: a comment line {@code <!-- huibao-disable HB302 -->} in a text or Markdown file, or a Word comment
 * {@code huibao-ignore HB302} on a stretch of a .docx. A directive naming several rules gives one
 * suppression per rule, so that each can be reported unused on its own.
 *
 * <p>The range runs from {@code (fromLine, fromColumn)} up to, not including, {@code (toLine, toColumn)};
 * lines and columns are 1-based code-point positions in the report text, as a finding's are.
 *
 * @param rule      the rule id named, in upper case; empty for every rule
 * @param directive the directive as written, narrowed to this rule ({@code huibao-disable HB302}), to name it
 *                  when it suppresses nothing
 * @param line      where the directive is written (the comment's line; a Word comment's first place)
 * @param column    the column there
 */
public record Suppression(String rule, String directive, int line, int column, int fromLine, int fromColumn,
                          int toLine, int toColumn) {

    /** The end of any text. */
    public static final int END = Integer.MAX_VALUE;

    public Suppression {
        rule = Objects.requireNonNull(rule, "rule").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(directive, "directive");
    }

    /** A directive that covers nothing (an enable without a disable): it can only be reported unused. */
    static Suppression empty(String rule, String directive, int line, int column) {
        return new Suppression(rule, directive, line, column, line, column, line, column);
    }

    public boolean allRules() {
        return rule.isEmpty();
    }

    /** Whether it applies to findings of the rule {@code id}. */
    public boolean names(String id) {
        return rule.isEmpty() || rule.equalsIgnoreCase(id);
    }

    /**
     * Whether a finding from {@code (line, column)} to {@code (endLine, endColumn)} (exclusive) lies in the
     * range: it overlaps it, or, having no extent, starts in it.
     */
    public boolean covers(int line, int column, int endLine, int endColumn) {
        long from = position(fromLine, fromColumn);
        long to = position(toLine, toColumn);
        long start = position(line, column);
        long end = position(endLine, endColumn);
        if (end <= start) {
            return start >= from && start < to;
        }
        return start < to && end > from;
    }

    private static long position(int line, int column) {
        return ((long) Math.max(0, line) << 32) | (Math.max(0, column) & 0xFFFFFFFFL);
    }
}
