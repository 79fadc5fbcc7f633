package org.huibao.cli;

import static org.huibao.cli.CliTest.run;
import static org.huibao.cli.CliTest.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch runs: output files, filters, parallelism, severity filter, standard input. */
class BatchTest {
    private static final ObjectMapper JSON = new org.huibao.testing.SchemaCheckedJson();

    @TempDir
    Path dir;

    private Path reports;

    @BeforeEach
    void corpus() throws IOException {
        reports = Files.createDirectories(dir.resolve("reports"));
        write("a/good.txt", "/fixtures/elements/complete.txt");
        write("a/bad.txt", "/fixtures/elements/shortcomings-absent.txt");
        write("b/enum.txt", "/fixtures/elements/complete-enum.txt");
        write("b/drafts/old.md", "/fixtures/elements/leadership-absent.txt");
        write("c/speech.txt", "/fixtures/elements/next-steps-speech.txt");
    }

    private void write(String rel, String fixture) throws IOException {
        Path f = reports.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, Fixtures.text(fixture), StandardCharsets.UTF_8);
    }

    private static List<String> files(JsonNode json) {
        List<String> out = new ArrayList<>();
        json.at("/reports").forEach(r -> out.add(r.at("/file").asText()));
        return out;
    }

    @Test
    void formatsGoToTheirFilesAndTheExitCodeStays() throws IOException {
        Path json = dir.resolve("out.json");
        Path text = dir.resolve("out.txt");
        CliTest.Run r = run("check", "--format", "json:" + json, "--format", "text:" + text, reports.toString());
        assertEquals(1, r.code(), "a failing report still fails the run when output goes to files");
        assertEquals("共 5 个文件：通过 3，不通过 2，无法读取 0\n结果已写入：" + json + "、" + text + "\n", r.out());
        assertEquals(5, JSON.readTree(json.toFile()).at("/summary/files").asInt());
        String t = Files.readString(text);
        assertTrue(t.contains("共 5 个文件"), t);
        assertFalse(t.contains("\u001b["), "no colour in a file");
    }

    @Test
    void outputOptionAndOneFormatOnStandardOutput() throws IOException {
        Path json = dir.resolve("o.json");
        CliTest.Run r = run("check", "--format", "json", "--output", json.toString(), "--format", "text",
                reports.resolve("a/good.txt").toString());
        assertEquals(2, r.code(), "two formats cannot both take the one output");
        r = run("check", "--format", "json", "-o", json.toString(), reports.resolve("a/good.txt").toString());
        assertEquals(0, r.code());
        assertEquals(1, JSON.readTree(json.toFile()).at("/summary/passed").asInt());
        CliTest.Run bad = run("check", "--format", "json:" + dir.resolve("no/such/dir/x.json"),
                reports.resolve("a/good.txt").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("x.json"), bad.err());
    }

    @Test
    void includeExcludeAndIgnoreFile() throws IOException {
        JsonNode all = JSON.readTree(run("check", "-f", "json", reports.toString()).out());
        assertEquals(5, files(all).size());
        JsonNode onlyB = JSON.readTree(run("check", "-f", "json", "--include", "b/**", reports.toString()).out());
        assertEquals(List.of(reports.resolve("b/drafts/old.md").toString(), reports.resolve("b/enum.txt").toString()),
                files(onlyB));
        JsonNode noDrafts = JSON.readTree(run("check", "-f", "json", "--exclude", "drafts", "--exclude", "*.md",
                "--exclude", "c/", reports.toString()).out());
        assertEquals(3, files(noDrafts).size(), files(noDrafts).toString());
        Files.writeString(reports.resolve(".huibaoignore"), "# old drafts\ndrafts/\n\nbad.txt\n");
        JsonNode ignored = JSON.readTree(run("check", "-f", "json", reports.toString()).out());
        assertEquals(List.of(reports.resolve("a/good.txt").toString(), reports.resolve("b/enum.txt").toString(),
                reports.resolve("c/speech.txt").toString()), files(ignored));
        assertEquals(2, run("check", "--include", "[a-", reports.toString()).code(), "invalid glob");
    }

    @Test
    void threadCountDoesNotChangeTheOutput() {
        String one = run("check", "-f", "json", "--jobs", "1", reports.toString()).out();
        String two = run("check", "-f", "json", "--jobs", "2", reports.toString()).out();
        String four = run("check", "-f", "json", "-j", "4", reports.toString()).out();
        assertEquals(one, two);
        assertEquals(one, four);
        assertEquals(2, run("check", "--jobs", "0", reports.toString()).code());
    }

    @Test
    void minSeverityHidesFindingsButNotTheScore() throws IOException {
        Path f = dir.resolve("untitled.txt");
        Files.writeString(f, Fixtures.text("/fixtures/elements/complete.txt").lines().skip(1)
                .reduce("", (a, b) -> a + b + "\n"));
        JsonNode all = JSON.readTree(run("check", "-f", "json", f.toString()).out()).at("/reports/0");
        JsonNode errors = JSON.readTree(run("check", "-f", "json", "--min-severity", "warning", f.toString()).out())
                .at("/reports/0");
        boolean hadInfo = false;
        for (JsonNode x : all.at("/findings")) {
            hadInfo |= x.at("/severity").asText().equals("info");
        }
        assertTrue(hadInfo, "the untitled report has an info finding (no title)");
        for (JsonNode x : errors.at("/findings")) {
            assertFalse(x.at("/severity").asText().equals("info"));
        }
        assertEquals(all.at("/score").asDouble(), errors.at("/score").asDouble());
        assertEquals(2, run("check", "--min-severity", "fatal", f.toString()).code());
    }

    @Test
    void standardInput() throws IOException {
        byte[] text = Fixtures.text("/fixtures/elements/shortcomings-absent.txt").getBytes(StandardCharsets.UTF_8);
        CliTest.Run r = runWithInput(text, "check", "-f", "json", "-", "--stdin-filename", "drafts/report.txt");
        assertEquals(1, r.code(), r.err());
        JsonNode rep = JSON.readTree(r.out()).at("/reports/0");
        assertEquals("drafts/report.txt", rep.at("/file").asText());
        assertEquals("absent", rep.at("/elements/shortcomings/status").asText());
        CliTest.Run nameless = runWithInput(text, "check", "-f", "json", "-");
        assertEquals("-", JSON.readTree(nameless.out()).at("/reports/0/file").asText());
        CliTest.Run empty = runWithInput(new byte[0], "check", "-");
        assertEquals(3, empty.code());
    }
}
