package org.huibao.rules;

import static org.huibao.testing.Fixtures.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule tests as data: {@code fixtures/rule-cases/HBnnn.tsv} holds one rule's good and bad cases, one a
 * line — {@code +} (the rule reports exactly the excerpts listed, in order, separated by ｜) or {@code -}
 * (it reports nothing), then the text. A text is a line of a 报告 to 市委 between its addressee and
 * 特此报告; a text with {@code \n} in it is a whole document. What the user sees is asserted: the
 * excerpts, their line, and for a blocking rule that the report fails.
 */
class RuleCasesTest {
    private static final Path DIR = Path.of("src/test/resources/fixtures/rule-cases");
    private static final List<String> BLOCKING = List.of("HB301", "HB303", "HB304");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                String rule = f.getFileName().toString().replace(".tsv", "");
                List<String> lines = Files.readAllLines(f);
                for (int n = 0; n < lines.size(); n++) {
                    String line = lines.get(n);
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t");
                    if (cols.length < 2 || !cols[0].equals("+") && !cols[0].equals("-")) {
                        throw new UncheckedIOException(new IOException(f + ":" + (n + 1) + ": expected +/-, TAB, text"));
                    }
                    List<String> expected = cols[0].equals("+") && cols.length > 2
                            ? Arrays.asList(cols[2].split("｜")) : List.of();
                    all.add(Arguments.of(rule, f.getFileName() + ":" + (n + 1), cols[0].equals("+"), cols[1], expected));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} {3}")
    @MethodSource("cases")
    void ruleReportsExactlyTheListedExcerpts(String rule, String where, boolean bad, String text, List<String> expected) {
        boolean whole = text.contains("\\n");
        String doc = whole ? text.replace("\\n", "\n") + "\n"
                : "关于2024年度党建工作情况的报告\n市委：\n" + text + "\n特此报告。\n";
        ReportResult r = check("case.txt", doc);
        List<Finding> found = r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
        List<String> excerpts = found.stream().map(f -> f.location().text()).toList();
        if (!bad) {
            assertTrue(found.isEmpty(), where + ": " + rule + " reported " + excerpts);
            return;
        }
        assertFalse(found.isEmpty(), where + ": " + rule + " reported nothing");
        if (!expected.isEmpty()) {
            assertEquals(expected, excerpts, where);
        }
        if (!whole) {
            found.forEach(f -> assertEquals(3, f.location().line(), where + ": line of " + f.location().text()));
        }
        if (BLOCKING.contains(rule)) {
            assertEquals("fail", r.status(), where + ": " + rule + " is blocking");
            assertTrue(r.score().blockedBy().contains(rule), where + ": blocked by " + r.score().blockedBy());
        }
    }
}
