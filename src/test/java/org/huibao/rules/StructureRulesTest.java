package org.huibao.rules;

import static org.huibao.testing.Fixtures.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoader;
import org.huibao.engine.RuleSet;
import org.huibao.model.ExampleText;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.model.RuleInfo;
import org.huibao.model.Severity;
import org.huibao.ruletest.CaseFiles;
import org.huibao.ruletest.CaseResult;
import org.huibao.ruletest.RuleCase;
import org.huibao.ruletest.RuleTester;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HB201–HB209: title, addressee, closing, heading levels and ordinals (rules/structure.drl). Which
 * documents each rule reports, and where, is data (rules/tests/HB20x.yaml); here are whole reports,
 * messages and fixes, and the seeds.
 */
class StructureRulesTest {

    private static final List<String> IDS = List.of("HB201", "HB202", "HB203", "HB204", "HB205", "HB206", "HB207",
            "HB208", "HB209");

    private static final String TITLE = "县林业局2024年度工作情况报告\n";
    private static final String ADDRESSEE = "县人民政府：\n";
    private static final String CLOSING = "特此报告。\n";

    /** A report with a title, an addressee and a closing around the given body (body starts on line 3). */
    private static String report(String body) {
        return TITLE + ADDRESSEE + body + CLOSING;
    }

    private static List<Finding> findings(ReportResult r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static List<Finding> structure(ReportResult r) {
        return r.findings().stream().filter(f -> IDS.contains(f.rule())).toList();
    }

    /** Exactly one finding of {@code rule}, at line:column; returned for further checks. */
    private static Finding one(ReportResult r, String rule, int line, int column) {
        List<Finding> found = findings(r, rule);
        assertEquals(1, found.size(), rule + " in " + r.findings());
        Finding f = found.get(0);
        assertEquals(line + ":" + column, f.location().line() + ":" + f.location().column(), rule + " location: " + f);
        return f;
    }

    private static void none(ReportResult r, String rule) {
        assertTrue(findings(r, rule).isEmpty(), rule + " should be silent: " + findings(r, rule));
    }

    // ---- whole documents that are right ----------------------------------------------------------

    @Test
    void aProperFourLevelReportHasNoStructureFindings() {
        ReportResult r = check("four-levels.txt", Fixtures.text("/fixtures/structure/four-levels.txt"));
        assertEquals(List.of(), structure(r));
    }

    @Test
    void enumerationsAcrossParagraphsAndCommasHaveNoStructureFindings() {
        // 一是 after a colon, then 二是/三是 on their own lines; a 三是 after a comma the parser cannot
        // see; 第一，第二，第三，; a second list restarting at 一是.
        ReportResult r = check("enumerations.txt", Fixtures.text("/fixtures/structure/enumerations.txt"));
        assertEquals(List.of(), structure(r));
    }

    static Stream<Path> cleanReports() throws IOException {
        Path elements = Path.of("src/test/resources/fixtures/elements");
        Stream<Path> fixtures = Files.list(elements).filter(p -> p.toString().endsWith(".txt")).sorted();
        return Stream.concat(fixtures, Stream.of(Path.of("examples/合格-2024年度党建工作情况报告.txt"),
                Path.of("examples/待修改-主题教育开展情况汇报.txt")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleanReports")
    void theElementFixturesAndExamplesAreWellStructured(Path file) throws IOException {
        ReportResult r = check(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(), structure(r));
    }

    // ---- what data cannot say --------------------------------------------------------------------

    /**
     * The cases of rules/tests/HB201.yaml … HB209.yaml, which {@code huibao test} runs for their own rule,
     * held to more here: a correctly numbered document (a good case of the numbering rules HB202–HB205)
     * raises none of the structure rules, unless it is another rule's bad case too.
     */
    @Test
    void aCorrectlyNumberedDocumentRaisesNoStructureRule() throws Exception {
        List<String> numbering = List.of("HB202", "HB203", "HB204", "HB205");
        List<RuleCase> all = CaseFiles.builtIn();
        java.util.Set<String> bad = all.stream().filter(RuleCase::bad).map(c -> ExampleText.parse(c.raw()).text())
                .collect(java.util.stream.Collectors.toSet());
        List<RuleCase> cases = all.stream().filter(c -> numbering.contains(c.rule()) && !c.bad()
                && !bad.contains(ExampleText.parse(c.raw()).text())).toList();
        assertTrue(cases.size() > 10, "cases: " + cases.size());
        RuleTester tester = new RuleTester(ConfigLoader.defaults(), RuleLoader.load(ConfigLoader.defaults(), List.of()));
        for (CaseResult r : tester.run(cases)) {
            assertEquals(List.of(), structure(r.result()), r.test().where());
        }
    }

    @Test
    void messagesAndFixesNameTheOrdinalsInBothLanguages() {
        ReportResult skip = check("t.txt", report("""
                一、主要工作
                （一）植树造林。完成造林1200亩。
                （二）森林防火。全年无火灾。
                二、下一步工作打算
                1.加强组织领导。成立工作专班。
                2.抓好学习培训。全年培训2期。
                """));
        Finding f = one(skip, "HB202", 7, 1);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().zh().contains("缺少“（一）”一级"), f.message().zh());
        assertTrue(f.message().en().contains("“1.” stands directly under “二、”"), f.message().en());
        Finding gap = one(check("t.txt", report("""
                一、主要工作
                （一）植树造林。
                （二）森林防火。
                三、下一步工作打算
                （一）扩大造林面积。
                （二）加强防火巡护。
                """)), "HB203", 6, 1);
        assertTrue(gap.suggestion().zh().contains("把“三、”改为“二、”"), gap.suggestion().zh());
        Finding form = one(check("t.txt", report("""
                一、主要工作
                （一）植树造林
                1、春季造林。完成800亩。
                2、秋季造林。完成400亩。
                （二）森林防火。全年无火灾。
                """)), "HB204", 5, 1);
        assertTrue(form.suggestion().zh().contains("改为“1.”"), form.suggestion().zh());
        assertEquals(5, form.location().endLine());
        assertEquals(3, form.location().endColumn());
    }

    // ---- metadata and seeds ----------------------------------------------------------------------

    @Nested
    class Metadata {
        @Test
        void everyStructureRuleExplainsItselfInBothLanguages() throws Exception {
            RuleSet rules = RuleLoader.load(ConfigLoader.defaults(), List.of());
            for (String id : IDS) {
                RuleInfo info = rules.rule(id).orElseThrow(() -> new AssertionError(id + " missing"));
                assertTrue(info.source().endsWith("structure.drl"), id);
                for (var m : List.of(info.title(), info.message(), info.description(), info.fix())) {
                    assertFalse(m.zh().isBlank() || m.en().isBlank(), id + ": " + m);
                }
                assertFalse(info.example().isBlank(), id);
            }
        }
    }

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    private static ReportResult seed(String file) throws IOException {
        Path p = SEEDS.resolve(file);
        assumeTrue(Files.isRegularFile(p), "seeds not available");
        return check(file, Files.readString(p, StandardCharsets.UTF_8));
    }

    @Test
    void seedsGetWhatAReviewerMarks() throws IOException {
        ReportResult s000 = seed("000_55b354638405501e.txt");
        one(s000, "HB201", 1, 1);
        Finding skip = one(s000, "HB202", 9, 1);
        assertEquals("1.", skip.location().text());
        none(s000, "HB204");
        one(seed("002_1d2e19b65b4abc49.txt"), "HB201", 1, 1);
        for (String file : List.of("001_ac691891f344dd0a.txt", "003_9b796a64e49f5dc7.txt", "004_71d5212a2d8988ed.txt")) {
            ReportResult r = seed(file);
            for (String rule : List.of("HB202", "HB203", "HB204", "HB205", "HB206", "HB208", "HB209")) {
                none(r, rule);
            }
        }
    }
}
