package org.huibao.fuzz;

import org.huibao.api.Block;
import org.huibao.api.Heading;
import org.huibao.api.Node;
import org.huibao.parse.Report;
import org.huibao.api.Sentence;
import org.huibao.api.Span;

/** What must hold for whatever the fuzzer feeds in; a violation is a finding. */
final class Invariants {
    private Invariants() {
    }

    /**
     * A user-facing reason: one non-blank line. The caller prints "file: reason", so anything else
     * (a stack trace) would reach the user. Config messages quote the user's own keys and values, so
     * only this is asserted for them.
     */
    static void userMessage(String message) {
        if (message == null || message.isBlank() || message.lines().count() != 1 || message.contains("\u2028")) {
            throw new AssertionError("not a one-line reason: " + message);
        }
    }

    /** A reader's reason quotes nothing from the file, so an exception's name in it is a leak. */
    static void readReason(String message) {
        userMessage(message);
        if (message.contains("Exception") || message.contains("Error:")) {
            throw new AssertionError("internals in a user message: " + message);
        }
    }

    /** Every node points into the text with consistent offsets, lines, columns and ids. */
    static void report(Report r) {
        String text = r.text();
        int lines = r.lines().lineCount();
        for (int i = 0; i < r.nodes().size(); i++) {
            Node n = r.nodes().get(i);
            if (n.id() != i) {
                throw new AssertionError("node " + i + " has id " + n.id());
            }
            span(n.span(), text, lines, n);
            if (n instanceof Heading h) {
                span(h.textSpan(), text, lines, n);
                span(h.scope(), text, lines, n);
                if (h.parentId() >= i || h.parentId() < -1
                        || h.parentId() >= 0 && !(r.node(h.parentId()) instanceof Heading)) {
                    throw new AssertionError("bad parent of " + n);
                }
                if (h.level() < 0 || h.level() > 64) {
                    throw new AssertionError("level out of bounds: " + n);
                }
            } else if (n instanceof Sentence s) {
                if (!(r.node(s.blockId()) instanceof Block b) || !b.span().encloses(s.span())) {
                    throw new AssertionError("sentence outside its block: " + n);
                }
                section(r, s.sectionId(), n);
            } else if (n instanceof Block b) {
                section(r, b.sectionId(), n);
            }
        }
    }

    private static void section(Report r, int id, Node n) {
        if (id < -1 || id >= r.nodes().size() || id >= 0 && !(r.node(id) instanceof Heading)) {
            throw new AssertionError("bad section of " + n);
        }
    }

    private static void span(Span s, String text, int lines, Node n) {
        boolean ok = s.start() >= 0 && s.start() <= s.end() && s.end() <= text.length()
                && s.line() >= 1 && s.line() <= lines && s.endLine() >= s.line() && s.endLine() <= lines
                && s.column() >= 1 && s.endColumn() >= 1;
        if (!ok) {
            throw new AssertionError("span " + s + " out of the text (" + text.length() + " chars) in " + n);
        }
    }
}
