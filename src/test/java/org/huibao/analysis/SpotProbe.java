package org.huibao.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huibao.api.Genre;
import org.huibao.api.Line;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;
import org.huibao.config.ConfigLoader;
import org.huibao.parse.Report;
import org.huibao.parse.StructureParser;

/**
 * Puts generated sentences, one a paragraph, into a report to a superior and says which of them the
 * analysis misses (a probe with an expected stretch no spot of the kind touches) or reads wrongly (a
 * probe without one that gets a spot). Many probes share one report, so a space of thousands is
 * analysed in a few passes.
 */
final class SpotProbe {
    /** A sentence and the stretch of it a spot must touch; {@code expected} null for a correct sentence. */
    record Probe(String text, String expected) {
        static Probe bad(String text, String expected) {
            return new Probe(text, expected);
        }

        static Probe ok(String text) {
            return new Probe(text, null);
        }
    }

    private static final String HEAD = "关于2024年工作情况的报告\n市委：\n";
    private static final int PER_REPORT = 400;

    private SpotProbe() {
    }

    /** The probes the analysis gets wrong, each with what it found. */
    static List<String> wrong(List<Probe> probes, SpotKind kind) throws Exception {
        Analyzer analyzer = Analyzer.of(ConfigLoader.defaults(), Map.of());
        List<String> wrong = new ArrayList<>();
        for (int from = 0; from < probes.size(); from += PER_REPORT) {
            List<Probe> part = probes.subList(from, Math.min(probes.size(), from + PER_REPORT));
            StringBuilder text = new StringBuilder(HEAD);
            for (Probe p : part) {
                text.append(p.text()).append('\n');
            }
            Report report = new StructureParser().parse("probe.txt", text.toString());
            Analysis a = analyzer.analyze(report, Genre.REPORT);
            for (Probe p : part) {
                Line line = a.lines().stream().filter(l -> l.text().strip().equals(p.text().strip())).findFirst().orElse(null);
                if (line == null) {
                    wrong.add("not a line of its own: " + p.text());
                    continue;
                }
                List<Spot> spots = a.spots().stream().filter(s -> s.lineId() == line.id() && s.kind() == kind).toList();
                int at = p.expected() == null ? -1 : line.text().indexOf(p.expected());
                int base = line.span().start();
                boolean hit = at >= 0 && spots.stream().anyMatch(s -> s.span().start() - base < at + p.expected().length()
                        && s.span().end() - base > at);
                if (p.expected() != null && !hit) {
                    wrong.add("missed 【" + p.expected() + "】 in " + p.text() + found(spots));
                } else if (p.expected() == null && !spots.isEmpty()) {
                    wrong.add("false " + found(spots) + " in " + p.text());
                }
            }
        }
        return wrong;
    }

    private static String found(List<Spot> spots) {
        return spots.isEmpty() ? "" : " " + spots.stream().map(Spot::text).toList();
    }
}
