package org.huibao.output;

import java.io.IOException;
import java.io.Writer;
import org.huibao.model.Finding;
import org.huibao.api.Lang;
import org.huibao.model.Location;
import org.huibao.model.ReportResult;
import org.huibao.model.Severity;
import org.huibao.model.WaiverCounts;
import org.huibao.output.Labels.Key;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice} line per
 * finding, which the runner turns into an annotation on the file and line (in the pull request's diff
 * too; a finding about the whole report, {@link WholeReport}, on the file alone); then one {@code ::error} per
 * failing report (why it failed the gate) and per unreadable file; at the end a {@code ::notice} with the
 * findings suppressed and the baseline's counts, when there are any.
 * Info findings are notices, and so are findings a baseline accepts (titled 已知（基线）). Text from the input first has its hidden characters made visible
 * ({@link Visible}: a file name's line break is shown as {@code \n}, an ESC as {@code \x1b}); then
 * values are escaped as the runner unescapes them (GitHub's workflow-command rules): in the message
 * % CR LF, in properties also : and ,.
 */
public final class GithubFormatter implements Formatter {

    public static final String NAME = "github";
    private static final String TOOL = "huibao";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ReportStream open(String toolVersion, OutputOptions options, Writer out) {
        Labels labels = Labels.of(options.lang());
        return new ReportStream() {
            private final WaiverCounts waivers = new WaiverCounts();

            @Override
            public void report(ReportResult r) throws IOException {
                waivers.add(r);
                StringBuilder b = new StringBuilder();
                String file = Visible.escape(Outputs.slashes(r.file()));
                if (r.error() != null) {
                    command(b, "error", "file=" + property(file) + ",title=" + property(TOOL),
                            Visible.lines(Outputs.text(r.error(), options.lang())));
                } else {
                    for (Finding f : Outputs.sorted(r.findings())) {
                        finding(b, file, f, WholeReport.about(f, r), options, labels);
                    }
                    String gate = Outputs.gateReason(r, labels);
                    if (!gate.isEmpty()) {
                        command(b, "error", "file=" + property(file) + ",title=" + property(TOOL),
                                Visible.lines(gate));
                    }
                }
                out.write(b.toString());
            }

            /** What was suppressed and how the run compares with its baseline, when it has either: one notice. */
            @Override
            public void finish() throws IOException {
                String setAside = labels.waivers(waivers);
                if (!setAside.isEmpty()) {
                    StringBuilder b = new StringBuilder();
                    command(b, "notice", "title=" + property(TOOL), setAside);
                    out.write(b.toString());
                }
                out.flush();
            }
        };
    }

    private static void finding(StringBuilder b, String file, Finding f, boolean whole, OutputOptions options,
                                Labels labels) {
        StringBuilder props = new StringBuilder();
        props.append("file=").append(property(file));
        if (!whole) {
            place(props, f.location());
        }
        String title = Outputs.ruleLabel(options, f.rule());
        props.append(",title=").append(property(f.known() ? labels.get(Key.KNOWN_TAG) + " " + title : title));
        Lang lang = options.lang();
        String message = Visible.lines(Outputs.text(f.message(), lang));
        if (message.isBlank()) {
            message = Visible.escape(f.rule());
        }
        String suggestion = Visible.lines(Outputs.text(f.suggestion(), lang));
        if (!suggestion.isBlank()) {
            message = message + "\n" + labels.format(Key.SUGGESTION, suggestion);
        }
        // A known finding is a notice whatever its severity: it is there for reference, not to be fixed now.
        command(b, f.known() ? "notice" : command(f.severity()), props.toString(), message);
    }

    /** Line and columns; GitHub takes columns only for a one-line range. */
    private static void place(StringBuilder props, Location l) {
        int line = Math.max(1, l.line());
        int endLine = Math.max(line, l.endLine());
        props.append(",line=").append(line);
        if (endLine == line) {
            int col = Math.max(1, l.column());
            props.append(",col=").append(col);
            props.append(",endLine=").append(endLine);
            props.append(",endColumn=").append(Math.max(col, l.endColumn()));
        } else {
            props.append(",endLine=").append(endLine);
        }
    }

    static String command(Severity s) {
        return switch (s == null ? Severity.WARNING : s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    private static void command(StringBuilder b, String command, String properties, String message) {
        b.append("::").append(command).append(' ').append(properties).append("::").append(data(message)).append('\n');
    }

    /** The message of a workflow command: %, CR and LF escaped. */
    static String data(String s) {
        return Outputs.nullToEmpty(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as {@link #data}, and : and , which would end the value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
