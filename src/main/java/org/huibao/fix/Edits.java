package org.huibao.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.huibao.model.Finding;
import org.huibao.model.Fix;
import org.huibao.model.Location;

/**
 * Which of a report's fixes can be made together in one text, and the text once they are. A fix is
 * placed by its range's line and code-point columns (lines end at LF, CRLF or CR, so the file's own text
 * and the reader's normalised one place it alike); it is made only where the text there is its range's
 * text, and not where it overlaps a fix already taken. Fixes are taken from the end of the text
 * backwards, so an edit never moves the place of one still to make. One round: what an edit reveals is
 * for the next run.
 */
final class Edits {

    /** Why a fix was not made. */
    enum Skip {
        /** the text at its place is not its range's text (the file changed, or the place is not in it) */
        TEXT_DIFFERS,
        /** it shares characters with another fix that was made */
        OVERLAPS,
        /** the copy cannot carry it (a Word file: the place is in a list number, a field, a tracked change…) */
        NOT_IN_COPY
    }

    /** A fix at its place: UTF-16 offsets into the text, end exclusive. */
    record Placed(Finding finding, int start, int end) {
        Fix fix() {
            return finding.fix();
        }
    }

    /** A fix not made, and why. */
    record Skipped(Finding finding, Skip why) {
    }

    /** The fixes to make, in text order, and those left. */
    record Plan(List<Placed> made, List<Skipped> skipped) {
    }

    private final String text;
    private final int[] lineStarts;
    private final Boolean[] surrogateLines;

    Edits(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
                starts.add(i + 1);
            } else if (c == '\n' || c == '\r') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.surrogateLines = new Boolean[lineStarts.length];
    }

    /** The fixes of these findings that can be made together; findings without a fix are not looked at. */
    Plan plan(List<Finding> findings) {
        List<Placed> placed = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Finding f : findings) {
            if (f.fix() == null) {
                continue;
            }
            Placed p = place(f);
            if (p == null) {
                skipped.add(new Skipped(f, Skip.TEXT_DIFFERS));
            } else {
                placed.add(p);
            }
        }
        // From the end backwards: later start first; at one start, the longer range first.
        placed.sort(Comparator.comparingInt(Placed::start).thenComparingInt(Placed::end).reversed());
        List<Placed> made = new ArrayList<>();
        int floor = Integer.MAX_VALUE;
        Placed last = null;
        for (Placed p : placed) {
            if (last != null && same(last, p)) {
                made.add(p); // two rules asking for the same edit: both are answered by one
                continue;
            }
            if (p.end() > floor) {
                skipped.add(new Skipped(p.finding(), Skip.OVERLAPS));
                continue;
            }
            made.add(p);
            floor = p.start();
            last = p;
        }
        made.sort(Comparator.comparingInt(Placed::start));
        return new Plan(List.copyOf(made), List.copyOf(skipped));
    }

    /** The text with the planned fixes made (a fix planned twice, by two rules, made once). */
    String apply(List<Placed> made) {
        StringBuilder b = new StringBuilder(text.length() + 64);
        int at = 0;
        Placed previous = null;
        for (Placed p : made) {
            if (previous != null && same(previous, p)) {
                continue;
            }
            b.append(text, at, p.start()).append(p.fix().replacement());
            at = p.end();
            previous = p;
        }
        return b.append(text, at, text.length()).toString();
    }

    /** The fix at its place in this text, or null when the text there is not its range's text. */
    Placed place(Finding f) {
        Location r = f.fix().range();
        int start = offset(r.line(), r.column());
        int end = offset(r.endLine(), r.endColumn());
        if (start < 0 || end < start || !text.startsWith(r.text(), start) || end - start != r.text().length()) {
            return null;
        }
        return new Placed(f, start, end);
    }

    /** The offset of a 1-based line and code-point column (the column after a line's last character is its end), or -1. */
    int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length || column < 1) {
            return -1;
        }
        int i = lineStarts[line - 1];
        int end = lineEnd(line);
        if (!surrogates(line)) {
            return column - 1 <= end - i ? i + column - 1 : -1;
        }
        for (int c = 1; c < column; c++) {
            if (i >= end) {
                return -1;
            }
            i += Character.charCount(text.codePointAt(i));
        }
        return Math.min(i, end);
    }

    /** Whether a line has characters beyond the BMP (else a column is an offset), found once per line. */
    private boolean surrogates(int line) {
        Boolean known = surrogateLines[line - 1];
        if (known == null) {
            known = false;
            for (int i = lineStarts[line - 1], end = lineEnd(line); i < end; i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    known = true;
                    break;
                }
            }
            surrogateLines[line - 1] = known;
        }
        return known;
    }

    /** Where a line's characters end, before its line break. */
    private int lineEnd(int line) {
        if (line == lineStarts.length) {
            return text.length();
        }
        int next = lineStarts[line];
        int end = next - 1;
        if (end > 0 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    private static boolean same(Placed a, Placed b) {
        return a.start() == b.start() && a.end() == b.end() && a.fix().replacement().equals(b.fix().replacement());
    }
}
