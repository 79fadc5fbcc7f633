package org.huibao.model;

/** A place in the input: 1-based line and code-point column of both ends, and the text there. */
public record Location(int line, int column, int endLine, int endColumn, String text) {
}
