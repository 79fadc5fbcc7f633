package org.huibao.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;

/**
 * A format whose document needs the whole run before its first byte: totals in the root element
 * (JUnit), rule and artifact tables that results refer to by index (SARIF), a summary table at the top
 * (HTML). Its stream collects the reports and writes them at {@link ReportStream#finish}.
 */
abstract class WholeRunFormatter implements Formatter {

    /** Writes the whole run. */
    abstract void writeRun(RunResult run, OutputOptions options, Writer out) throws IOException;

    @Override
    public final ReportStream open(String toolVersion, OutputOptions options, Writer out) {
        List<ReportResult> reports = new ArrayList<>();
        return new ReportStream() {
            @Override
            public void report(ReportResult report) {
                reports.add(report);
            }

            @Override
            public void finish() throws IOException {
                writeRun(new RunResult(toolVersion, reports), options, out);
            }
        };
    }

    @Override
    public final void write(RunResult run, OutputOptions options, Writer out) throws IOException {
        writeRun(run, options, out);
    }
}
