package org.huibao.output;

import java.io.IOException;
import org.huibao.model.ReportResult;

/**
 * One run being written, report by report, in the order they are given; {@link #finish} ends the
 * document. Formats that can write a report as soon as it is checked do, so that a batch of thousands
 * of reports is never held in memory for them.
 */
public interface ReportStream {

    void report(ReportResult report) throws IOException;

    /** Writes what follows the last report (totals, closing tags) and flushes; never closes the writer. */
    void finish() throws IOException;
}
