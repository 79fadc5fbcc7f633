package org.huibao.output;

import java.io.IOException;
import java.io.Writer;
import org.huibao.model.RunResult;

/** Renders the outcome of a run in one output format, chosen by {@link #name()}. */
public interface Formatter {

    /** The name users pick it by, e.g. {@code text} or {@code json}. */
    String name();

    /**
     * Writes the whole run. The caller owns {@code out} (already set to UTF-8) and closes it; formatters
     * flush but never close it.
     */
    void write(RunResult run, OutputOptions options, Writer out) throws IOException;
}
