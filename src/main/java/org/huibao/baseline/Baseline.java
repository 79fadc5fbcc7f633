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

    /** What a baseline says of one report's findings. */
    public record Judgement(List<Finding> findings, boolean listed, int stale) {
    }

    private final Set<String> files;
    private final Map<String, List<Entry>> byFile;
    private final boolean acceptAll;

    private Baseline(Collection<String> files, Collection<Entry> entries, boolean acceptAll) {
        this.files = Set.copyOf(files);
        Map<String, List<Entry>> map = new HashMap<>();
        for (Entry e : entries) {
            map.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        this.byFile = Map.copyOf(map);
        this.acceptAll = acceptAll;
    }

    /** The reports {@code files} (those with no findings too) with the findings {@code entries}. */
    public static Baseline of(Collection<String> files, Collection<Entry> entries) {
        Set<String> all = new TreeSet<>();
        files.forEach(f -> all.add(Fingerprints.file(f)));
        entries.forEach(e -> all.add(e.file()));
        return new Baseline(all, entries, false);
    }

    /** Every finding accepted as it is: a run that writes a baseline is judged against what it writes. */
    public static Baseline acceptAll() {
        return new Baseline(List.of(), List.of(), true);
    }

    /** Reads a baseline file written by {@code --write-baseline}. */
    public static Baseline read(Path path) throws BaselineException {
        return BaselineFile.read(path);
    }

    /** Writes a baseline of the reports {@code files} and their findings {@code entries}. */
    public static void write(Path path, Collection<String> files, Collection<Entry> entries) throws BaselineException {
        BaselineFile.write(path, files, entries);
    }

    /** The files it lists, sorted. */
    public Set<String> files() {
        return new TreeSet<>(files);
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
            return new Judgement(findings.stream().map(Finding::asKnown).toList(), true, 0);
        }
        String file = Fingerprints.file(name);
        if (!files.contains(file)) {
            return new Judgement(findings, false, 0);
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
        return new Judgement(out, true, stale);
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
