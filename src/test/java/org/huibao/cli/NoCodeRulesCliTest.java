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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example YAML rules of examples/rules, run from the command line as an office would run its own. */
class NoCodeRulesCliTest {
    private static final String RULES = "examples/rules";

    @TempDir
    Path dir;

    private Path report;

    @BeforeEach
    void setUp() throws IOException {
        report = dir.resolve("report.txt");
        Files.writeString(report, Fixtures.text("/fixtures/rules/office-report.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void theExampleRulesReportInEveryFormatLikeBuiltInRules() throws IOException {
        CliTest.Run r = CliTest.run("check", "--no-cache", "--rules", RULES, report.toString());
        assertEquals(0, r.code(), "warnings do not fail a report: " + r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.equals(report + ":3:79 warning XB301 “抓手”是套话，宜改为“着力点”或写明具体做法")),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.equals(report
                + ":10:12 warning XB401 缩略语“AI”首次出现时应先写出中文全称，并在括号中注明“AI”")), r.out());
        assertEquals("", r.err());

        JsonNode json = CliTest.run("check", "--no-cache", "--format", "json", "--rules", RULES, report.toString()).json();
        List<String> rules = new ArrayList<>();
        for (JsonNode f : json.path("reports").get(0).path("findings")) {
            rules.add(f.path("rule").asText());
            if (f.path("rule").asText().equals("XB301")) {
                assertEquals("改为“着力点”", f.path("suggestion").asText());
                assertEquals("抓手", f.path("excerpt").asText());
                assertEquals(79, f.path("column").asInt());
                // the one preferred form is the finding's edit, as huibao fix makes it
                assertEquals("着力点", f.path("fix").path("replacement").asText());
                assertEquals("抓手", f.path("fix").path("range").path("text").asText());
            } else {
                assertTrue(f.path("fix").isMissingNode(), "only a substitution has an edit: " + f);
            }
        }
        assertEquals(List.of("XB301", "XB401"), rules);

        CliTest.Run en = CliTest.run("check", "--no-cache", "--lang", "en", "--rules", RULES, report.toString());
        assertTrue(en.out().contains("warning XB301 “抓手” is a cliché; use “着力点” or say what was done"), en.out());

        String sarif = CliTest.run("check", "--no-cache", "--format", "sarif", "--rules", RULES, report.toString()).out();
        assertTrue(sarif.contains("\"XB301\"") && sarif.contains("\"XB401\""), sarif);
    }

    @Test
    void withoutTheRulesTheReportHasNoSuchFindings() {
        CliTest.Run r = CliTest.run("check", "--no-cache", report.toString());
        assertEquals(0, r.code());
        assertFalse(r.out().contains("XB"), r.out());
    }

    @Test
    void aConfigMakesAYamlRuleBlocking() throws IOException {
        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "rules:\n  overrides:\n    XB301: {blocking: true}\n", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("check", "--no-cache", "--config", config.toString(), "--format", "json",
                "--rules", RULES, report.toString());
        assertEquals(1, r.code(), r.err());
        JsonNode report = r.json().path("reports").get(0);
        assertFalse(report.path("passed").asBoolean());
        assertEquals("[\"XB301\"]", report.path("blockedBy").toString());
    }

    @Test
    void rulesAndExplainShowYamlRules() {
        CliTest.Run list = CliTest.run("rules", "--no-cache", "--rules", RULES);
        assertEquals(0, list.code(), list.err());
        for (String id : new String[] {"XB301", "XB302", "XB303", "XB401", "XB402"}) {
            assertTrue(list.out().lines().anyMatch(l -> l.contains(id)), id + " in:\n" + list.out());
        }
        CliTest.Run explain = CliTest.run("explain", "--no-cache", "--rules", RULES, "XB301");
        assertEquals(0, explain.code(), explain.err());
        assertTrue(explain.out().startsWith("XB301  warning  套话\n"), explain.out());
        assertTrue(explain.out().contains("以党建为抓手，推动各项工作落实。"), "its first bad example: " + explain.out());
        assertTrue(explain.out().contains("定义于 examples/rules/cliche.rule.yaml"), explain.out());
        CliTest.Run blocking = CliTest.run("explain", "--no-cache", "--rules", RULES, "XB402");
        assertTrue(blocking.out().contains("一票否决"), "an error rule blocks: " + blocking.out());
    }

    @Test
    void aPatternThatNeverEndsIsStoppedAtTheTimeLimitAndTheOtherReportsAreChecked() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        // tries every way of splitting a run of a's in twenty before it fails to find the b: years
        Files.writeString(rules.resolve("slow.rule.yaml"), "id: XB309\nkind: existence\npattern: '(.*a){20}b'\nmessage: m\n",
                StandardCharsets.UTF_8);
        Path slow = dir.resolve("slow.txt");
        Files.writeString(slow, "工作报告\nb" + "a".repeat(80) + "\n", StandardCharsets.UTF_8);
        long start = System.nanoTime();
        // a limit generous enough for the other report on a busy machine
        CliTest.Run r = CliTest.run("check", "--no-cache", "--format", "json", "--time-limit", "5", "-j", "1",
                "--rules", rules.toString(), slow.toString(), report.toString());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(ExitCode.UNREADABLE, r.code(), r.err());
        JsonNode stopped = null;
        JsonNode other = null;
        for (JsonNode j : r.json().path("reports")) {
            if (j.path("file").asText().endsWith("slow.txt")) {
                stopped = j;
            } else {
                other = j;
            }
        }
        assertEquals("error", stopped.path("status").asText());
        assertTrue(stopped.path("error").path("message").asText().contains("检查超过 5 秒仍未结束"), stopped.toString());
        assertEquals("pass", other.path("status").asText(), "the other report is checked as usual: " + other);
        assertTrue(seconds < 60, "stopped, not hung: " + seconds + " s");
    }

    @Test
    void aBrokenRuleFileIsBlamedOnItselfInOneLineAndNothingIsChecked() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("mine.rule.yaml"), "id: XB301\nkind: substitution\nswap: {抓手: 着力点}\nmesage: m\n",
                StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("check", "--no-cache", "--rules", rules.toString(), report.toString());
        assertEquals(ExitCode.USAGE, r.code());
        // the misspelt key is the one mistake: the message it was meant to be is not reported missing as well
        assertEquals(List.of("huibao: " + rules.resolve("mine.rule.yaml") + ":4: unknown key \"mesage\" (did you mean"
                + " \"message\"?)"), r.err().lines().toList());
        assertEquals("", r.out());
    }
}
