package org.huibao.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;

/** Renders the outcome of a run in one output format, chosen by {@link #name()}. */
public interface Formatter {

    /** The name users pick it by, e.g. {@code text} or {@code json}. */
    String name();

    /**
     * Starts writing a run to {@code out}, to be given its reports one by one (sorted by path). The
     * caller owns {@code out} (already set to UTF-8) and closes it; formatters flush but never close it.
     */
    ReportStream open(String toolVersion, OutputOptions options, Writer out) throws IOException;

    /**
     * Whether the format writes bytes rather than text (xlsx is a zip): it is then written with
     * {@link #open(String, OutputOptions, OutputStream)}, only ever to a file, and its writer-based
     * {@code open} refuses.
     */
    default boolean binary() {
        return false;
    }

    /**
     * Starts writing a run as bytes to {@code out}, which the caller owns and closes; a text format
     * writes its text in UTF-8.
     */
    default ReportStream open(String toolVersion, OutputOptions options, OutputStream out) throws IOException {
        return open(toolVersion, options, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /**
     * Whether the format shows the report text ({@link ReportResult#text()}); when no requested format
     * does, a batch drops each text as soon as the report is checked.
     */
    default boolean needsText() {
        return false;
    }

    /** Writes a whole run at once. */
    default void write(RunResult run, OutputOptions options, Writer out) throws IOException {
        ReportStream stream = open(run.toolVersion(), options, out);
        for (ReportResult r : run.reports()) {
            stream.report(r);
        }
        stream.finish();
    }
}
