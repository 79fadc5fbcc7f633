package org.huibao.baseline;

import java.util.ArrayList;
import java.util.List;
import org.huibao.model.Finding;
import org.huibao.model.Location;

/**
 * What identifies a finding across edits: its rule, its text and the few characters around it on its line,
 * all without white space (re-indenting or re-wrapping changes nothing). A finding about a required element
 * is about the whole report: its rule alone identifies it, whatever the title it is pinned to.
 */
public final class Fingerprints {

    /** Characters of context on each side: enough to tell two "xx" of one report apart, few enough to survive an edit nearby. */
    static final int CONTEXT = 8;
    /** Longer excerpts are cut: the start of a sentence tells it apart as well as all of it. */
    static final int MAX_TEXT = 80;

    private Fingerprints() {
    }

    /** The report's name as a baseline keys it: {@code /} between folders on every system, no leading {@code ./}. */
    public static String file(String name) {
        String f = name == null ? "" : name.replace('\\', '/');
        while (f.startsWith("./") && f.length() > 2) {
            f = f.substring(2);
        }
        return f;
    }

    /** The entries of a report's findings, in the findings' order; {@code text} is the text they point into. */
    public static List<Entry> of(String name, List<Finding> findings, String text) {
        String file = file(name);
        int[] lineStarts = lineStarts(text);
        List<Entry> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(of(file, f, text, lineStarts));
        }
        return out;
    }

    private static Entry of(String file, Finding f, String text, int[] lineStarts) {
        Location l = f.location();
        String excerpt = l.text() == null ? "" : l.text();
        if (f.element() != null || excerpt.isEmpty()) {
            return new Entry(file, f.rule(), f.element() != null ? "" : squeeze(excerpt, MAX_TEXT, false), "", "");
        }
        if (l.line() < 1 || l.line() > lineStarts.length) {
            return new Entry(file, f.rule(), squeeze(excerpt, MAX_TEXT, false), "", "");
        }
        int lineStart = lineStarts[l.line() - 1];
        int lineEnd = lineEnd(text, lineStart);
        int start = offset(text, lineStart, lineEnd, l.column());
        int end;
        if (text.startsWith(excerpt, start)) {
            end = start + excerpt.length();
        } else if (l.endLine() == l.line()) {
            end = Math.max(start, offset(text, lineStart, lineEnd, l.endColumn()));
        } else {
            end = lineEnd;
        }
        end = Math.min(end, lineEnd);
        return new Entry(file, f.rule(), squeeze(excerpt, MAX_TEXT, false),
                squeeze(text.substring(lineStart, start), CONTEXT, true), squeeze(text.substring(end, lineEnd), CONTEXT, false));
    }

    /** The string without white space, at most {@code max} code points of it: its last ones when {@code tail}. */
    static String squeeze(String s, int max, boolean tail) {
        int[] kept = s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && c != '\uFEFF' && c != '\u200B').toArray();
        int from = tail ? Math.max(0, kept.length - max) : 0;
        int to = tail ? kept.length : Math.min(kept.length, max);
        return new String(kept, from, to - from);
    }

    private static int[] lineStarts(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    private static int lineEnd(String text, int lineStart) {
        int nl = text.indexOf('\n', lineStart);
        return nl < 0 ? text.length() : nl;
    }

    /** The char offset of a 1-based code-point column, within its line. */
    private static int offset(String text, int lineStart, int lineEnd, int column) {
        int i = lineStart;
        for (int c = 1; c < column && i < lineEnd; c++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return Math.min(i, lineEnd);
    }
}
