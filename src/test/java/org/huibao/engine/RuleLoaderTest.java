package org.huibao.engine;

import org.huibao.api.DocumentFact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.huibao.check.Checker;
import org.huibao.config.Config;
import org.huibao.config.ConfigLoader;
import org.huibao.model.ReportResult;
import org.huibao.model.Severity;
import org.huibao.read.Readers;
import org.huibao.read.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {
    private static final String HEADER = String.join("\n", "package office.rules", "dialect \"mvel\"",
            "import org.huibao.api.DocumentFact", "global org.huibao.api.FindingSink findings", "");

    @TempDir
    Path dir;

    private Path write(String name, String drl) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, drl, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void builtInRulesCarryTheirMetadata() throws Exception {
        RuleSet rules = RuleLoader.load(ConfigLoader.defaults(), List.of());
        assertTrue(rules.all().stream().map(r -> r.id()).toList().containsAll(List.of("HB101", "HB102", "HB103", "HB104")));
        for (var r : rules.all()) {
            String id = r.id();
            assertTrue(id.matches("HB[0-5]\\d\\d"), id);
            assertTrue(r.source().matches("rules/[a-z]+\\.drl"), id + " names its file: " + r.source());
            assertFalse(r.title().zh().isEmpty() || r.title().en().isEmpty(), id + " title in both languages");
            assertFalse(r.message().zh().isEmpty() || r.message().en().isEmpty(), id + " message in both languages");
            assertFalse(r.description().zh().isEmpty() || r.description().en().isEmpty(), id + " description");
            assertFalse(r.example().isEmpty(), id + " example");
            assertFalse(r.fix().zh().isEmpty(), id + " fix");
        }
        var hb102 = rules.rule("HB102").orElseThrow();
        assertEquals(Severity.ERROR, hb102.severity());
        assertEquals("缺少存在问题部分", hb102.title().zh());
        assertFalse(hb102.title().en().isEmpty());
        assertFalse(hb102.description().zh().isEmpty());
        assertEquals("rules/elements.drl", hb102.source());
    }

    @Test
    void userRuleRunsAndReportsWithItsOwnMetadata() throws Exception {
        write("title.drl", HEADER + String.join("\n",
                "rule \"Title names the year\"",
                "    @id(\"XB201\") @severity(\"warning\") @title(\"标题未写年份\") @title_en(\"Title has no year\")",
                "when",
                "    $d : DocumentFact(hasTitle, title not matches \".*\\\\d{4}年.*\")",
                "then",
                "    findings.add(drools, $d.head);",
                "end", ""));
        Config config = ConfigLoader.defaults();
        RuleSet rules = RuleLoader.load(config, List.of(dir));
        Checker checker = new Checker(config, rules, Readers.defaults());
        ReportResult without = checker.check(new SourceText("a.txt", "党建工作情况报告\n正文。", "UTF-8"));
        ReportResult with = checker.check(new SourceText("b.txt", "2024年党建工作情况报告\n正文。", "UTF-8"));
        assertTrue(without.findings().stream().anyMatch(f -> f.rule().equals("XB201")
                && f.message().zh().equals("标题未写年份") && f.severity() == Severity.WARNING));
        assertTrue(with.findings().stream().noneMatch(f -> f.rule().equals("XB201")));
    }

    @Test
    void aUserRuleWithABuiltInIdReplacesIt() throws Exception {
        write("mine.drl", HEADER + String.join("\n",
                "rule \"My own leadership check\"",
                "    @id(\"HB101\") @severity(\"info\") @title(\"自定义\")",
                "when",
                "    eval(false)",
                "then",
                "end", ""));
        RuleSet rules = RuleLoader.load(ConfigLoader.defaults(), List.of(dir));
        assertEquals(Severity.INFO, rules.rule("HB101").orElseThrow().severity());
        Checker checker = new Checker(ConfigLoader.defaults(), rules, Readers.defaults());
        ReportResult r = checker.check(new SourceText("a.txt", "标题报告\n正文。", "UTF-8"));
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("HB101")), "the built-in HB101 is gone");
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("HB102")), "the other built-ins still run");
    }

    @Test
    void aUserRuleMatchesFactsTheBuiltInRulesInsert() throws Exception {
        // Evidence is inserted by the built-in element rules (compiled ahead of time); Line by the
        // analysis stage.
        write("facts.drl", String.join("\n", "package office.rules", "dialect \"mvel\"",
                "import org.huibao.api.DocumentFact", "import org.huibao.api.Evidence",
                "import org.huibao.api.Line", "global org.huibao.api.FindingSink findings",
                "rule \"Leadership is evidenced on a line of text\"",
                "    @id(\"XB301\") @severity(\"info\") @title(\"有领导证据\")",
                "when",
                "    $d : DocumentFact()",
                "    exists Evidence(element == org.huibao.api.Element.LEADERSHIP)",
                "    exists Line()",
                "then",
                "    findings.add(drools, $d.head);",
                "end", ""));
        Config config = ConfigLoader.defaults();
        RuleSet rules = RuleLoader.load(config, List.of(dir));
        ReportResult r = new Checker(config, rules, Readers.defaults()).check(
                new SourceText("a.txt", org.huibao.testing.Fixtures.text("/fixtures/elements/complete.txt"), "UTF-8"));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("XB301")), r.findings().toString());
        assertEquals("rules/elements.drl", rules.rule("HB101").orElseThrow().source(), "built-ins keep their file");
        assertTrue(rules.rule("XB301").orElseThrow().source().endsWith("facts.drl"));
    }

    @Test
    void officeRulesReadTermsOrRunPatternsThroughTheTextsGlobal() throws Exception {
        write("office-cliches.lexicon.yaml", "lexicon: cliches\nentries:\n  - {wrong: 抓手, right: 举措}\n");
        write("texts.drl", String.join("\n", "package office.rules", "dialect \"mvel\"",
                "import org.huibao.api.Line", "import org.huibao.api.Term", "import org.huibao.api.TextMatch",
                "global org.huibao.api.FindingSink findings", "global org.huibao.api.Texts texts",
                "rule \"A cliché\" @id(\"XB401\") @severity(\"warning\") @title(\"套话\") @message(\"“{0}”可改为“{1}”\")",
                "when", "    $t : Term(vocabulary == \"cliches\")", "then", "    findings.add(drools, $t);", "end",
                "rule \"A year in two digits\" @id(\"XB402\") @severity(\"info\") @title(\"两位年份\")",
                "when", "    $l : Line()", "    $m : TextMatch() from texts.find($l.node, \"(?<![0-9])[0-9]{2}年(?=以来)\")",
                "then", "    findings.add(drools, $m);", "end",
                "rule \"A confusion, the old way\" @id(\"XB403\") @severity(\"info\") @title(\"错字\") @message(\"{0}→{1}\")",
                "when", "    $l : Line()", "    $m : TextMatch() from texts.lexicon(\"confusions\", $l.node)",
                "then", "    findings.add(drools, $m);", "end", ""));
        Config config = ConfigLoader.defaults();
        RuleSet rules = RuleLoader.load(config, List.of(dir));
        ReportResult r = new Checker(config, rules, Readers.defaults()).check(
                new SourceText("a.txt", "工作报告\n24年以来，以党建为抓手，把挥方向。\n", "UTF-8"));
        var cliche = r.findings().stream().filter(f -> f.rule().equals("XB401")).toList();
        assertEquals(1, cliche.size(), r.findings().toString());
        assertEquals("“抓手”可改为“举措”", cliche.get(0).message().zh());
        assertEquals(2, cliche.get(0).location().line());
        assertEquals(11, cliche.get(0).location().column());
        var year = r.findings().stream().filter(f -> f.rule().equals("XB402")).toList();
        assertEquals(1, year.size(), r.findings().toString());
        assertEquals("24年", year.get(0).location().text());
        var old = r.findings().stream().filter(f -> f.rule().equals("XB403")).toList();
        assertEquals(1, old.size(), r.findings().toString());
        assertEquals("把挥→把握", old.get(0).message().zh());
        ReportResult clean = new Checker(config, rules, Readers.defaults()).check(
                new SourceText("b.txt", "工作报告\n2024年以来，以党建为引领，把握方向。\n", "UTF-8"));
        assertTrue(clean.findings().stream().noneMatch(f -> f.rule().startsWith("XB")), clean.findings().toString());
    }

    @Test
    void configOverridesSeverityAndEnablement() throws Exception {
        Config config = ConfigLoader.load("rules:\n  overrides:\n    HB102: {severity: warning}\n    HB103: {enabled: false}\n",
                "test.yaml");
        RuleSet rules = RuleLoader.load(config, List.of());
        ReportResult r = new Checker(config, rules, Readers.defaults()).check(new SourceText("a.txt", "标题报告\n正文。", "UTF-8"));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("HB102") && f.severity() == Severity.WARNING));
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("HB103")));
    }

    @Test
    void syntaxErrorNamesTheFileAndLine() throws IOException {
        Path bad = write("broken.drl", HEADER + "rule \"x\"\nwhen\n    $d : DocumentFact(\nthen\nend\n");
        RuleLoadException e = assertThrows(RuleLoadException.class,
                () -> RuleLoader.load(ConfigLoader.defaults(), List.of(dir)));
        assertTrue(e.getMessage().startsWith(bad + ":"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*broken\\.drl:\\d+: .*"), e.getMessage());
        assertFalse(e.getMessage().contains("\tat "), "no stack trace");
    }

    @Test
    void missingSeverityAndDuplicateIdsAreLoadErrors() throws IOException {
        write("a.drl", HEADER + "rule \"a\" @id(\"XB001\") @severity(\"fatal\") @title(\"a\")\nwhen\nthen\nend\n");
        RuleLoadException e = assertThrows(RuleLoadException.class,
                () -> RuleLoader.load(ConfigLoader.defaults(), List.of(dir)));
        assertTrue(e.getMessage().contains("@severity must be error, warning or info"), e.getMessage());
        write("a.drl", HEADER + "rule \"a\" @id(\"XB001\") @severity(\"info\") @title(\"a\")\nwhen\nthen\nend\n"
                + "rule \"b\" @id(\"XB001\") @severity(\"info\") @title(\"b\")\nwhen\nthen\nend\n");
        e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(ConfigLoader.defaults(), List.of(dir)));
        assertTrue(e.getMessage().contains("already used"), e.getMessage());
    }

    @Test
    void missingRuleDirectoryIsAnError() {
        RuleLoadException e = assertThrows(RuleLoadException.class,
                () -> RuleLoader.load(ConfigLoader.defaults(), List.of(dir.resolve("nope"))));
        assertTrue(e.getMessage().contains("rule directory not found"));
    }
}
