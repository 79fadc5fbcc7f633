package org.huibao.model;

import java.util.List;

/** The outcome of one run over all inputs, in the order they are reported (sorted by path). */
public record RunResult(String toolVersion, List<ReportResult> reports) {

    public RunResult {
        reports = List.copyOf(reports);
    }

    public long passed() {
        return reports.stream().filter(r -> r.status().equals("pass")).count();
    }

    public long failed() {
        return reports.stream().filter(r -> r.status().equals("fail")).count();
    }

    public long errors() {
        return reports.stream().filter(r -> r.status().equals("error")).count();
    }
}
