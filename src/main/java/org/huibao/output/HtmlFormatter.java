package org.huibao.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;\
            margin:1.5rem auto;max-width:72rem;padding:0 1rem;line-height:1.55;color:#1f2328;background:#fff}
            h1{font-size:1.5rem;margin:0 0 .25rem}
            h2{font-size:1.25rem;margin:0 0 .5rem;word-break:break-all}
            h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
            a{color:#0969da}
            table{border-collapse:collapse;margin:.25rem 0}
            th,td{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left;vertical-align:top}
            thead th{background:#f6f8fa}
            .report{border:1px solid #d0d7de;border-radius:8px;padding:1rem 1.25rem;margin:1.5rem 0}
            .report.fail{border-left:6px solid #cf222e}
            .report.pass{border-left:6px solid #1a7f37}
            .report.error{border-left:6px solid #6e7781}
            .badge{display:inline-block;padding:0 .6rem;border-radius:1rem;font-size:.85em;color:#fff;vertical-align:middle}
            .badge.pass{background:#1a7f37}
            .badge.fail{background:#cf222e}
            .badge.error{background:#6e7781}
            .ok{color:#1a7f37}
            .weak{color:#9a6700}
            .absent{color:#cf222e}
            .optional{color:#6e7781}
            .blocked{color:#cf222e;font-weight:600}
            .meta{color:#57606a}
            .evidence{margin:0;padding-left:1.1rem}
            .text{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Noto Sans Mono CJK SC",monospace;\
            font-size:.92rem;border:1px solid #d0d7de;border-radius:6px;padding:.25rem 0;overflow-x:auto}
            .line{display:flex}
            .line:target{background:#fff8c5}
            .ln{flex:none;width:3.5em;padding-right:.6em;margin-right:.6em;text-align:right;color:#8c959f;\
            text-decoration:none;border-right:3px solid transparent;user-select:none}
            .line.ev .ln{border-right-color:#1a7f37}
            .line.has .ln{color:#cf222e}
            .src{flex:1;white-space:pre-wrap;word-break:break-all}
            mark{color:inherit;border-radius:2px;padding:0}
            mark.error{background:#ffebe9;border-bottom:2px solid #cf222e}
            mark.warning{background:#fff8c5;border-bottom:2px solid #bf8700}
            mark.info{background:#ddf4ff;border-bottom:2px dotted #0969da}
            mark.point::before{content:"\\2691";font-size:.8em}
            .findings li{margin:.35rem 0}
            .sev{font-family:ui-monospace,monospace;font-size:.85em}
            .sev.error{color:#cf222e}
            .sev.warning{color:#9a6700}
            .sev.info{color:#0969da}
            .msg{white-space:pre-line}
            blockquote{margin:.2rem 0 .2rem 1rem;padding-left:.6rem;border-left:3px solid #d0d7de;color:#57606a;\
            white-space:pre-wrap}
            .suggestion{margin:.1rem 0 0 1rem;color:#1a7f37}
            """;

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
            h.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
            h.append("<header>\n<h1>").append(esc(labels.get(Key.HTML_TITLE))).append("</h1>\n");
            h.append("<p class=\"meta\">")
                    .append(esc(labels.summary(run.reports().size(), run.passed(), run.failed(), run.errors())))
                    .append("</p>\n</header>\n<main>\n");
            if (!run.reports().isEmpty()) {
                summaryTable(run);
            }
            for (int i = 0; i < run.reports().size(); i++) {
                report(run.reports().get(i), "r" + i);
            }
            h.append("</main>\n</body>\n</html>\n");
        }

        private void summaryTable(RunResult run) {
            h.append("<table class=\"files\">\n<thead><tr>");
            th(labels.get(Key.HTML_FILE));
            th(labels.get(Key.HTML_VERDICT));
            th(labels.get(Key.HTML_SCORE));
            th(labels.get(Key.HTML_THRESHOLD));
            for (Element e : Element.values()) {
                th(labels.element(e));
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
                    h.append("<td colspan=\"").append(3 + Element.values().length).append("\">")
                            .append(HtmlText.isolated(Outputs.text(r.error(), lang))).append("</td></tr>\n");
                    continue;
                }
                Score s = r.score();
                h.append("<td>").append(esc(Outputs.oneDecimal(s.total()))).append("</td>");
                h.append("<td>").append(esc(Outputs.number(s.threshold()))).append("</td>");
                for (Element e : Element.values()) {
                    ElementVerdict v = r.elements().get(e);
                    h.append("<td>");
                    if (v != null) {
                        elementStatus(v);
                    }
                    h.append("</td>");
                }
                h.append("<td>").append(r.findings().size()).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
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
                meta.add(labels.get(Key.HTML_GENRE) + ": " + r.genre());
            }
            if (!meta.isEmpty()) {
                h.append("<p class=\"meta\">").append(HtmlText.isolated(String.join(" · ", meta))).append("</p>\n");
            }

            String[] lines = lines(r.text());
            List<Finding> findings = Outputs.sorted(r.findings());
            elements(r, id, lines.length);
            breakdown(s);
            text(r, id, lines, findings);
            findings(id, lines.length, findings);
            h.append("</section>\n");
        }

        private void elements(ReportResult r, String id, int lineCount) {
            h.append("<h3>").append(esc(labels.get(Key.HTML_ELEMENTS))).append("</h3>\n<table class=\"elements\">\n");
            for (Element e : Element.values()) {
                ElementVerdict v = r.elements().get(e);
                if (v == null) {
                    continue;
                }
                h.append("<tr id=\"").append(id).append("-e-").append(e.id()).append("\"><th>")
                        .append(esc(labels.element(e))).append("</th><td>");
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

        private void breakdown(Score s) {
            if (s.breakdown().isEmpty()) {
                return;
            }
            h.append("<h3>").append(esc(labels.get(Key.HTML_BREAKDOWN))).append("</h3>\n<table class=\"breakdown\">\n");
            for (ScoreItem item : s.breakdown()) {
                h.append("<tr><th>").append(esc(labels.breakdownItem(item.item()))).append("</th><td>")
                        .append(esc(labels.format(Key.HTML_POINTS, Outputs.number(item.points()),
                                Outputs.number(item.max()))))
                        .append("</td><td>").append(esc(Outputs.nullToEmpty(item.detail()))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        /** One range of a finding on one line, in code-point columns [start, end); start == end: a point. */
        private record Piece(int finding, int start, int end) {
        }

        private void text(ReportResult r, String id, String[] lines, List<Finding> findings) {
            h.append("<h3>").append(esc(labels.get(Key.HTML_TEXT))).append("</h3>\n");
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
            List<List<Piece>> byLine = pieces(lines, findings);
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
        private static List<List<Piece>> pieces(String[] lines, List<Finding> findings) {
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
                if (first > lines.length) {
                    continue; // not in this text: the findings list still shows it
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
            h.append("<mark class=\"").append(severity).append(point ? " point" : "").append('"');
            if (marked.add(k)) {
                h.append(" id=\"").append(id).append("-m").append(k + 1).append('"');
            }
            h.append(" data-finding=\"").append(id).append("-f").append(k + 1).append("\" title=\"")
                    .append(attr(f.rule() + " " + Outputs.text(f.message(), lang))).append("\">");
        }

        private void findings(String id, int lineCount, List<Finding> findings) {
            h.append("<h3>").append(esc(labels.format(Key.HTML_FINDINGS_COUNT, findings.size()))).append("</h3>\n");
            if (findings.isEmpty()) {
                h.append("<p class=\"ok\">").append(esc(labels.get(Key.HTML_NO_FINDINGS))).append("</p>\n");
                return;
            }
            h.append("<ol class=\"findings\">\n");
            for (int k = 0; k < findings.size(); k++) {
                Finding f = findings.get(k);
                String severity = f.severity() == null ? "warning" : f.severity().id();
                Location l = f.location();
                h.append("<li id=\"").append(id).append("-f").append(k + 1).append("\" class=\"").append(severity)
                        .append("\">");
                lineLink(id, l.line(), Outputs.lineColumn(l), lineCount);
                h.append(" <span class=\"sev ").append(severity).append("\">").append(severity).append("</span> <code>")
                        .append(esc(f.rule())).append("</code>");
                String title = Outputs.ruleTitle(options, f.rule());
                if (!title.isEmpty()) {
                    h.append(" <span class=\"rule\">").append(esc(title)).append("</span>");
                }
                h.append("<br /><span class=\"msg\">").append(HtmlText.isolated(Outputs.text(f.message(), lang)))
                        .append("</span>");
                String excerpt = Outputs.nullToEmpty(l.text());
                if (!excerpt.isEmpty()) {
                    h.append("<blockquote>").append(esc(excerpt)).append("</blockquote>");
                }
                String suggestion = Outputs.text(f.suggestion(), lang);
                if (!suggestion.isEmpty()) {
                    h.append("<p class=\"suggestion\">").append(esc(labels.format(Key.SUGGESTION, suggestion)))
                            .append("</p>");
                }
                h.append("</li>\n");
            }
            h.append("</ol>\n");
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
            String label = switch (r.status()) {
                case "pass" -> labels.get(Key.PASS);
                case "fail" -> labels.get(Key.FAIL);
                default -> labels.get(Key.UNREADABLE);
            };
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
