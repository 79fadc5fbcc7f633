package org.huibao.model;

/**
 * A mechanical edit that removes a finding: replace the text at {@code range} (whose {@code text()} is what
 * must be there for the edit to be safe) with {@code replacement}.
 */
public record Fix(Location range, String replacement) {
}
