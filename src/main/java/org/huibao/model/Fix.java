package org.huibao.model;

/**
 * A mechanical edit that removes a finding: replace the text at {@code range} (whose {@code text()} is what
 * must be there for the edit to be safe) with {@code replacement} ("" deletes it). The range counts as every
 * {@link Location} does: 1-based lines, columns in code points, {@code endColumn} the column just after the
 * last character (end exclusive; an empty range, {@code column == endColumn}, inserts).
 */
public record Fix(Location range, String replacement) {
}
