package org.huibao.model;

/**
 * Reports by status, added up as they come: the summary line of a run and its exit code. A stream of
 * reports keeps one while it writes, so the run need not be held to count it. Not thread-safe.
 */
public final class StatusCounts {
    private long passed;
    private long failed;
    private long errors;

    public static StatusCounts of(Iterable<ReportResult> reports) {
        StatusCounts counts = new StatusCounts();
        for (ReportResult r : reports) {
            counts.add(r);
        }
        return counts;
    }

    public void add(ReportResult report) {
        switch (report.status()) {
            case "pass" -> passed++;
            case "fail" -> failed++;
            default -> errors++;
        }
    }

    public long files() {
        return passed + failed + errors;
    }

    public long passed() {
        return passed;
    }

    public long failed() {
        return failed;
    }

    public long errors() {
        return errors;
    }
}
