package org.huibao.cli;

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

/** {@code huibao facts FILE}: what the rules see of a report, readable, filtered, bounded. */
class FactsCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void headingsWithTheirLevelOrdinalAndTextAsRulesReadThem() throws IOException {
        Path r = write("r.txt", "关于2024年度党建工作情况的报告\n市委：\n一、主要工作\n（一）党风廉政建设\n全年开展廉政谈话36人次。\n特此报告。\n");
        CliTest.Run run = CliTest.run("facts", r.toString(), "--type", "Heading");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals(List.of(
                r + " · 体裁 report",
                "事实：DocumentFact 1, Balance 1, Block 4, Heading 2, Sentence 1, Line 6, Trait 2, FirstSibling 4, DeclaredElement 3, LinePart 6（布尔字段只列出为 true 的）",
                "3:1-3:7   Heading#2 textSpan=3:3-3:7 kind=NUMBERED level=1 ordinal=\"一、\" style=CHINESE_COMMA ordinalValue=1"
                        + " parentId=-1 scope=3:1-5:15 runId=0 numbered text=\"主要工作\"",
                "4:1-4:10  Heading#3 textSpan=4:4-4:10 kind=NUMBERED level=2 ordinal=\"（一）\" style=CHINESE_PAREN ordinalValue=1"
                        + " parentId=2 scope=4:1-5:15 runId=0 numbered text=\"党风廉政建设\""), run.out().lines().toList());
        assertEquals("", run.err());
    }

    @Test
    void everyFactInTextOrderThenWhatTheRulesInserted() throws IOException {
        Path r = write("complete.txt", Fixtures.text("/fixtures/elements/complete.txt"));
        CliTest.Run run = CliTest.run("facts", r.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(2).startsWith("-") && lines.get(2).contains("DocumentFact name=") && lines.get(2).contains("genre=REPORT"),
                lines.get(2));
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\d+:\\d+-\\d+:\\d+ +Clause#\\d+ nodeId=\\d+ owner=SELF .* part=\\w+ text=\".*\"")),
                run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\d+:\\d+-\\d+:\\d+ +CueHit#\\d+ element=shortcomings like=SHORTCOMINGS where=\\w+ .*")), run.out());
        int inserted = lines.indexOf("—— 规则插入的事实 ——");
        assertTrue(inserted > 0, run.out());
        assertTrue(lines.subList(inserted + 1, lines.size()).stream().allMatch(l -> l.matches("\\S+ +(Evidence|Weakness) .*")),
                run.out());
    }

    @Test
    void jsonHasEveryFieldBooleansIncluded() throws IOException {
        Path r = write("r.md", "# 关于2024年度党建工作情况的报告\n\n市委：\n\n全面把挥工作重点。\n");
        CliTest.Run run = CliTest.run("facts", "--format", "json", "--type", "Term,DocumentFact", r.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals(r.toString(), json.path("file").asText());
        assertEquals("report", json.path("genre").asText());
        List<String> types = new ArrayList<>();
        json.path("facts").forEach(f -> types.add(f.path("type").asText()));
        assertEquals(List.of("DocumentFact", "Term"), types);
        JsonNode document = json.path("facts").get(0);
        assertTrue(document.path("fields").path("markdown").asBoolean());
        assertFalse(document.path("inserted").asBoolean());
        JsonNode term = json.path("facts").get(1);
        assertEquals("confusions", term.at("/fields/vocabulary").asText());
        assertEquals("把挥", term.at("/fields/text").asText());
        assertEquals("把握", term.at("/fields/replacement").asText());
        assertEquals(5, term.at("/span/line").asInt());
        assertEquals(3, term.at("/span/column").asInt());
    }

    @Test
    void aHugeReportGivesABoundedListThatSaysWhatItLeftOut() throws IOException {
        StringBuilder text = new StringBuilder("关于2024年度党建工作情况的报告\n市委：\n");
        for (int i = 0; i < 5000; i++) {
            text.append("全年开展集中学习").append(i).append("次，把挥工作重点。\n");
        }
        Path r = write("huge.txt", text.toString());
        CliTest.Run run = CliTest.run("facts", r.toString(), "--limit", "50");
        assertEquals(ExitCode.OK, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.size() < 50 * 18 + 10, "bounded: " + lines.size());
        assertTrue(lines.get(1).contains("Line 5002") && lines.get(1).contains("Term 5000"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith("未列出（用 --limit 或 --type 查看）：")
                && lines.get(lines.size() - 1).contains("Term 4950"), lines.get(lines.size() - 1));
        CliTest.Run cut = CliTest.run("facts", r.toString(), "--max-chars", "1000");
        assertEquals(ExitCode.UNREADABLE, cut.code());
        assertTrue(cut.err().startsWith("huibao: " + r + ": 报告过长："), cut.err());
    }

    @Test
    void badUsageAndUnreadableFilesAreOneLineEach() throws IOException {
        Path r = write("r.txt", "关于2024年度党建工作情况的报告\n市委：\n全年开展集中学习24次。\n");
        CliTest.Run type = CliTest.run("facts", "--type", "Headng", r.toString());
        assertEquals(ExitCode.USAGE, type.code());
        assertTrue(type.err().startsWith("huibao: 未知的事实类型 (unknown fact type) \"Headng\"，是否要用 (did you mean) Heading？；可用 (available): DocumentFact,"),
                type.err());
        assertEquals(1, type.err().lines().count());
        assertEquals(ExitCode.USAGE, CliTest.run("facts", "--format", "yaml", r.toString()).code());
        CliTest.Run missing = CliTest.run("facts", dir.resolve("nope.txt").toString());
        assertEquals(ExitCode.UNREADABLE, missing.code());
        assertEquals("huibao: " + dir.resolve("nope.txt") + ": 文件不存在 (no such file)\n", missing.err());
        CliTest.Run binary = CliTest.run("facts", write("x.bin", "\u0000\u0001").toString());
        assertEquals(ExitCode.UNREADABLE, binary.code());
        assertEquals(1, binary.err().lines().count(), binary.err());
    }
}
