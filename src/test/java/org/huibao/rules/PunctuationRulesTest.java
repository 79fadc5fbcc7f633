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
import java.util.stream.Collectors;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoader;
import org.huibao.engine.RuleSet;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.model.RuleInfo;
import org.huibao.model.Severity;
import org.huibao.ruletest.CaseFiles;
import org.huibao.ruletest.CaseResult;
import org.huibao.ruletest.RuleCase;
import org.huibao.ruletest.RuleTester;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HB401–HB409: punctuation (GB/T 15834-2011) and numbers (GB/T 15835-2011). The one-line cases are
 * data (rules/tests/HB4xx.yaml, run by {@code huibao test} and BuiltInRuleTestsTest); what data cannot
 * say is here: quotations over several paragraphs, heading lines, signatures, messages, whole reports.
 */
class PunctuationRulesTest {

    /** A report with {@code body} as its fourth line. */
    private static String report(String... body) {
        return "关于2024年度党建工作情况的报告\n县委组织部：\n一、主要工作\n" + String.join("\n", body)
                + "\n二、存在的问题\n部分支部学习记录不规范。\n三、下一步工作打算\n2025年6月底前完成支部换届。\n专此报告。\n";
    }

    private static List<Finding> punctuation(ReportResult r) {
        return r.findings().stream().filter(f -> f.rule().startsWith("HB4")).toList();
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + "@" + f.location().line() + ":" + f.location().column() + " "
                + f.location().text()).collect(Collectors.joining(", "));
    }

    /**
     * The cases of rules/tests/HB401.yaml … HB409.yaml, which {@code huibao test} runs for their own rule,
     * held to more here: a slip raises its rule alone among HB4xx, and a correct text none of them.
     */
    @Test
    void eachCaseOfAPunctuationRuleRaisesThatRuleAloneAndCorrectTextNone() throws Exception {
        List<RuleCase> cases = CaseFiles.builtIn().stream().filter(c -> c.rule().startsWith("HB4")).toList();
        assertTrue(cases.size() > 60, "cases: " + cases.size());
        RuleTester tester = new RuleTester(ConfigLoader.defaults(), RuleLoader.load(ConfigLoader.defaults(), List.of()));
        for (CaseResult r : tester.run(cases)) {
            List<Finding> all = punctuation(r.result());
            String where = r.test().where() + ": " + describe(all);
            if (r.test().bad()) {
                assertTrue(all.stream().allMatch(f -> f.rule().equals(r.test().rule())), where);
                for (Finding f : all) {
                    assertEquals(f.location().column() + f.location().text().codePointCount(0, f.location().text().length()),
                            f.location().endColumn(), "the span is exactly the excerpt: " + where);
                }
            } else {
                assertTrue(all.isEmpty(), where);
            }
        }
    }

    @Test
    void aQuotationOverSeveralParagraphsOpensEachAndClosesOnlyAtTheEnd() {
        ReportResult r = check("q.txt", report("正如文件指出：“全面从严治党永远在路上。", "“各级党组织要担负起主体责任。",
                "“党员领导干部要以上率下。”"));
        assertTrue(punctuation(r).isEmpty(), describe(punctuation(r)));
    }

    @Test
    void anOpenQuotationNotContinuedInTheNextParagraphIsUnbalanced() {
        ReportResult r = check("q.txt", report("增强“四个意识，坚定理想信念。", "全面加强党的政治建设。"));
        assertEquals("HB401@4:3 “", describe(punctuation(r)));
    }

    @Test
    void onlyTheLastOpenQuotationOfAParagraphCanContinue() {
        ReportResult r = check("q.txt", report("增强“四个意识，正如文件指出：“全面从严治党永远在路上。", "“各级党组织要担负起主体责任。”"));
        assertEquals("HB401@4:3 “", describe(punctuation(r)));
    }

    @Test
    void headingLinesAreCheckedWithTheirOwnColumns() {
        ReportResult r = check("h.txt", report("（一）学习《论语》、《孟子》", "推进学习。", "（二）关于《落实《条例》的方案》", "推进落实。"));
        assertEquals("HB405@4:10 、, HB402@6:9 《条例》", describe(punctuation(r)));
        Finding nested = punctuation(r).get(1);
        assertTrue(nested.message().zh().contains("〈条例〉"), nested.message().zh());
        assertTrue(nested.suggestion().zh().contains("〈条例〉"), nested.suggestion().zh());
        assertTrue(punctuation(r).get(0).message().zh().contains("》、《"));
    }

    @Test
    void anUnclosedOuterTitleIsUnbalancedNotNested() {
        ReportResult r = check("n.txt", report("印发《贯彻《条例》的办法。"));
        assertEquals("HB401@4:3 《", describe(punctuation(r)));
    }

    @Test
    void aZeroPaddedDateInTheSignatureIsFound() {
        String text = "县财政局2024年度工作总结\n一、主要工作\n全年完成各项任务。\n二、存在的问题\n学习不够深入。\n"
                + "三、下一步打算\n2025年6月底前完成换届。\n县财政局\n2024年04月05日\n";
        ReportResult r = check("s.txt", text);
        assertEquals("HB408@9:6 04, HB408@9:9 05", describe(punctuation(r)));
    }

    @Test
    void eachLineIsReadOnceAcrossSentenceBoundaries() {
        // "。，" straddles two sentences; the half-width comma after the ordinal-less line start is one slip.
        ReportResult r = check("b.txt", report("完成年度任务。，推进工作,加强管理。"));
        assertEquals("HB404@4:7 。，, HB403@4:13 ,", describe(punctuation(r)));
    }

    @Test
    void halfWidthMarksAreShownFullWidth() {
        ReportResult r = check("w.txt", report("加强领导,成立专班(由局长任组长)，树立\"四个意识\"，坚定\"四个自信。"));
        assertEquals(List.of("，", "（由局长任组长）", "“四个意识”", "“ 或 ”"),
                punctuation(r).stream().map(f -> f.suggestion().zh().replace("改为：", "")).toList());
        assertTrue(punctuation(r).get(1).message().zh().endsWith("（由局长任组长）"));
    }

    @Test
    void severitiesAndMessages() {
        ReportResult r = check("m.txt", report("学习《论语》、《孟子》，1——11月完成投资,23年4月召开会议。"));
        for (Finding f : punctuation(r)) {
            assertEquals(f.rule().equals("HB405") ? Severity.INFO : Severity.WARNING, f.severity(), f.rule());
            assertFalse(f.message().zh().contains("{0}"), f.message().zh());
            assertFalse(f.message().en().isEmpty(), f.rule() + " has an English message");
            assertFalse(f.suggestion().zh().isEmpty(), f.rule() + " has a fix");
        }
        assertEquals(List.of("HB405", "HB407", "HB403", "HB408"), punctuation(r).stream().map(Finding::rule).toList());
    }

    @Test
    void everyRuleExplainsItself() throws Exception {
        RuleSet rules = RuleLoader.load(ConfigLoader.defaults(), List.of());
        for (int i = 1; i <= 8; i++) {
            RuleInfo info = rules.rule("HB40" + i).orElseThrow();
            assertFalse(info.title().zh().isEmpty() || info.title().en().isEmpty(), info.id());
            assertFalse(info.message().zh().isEmpty() || info.message().en().isEmpty(), info.id());
            assertFalse(info.description().zh().isEmpty() || info.description().en().isEmpty(), info.id());
            assertFalse(info.example().isEmpty(), info.id());
            assertFalse(info.fix().zh().isEmpty() || info.fix().en().isEmpty(), info.id());
            assertTrue(info.source().endsWith("punctuation.drl"), info.source());
        }
    }

    // ---- whole reports -----------------------------------------------------------------------

    @Test
    void aCarefullyPunctuatedReportHasNoFinding() {
        ReportResult r = check("clean.txt", Fixtures.text("/fixtures/punctuation/clean.txt"));
        assertTrue(punctuation(r).isEmpty(), describe(punctuation(r)));
    }

    @Test
    void theBundledPassingExampleAndTheElementFixturesHaveNoFinding() throws IOException {
        Path example = Path.of("examples", "合格-2024年度党建工作情况报告.txt");
        assertTrue(Files.isRegularFile(example));
        ReportResult r = check(example.toString(), Files.readString(example, StandardCharsets.UTF_8));
        assertTrue(punctuation(r).isEmpty(), describe(punctuation(r)));
        for (String line : Fixtures.text("/fixtures/elements/EXPECTED.csv").lines().skip(1).toList()) {
            String file = line.split(",")[0].strip();
            ReportResult f = Fixtures.checkFixture(file);
            assertTrue(punctuation(f).isEmpty(), file + ": " + describe(punctuation(f)));
        }
    }

    /** The real reports in ../shared/seeds (skipped where absent): one nested title in 004, one hint in 003. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "¦", value = {
            "000_55b354638405501e.txt¦",
            "001_ac691891f344dd0a.txt¦",
            "002_1d2e19b65b4abc49.txt¦",
            "003_9b796a64e49f5dc7.txt¦HB405@7:193 、",
            "004_71d5212a2d8988ed.txt¦HB402@7:65 《关于推动党史学习教育常态化长效化的实施意见》",
    })
    void seeds(String file, String expected) throws IOException {
        Path seed = Path.of("..", "shared", "seeds", file);
        assumeTrue(Files.isRegularFile(seed), "seeds not available");
        ReportResult r = check(file, Files.readString(seed, StandardCharsets.UTF_8));
        assertEquals(expected == null ? "" : expected, describe(punctuation(r)));
    }
}
