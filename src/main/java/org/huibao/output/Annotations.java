package org.huibao.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.model.ReportResult;
import org.huibao.model.Score;
import org.huibao.model.Severity;
import org.huibao.output.Labels.Key;

/**
 * What the Word comments of a checked report say and where they stand: one summary on the title (the
 * verdict, the blocking rules, missing and weak elements, and the findings about the document as a
 * whole), and one comment per finding place, repeats of the same rule on the same text folded into
 * the first. Pure: the docx writers only place what this decides.
 */
final class Annotations {

    /** How many places a folded comment lists before it stops with an ellipsis. */
    static final int MAX_PLACES = 20;

    /**
     * Where a comment is anchored, in the coordinates of findings: 1-based lines of the report text,
     * 1-based code point columns, the end exclusive.
     */
    record Anchor(int line, int column, int endLine, int endColumn) {
    }

    /** One comment: its anchor and its paragraphs. */
    record Note(Anchor anchor, List<String> paragraphs) {
        Note {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * The comments of one report.
     *
     * @param summary on the title (or the first line), always there
     * @param notes   one per place, in text order
     */
    record Plan(Note summary, List<Note> notes, Labels labels) {
        Plan {
            notes = List.copyOf(notes);
        }

        /** The summary, followed by the notes that could not be anchored in the document, with their place. */
        Note summaryWith(List<Note> unplaced) {
            if (unplaced.isEmpty()) {
                return summary;
            }
            List<String> out = new ArrayList<>(summary.paragraphs());
            out.add(labels.get(Key.DOCX_UNPLACED));
            for (Note n : unplaced) {
                out.add(labels.format(Key.DOCX_PLACE, n.anchor().line()));
                out.addAll(n.paragraphs());
            }
            return new Note(summary.anchor(), out);
        }
    }

    private Annotations() {
    }

    /** The comments for a checked report (not for an unreadable one). */
    static Plan of(ReportResult r, OutputOptions options) {
        if (r.error() != null || r.score() == null) {
            throw new IllegalArgumentException("an unreadable report has no comments: " + r.file());
        }
        Labels labels = Labels.of(options.lang());
        String[] lines = r.text().split("\n", -1);
        int head = firstTextLine(lines);
        List<Finding> whole = new ArrayList<>();
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : Outputs.sorted(r.findings())) {
            if (aboutWholeDocument(f, r, lines, head)) {
                whole.add(f);
            } else {
                // Known and new repeats apart: one comment must not call a new finding accepted.
                String key = f.rule() + '\u0000' + Outputs.nullToEmpty(f.location().text()) + '\u0000' + f.known();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
        List<Note> notes = new ArrayList<>();
        for (List<Finding> group : groups.values()) {
            Finding first = group.get(0);
            Location l = first.location();
            List<String> paragraphs = new ArrayList<>(describe(first, options, labels));
            if (group.size() > 1) {
                paragraphs.add(labels.format(Key.DOCX_REPEATS, group.size(), places(group, labels)));
            }
            notes.add(new Note(new Anchor(l.line(), l.column(), l.endLine(), l.endColumn()), paragraphs));
        }
        Note summary = new Note(wholeLine(lines, titleLine(lines, r.title(), head)), summary(r, whole, options, labels));
        return new Plan(summary, notes, labels);
    }

    /** The rule and its severity, the message, the suggestion: what one finding says. */
    private static List<String> describe(Finding f, OutputOptions options, Labels labels) {
        List<String> out = new ArrayList<>();
        if (f.known()) {
            out.add(labels.get(Key.DOCX_KNOWN));
        }
        String title = Outputs.ruleTitle(options, f.rule());
        String severity = labels.get(switch (f.severity() == null ? Severity.WARNING : f.severity()) {
            case ERROR -> Key.SEVERITY_ERROR;
            case WARNING -> Key.SEVERITY_WARNING;
            case INFO -> Key.SEVERITY_INFO;
        });
        out.add(labels.format(Key.DOCX_RULE, Outputs.ruleLabel(options, f.rule()), severity));
        String message = Outputs.text(f.message(), options.lang());
        if (!message.isBlank() && !message.equals(title)) {
            out.add(message);
        }
        String suggestion = Outputs.text(f.suggestion(), options.lang());
        if (!suggestion.isBlank()) {
            out.add(labels.format(Key.DOCX_SUGGESTION, suggestion));
        }
        return out;
    }

    /** "第3、7、12段": the paragraphs of a folded group, each once, at most {@link #MAX_PLACES}. */
    private static String places(List<Finding> group, Labels labels) {
        List<String> numbers = new ArrayList<>();
        int last = -1;
        for (Finding f : group) {
            int line = f.location().line();
            if (line != last) {
                numbers.add(Integer.toString(line));
                last = line;
            }
        }
        if (numbers.size() == 1) {
            return labels.format(Key.DOCX_PLACE, group.get(0).location().line());
        }
        String sep = labels.get(Key.LIST_SEPARATOR);
        String list = numbers.size() > MAX_PLACES
                ? String.join(sep, numbers.subList(0, MAX_PLACES)) + labels.get(Key.ELLIPSIS)
                : String.join(sep, numbers);
        return labels.format(Key.DOCX_PLACES, list);
    }

    private static List<String> summary(ReportResult r, List<Finding> whole, OutputOptions options, Labels labels) {
        Score score = r.score();
        List<String> out = new ArrayList<>();
        out.add(labels.format(Key.DOCX_VERDICT, labels.verdict(r),
                Outputs.oneDecimal(score.total()), Outputs.number(score.threshold())));
        if (r.waivers().suppressed() > 0) {
            out.add(labels.format(Key.SUPPRESSED, r.waivers().suppressed()));
        }
        if (!score.blockedBy().isEmpty()) {
            List<String> rules = new ArrayList<>();
            for (String id : score.blockedBy()) {
                rules.add(Outputs.ruleLabel(options, id));
            }
            out.add(labels.format(Key.DOCX_BLOCKED, String.join(labels.get(Key.LIST_SEPARATOR), rules)));
        }
        List<String> missing = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (ElementVerdict v : r.elements().values()) {
            if (!v.required()) {
                continue;
            }
            if (!v.present()) {
                missing.add(labels.element(v));
            } else if (v.weak()) {
                String reason = Outputs.text(v.reason(), options.lang());
                weak.add(reason.isBlank() ? labels.element(v) : labels.format(Key.DOCX_WEAK_ITEM, labels.element(v), reason));
            }
        }
        if (!missing.isEmpty()) {
            out.add(labels.format(Key.DOCX_MISSING, String.join(labels.get(Key.LIST_SEPARATOR), missing)));
        }
        if (!weak.isEmpty()) {
            out.add(labels.format(Key.DOCX_WEAK, String.join(labels.get(Key.LIST_SEPARATOR), weak)));
        }
        if (!whole.isEmpty()) {
            out.add(labels.get(Key.DOCX_WHOLE));
            for (Finding f : whole) {
                out.addAll(describe(f, options, labels));
            }
        }
        return out;
    }

    /**
     * A finding with no text to anchor on: one about the report as a whole ({@link WholeReport}: HB101–HB103,
     * HB107, HB108, HB505), a place outside the text, or a rule of an office's own that reports on the
     * whole first line as the built-in rules once did.
     */
    private static boolean aboutWholeDocument(Finding f, ReportResult r, String[] lines, int head) {
        Location l = f.location();
        if (WholeReport.about(f, r) || l.line() < 1 || l.line() > lines.length) {
            return true;
        }
        if (l.line() != head || l.endLine() != head) {
            return false;
        }
        String line = lines[head - 1];
        int leading = cpCount(line) - cpCount(line.stripLeading());
        int content = cpCount(line.stripTrailing());
        return l.column() <= leading + 1 && l.endColumn() >= content + 1;
    }

    /** The 1-based number of the first line with text, 1 if none has. */
    static int firstTextLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The line the title starts on: among the first lines with text, the first that is part of it. */
    static int titleLine(String[] lines, String title, int head) {
        String t = squeeze(title);
        if (t.isEmpty()) {
            return head;
        }
        int seen = 0;
        for (int i = head - 1; i < lines.length && seen < 5; i++) {
            String s = squeeze(lines[i]);
            if (s.isEmpty()) {
                continue;
            }
            seen++;
            if (t.startsWith(s) || s.contains(t)) {
                return i + 1;
            }
        }
        return head;
    }

    /** The text of a line without its leading and trailing white space. */
    static Anchor wholeLine(String[] lines, int line) {
        String s = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        int start = cpCount(s) - cpCount(s.stripLeading()) + 1;
        int end = cpCount(s.stripTrailing()) + 1;
        return end > start ? new Anchor(line, start, line, end) : new Anchor(line, 1, line, cpCount(s) + 1);
    }

    private static String squeeze(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    static int cpCount(String s) {
        return s.codePointCount(0, s.length());
    }
}
