package org.huibao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules an office wrote that do not compile, throw, or never stop: clear errors, and the run goes on. */
class BrokenRulesTest {
    private static final String HEADER = String.join("\n", "package office.rules", "dialect \"mvel\"",
            "import org.huibao.api.DocumentFact", "global org.huibao.api.FindingSink findings", "");

    @TempDir
    Path dir;

    private Path rules;
    private Path reports;

    @BeforeEach
    void setUp() throws IOException {
        rules = Files.createDirectories(dir.resolve("rules"));
        reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("a.txt"), Fixtures.text("/fixtures/elements/complete.txt"), StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("b.txt"), "2024年党建工作情况报告\n短标题的报告正文。\n", StandardCharsets.UTF_8);
    }

    private void rule(String file, String drl) throws IOException {
        Files.writeString(rules.resolve(file), HEADER + drl, StandardCharsets.UTF_8);
    }

    @Test
    void everyBrokenRuleFileIsNamedWithItsLine() throws IOException {
        rule("first.drl", "rule \"one\"\nwhen\n    DocumentFact(\nthen\nend\n");
        rule("second.drl", "rule \"two\"\nwhen\n    $d : DocumentFact()\nthen\n    findings.add(drools, $d.head)\n");
        rule("third.drl", "rule \"three\"\nwhen\n    NoSuchFact()\nthen\nend\n");
        CliTest.Run r = CliTest.run("check", "--no-cache", "--rules", rules.toString(), reports.toString());
        assertEquals(ExitCode.USAGE, r.code());
        for (String f : new String[] {"first.drl", "second.drl", "third.drl"}) {
            assertTrue(r.err().lines().anyMatch(l -> l.startsWith("huibao: ") && l.contains(f)), f + " in:\n" + r.err());
        }
        assertTrue(r.err().lines().anyMatch(l -> l.matches("huibao: .*first\\.drl:\\d+(:\\d+)?: .*")), "a line number: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertTrue(r.out().isEmpty());
    }

    @Test
    void aRuleThatThrowsIsThatReportsErrorAndTheRunGoesOn() throws IOException {
        rule("throws.drl", String.join("\n",
                "rule \"Title character one thousand\"",
                "    @id(\"OF901\") @severity(\"info\") @title(\"第一千个字\")",
                "when",
                "    $d : DocumentFact(title matches \"短标题.*\" || bodyChars < 30)",
                "then",
                "    $d.title.charAt(1000);",
                "end", ""));
        CliTest.Run r = CliTest.run("check", "--no-cache", "--format", "json", "--rules", rules.toString(), reports.toString());
        assertEquals(ExitCode.UNREADABLE, r.code(), r.err());
        JsonNode json = r.json();
        JsonNode a = json.path("reports").get(0);
        JsonNode b = json.path("reports").get(1);
        assertEquals("pass", a.path("status").asText(), "the other report is checked as usual");
        assertEquals("error", b.path("status").asText());
        String message = b.path("error").path("message").asText();
        assertTrue(message.contains("OF901") && message.contains("Title character one thousand"), message);
        assertTrue(message.contains("1000"), "what went wrong: " + message);
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void rulesThatNeverStopAreHaltedAtTheTimeLimit() throws IOException {
        rule("loops.drl", String.join("\n",
                "declare Tick", "    n : int", "end",
                "rule \"Start ticking\"", "when", "    DocumentFact()", "then", "    insert(new Tick(0));", "end",
                "rule \"Tick forever\"", "when", "    $t : Tick(n >= 0)", "then", "    modify($t) { n = $t.n + 1 };", "end", ""));
        long start = System.nanoTime();
        CliTest.Run r = CliTest.run("check", "--no-cache", "--format", "json", "--time-limit", "1", "-j", "1",
                "--rules", rules.toString(), reports.resolve("b.txt").toString());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(ExitCode.UNREADABLE, r.code(), r.err());
        String message = r.json().path("reports").get(0).path("error").path("message").asText();
        assertTrue(message.contains("规则运行超过 1 秒"), message);
        assertTrue(seconds < 20, "stopped, not hung: " + seconds + " s");
    }

    @Test
    void aRuleWhoseConsequenceNeverReturnsIsStoppedAndTheOtherReportsAreChecked() throws IOException {
        // one firing that never ends: the rules cannot halt themselves between firings
        rule("spin.drl", String.join("\n",
                "rule \"Spin\"", "when", "    DocumentFact(bodyChars < 30)", "then",
                "    long n = 0;", "    while (n >= 0) { n = (n + 1) % 1000; }", "end", ""));
        long start = System.nanoTime();
        CliTest.Run r = CliTest.run("check", "--no-cache", "--format", "json", "--time-limit", "1", "-j", "1",
                "--rules", rules.toString(), reports.toString());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(ExitCode.UNREADABLE, r.code(), r.err());
        JsonNode a = r.json().path("reports").get(0);
        JsonNode b = r.json().path("reports").get(1);
        assertEquals("pass", a.path("status").asText(), "the other report is checked as usual");
        String message = b.path("error").path("message").asText();
        assertTrue(message.contains("检查超过 1 秒仍未结束，已中止"), message);
        assertTrue(seconds < 20, "stopped, not hung: " + seconds + " s");
    }

    @Test
    void aTimeLimitMustBePositive() {
        CliTest.Run r = CliTest.run("check", "--time-limit", "0", reports.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("--time-limit"));
    }
}
