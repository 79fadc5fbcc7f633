package org.huibao.baseline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huibao.model.ReportResult;

/**
 * Collects a run's findings for {@code --write-baseline}, report by report as they are checked (each needs
 * its text for the context of its findings, which is dropped once the report is written out). What the run
 * did not check — files outside it, or that could not be read this time — keeps its entries from the
 * baseline being replaced, so that updating the baseline for part of a tree forgets nothing of the rest.
 */
public final class Recorder {
    private final Baseline previous;
    /** The reports checked, with their scores. */
    private final Map<String, Double> checked = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    /** @param previous the baseline the run was judged against, or null */
    public Recorder(Baseline previous) {
        this.previous = previous;
    }

    public synchronized void add(ReportResult r) {
        if (r.error() != null) {
            return;
        }
        checked.put(Fingerprints.file(r.file()), r.score().total());
        entries.addAll(Fingerprints.of(r.file(), r.findings(), r.text()));
    }

    /** Findings recorded so far. */
    public synchronized int size() {
        return entries.size();
    }

    public synchronized void write(Path path) throws BaselineException {
        Map<String, Double> files = new HashMap<>(checked);
        List<Entry> all = new ArrayList<>(entries);
        if (previous != null) {
            for (String f : previous.files()) {
                files.putIfAbsent(f, previous.score(f));
            }
            all.addAll(previous.entriesOutside(checked.keySet()));
        }
        BaselineFile.write(path, files, all);
    }
}
