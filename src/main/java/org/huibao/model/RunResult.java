package org.huibao.model;

import java.util.List;

/** The outcome of one run over all inputs, in the order they are reported (sorted by path). */
public record RunResult(String toolVersion, List<ReportResult> reports) {

    public RunResult {
        reports = List.copyOf(reports);
    }

    public long passed() {
        return StatusCounts.of(reports).passed();
    }

    public long failed() {
        return StatusCounts.of(reports).failed();
    }

    public long errors() {
        return StatusCounts.of(reports).errors();
    }
}
