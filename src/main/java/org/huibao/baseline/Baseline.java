package org.huibao.baseline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.huibao.model.Finding;

/**
 * The findings a team has accepted ({@code huibao check --baseline FILE}): reported again, marked known, but
 * no longer deciding a report's pass or fail. A finding is matched by what it is, not where: first by rule,
 * text and the characters around it; what is left, by rule and text alone (the same slip, edited around).
 * Each entry matches one finding, so a third "xx" where the baseline has two is new. Immutable; one
 * instance serves every thread of a run.
 */
public final class Baseline {

    /**
     * What a baseline says of one report's findings.
     *
     * @param score the report's score when the baseline was written; NaN when not known
     */
    public record Judgement(List<Finding> findings, boolean listed, int stale, double score) {
    }

    /** Recorded for a report whose score was not (a file listed by name only). */
    public static final double NO_SCORE = Double.NaN;

    private final Map<String, Double> files;
    private final Map<String, List<Entry>> byFile;
    private final boolean acceptAll;

    private Baseline(Map<String, Double> files, Collection<Entry> entries, boolean acceptAll) {
        this.files = Map.copyOf(files);
        Map<String, List<Entry>> map = new HashMap<>();
        for (Entry e : entries) {
            map.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        this.byFile = Map.copyOf(map);
        this.acceptAll = acceptAll;
    }

    /**
     * The reports {@code files} (those with no findings too), each with its score ({@link #NO_SCORE} when not
     * known), and the findings {@code entries}.
     */
    public static Baseline of(Map<String, Double> files, Collection<Entry> entries) {
        Map<String, Double> all = new HashMap<>();
        files.forEach((f, score) -> all.put(Fingerprints.file(f), score));
        entries.forEach(e -> all.putIfAbsent(e.file(), NO_SCORE));
        return new Baseline(all, entries, false);
    }

    /** Every finding accepted as it is: a run that writes a baseline is judged against what it writes. */
    public static Baseline acceptAll() {
        return new Baseline(Map.of(), List.of(), true);
    }

    /** Reads a baseline file written by {@code --write-baseline}. */
    public static Baseline read(Path path) throws BaselineException {
        return BaselineFile.read(path);
    }

    /** Writes a baseline of the reports {@code files}, with their scores, and their findings {@code entries}. */
    public static void write(Path path, Map<String, Double> files, Collection<Entry> entries) throws BaselineException {
        BaselineFile.write(path, files, entries);
    }

    /** The files it lists, sorted. */
    public Set<String> files() {
        return new TreeSet<>(files.keySet());
    }

    /** The score it records for a file it lists; {@link #NO_SCORE} when none. */
    public double score(String file) {
        return files.getOrDefault(file, NO_SCORE);
    }

    /** Its entries for the files not in {@code except}, sorted. */
    public List<Entry> entriesOutside(Set<String> except) {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, List<Entry>> e : byFile.entrySet()) {
            if (!except.contains(e.getKey())) {
                out.addAll(e.getValue());
            }
        }
        out.sort(null);
        return out;
    }

    /** The report's findings, those the baseline accepts marked known; {@code text} is the text they point into. */
    public Judgement judge(String name, List<Finding> findings, String text) {
        if (acceptAll) {
            return new Judgement(findings.stream().map(Finding::asKnown).toList(), true, 0, NO_SCORE);
        }
        String file = Fingerprints.file(name);
        if (!files.containsKey(file)) {
            return new Judgement(findings, false, 0, NO_SCORE);
        }
        Map<Entry, Integer> exact = new HashMap<>();
        for (Entry e : byFile.getOrDefault(file, List.of())) {
            exact.merge(e, 1, Integer::sum);
        }
        List<Entry> prints = Fingerprints.of(name, findings, text);
        boolean[] known = new boolean[findings.size()];
        for (int i = 0; i < known.length; i++) {
            known[i] = take(exact, prints.get(i));
        }
        // What an edit next to a finding left unmatched: the same rule and text, its surroundings changed.
        Map<Entry.Loose, Integer> loose = new HashMap<>();
        exact.forEach((e, n) -> loose.merge(e.loose(), n, Integer::sum));
        for (int i = 0; i < known.length; i++) {
            if (!known[i]) {
                known[i] = take(loose, prints.get(i).loose());
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (int i = 0; i < known.length; i++) {
            out.add(known[i] ? findings.get(i).asKnown() : findings.get(i));
        }
        int stale = loose.values().stream().mapToInt(Integer::intValue).sum();
        return new Judgement(out, true, stale, files.get(file));
    }

    private static <K> boolean take(Map<K, Integer> counts, K key) {
        Integer n = counts.get(key);
        if (n == null) {
            return false;
        }
        if (n == 1) {
            counts.remove(key);
        } else {
            counts.put(key, n - 1);
        }
        return true;
    }
}
