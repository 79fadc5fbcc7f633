package org.huibao.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.huibao.api.Element;
import org.huibao.api.ElementStatus;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.api.Lang;
import org.huibao.model.Location;
import org.huibao.api.Message;
import org.huibao.model.ReportResult;
import org.huibao.model.Score;
import org.huibao.model.ScoreItem;
import org.huibao.model.Severity;
import org.huibao.model.StatusCounts;
import org.huibao.model.WaiverCounts;
import org.huibao.model.Waivers;
import org.huibao.output.Labels.Key;

/**
 * The human-readable format (the default): per report a headline, the checklist of required elements,
 * the findings and the score breakdown; then one summary line. Finding lines read
 * {@code file:line:col severity ID message} at the start of the line, the shape editors and CI log
 * viewers turn into links; a finding about the whole report ({@link WholeReport}) reads
 * {@code file: severity ID message}, as a file-level diagnostic does. Under each, the text found with
 * about ten characters of its line on either side, the found text marked {@code 【…】} (underlined
 * instead when colour is on).
 */
public final class TextFormatter implements Formatter {

    public static final String NAME = "text";

    /** The found text longer than this many code points is cut, so one finding stays one screen line. */
    static final int EXCERPT_MAX = Excerpt.MATCH_MAX;
    /** Evidence shares the checklist line with the element name and status, so it gets less room. */
    static final int EVIDENCE_MAX = 30;

    private static final String INDENT = "  ";
    private static final String DETAIL_INDENT = "      ";
    private static final String GAP = "  ";

    @Override
    public String name() {
        return NAME;
    }

    /** The context of an excerpt comes from the report's lines. */
    @Override
    public boolean needsText() {
        return true;
    }

    @Override
    public ReportStream open(String toolVersion, OutputOptions options, Writer out) {
        Render render = new Render(Labels.of(options.lang()), options.color(), options.quiet());
        return new ReportStream() {
            private final List<String[]> rows = new ArrayList<>();
            private final StatusCounts counts = new StatusCounts();
            private final WaiverCounts waivers = new WaiverCounts();

            @Override
            public void report(ReportResult report) throws IOException {
                counts.add(report);
                waivers.add(report);
                rows.add(render.row(report));
                render.report(report);
                render.drainTo(out);
            }

            @Override
            public void finish() throws IOException {
                if (rows.size() > 1) {
                    render.table(rows);
                }
                render.line(render.labels.summary(counts.files(), counts.passed(), counts.failed(),
                        counts.errors()));
                String setAside = render.labels.waivers(waivers);
                if (!setAside.isEmpty()) {
                    render.line(setAside);
                }
                render.drainTo(out);
                out.flush();
            }
        };
    }

    private enum Ansi {
        RED("31"), GREEN("32"), YELLOW("33"), CYAN("36"), BOLD("1"), UNDERLINE("4"), DIM("2");

        private final String code;

        Ansi(String code) {
            this.code = code;
        }
    }

    /** The state of one {@link #write} call, so the formatter itself stays stateless and shareable. */
    private static final class Render {
        private final Labels labels;
        private final boolean color;
        private final boolean quiet;
        private final StringBuilder text = new StringBuilder();
        /** The width of the built-in elements' names; a report naming others widens its own list. */
        private final int nameWidth;
        private final int statusWidth;

        Render(Labels labels, boolean color, boolean quiet) {
            this.labels = labels;
            this.color = color;
            this.quiet = quiet;
            int names = 0;
            for (Element e : Element.BUILT_IN) {
                names = Math.max(names, TextWidth.of(labels.element(e)));
            }
            int statuses = 0;
            for (ElementStatus s : ElementStatus.values()) {
                statuses = Math.max(statuses, TextWidth.of(labels.status(s)));
            }
            this.nameWidth = names + GAP.length();
            this.statusWidth = statuses + GAP.length();
        }

        /** Writes what has been rendered so far and starts afresh. */
        void drainTo(Writer out) throws IOException {
            out.write(text.toString());
            text.setLength(0);
        }

        void report(ReportResult r) {
            // Escaped once here: a file name is the author's too, and could clear the screen or start a
            // line that reads like a finding.
            String file = Visible.escape(r.file());
            if (r.error() != null) {
                line(paint(Ansi.RED, labels.format(Key.ERROR_REPORT, file, Visible.oneLine(r.error().in(lang())))));
                blankUnlessQuiet();
                return;
            }
            Score score = r.score();
            if (quiet && score.passed()) {
                return;
            }
            headline(file, r);
            if (!quiet) {
                int width = nameWidth;
                for (ElementVerdict v : r.elements().values()) {
                    width = Math.max(width, TextWidth.of(Visible.oneLine(labels.element(v))) + GAP.length());
                }
                for (ElementVerdict v : r.elements().values()) {
                    element(v, width);
                }
            }
            String[] lines = r.text().isEmpty() ? new String[0] : r.text().split("\n", -1);
            List<Finding> known = r.findings().stream().filter(Finding::known).toList();
            // What is about the whole report comes first, under the checklist it belongs with.
            for (boolean whole : new boolean[] {true, false}) {
                for (Finding f : r.findings()) {
                    if (!f.known() && WholeReport.about(f, r) == whole) {
                        finding(file, f, lines, whole);
                    }
                }
            }
            known(known);
            if (!quiet) {
                waivers(r.waivers());
                breakdown(score, r);
            }
            blankUnlessQuiet();
        }

        private void headline(String file, ReportResult r) {
            Score score = r.score();
            List<String> parts = new ArrayList<>();
            parts.add(paint(Ansi.BOLD, file));
            parts.add(score.passed() ? paint(Ansi.GREEN, labels.verdict(r)) : paint(Ansi.RED, labels.get(Key.FAIL)));
            parts.add(labels.format(Key.SCORE, oneDecimal(score.total()), number(score.threshold())));
            if (!score.blockedBy().isEmpty()) {
                String rules = Visible.escape(String.join(labels.get(Key.LIST_SEPARATOR), score.blockedBy()));
                parts.add(paint(Ansi.RED, labels.format(Key.BLOCKED_BY, rules)));
            }
            line(String.join(GAP, parts));
        }

        /** A report's row in the summary table; null when quiet hides it. */
        String[] row(ReportResult r) {
            if (quiet && r.status().equals("pass")) {
                return null;
            }
            String score = r.score() == null ? "-" : String.format(Locale.ROOT, "%.1f", r.score().total());
            String verdict = labels.verdict(r);
            List<String> missing = new ArrayList<>();
            for (ElementVerdict v : r.elements().values()) {
                if (v.required() && !v.present()) {
                    missing.add(Visible.oneLine(labels.element(v)));
                }
            }
            return new String[] {Visible.escape(r.file()), score, verdict,
                    String.join(labels.get(Key.LIST_SEPARATOR), missing)};
        }

        /** One row per file: a batch's results at a glance, aligned for CJK file names. */
        void table(List<String[]> reportRows) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {labels.get(Key.TABLE_FILE), labels.get(Key.TABLE_SCORE), labels.get(Key.TABLE_VERDICT),
                    labels.get(Key.TABLE_MISSING)});
            for (String[] row : reportRows) {
                if (row != null) {
                    rows.add(row);
                }
            }
            if (rows.size() == 1) {
                return; // quiet, and nothing failed
            }
            int[] widths = new int[4];
            for (String[] row : rows) {
                for (int i = 0; i < 3; i++) {
                    widths[i] = Math.max(widths[i], TextWidth.of(row[i]));
                }
            }
            for (String[] row : rows) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < 3; i++) {
                    b.append(TextWidth.pad(row[i], widths[i])).append(GAP);
                }
                line(b.append(row[3]).toString().stripTrailing());
            }
            line("");
        }

        private void element(ElementVerdict v, int width) {
            StringBuilder b = new StringBuilder(INDENT);
            b.append(TextWidth.pad(Visible.oneLine(labels.element(v)), width));
            if (!v.required()) {
                b.append(labels.get(Key.MARK_OK));
            } else if (!v.present()) {
                b.append(paint(Ansi.RED, labels.get(Key.MARK_ABSENT)));
            } else if (v.weak()) {
                b.append(paint(Ansi.YELLOW, labels.get(Key.MARK_WEAK)));
            } else {
                b.append(paint(Ansi.GREEN, labels.get(Key.MARK_OK)));
            }
            b.append(' ');
            if (!v.required()) {
                b.append(TextWidth.pad(labels.status(v.status()), statusWidth)).append(labels.get(Key.NOT_REQUIRED));
                line(b.toString().stripTrailing());
                return;
            }
            // Padded before painting: escape codes take no columns but would count in the width.
            b.append(TextWidth.pad(labels.status(v.status()), statusWidth));
            if (v.weak()) {
                String reason = Visible.oneLine(message(v.reason()));
                b.append(paint(Ansi.YELLOW, labels.format(Key.WEAK, reason))).append(GAP);
            }
            if (!v.evidence().isEmpty()) {
                Location first = v.evidence().get(0);
                b.append(labels.format(Key.EVIDENCE, first.line(), clip(first.text(), EVIDENCE_MAX)));
            }
            line(b.toString().stripTrailing());
        }

        private void finding(String file, Finding f, String[] lines, boolean whole) {
            Location l = f.location();
            String place = whole ? file + ":" : String.format(Locale.ROOT, "%s:%d:%d", file, l.line(), l.column());
            line(String.join(" ", place, paint(severityColor(f.severity()), f.severity().id()),
                    Visible.escape(f.rule()), Visible.oneLine(message(f.message()))));
            if (quiet) {
                return;
            }
            Excerpt excerpt = whole ? null : Excerpt.of(lines, l);
            if (excerpt != null && !excerpt.match().isEmpty()) {
                String hit = color ? paint(Ansi.UNDERLINE, excerpt.match()) : "【" + excerpt.match() + "】";
                line(DETAIL_INDENT + labels.format(Key.EXCERPT, excerpt.before() + hit + excerpt.after()));
            }
            String suggestion = Visible.oneLine(message(f.suggestion()));
            if (!suggestion.isEmpty()) {
                line(DETAIL_INDENT + labels.format(Key.SUGGESTION, suggestion));
            }
        }

        /**
         * Findings the baseline accepts, apart from the new ones and indented, so that neither a reader nor a
         * CI log viewer (which links lines starting {@code file:line:col}) takes them for new; quiet, only
         * their count.
         */
        private void known(List<Finding> known) {
            if (known.isEmpty()) {
                return;
            }
            line(INDENT + paint(Ansi.DIM, labels.format(Key.KNOWN_HEADING, known.size())));
            if (quiet) {
                return;
            }
            for (Finding f : known) {
                Location l = f.location();
                line(INDENT + INDENT + paint(Ansi.DIM, String.format(Locale.ROOT, "%d:%d %s %s %s", l.line(), l.column(),
                        f.severity().id(), Visible.escape(f.rule()), Visible.oneLine(message(f.message())))));
            }
        }

        /** Findings the report's comments suppressed, and baseline entries of it no longer found. */
        private void waivers(Waivers w) {
            List<String> parts = new ArrayList<>();
            if (w.suppressed() > 0) {
                parts.add(labels.format(Key.SUPPRESSED, w.suppressed()));
            }
            if (w.stale() > 0) {
                parts.add(labels.format(Key.STALE, w.stale()));
            }
            if (!parts.isEmpty()) {
                line(INDENT + String.join(labels.get(Key.GATE_SEPARATOR), parts));
            }
        }

        private void breakdown(Score score, ReportResult r) {
            if (score.breakdown().isEmpty()) {
                return;
            }
            List<String> items = new ArrayList<>();
            for (ScoreItem item : score.breakdown()) {
                String name = Visible.oneLine(labels.breakdownItem(item.item(), r.elements()));
                String detail = item.detail() == null ? "" : Visible.oneLine(item.detail());
                // An element item's detail repeats its checklist line above, in ids rather than words.
                boolean showDetail = !detail.isEmpty() && !Labels.elementItem(item.item(), r.elements());
                items.add(showDetail
                        ? labels.format(Key.BREAKDOWN_DETAIL, name, number(item.points()), number(item.max()), detail)
                        : labels.format(Key.BREAKDOWN_ITEM, name, number(item.points()), number(item.max())));
            }
            line(INDENT + labels.format(Key.BREAKDOWN, String.join(labels.get(Key.BREAKDOWN_SEPARATOR), items)));
        }

        private void blankUnlessQuiet() {
            if (!quiet) {
                line("");
            }
        }

        void line(String s) {
            text.append(s).append('\n');
        }

        private String clip(String s, int max) {
            return TextWidth.truncate(Visible.oneLine(s), max, labels.get(Key.ELLIPSIS));
        }

        private String message(Message m) {
            return m == null ? "" : m.in(lang());
        }

        private Lang lang() {
            return labels.lang();
        }

        private String paint(Ansi ansi, String s) {
            return color ? "\u001B[" + ansi.code + "m" + s + "\u001B[0m" : s;
        }

        private static Ansi severityColor(Severity s) {
            return switch (s) {
                case ERROR -> Ansi.RED;
                case WARNING -> Ansi.YELLOW;
                case INFO -> Ansi.CYAN;
            };
        }

        /** The score always with one decimal, so 62 and 62.5 line up the same way across reports. */
        private static String oneDecimal(double d) {
            return String.format(Locale.ROOT, "%.1f", d);
        }

        /** Thresholds and points as people write them: 25, not 25.0; 12.5 stays 12.5. */
        private static String number(double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return String.format(Locale.ROOT, "%.1f", d);
        }
    }
}
