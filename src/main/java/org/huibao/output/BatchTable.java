package org.huibao.output;

import java.util.ArrayList;
import java.util.List;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.model.Score;
import org.huibao.model.Severity;
import org.huibao.output.Labels.Key;

/**
 * The two tables of a batch, shared by the xlsx format (one sheet each) and the csv format (the first):
 * one row per report (file, genre, score, verdict, blocking rules, missing and weak elements, findings
 * per severity, why it failed or could not be read, findings its comments suppressed, and findings a
 * baseline accepts), and one row per finding (file, place, rule, severity, message, excerpt, suggestion,
 * 已知 when a baseline accepts it). Cells hold a {@link String}, a {@link Number} or null
 * (empty); text is on one line, with the characters {@link Visible} hides shown as escapes.
 */
final class BatchTable {

    /** Excel refuses longer cell text; what is longer is cut, with an ellipsis. */
    static final int CELL_MAX = 32_767;

    /**
     * A column: its header, whether it holds numbers (a score gets one decimal) and the widest it is
     * drawn, in the units of {@link TextWidth} (a Chinese character counts two); longer text wraps.
     */
    record Column(Key header, Kind kind, int maxWidth) {
    }

    enum Kind { TEXT, INTEGER, SCORE }

    static final List<Column> REPORT_COLUMNS = List.of(
            new Column(Key.COLUMN_FILE, Kind.TEXT, 60),
            new Column(Key.COLUMN_TITLE, Kind.TEXT, 40),
            new Column(Key.COLUMN_GENRE, Kind.TEXT, 16),
            new Column(Key.COLUMN_SCORE, Kind.SCORE, 8),
            new Column(Key.COLUMN_VERDICT, Kind.TEXT, 10),
            new Column(Key.COLUMN_BLOCKED_BY, Kind.TEXT, 36),
            new Column(Key.COLUMN_MISSING, Kind.TEXT, 30),
            new Column(Key.COLUMN_WEAK, Kind.TEXT, 50),
            new Column(Key.COLUMN_ERRORS, Kind.INTEGER, 10),
            new Column(Key.COLUMN_WARNINGS, Kind.INTEGER, 10),
            new Column(Key.COLUMN_INFOS, Kind.INTEGER, 10),
            new Column(Key.COLUMN_NOTE, Kind.TEXT, 50),
            new Column(Key.COLUMN_SUPPRESSED, Kind.INTEGER, 10),
            new Column(Key.COLUMN_KNOWN, Kind.INTEGER, 10));

    static final List<Column> FINDING_COLUMNS = List.of(
            new Column(Key.COLUMN_FILE, Kind.TEXT, 40),
            new Column(Key.COLUMN_LINE, Kind.INTEGER, 8),
            new Column(Key.COLUMN_COLUMN, Kind.INTEGER, 8),
            new Column(Key.COLUMN_RULE, Kind.TEXT, 12),
            new Column(Key.COLUMN_RULE_TITLE, Kind.TEXT, 30),
            new Column(Key.COLUMN_SEVERITY, Kind.TEXT, 10),
            new Column(Key.COLUMN_MESSAGE, Kind.TEXT, 60),
            new Column(Key.COLUMN_EXCERPT, Kind.TEXT, 50),
            new Column(Key.COLUMN_SUGGESTION, Kind.TEXT, 50),
            new Column(Key.COLUMN_KNOWN, Kind.TEXT, 10));

    private BatchTable() {
    }

    static List<String> headers(List<Column> columns, Labels labels) {
        return columns.stream().map(c -> labels.get(c.header())).toList();
    }

    /** The report's row, in the order of {@link #REPORT_COLUMNS}. */
    static List<Object> reportRow(ReportResult r, OutputOptions options, Labels labels) {
        List<Object> row = new ArrayList<>(REPORT_COLUMNS.size());
        row.add(name(r.file()));
        String verdict = labels.verdict(r);
        if (r.error() != null) {
            row.add(null);
            row.add(null);
            row.add(null);
            row.add(verdict);
            for (int i = 0; i < 6; i++) {
                row.add(null);
            }
            String reason = text(Outputs.text(r.error(), labels.lang()));
            row.add(reason.isEmpty() ? verdict : reason);
            row.add(null);
            row.add(null);
            return row;
        }
        Score score = r.score();
        row.add(text(r.title()));
        row.add(text(labels.genre(r.genre())));
        row.add(score.total());
        row.add(verdict);
        List<String> blocking = new ArrayList<>();
        for (String rule : score.blockedBy()) {
            blocking.add(Outputs.ruleLabel(options, rule));
        }
        row.add(text(String.join(labels.get(Key.LIST_SEPARATOR), blocking)));
        List<String> missing = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (ElementVerdict v : r.elements().values()) {
            if (!v.required()) {
                continue;
            }
            if (!v.present()) {
                missing.add(labels.element(v));
            } else if (v.weak()) {
                String reason = Visible.oneLine(Outputs.text(v.reason(), labels.lang()));
                weak.add(reason.isEmpty() ? labels.element(v) : labels.format(Key.WEAK_ELEMENT, labels.element(v), reason));
            }
        }
        row.add(text(String.join(labels.get(Key.LIST_SEPARATOR), missing)));
        row.add(text(String.join(labels.get(Key.LIST_SEPARATOR), weak)));
        int[] counts = new int[Severity.values().length];
        for (Finding f : r.findings()) {
            counts[(f.severity() == null ? Severity.WARNING : f.severity()).ordinal()]++;
        }
        row.add(counts[Severity.ERROR.ordinal()]);
        row.add(counts[Severity.WARNING.ordinal()]);
        row.add(counts[Severity.INFO.ordinal()]);
        row.add(text(Outputs.gateReason(r, labels)));
        row.add(r.waivers().suppressed());
        // Known findings when the run has a baseline; empty otherwise, not 0, which would claim one was used.
        row.add(r.waivers().baseline() ? (Object) (int) r.findings().stream().filter(Finding::known).count() : null);
        return row;
    }

    /**
     * A finding's row, in the order of {@link #FINDING_COLUMNS}; one about the whole report
     * ({@link WholeReport}) has 全文 for its line and no column or excerpt. The excerpt is the text found
     * in 【】 with about ten characters of its line (of {@code lines}, the report's) on either side.
     */
    static List<Object> findingRow(ReportResult r, String[] lines, Finding f, OutputOptions options, Labels labels) {
        List<Object> row = new ArrayList<>(FINDING_COLUMNS.size());
        row.add(name(r.file()));
        boolean whole = WholeReport.about(f, r);
        if (whole) {
            row.add(labels.get(Key.WHOLE_REPORT));
            row.add(null);
        } else {
            row.add(f.location().line());
            row.add(f.location().column());
        }
        row.add(name(f.rule()));
        row.add(text(Outputs.ruleTitle(options, f.rule())));
        row.add(labels.severity(f.severity() == null ? Severity.WARNING : f.severity()));
        row.add(text(Outputs.text(f.message(), labels.lang())));
        row.add(whole ? null : text(excerpt(Excerpt.of(lines, f.location()))));
        row.add(text(Outputs.text(f.suggestion(), labels.lang())));
        row.add(f.known() ? labels.get(Key.KNOWN) : null);
        return row;
    }

    private static String excerpt(Excerpt e) {
        return e.match().isEmpty() ? "" : e.before() + "【" + e.match() + "】" + e.after();
    }

    /** A file name or rule id: a line break in a name is suspicious, so it is shown, not made a space. */
    private static String name(String s) {
        return clip(Outputs.xmlSafe(Visible.escape(s)));
    }

    /** Report text on one line; what XML cannot carry (unpaired surrogates) becomes U+FFFD. */
    static String text(String s) {
        return clip(Outputs.xmlSafe(Visible.oneLine(s)));
    }

    private static String clip(String s) {
        if (s.length() <= CELL_MAX) {
            return s;
        }
        int end = CELL_MAX - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }
}
