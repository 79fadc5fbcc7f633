package org.huibao.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huibao.api.Lang;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.model.ReportResult;
import org.huibao.output.Labels.Key;

/**
 * The findings of one report in the html format. Findings of one rule with one message — a template's
 * 55 "××" — are one entry with their count, the places folded in a {@code <details>}; each place keeps
 * the id the marks in the text link to. Findings about the whole report ({@link WholeReport}) say so
 * instead of pointing at line 1.
 */
final class HtmlFindings {

    /** Findings of one rule, severity and message, in the order of their first place. */
    private record Group(Finding first, List<Integer> members) {
    }

    private final StringBuilder h;
    private final OutputOptions options;
    private final Labels labels;
    private final Lang lang;

    HtmlFindings(StringBuilder h, OutputOptions options, Labels labels) {
        this.h = h;
        this.options = options;
        this.labels = labels;
        this.lang = labels.lang();
    }

    /** The box above the text naming what is missing from the report as a whole; nothing when none is. */
    void wholeReport(ReportResult r, String id, List<Finding> findings) {
        List<Integer> whole = new ArrayList<>();
        for (int k = 0; k < findings.size(); k++) {
            if (WholeReport.about(findings.get(k), r)) {
                whole.add(k);
            }
        }
        if (whole.isEmpty()) {
            return;
        }
        h.append("<div class=\"whole\"><strong>").append(HtmlText.esc(labels.get(Key.HTML_ABOUT_WHOLE_REPORT)))
                .append("</strong><ul>");
        for (int k : whole) {
            Finding f = findings.get(k);
            h.append(f.known() ? "<li class=\"known\">" : "<li>");
            if (f.known()) {
                h.append(HtmlText.esc(labels.get(Key.KNOWN_TAG))).append(' ');
            }
            h.append("<a href=\"#").append(id).append("-f").append(k + 1).append("\"><code>")
                    .append(HtmlText.esc(f.rule())).append("</code></a> ")
                    .append(HtmlText.isolated(Visible.oneLine(Outputs.text(f.message(), lang)))).append("</li>");
        }
        h.append("</ul></div>\n");
    }

    /**
     * The new findings, then those a baseline accepts, folded apart and muted: they are listed for
     * reference, the new ones are what the reviewer acts on.
     */
    void list(ReportResult r, String id, String[] lines, List<Finding> findings) {
        List<Group> all = groups(findings);
        List<Group> fresh = all.stream().filter(gr -> !gr.first().known()).toList();
        List<Group> known = all.stream().filter(gr -> gr.first().known()).toList();
        long freshCount = findings.stream().filter(f -> !f.known()).count();
        h.append("<h3>").append(HtmlText.esc(labels.format(Key.HTML_FINDINGS_COUNT, freshCount))).append("</h3>\n");
        if (fresh.isEmpty()) {
            h.append("<p class=\"ok\">").append(HtmlText.esc(labels.get(Key.HTML_NO_FINDINGS))).append("</p>\n");
        } else {
            groups(r, id, lines, findings, fresh, 0);
        }
        if (!known.isEmpty()) {
            h.append("<details class=\"known\"><summary>")
                    .append(HtmlText.esc(labels.format(Key.HTML_KNOWN, findings.size() - freshCount)))
                    .append("</summary><p>").append(HtmlText.esc(labels.get(Key.HTML_KNOWN_NOTE))).append("</p>\n");
            groups(r, id, lines, findings, known, fresh.size());
            h.append("</details>\n");
        }
    }

    /** Groups as a list; {@code before} groups came before them in the report, for their ids. */
    private void groups(ReportResult r, String id, String[] lines, List<Finding> findings, List<Group> list, int before) {
        h.append("<ol class=\"findings\">\n");
        int g = before;
        for (Group group : list) {
            g++;
            Finding f = group.first();
            int k = group.members().get(0);
            boolean single = group.members().size() == 1;
            h.append("<li id=\"").append(id).append(single ? "-f" + (k + 1) : "-g" + g).append("\" class=\"")
                    .append(severity(f)).append("\">");
            if (single) {
                place(r, id, lines, f);
                h.append(' ');
            }
            h.append("<span class=\"sev ").append(severity(f)).append("\">").append(HtmlText.esc(labels.severity(f.severity())))
                    .append("</span> <code>").append(HtmlText.esc(f.rule())).append("</code>");
            String title = Outputs.ruleTitle(options, f.rule());
            if (!title.isEmpty()) {
                h.append(" <span class=\"rule\">").append(HtmlText.esc(title)).append("</span>");
            }
            if (!single) {
                h.append(" <span class=\"count\">").append(HtmlText.esc(labels.format(Key.HTML_PLACES, group.members().size())))
                        .append("</span>");
            }
            h.append("<br /><span class=\"msg\">").append(HtmlText.isolated(Outputs.text(f.message(), lang))).append("</span>");
            if (!WholeReport.about(f, r)) {
                excerpt(Excerpt.of(lines, f.location()));
            }
            String fix = sameFix(findings, group);
            if (!fix.isEmpty()) {
                h.append("<p class=\"fix\">").append(HtmlText.isolated(fix)).append("</p>");
            }
            String suggestion = Outputs.text(f.suggestion(), lang);
            if (!suggestion.isEmpty()) {
                h.append("<p class=\"suggestion\">").append(HtmlText.esc(labels.format(Key.SUGGESTION, suggestion)))
                        .append("</p>");
            }
            if (!single) {
                places(r, id, lines, findings, group);
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n");
    }

    private void places(ReportResult r, String id, String[] lines, List<Finding> findings, Group group) {
        h.append("<details class=\"places\"><summary>")
                .append(HtmlText.esc(labels.format(Key.HTML_ALL_PLACES, group.members().size())))
                .append("</summary><ol>");
        for (int k : group.members()) {
            Finding f = findings.get(k);
            h.append("<li id=\"").append(id).append("-f").append(k + 1).append("\">");
            place(r, id, lines, f);
            Excerpt e = Excerpt.of(lines, f.location());
            h.append(' ').append(HtmlText.isolated(e.before())).append("<em class=\"hit\">")
                    .append(HtmlText.isolated(e.match())).append("</em>").append(HtmlText.isolated(e.after()));
            if (f.fix() != null && sameFix(findings, group).isEmpty()) {
                h.append(" <span class=\"fix\">").append(HtmlText.isolated(labels.fix(f.fix()))).append("</span>");
            }
            h.append("</li>");
        }
        h.append("</ol></details>");
    }

    /** "第3行第5列" linking to the line, or "全文" for a finding about the whole report. */
    private void place(ReportResult r, String id, String[] lines, Finding f) {
        Location l = f.location();
        if (WholeReport.about(f, r)) {
            h.append("<span class=\"where\">").append(HtmlText.esc(labels.get(Key.WHOLE_REPORT))).append("</span>");
            return;
        }
        String label = labels.format(Key.HTML_LINE_COLUMN, l.line(), l.column());
        if (l.line() >= 1 && l.line() <= lines.length) {
            h.append("<a href=\"#").append(id).append("-L").append(l.line()).append("\">").append(HtmlText.esc(label))
                    .append("</a>");
        } else {
            h.append(HtmlText.esc(label));
        }
    }

    private void excerpt(Excerpt e) {
        if (e.isEmpty()) {
            return;
        }
        h.append("<blockquote>").append(HtmlText.isolated(e.before())).append("<em class=\"hit\">")
                .append(HtmlText.isolated(e.match())).append("</em>").append(HtmlText.isolated(e.after()))
                .append("</blockquote>");
    }

    /** "改为：…" when every finding of the group has the same edit, else "" (each place then shows its own). */
    private String sameFix(List<Finding> findings, Group group) {
        String shown = null;
        for (int k : group.members()) {
            Finding f = findings.get(k);
            if (f.fix() == null) {
                return "";
            }
            String one = labels.fix(f.fix());
            if (shown != null && !shown.equals(one)) {
                return "";
            }
            shown = one;
        }
        return shown == null ? "" : shown;
    }

        private static List<Group> groups(List<Finding> findings) {
        Map<List<Object>, Group> byKey = new LinkedHashMap<>();
        for (int k = 0; k < findings.size(); k++) {
            Finding f = findings.get(k);
            List<Object> key = List.of(f.rule(), severity(f), Outputs.text(f.message(), Lang.ZH),
                    Outputs.text(f.message(), Lang.EN), f.known());
            byKey.computeIfAbsent(key, x -> new Group(f, new ArrayList<>())).members().add(k);
        }
        return List.copyOf(byKey.values());
    }

    static String severity(Finding f) {
        return f.severity() == null ? "warning" : f.severity().id();
    }
}
