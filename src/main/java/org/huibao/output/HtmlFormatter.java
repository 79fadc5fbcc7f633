package org.huibao.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.huibao.api.Element;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.api.Lang;
import org.huibao.model.Location;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;
import org.huibao.model.Score;
import org.huibao.model.ScoreItem;
import org.huibao.model.WaiverCounts;
import org.huibao.output.Labels.Key;

/**
 * One self-contained HTML page for a reviewer: a table of all files; per report the verdict and score,
 * the three required elements with links to their evidence, the report text line by line with every
 * finding marked in place ({@code <mark class="error" title="HB301 …">}), and the list of findings
 * linking to their lines. No script, no external resource (styles are inline), so it opens offline and
 * can be mailed or archived as a CI artefact.
 *
 * <p>The markup is also well-formed XML (void elements closed, every attribute quoted, only the
 * predefined entities and numeric references), so that it can be checked by any XML parser; text
 * from the reports is escaped everywhere.
 *
 * <p>Overlapping findings are drawn by cutting each line at every start and end of a finding: each
 * piece is wrapped in one {@code <mark>} per finding covering it, nested in finding order, so tags
 * always close in the order they opened. A finding with an empty span (about the whole report) is an
 * empty mark at its place, shown by the stylesheet as a small flag.
 */
public final class HtmlFormatter extends WholeRunFormatter {

    public static final String NAME = "html";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean needsText() {
        return true;
    }

    @Override
    void writeRun(RunResult run, OutputOptions options, Writer out) throws IOException {
        Page page = new Page(options);
        page.document(run);
        out.write(page.h.toString());
        out.flush();
    }

    /** The state of one {@link #write} call. */
    private static final class Page {
        private final OutputOptions options;
        private final Labels labels;
        private final Lang lang;
        private final StringBuilder h = new StringBuilder(64 * 1024);

        Page(OutputOptions options) {
            this.options = options;
            this.labels = Labels.of(options.lang());
            this.lang = options.lang();
        }

        void document(RunResult run) {
            h.append("<!DOCTYPE html>\n");
            h.append("<html lang=\"").append(lang == Lang.EN ? "en" : "zh-CN").append("\">\n");
            h.append("<head>\n<meta charset=\"utf-8\" />\n");
            h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
            h.append("<meta name=\"generator\" content=\"")
                    .append(attr(("huibao " + Outputs.nullToEmpty(run.toolVersion())).strip())).append("\" />\n");
            h.append("<title>").append(esc(labels.get(Key.HTML_TITLE))).append(" · huibao</title>\n");
            h.append("<style>\n").append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n");
            h.append("<header class=\"top\">\n<h1>").append(esc(labels.get(Key.HTML_TITLE))).append("</h1>\n");
            h.append("<p class=\"meta\">")
                    .append(esc(labels.summary(run.reports().size(), run.passed(), run.failed(), run.errors())));
            String setAside = labels.waivers(WaiverCounts.of(run.reports()));
            if (!setAside.isEmpty()) {
                h.append("<br />").append(esc(setAside));
            }
            h.append("</p>\n</header>\n<main>\n");
            if (!run.reports().isEmpty()) {
                summaryTable(run);
            }
            for (int i = 0; i < run.reports().size(); i++) {
                report(run.reports().get(i), "r" + i);
            }
            h.append("</main>\n</body>\n</html>\n");
        }

        private void summaryTable(RunResult run) {
            h.append("<div class=\"scroll\"><table class=\"files\">\n<thead><tr>");
            th(labels.get(Key.HTML_FILE));
            th(labels.get(Key.HTML_VERDICT));
            th(labels.get(Key.HTML_SCORE));
            th(labels.get(Key.HTML_THRESHOLD));
            // One column per element any report has: the built-in three, then an office's own.
            Map<Element, ElementVerdict> columns = new LinkedHashMap<>();
            for (Element e : Element.BUILT_IN) {
                columns.put(e, null);
            }
            for (ReportResult r : run.reports()) {
                for (ElementVerdict v : r.elements().values()) {
                    if (columns.get(v.element()) == null) {
                        columns.put(v.element(), v);
                    }
                }
            }
            for (Map.Entry<Element, ElementVerdict> c : columns.entrySet()) {
                th(c.getValue() == null ? labels.element(c.getKey()) : labels.element(c.getValue()));
            }
            th(labels.get(Key.HTML_FINDINGS));
            h.append("</tr></thead>\n<tbody>\n");
            for (int i = 0; i < run.reports().size(); i++) {
                ReportResult r = run.reports().get(i);
                h.append("<tr><td><a href=\"#r").append(i).append("\">").append(HtmlText.name(r.file()))
                        .append("</a></td>");
                h.append("<td>");
                badge(r);
                h.append("</td>");
                if (r.error() != null) {
                    h.append("<td colspan=\"").append(3 + columns.size()).append("\">")
                            .append(HtmlText.isolated(Outputs.text(r.error(), lang))).append("</td></tr>\n");
                    continue;
                }
                Score s = r.score();
                h.append("<td>").append(esc(Outputs.oneDecimal(s.total()))).append("</td>");
                h.append("<td>").append(esc(Outputs.number(s.threshold()))).append("</td>");
                for (Element e : columns.keySet()) {
                    ElementVerdict v = r.elements().get(e);
                    h.append("<td>");
                    if (v != null) {
                        elementStatus(v);
                    }
                    h.append("</td>");
                }
                h.append("<td>").append(r.findings().size()).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table></div>\n");
        }

        private void report(ReportResult r, String id) {
            h.append("<section class=\"report ").append(r.status()).append("\" id=\"").append(id).append("\">\n");
            h.append("<h2>").append(HtmlText.name(r.file())).append(' ');
            badge(r);
            h.append("</h2>\n");
            if (r.error() != null) {
                h.append("<p class=\"absent\">").append(HtmlText.isolated(Outputs.text(r.error(), lang)))
                        .append("</p>\n</section>\n");
                return;
            }
            Score s = r.score();
            h.append("<p class=\"score\">")
                    .append(esc(labels.format(Key.SCORE, Outputs.oneDecimal(s.total()), Outputs.number(s.threshold()))));
            if (!s.blockedBy().isEmpty()) {
                h.append(" <span class=\"blocked\">").append(esc(labels.format(Key.BLOCKED_BY,
                        String.join(labels.get(Key.LIST_SEPARATOR), s.blockedBy())))).append("</span>");
            }
            h.append("</p>\n");
            List<String> meta = new ArrayList<>();
            if (!Outputs.nullToEmpty(r.title()).isEmpty()) {
                meta.add(labels.get(Key.HTML_TITLE_OF_REPORT) + ": " + r.title());
            }
            if (!Outputs.nullToEmpty(r.genre()).isEmpty()) {
                meta.add(labels.get(Key.HTML_GENRE) + ": " + labels.genre(r.genre()));
            }
            if (r.waivers().suppressed() > 0) {
                meta.add(labels.format(Key.SUPPRESSED, r.waivers().suppressed()));
            }
            if (r.waivers().stale() > 0) {
                meta.add(labels.format(Key.STALE, r.waivers().stale()));
            }
            if (!meta.isEmpty()) {
                h.append("<p class=\"meta\">").append(HtmlText.isolated(String.join(" · ", meta))).append("</p>\n");
            }

            String[] lines = lines(r.text());
            List<Finding> findings = Outputs.sorted(r.findings());
            HtmlFindings list = new HtmlFindings(h, options, labels);
            elements(r, id, lines.length);
            breakdown(r, s);
            text(r, id, lines, findings, list);
            list.list(r, id, lines, findings);
            signOff();
            h.append("</section>\n");
        }

        private void elements(ReportResult r, String id, int lineCount) {
            h.append("<h3>").append(esc(labels.get(Key.HTML_ELEMENTS))).append("</h3>\n<table class=\"elements\">\n");
            for (ElementVerdict v : r.elements().values()) {
                h.append("<tr id=\"").append(id).append("-e-").append(v.element().id()).append("\"><th>")
                        .append(esc(labels.element(v))).append("</th><td>");
                elementStatus(v);
                if (v.required() && v.present() && v.weak()) {
                    h.append("<br /><span class=\"weak\">")
                            .append(esc(labels.format(Key.WEAK, Outputs.text(v.reason(), lang)))).append("</span>");
                }
                h.append("</td><td>");
                if (v.evidence().isEmpty()) {
                    h.append("<span class=\"optional\">").append(esc(labels.get(Key.HTML_NO_EVIDENCE))).append("</span>");
                } else {
                    h.append("<ul class=\"evidence\">");
                    for (Location l : v.evidence()) {
                        h.append("<li>");
                        lineLink(id, l.line(), labels.format(Key.HTML_LINE, l.line()), lineCount);
                        h.append(' ').append(HtmlText.isolated(Visible.oneLine(l.text()))).append("</li>");
                    }
                    h.append("</ul>");
                }
                h.append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        private void breakdown(ReportResult r, Score s) {
            if (s.breakdown().isEmpty()) {
                return;
            }
            h.append("<h3>").append(esc(labels.get(Key.HTML_BREAKDOWN))).append("</h3>\n<table class=\"breakdown\">\n");
            for (ScoreItem item : s.breakdown()) {
                h.append("<tr><th>").append(esc(labels.breakdownItem(item.item(), r.elements()))).append("</th><td>")
                        .append(esc(labels.format(Key.HTML_POINTS, Outputs.number(item.points()),
                                Outputs.number(item.max()))))
                        .append("</td><td>").append(esc(breakdownDetail(r, item))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        /**
         * An element item's detail in words (its ids, "inline, weak -10", are for machines); the quality
         * item's detail names rules and points, which read the same in any language.
         */
        private String breakdownDetail(ReportResult r, ScoreItem item) {
            if (!Labels.elementItem(item.item(), r.elements())) {
                return Outputs.nullToEmpty(item.detail());
            }
            ElementVerdict v = r.elements().get(Element.of(item.item()));
            if (v == null) {
                return "";
            }
            String status = labels.status(v.status());
            return v.required() && v.present() && v.weak()
                    ? status + labels.get(Key.LIST_SEPARATOR) + labels.get(Key.HTML_WEAK_SHORT) : status;
        }

        /** Lines a printed sheet leaves for the reviewer: opinion, name, date. */
        private void signOff() {
            h.append("<div class=\"signoff\">");
            h.append("<p class=\"opinion\"><span>").append(esc(field(Key.HTML_REVIEW_OPINION)))
                    .append("</span><span class=\"field\"></span></p>");
            h.append("<p><span>").append(esc(field(Key.HTML_REVIEWER))).append("</span><span class=\"field\"></span>")
                    .append("<span>").append(esc(field(Key.HTML_DATE))).append("</span><span class=\"field\"></span></p>");
            h.append("<p class=\"note\">").append(esc(labels.get(Key.HTML_PRINT_NOTE))).append("</p>");
            h.append("</div>\n");
        }

        private String field(Key name) {
            return labels.format(Key.HTML_FIELD, labels.get(name));
        }

        /** One range of a finding on one line, in code-point columns [start, end); start == end: a point. */
        private record Piece(int finding, int start, int end) {
        }

        private void text(ReportResult r, String id, String[] lines, List<Finding> findings, HtmlFindings list) {
            h.append("<h3 class=\"text-title\">").append(esc(labels.get(Key.HTML_TEXT))).append("</h3>\n");
            list.wholeReport(r, id, findings);
            if (lines.length == 0) {
                h.append("<p class=\"meta\">").append(esc(labels.get(Key.HTML_NO_TEXT))).append("</p>\n");
                return;
            }
            Set<Integer> evidenceLines = new HashSet<>();
            for (ElementVerdict v : r.elements().values()) {
                if (v.required()) {
                    v.evidence().forEach(l -> evidenceLines.add(l.line()));
                }
            }
            List<List<Piece>> byLine = pieces(r, lines, findings);
            Set<Integer> marked = new HashSet<>();
            h.append("<div class=\"text\">\n");
            for (int n = 1; n <= lines.length; n++) {
                List<Piece> pieces = byLine.get(n - 1);
                h.append("<div class=\"line");
                if (evidenceLines.contains(n)) {
                    h.append(" ev");
                }
                if (!pieces.isEmpty()) {
                    h.append(" has");
                }
                h.append("\" id=\"").append(id).append("-L").append(n).append("\"><a class=\"ln\" href=\"#")
                        .append(id).append("-L").append(n).append("\">").append(n).append("</a><span class=\"src\">");
                line(lines[n - 1], pieces, findings, id, marked);
                h.append("</span></div>\n");
            }
            h.append("</div>\n");
        }

        /**
         * Per line, the pieces of the findings on it. A finding that would leave no mark (its range
         * lies in no line's text) gets a point at its start, so that every finding is visible.
         */
        private static List<List<Piece>> pieces(ReportResult r, String[] lines, List<Finding> findings) {
            List<List<Piece>> byLine = new ArrayList<>();
            int[] lengths = new int[lines.length];
            for (int i = 0; i < lines.length; i++) {
                byLine.add(new ArrayList<>());
                lengths[i] = lines[i].codePointCount(0, lines[i].length());
            }
            for (int k = 0; k < findings.size(); k++) {
                Location l = findings.get(k).location();
                int first = Math.max(1, l.line());
                int last = Math.max(first, l.endLine());
                if (first > lines.length || WholeReport.about(findings.get(k), r)) {
                    continue; // not in this text, or about all of it: the findings list shows it
                }
                boolean point = first == last && l.endColumn() <= l.column();
                boolean any = false;
                for (int n = first; n <= Math.min(last, lines.length) && !point; n++) {
                    int len = lengths[n - 1];
                    int start = n == first ? clamp(l.column(), 1, len + 1) : 1;
                    int end = n == last ? clamp(l.endColumn(), start, len + 1) : len + 1;
                    if (end > start) {
                        byLine.get(n - 1).add(new Piece(k, start, end));
                        any = true;
                    }
                }
                if (!any) {
                    byLine.get(first - 1).add(new Piece(k, clamp(l.column(), 1, lengths[first - 1] + 1),
                            clamp(l.column(), 1, lengths[first - 1] + 1)));
                }
            }
            return byLine;
        }

        private void line(String text, List<Piece> pieces, List<Finding> findings, String id, Set<Integer> marked) {
            int[] cps = text.codePoints().toArray();
            if (pieces.isEmpty()) {
                h.append(esc(text));
                return;
            }
            TreeSet<Integer> cuts = new TreeSet<>();
            cuts.add(1);
            cuts.add(cps.length + 1);
            for (Piece p : pieces) {
                cuts.add(p.start());
                cuts.add(p.end());
            }
            Integer[] at = cuts.toArray(new Integer[0]);
            for (int c = 0; c < at.length; c++) {
                int from = at[c];
                for (Piece p : pieces) {
                    if (p.start() == p.end() && p.start() == from) {
                        openMark(findings, p.finding(), id, marked, true);
                        h.append("</mark>");
                    }
                }
                if (c + 1 == at.length) {
                    break;
                }
                int to = at[c + 1];
                int open = 0;
                for (Piece p : pieces) {
                    if (p.start() < p.end() && p.start() <= from && p.end() >= to) {
                        openMark(findings, p.finding(), id, marked, false);
                        open++;
                    }
                }
                h.append(esc(new String(cps, from - 1, to - from)));
                h.append("</mark>".repeat(open));
            }
        }

        private void openMark(List<Finding> findings, int k, String id, Set<Integer> marked, boolean point) {
            Finding f = findings.get(k);
            String severity = f.severity() == null ? "warning" : f.severity().id();
            h.append("<mark class=\"").append(severity).append(point ? " point" : "").append(f.known() ? " known" : "")
                    .append('"');
            if (marked.add(k)) {
                h.append(" id=\"").append(id).append("-m").append(k + 1).append('"');
            }
            h.append(" data-finding=\"").append(id).append("-f").append(k + 1).append("\" title=\"")
                    .append(attr(f.rule() + " " + Outputs.text(f.message(), lang))).append("\">");
        }

        /** A link to a line of the text, or the label alone when the text does not have that line. */
        private void lineLink(String id, int line, String label, int lineCount) {
            if (line >= 1 && line <= lineCount) {
                h.append("<a href=\"#").append(id).append("-L").append(line).append("\">").append(esc(label))
                        .append("</a>");
            } else {
                h.append(esc(label));
            }
        }

        private void elementStatus(ElementVerdict v) {
            String css;
            String mark;
            if (!v.required()) {
                css = "optional";
                mark = labels.get(Key.MARK_OK);
            } else if (!v.present()) {
                css = "absent";
                mark = labels.get(Key.MARK_ABSENT);
            } else if (v.weak()) {
                css = "weak";
                mark = labels.get(Key.MARK_WEAK);
            } else {
                css = "ok";
                mark = labels.get(Key.MARK_OK);
            }
            h.append("<span class=\"").append(css).append("\">").append(esc(mark)).append(' ')
                    .append(esc(labels.status(v.status())));
            if (!v.required()) {
                h.append(' ').append(esc(labels.get(Key.NOT_REQUIRED)));
            }
            h.append("</span>");
        }

        private void badge(ReportResult r) {
            String label = labels.verdict(r);
            h.append("<span class=\"badge ").append(r.status()).append("\">").append(esc(label)).append("</span>");
        }

        private void th(String s) {
            h.append("<th>").append(esc(s)).append("</th>");
        }

        /** The lines of the normalised text; a final line break does not start another line. */
        private static String[] lines(String text) {
            if (text == null || text.isEmpty()) {
                return new String[0];
            }
            String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            return t.split("\n", -1);
        }

        private static int clamp(int v, int min, int max) {
            return Math.max(min, Math.min(max, v));
        }
    }

    /** Text content, as {@link HtmlText#esc}. */
    static String esc(String s) {
        return HtmlText.esc(s);
    }

    /** An attribute value, as {@link HtmlText#attr}. */
    static String attr(String s) {
        return HtmlText.attr(s);
    }
}
