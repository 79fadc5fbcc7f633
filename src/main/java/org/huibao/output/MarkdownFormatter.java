package org.huibao.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.model.Severity;
import org.huibao.model.StatusCounts;
import org.huibao.output.Labels.Key;

/**
 * A Markdown summary for a CI job's page — GitHub's {@code $GITHUB_STEP_SUMMARY}, a GitLab merge
 * request note: one table row per report (verdict, score, findings per severity, why it failed), the
 * totals, and a table of the rules that fired with how often and in how many reports. Rows are written
 * as reports come; only the per-rule counts are kept, so a batch of any size needs little memory.
 *
 * <p>GitHub refuses a step summary over 1 MiB: at most {@value #MAX_ROWS} report rows are written (the
 * rest are counted) and no cell is longer than {@value #MAX_CELL} characters. With quiet, passing
 * reports get no row, as in the text format. Text from the input is put on one line with hidden
 * characters made visible ({@link Visible}) and Markdown's punctuation backslash-escaped, so a file
 * name or message can neither break the table nor become a link, an image, HTML or a formula.
 */
public final class MarkdownFormatter implements Formatter {

    public static final String NAME = "markdown";

    static final int MAX_ROWS = 1000;
    static final int MAX_CELL = 300;
    private static final int MAX_RULE_ROWS = 200;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ReportStream open(String toolVersion, OutputOptions options, Writer out) throws IOException {
        Labels labels = Labels.of(options.lang());
        out.write("### " + labels.get(Key.HTML_TITLE) + "\n\n");
        row(out, List.of(labels.get(Key.COLUMN_FILE), labels.get(Key.COLUMN_VERDICT), labels.get(Key.COLUMN_SCORE),
                labels.get(Key.COLUMN_ERRORS), labels.get(Key.COLUMN_WARNINGS), labels.get(Key.COLUMN_INFOS),
                labels.get(Key.COLUMN_NOTE)));
        out.write("| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        return new ReportStream() {
            private final StatusCounts counts = new StatusCounts();
            private final Map<String, RuleCount> rules = new TreeMap<>();
            private int rows;
            private int unlisted;

            @Override
            public void report(ReportResult r) throws IOException {
                counts.add(r);
                Set<String> seen = new HashSet<>();
                for (Finding f : r.findings()) {
                    RuleCount c = rules.computeIfAbsent(f.rule(), id -> new RuleCount(id, f.severity()));
                    c.findings++;
                    if (seen.add(f.rule())) {
                        c.reports++;
                    }
                }
                if (options.quiet() && "pass".equals(r.status())) {
                    return;
                }
                if (rows == MAX_ROWS) {
                    unlisted++;
                    return;
                }
                rows++;
                row(out, reportRow(r, labels));
            }

            @Override
            public void finish() throws IOException {
                StringBuilder b = new StringBuilder("\n");
                if (unlisted > 0) {
                    b.append(labels.format(Key.MARKDOWN_UNLISTED, unlisted)).append("\n\n");
                }
                b.append(labels.summary(counts.files(), counts.passed(), counts.failed(), counts.errors())).append('\n');
                out.write(b.toString());
                if (!rules.isEmpty()) {
                    ruleTable(out, rules, options, labels);
                }
                out.flush();
            }
        };
    }

    private static List<String> reportRow(ReportResult r, Labels labels) {
        String verdict = mark(r.status()) + " " + labels.verdict(r.status());
        if (r.error() != null) {
            return List.of(name(r.file()), verdict, "", "", "", "", text(Outputs.text(r.error(), labels.lang())));
        }
        int[] counts = new int[Severity.values().length];
        for (Finding f : r.findings()) {
            counts[(f.severity() == null ? Severity.WARNING : f.severity()).ordinal()]++;
        }
        return List.of(name(r.file()), verdict, Outputs.oneDecimal(r.score().total()),
                Integer.toString(counts[Severity.ERROR.ordinal()]), Integer.toString(counts[Severity.WARNING.ordinal()]),
                Integer.toString(counts[Severity.INFO.ordinal()]), text(Outputs.gateReason(r, labels)));
    }

    /** Most frequent first: what to fix across the batch. */
    private static void ruleTable(Writer out, Map<String, RuleCount> rules, OutputOptions options, Labels labels)
            throws IOException {
        out.write("\n#### " + labels.get(Key.MARKDOWN_RULES) + "\n\n");
        row(out, List.of(labels.get(Key.COLUMN_RULE), labels.get(Key.COLUMN_RULE_TITLE), labels.get(Key.COLUMN_SEVERITY),
                labels.get(Key.MARKDOWN_FINDINGS), labels.get(Key.MARKDOWN_REPORTS)));
        out.write("| --- | --- | --- | ---: | ---: |\n");
        List<RuleCount> sorted = new ArrayList<>(rules.values());
        sorted.sort(Comparator.comparingInt((RuleCount c) -> -c.findings).thenComparing(c -> c.id));
        for (RuleCount c : sorted.subList(0, Math.min(sorted.size(), MAX_RULE_ROWS))) {
            row(out, List.of(name(c.id), text(Outputs.ruleTitle(options, c.id)),
                    labels.severity(c.severity == null ? Severity.WARNING : c.severity),
                    Integer.toString(c.findings), Integer.toString(c.reports)));
        }
    }

    private static String mark(String status) {
        return switch (status) {
            case "pass" -> "✅";
            case "fail" -> "❌";
            default -> "⚠️";
        };
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        out.write("| " + String.join(" | ", cells) + " |\n");
    }

    /** A file name or rule id: a line break in a name is suspicious, so it is shown, not made a space. */
    private static String name(String s) {
        return escape(clip(Visible.escape(s)));
    }

    private static String text(String s) {
        return escape(clip(Visible.oneLine(s)));
    }

    private static String clip(String s) {
        if (s.length() <= MAX_CELL) {
            return s;
        }
        int end = MAX_CELL - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }

    /**
     * Every ASCII character that Markdown (CommonMark and GitHub's extensions: tables, strikethrough,
     * math) gives a meaning inside a line, backslash-escaped — CommonMark lets any ASCII punctuation be
     * escaped (':' and '@' stop a URL or e-mail address from becoming a link). The rest ('.', '-', '/',
     * quotes…) means nothing inside a table cell and is left as it is, so paths stay readable.
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_{}[]<>()#+!|~&$:^@".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** How often one rule fired in the run, and in how many reports. */
    private static final class RuleCount {
        final String id;
        final Severity severity;
        int findings;
        int reports;

        RuleCount(String id, Severity severity) {
            this.id = id;
            this.severity = severity;
        }
    }
}
