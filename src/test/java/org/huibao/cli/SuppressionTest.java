package org.huibao.cli;

import static org.huibao.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suppression comments in text and Markdown reports, as a user sees them: the findings they cover are not
 * listed and cost nothing, they are counted in the summary of the text and JSON formats, a comment that
 * suppresses nothing is reported (HB001), and the comment lines themselves change nothing else.
 */
class SuppressionTest {

    @TempDir
    Path dir;

    /** A complete report (it passes) with two slips in its body: 认真真 (line 6) and 做到做到 (line 8). */
    private static List<String> report() {
        List<String> lines = new ArrayList<>(List.of(Fixtures.text("/fixtures/elements/complete.txt").split("\n")));
        lines.set(5, "年初我局认真真落实党建工作责任，成立由党组书记任组长的党建工作领导小组。");
        lines.set(7, "全年开展党组理论学习中心组学习12次，坚决做到做到学用结合。");
        return lines;
    }

    private Path write(String name, List<String> lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> with(List<String> lines, int index, String comment) {
        List<String> out = new ArrayList<>(lines);
        out.add(index, comment);
        return out;
    }

    /** "HB302@6" for each finding of a JSON report. */
    private static List<String> findings(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.at("/findings")) {
            out.add(f.at("/rule").asText() + "@" + f.at("/line").asInt());
        }
        return out;
    }

    private static JsonNode json(Path file) throws IOException {
        CliTest.Run r = run("check", "--format", "json", file.toString());
        assertEquals("", r.err());
        return r.json();
    }

    @Test
    void withoutCommentsBothSlipsAreFound() throws IOException {
        JsonNode out = json(write("plain.txt", report()));
        assertTrue(findings(out.at("/reports/0")).containsAll(List.of("HB302@6", "HB302@8")), out.toString());
        assertEquals(0, out.at("/reports/0/suppressed").asInt());
        assertEquals(0, out.at("/summary/suppressed").asInt());
    }

    @Test
    void disableAndEnableCoverTheLinesBetween() throws IOException {
        List<String> lines = with(with(report(), 5, "<!-- huibao-disable HB302 -->"), 7, "<!-- huibao-enable HB302 -->");
        JsonNode out = json(write("block.md", lines));
        JsonNode report = out.at("/reports/0");
        // the comments are lines 6 and 8 now; the slips lines 7 and 10
        assertFalse(findings(report).contains("HB302@7"), findings(report).toString());
        assertTrue(findings(report).contains("HB302@10"), "after the enable: " + findings(report));
        assertEquals(1, report.at("/suppressed").asInt());
        assertEquals(1, out.at("/summary/suppressed").asInt());
    }

    @Test
    void disableNextLineCoversTheNextLineOnly() throws IOException {
        JsonNode report = json(write("next.txt", with(report(), 7, "<!-- huibao-disable-next-line HB302 -->")))
                .at("/reports/0");
        assertEquals(List.of("HB302@6"), findings(report).stream().filter(f -> f.startsWith("HB302")).toList());
        assertEquals(1, report.at("/suppressed").asInt());
    }

    @Test
    void wholeFileWithSeveralIdsAndSuppressedFindingsCostNothing() throws IOException {
        JsonNode plain = json(write("plain.txt", report())).at("/reports/0");
        JsonNode report = json(write("file.md", with(report(), 3, "<!-- huibao-disable-file HB302, HB403 -->")))
                .at("/reports/0");
        assertTrue(findings(report).stream().noneMatch(f -> f.startsWith("HB302")), findings(report).toString());
        assertEquals(2, report.at("/suppressed").asInt());
        assertEquals(plain.at("/score").asDouble() + 2, report.at("/score").asDouble(), 1e-9, "HB302 no longer costs its 2 points");
        assertTrue(findings(report).contains("HB001@4"), "HB403 suppressed nothing: " + findings(report));
    }

    @Test
    void unusedAndStrayCommentsAreReportedAsInfo() throws IOException {
        List<String> lines = with(with(report(), 3, "<!-- huibao-disable-next-line HB301 -->"), 5, "<!-- huibao-enable HB302 -->");
        CliTest.Run r = run("check", write("unused.txt", lines).toString());
        String file = dir.resolve("unused.txt").toString();
        assertTrue(r.out().contains(file + ":4:1 info HB001 忽略注释没有忽略任何问题：huibao-disable-next-line HB301"), r.out());
        assertTrue(r.out().contains(file + ":6:1 info HB001 忽略注释没有忽略任何问题：huibao-enable HB302"), r.out());
        assertEquals(0, r.code(), "info costs nothing: the report still passes\n" + r.out());
        CliTest.Run en = run("check", "--lang", "en", "--format", "json", dir.resolve("unused.txt").toString());
        assertTrue(en.out().contains("The suppression comment suppresses nothing: huibao-enable HB302"), en.out());
    }

    @Test
    void theTextFormatCountsThemPerReportAndInTheSummary() throws IOException {
        write("a.txt", with(report(), 3, "<!-- huibao-disable-file HB302 -->"));
        write("b.txt", report());
        CliTest.Run r = run("check", dir.toString());
        assertTrue(r.out().contains("  已忽略 2 处（忽略注释）"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.equals("已忽略 2 处")), r.out());
        CliTest.Run en = run("check", "--lang", "en", dir.toString());
        assertTrue(en.out().lines().anyMatch(l -> l.equals("2 suppressed")), en.out());
    }

    @Test
    void commentLinesAreNoPartOfTheReport() throws IOException {
        List<String> lines = with(report(), 0, "<!-- huibao-disable-file HB999 -->");
        JsonNode report = json(write("top.md", lines)).at("/reports/0");
        assertEquals(report().get(0), report.at("/title").asText(), "the title is still the first line of text");
        assertEquals("report", report.at("/genre").asText());
        assertTrue(findings(report).stream().noneMatch(f -> f.startsWith("HB201") || f.startsWith("HB306")),
                "no missing title, no pasted markup: " + findings(report));
        JsonNode plain = json(write("plain.md", report())).at("/reports/0");
        for (String e : List.of("leadership", "shortcomings", "next_steps")) {
            assertEquals(plain.at("/elements/" + e + "/status").asText(), report.at("/elements/" + e + "/status").asText(), e);
            assertEquals(plain.at("/elements/" + e + "/evidence/0/line").asInt() + 1,
                    report.at("/elements/" + e + "/evidence/0/line").asInt(), e + ": one line further down, found the same");
        }
        assertEquals(plain.at("/score").asDouble(), report.at("/score").asDouble(), 1e-9);
    }
}
