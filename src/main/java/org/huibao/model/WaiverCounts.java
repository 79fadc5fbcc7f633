package org.huibao.model;

/**
 * What a run set aside, added up report by report as {@link StatusCounts} adds up the verdicts: findings
 * suppressed by the reports' comments and, when the run has a baseline, its known and new findings and its
 * entries no longer found. Not thread-safe.
 */
public final class WaiverCounts {
    private long suppressed;
    private boolean baseline;
    private long known;
    private long fresh;
    private long stale;

    public static WaiverCounts of(Iterable<ReportResult> reports) {
        WaiverCounts counts = new WaiverCounts();
        for (ReportResult r : reports) {
            counts.add(r);
        }
        return counts;
    }

    public void add(ReportResult r) {
        if (r.error() != null) {
            return;
        }
        Waivers w = r.waivers();
        suppressed += w.suppressed();
        if (w.baseline()) {
            baseline = true;
            stale += w.stale();
            for (Finding f : r.findings()) {
                if (f.known()) {
                    known++;
                } else {
                    fresh++;
                }
            }
        }
    }

    /** Findings the reports' suppression comments left out. */
    public long suppressed() {
        return suppressed;
    }

    /** Whether the run compared its findings with a baseline. */
    public boolean baseline() {
        return baseline;
    }

    /** Findings the baseline accepts. */
    public long known() {
        return known;
    }

    /** Findings the baseline does not list (when there is one). */
    public long fresh() {
        return fresh;
    }

    /** Baseline entries of the checked reports that were not found again. */
    public long stale() {
        return stale;
    }
}
