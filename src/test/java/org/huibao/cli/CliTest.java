package org.huibao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in process: exit codes, output formats, bad input. */
class CliTest {
    private static final ObjectMapper JSON = new org.huibao.testing.SchemaCheckedJson();

    @TempDir
    Path dir;

    private Path good;
    private Path bad;

    record Run(int code, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        return runWithInput(new byte[0], args);
    }

    static Run runWithInput(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new java.io.ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void reports() throws IOException {
        good = write("good.txt", Fixtures.text("/fixtures/elements/complete.txt"));
        bad = write("bad.txt", Fixtures.text("/fixtures/elements/shortcomings-absent.txt"));
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void passingReportExitsZero() {
        Run r = run("check", good.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("通过"), r.out());
        assertTrue(r.out().contains("共 1 个文件：通过 1，不通过 0，无法读取 0"), r.out());
        assertEquals("", r.err(), "no log noise");
    }

    @Test
    void failingReportExitsOneAndPrintsTheFindingLine() {
        Run r = run("check", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().lines().anyMatch(l -> l.matches(java.util.regex.Pattern.quote(bad.toString())
                + ": error HB102 报告没有写本单位存在的问题和不足")), "about the whole report: no line\n" + r.out());
    }

    @Test
    void jsonFollowsTheContract() throws IOException {
        Run r = run("check", "--format", "json", bad.toString(), good.toString());
        assertEquals(1, r.code());
        JsonNode j = r.json();
        assertEquals("huibao", j.at("/tool/name").asText());
        assertFalse(j.at("/tool/version").asText().isEmpty());
        assertEquals(2, j.at("/summary/files").asInt());
        assertEquals(1, j.at("/summary/passed").asInt());
        assertEquals(1, j.at("/summary/failed").asInt());
        assertEquals(0, j.at("/summary/errors").asInt());
        JsonNode first = j.at("/reports/0");
        assertEquals(bad.toString(), first.at("/file").asText(), "sorted by path");
        assertEquals("fail", first.at("/status").asText());
        assertTrue(first.at("/score").isNumber());
        assertEquals(80, first.at("/threshold").asInt());
        assertEquals("absent", first.at("/elements/shortcomings/status").asText());
        assertEquals("ok", first.at("/elements/shortcomings/quality").asText());
        assertEquals("section", first.at("/elements/leadership/status").asText());
        JsonNode evidence = first.at("/elements/leadership/evidence/0");
        assertTrue(evidence.at("/line").asInt() > 1 && evidence.at("/column").asInt() >= 1);
        assertFalse(evidence.at("/text").asText().isEmpty());
        JsonNode finding = first.at("/findings/0");
        assertEquals("HB102", finding.at("/rule").asText());
        assertEquals("error", finding.at("/severity").asText());
        for (String field : List.of("message", "line", "column", "endLine", "endColumn", "excerpt")) {
            assertFalse(finding.path(field).isMissingNode(), field);
        }
        assertEquals(4, first.at("/breakdown").size());
        assertEquals("leadership", first.at("/breakdown/0/item").asText());
        assertEquals("pass", j.at("/reports/1/status").asText());
    }

    @Test
    void englishMessages() throws IOException {
        Run r = run("check", "--format", "json", "--lang", "en", bad.toString());
        assertTrue(r.json().at("/reports/0/findings/0/message").asText().startsWith("The report does not state"));
        Run text = run("check", "--lang", "en", bad.toString());
        assertTrue(text.out().contains("1 files: 0 passed, 1 failed, 0 unreadable")
                || text.out().contains("1 file: 0 passed, 1 failed, 0 unreadable"), text.out());
    }

    @Test
    void thresholdOption() {
        assertEquals(0, run("check", "--threshold", "70", bad.toString()).code(), "75 passes a mark of 70");
        Run r = run("check", "--threshold", "101", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--threshold"));
    }

    @Test
    void directoriesRecurseInPathOrderAndSkipOtherFiles() throws IOException {
        write("sub/deeper/c.md", Fixtures.text("/fixtures/elements/complete-unnumbered.txt"));
        write("sub/notes.docx.bak", "x");
        write(".hidden/d.txt", "not a report");
        Run r = run("check", "--format", "json", dir.toString());
        JsonNode reports = r.json().at("/reports");
        List<String> files = new ArrayList<>();
        reports.forEach(n -> files.add(n.at("/file").asText()));
        assertEquals(List.of(dir.resolve("bad.txt").toString(), dir.resolve("good.txt").toString(),
                dir.resolve("sub/deeper/c.md").toString()), files);
    }

    @Test
    void unreadableInputsExitThreeAndTheOthersAreStillChecked() throws IOException {
        Path empty = write("empty.txt", "\u3000 \n\n");
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, (byte) 0xff});
        Path missing = dir.resolve("missing.txt");
        Path unsupported = write("report.pdfx", "x");
        Run r = run("check", "--format", "json", good.toString(), empty.toString(), binary.toString(),
                missing.toString(), unsupported.toString());
        assertEquals(3, r.code());
        JsonNode j = r.json();
        assertEquals(5, j.at("/summary/files").asInt());
        assertEquals(4, j.at("/summary/errors").asInt());
        assertEquals(1, j.at("/summary/passed").asInt());
        for (JsonNode rep : j.at("/reports")) {
            if (!rep.at("/file").asText().equals(good.toString())) {
                assertEquals("error", rep.at("/status").asText());
                assertTrue(rep.at("/score").isMissingNode());
                String message = rep.at("/error/message").asText();
                assertFalse(message.isEmpty() || message.contains("\n") || message.contains("Exception"), message);
            }
        }
        Run text = run("check", missing.toString(), good.toString());
        assertEquals(3, text.code());
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith(missing + ": 错误: ")), text.out());
        assertTrue(text.out().contains("通过"), "the good file is still reported");
    }

    @Test
    void directoryWithoutReportsIsAnInputError() throws IOException {
        Path emptyDir = Files.createDirectories(dir.resolve("nothing-here"));
        write("nothing-here/readme.pdfx", "x");
        Run r = run("check", emptyDir.toString());
        assertEquals(3, r.code());
        assertTrue(r.out().contains(emptyDir + ": 错误: 目录中没有可检查的报告"), r.out());
    }

    @Test
    void gbkReportIsDetected() throws IOException {
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, Fixtures.text("/fixtures/elements/complete.txt").getBytes(Charset.forName("GBK")));
        Run r = run("check", "--format", "json", gbk.toString());
        assertEquals(0, r.code(), r.out());
    }

    @Test
    void invalidConfigNamesFileAndLine() throws IOException {
        Path cfg = write("bad.yaml", "threshold: 80\nscoring:\n  qualty:\n    max: 25\n");
        Run r = run("check", "--config", cfg.toString(), good.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(cfg + ":3"), r.err());
        assertTrue(r.err().contains("quality"), "did you mean: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void drlSyntaxErrorNamesRuleFileAndLine() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package x\nrule \"a\"\nwhen\n  String(\nthen\nend\n");
        Run r = run("check", "--rules", rules.toString(), good.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().matches("(?s)huibao: .*broken\\.drl:\\d+(:\\d+)?: .*"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("check").code(), "no PATH");
        Run unknown = run("check", "--format", "yaml", good.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("json") && unknown.err().contains("text"), unknown.err());
        assertEquals(2, run("check", "--no-such-option", good.toString()).code());
        assertEquals(2, run("check", "--lang", "fr", good.toString()).code());
    }

    @Test
    void rulesListsEveryRuleWithMetadata() {
        Run r = run("rules");
        assertEquals(0, r.code());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains("HB102  error    缺少存在问题部分"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("HB104  warning")), r.out());
        Run en = run("rules", "--lang", "en");
        assertTrue(en.out().contains("HB101  error    No account of organizational leadership"), en.out());
    }

    @Test
    void explainPrintsPurposeExampleAndFix() {
        Run r = run("explain", "HB102");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("HB102  error  缺少存在问题部分"), r.out());
        assertTrue(r.out().contains("说明") && r.out().contains("示例") && r.out().contains("改法"), r.out());
        assertTrue(r.out().contains("rules/elements.drl"));
        Run unknown = run("explain", "HB999");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("HB999"));
    }

    @Test
    void versionAndHelp() {
        Run v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().matches("huibao \\d+\\.\\d+\\.\\d+.*\\R?"), v.out());
        Run h = run("check", "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("--format") && h.out().contains("Exit codes"));
    }

    @Test
    void profileOption() throws IOException {
        Run r = run("check", "--format", "json", "--profile", "speech", good.toString());
        assertEquals("speech", r.json().at("/reports/0/genre").asText());
        assertEquals("report", run("check", "--format", "json", good.toString()).json().at("/reports/0/genre").asText());
        Run unknown = run("check", "--profile", "poem", good.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("self-check"), unknown.err());
    }

    @Test
    void batchTextEndsWithASummaryTable() {
        Run r = run("check", good.toString(), bad.toString());
        List<String> lines = r.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("文件")).findFirst().orElseThrow());
        assertTrue(lines.get(header).contains("得分") && lines.get(header).contains("缺少的要素"), r.out());
        assertTrue(lines.get(header + 1).startsWith(bad.toString()) && lines.get(header + 1).endsWith("存在问题"),
                lines.get(header + 1));
        assertTrue(lines.get(header + 2).startsWith(good.toString()) && lines.get(header + 2).contains("通过"));
        assertFalse(run("check", good.toString()).out().contains("缺少的要素"), "no table for one report");
    }

    @Test
    void outputsThatAllGoToFilesLeaveTheSummaryAndWhereTheyWentOnTheTerminal() throws IOException {
        Path json = dir.resolve("out/r.json");
        Path copies = dir.resolve("out/copies");
        Files.createDirectories(json.getParent());
        Run r = run("check", "--format", "json:" + json, "--format", "docx:" + copies, good.toString(), bad.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(List.of("共 2 个文件：通过 1，不通过 1，无法读取 0", "结果已写入：" + json + "、" + copies),
                r.out().lines().toList());
        assertEquals("", r.err());
        assertTrue(Files.size(json) > 0 && Files.list(copies).count() == 2);
        Run en = run("check", "--lang", "en", "--format", "json:" + json, good.toString());
        assertEquals(List.of("1 file: 1 passed, 0 failed, 0 unreadable", "results written to: " + json), en.out().lines().toList());
        // with any output on the terminal, that output is all it gets
        Run both = run("check", "--format", "json:" + json, "--format", "json", good.toString());
        assertEquals(1, JSON.readTree(both.out()).path("reports").size(), both.out());
    }

    @Test
    void quietShowsOnlyFailures() {
        Run r = run("check", "--quiet", good.toString(), bad.toString());
        assertFalse(r.out().contains(good.toString()), r.out());
        assertTrue(r.out().contains(bad.toString()));
    }

    @Test
    void inputFilesAreNeverTouched() throws IOException {
        FileTime before = FileTime.fromMillis(1_600_000_000_000L);
        Files.setLastModifiedTime(good, before);
        byte[] content = Files.readAllBytes(good);
        run("check", "--format", "json", good.toString());
        run("check", dir.toString());
        assertEquals(before, Files.getLastModifiedTime(good));
        assertTrue(java.util.Arrays.equals(content, Files.readAllBytes(good)));
    }
}
