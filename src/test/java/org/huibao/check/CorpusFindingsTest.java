package org.huibao.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.model.Severity;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Precision on published and purpose-written text (corpus/dev, heldout, written, precision — 26 long
 * published texts — and precision2 — 31 published texts of many genres): every warning and error huibao
 * reports on the corpora is listed in corpus/FINDINGS.tsv with the reason it is real, or in
 * corpus/FINDINGS-known-false.tsv as a false alarm left to the owner of its rule. A finding that is not
 * listed fails the test: a new one is either judged real and listed, or a false alarm to fix.
 */
class CorpusFindingsTest {
    private static final Path CORPUS = Path.of("corpus");
    /** Measured by bench/Agreement.java against the labels, not finding by finding. */
    private static final Set<String> ELEMENT_RULES = Set.of("HB101", "HB102", "HB103", "HB108");

    @Test
    void everyWarningAndErrorOnTheCorporaIsAListedRealOne() throws IOException {
        Map<String, Integer> listed = new HashMap<>();
        // the real ones, and the false ones left to another rule's owner (each line says whose)
        for (String file : List.of("FINDINGS.tsv", "FINDINGS-known-false.tsv")) {
            for (String line : Files.readAllLines(CORPUS.resolve(file), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                assertTrue(cells.length == 5 && !cells[4].isBlank(), "every listed finding says why: " + file + ": " + line);
                listed.merge(String.join("\t", cells[0], cells[1], cells[2], cells[3]), 1, Integer::sum);
            }
        }
        List<String> unlisted = new ArrayList<>();
        int checked = 0;
        for (String set : List.of("dev", "heldout", "written", "precision", "precision2")) {
            List<Path> files;
            try (Stream<Path> s = Files.list(CORPUS.resolve(set))) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path p : files) {
                ReportResult r = Fixtures.check(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                checked++;
                for (Finding f : r.findings()) {
                    if (f.severity() == Severity.INFO || ELEMENT_RULES.contains(f.rule())) {
                        continue;
                    }
                    String key = String.join("\t", set + "/" + p.getFileName(), f.rule(),
                            String.valueOf(f.location().line()), f.location().text().replace('\t', ' ').replace('\n', ' '));
                    if (listed.merge(key, -1, Integer::sum) < 0) {
                        unlisted.add(key);
                    }
                }
            }
        }
        assertTrue(checked >= 156, "the corpora were read: " + checked);
        assertTrue(unlisted.isEmpty(), unlisted.size() + " findings not in corpus/FINDINGS.tsv:\n" + String.join("\n", unlisted));
    }
}
