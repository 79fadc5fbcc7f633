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
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.model.RuleInfo;
import org.huibao.model.Severity;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** HB201–HB209: title, addressee, closing, heading levels and ordinals (rules/structure.drl). */
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

    // ---- HB201 title -----------------------------------------------------------------------------

    @Nested
    class Title {
        @Test
        void aReportThatStartsWithItsAddresseeHasNoTitle() {
            ReportResult r = check("t.txt", "县人民政府：\n一、主要工作\n（一）植树造林。完成造林1200亩。\n（二）森林防火。全年无火灾。\n" + CLOSING);
            Finding f = one(r, "HB201", 1, 1);
            assertEquals(Severity.INFO, f.severity());
        }

        @Test
        void aReportThatStartsWithBodyTextHasNoTitle() {
            one(check("t.txt", "今年以来，我局认真贯彻落实县委决策部署，各项工作有序推进。\n一、主要工作\n（一）植树造林。\n（二）森林防火。\n"),
                    "HB201", 1, 1);
        }

        @Test
        void aSloganTitleDoesNotNameTheDocumentType() {
            ReportResult r = check("t.txt", "凝心聚力谋发展 砥砺奋进谱新篇\n" + ADDRESSEE + "一、主要工作\n（一）植树造林。\n（二）森林防火。\n" + CLOSING);
            Finding f = one(r, "HB201", 1, 1);
            assertEquals("凝心聚力谋发展 砥砺奋进谱新篇", f.location().text());
        }

        @ParameterizedTest
        @ValueSource(strings = {"县林业局2024年度工作情况报告", "关于2024年森林防火工作的汇报", "县林业局2024年工作总结",
                "2024年度个人述职报告", "在全县林业工作会议上的发言", "县林业局党组关于巡察整改的自查报告",
                "县林业局2024年典型经验材料"})
        void aTitleThatNamesAReportIsFine(String title) {
            none(check("t.txt", title + "\n" + ADDRESSEE + "一、主要工作\n（一）植树造林。\n（二）森林防火。\n" + CLOSING), "HB201");
        }

        @Test
        void aSloganTitleWithAReportSubtitleIsFine() {
            none(check("t.txt", "凝心聚力谋发展\n——县林业局2024年工作总结\n一、主要工作\n（一）植树造林。\n（二）森林防火。\n"), "HB201");
        }

        @Test
        void aTitleBrokenOverTwoLinesIsFine() {
            none(check("t.txt", "县林业局党组关于2024年度全面从严治党\n主体责任落实情况的报告\n" + ADDRESSEE
                    + "一、主要工作\n（一）植树造林。\n（二）森林防火。\n" + CLOSING), "HB201");
        }
    }

    // ---- HB202 skipped level ---------------------------------------------------------------------

    @Nested
    class SkippedLevel {
        @Test
        void arabicItemsDirectlyUnderAChinesePartAreReportedOncePerPart() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林。完成造林1200亩。
                    （二）森林防火。全年无火灾。
                    二、下一步工作打算
                    1.加强组织领导。成立工作专班。
                    2.抓好学习培训。全年培训2期。
                    3.开展研讨交流。每季度1次。
                    """));
            Finding f = one(r, "HB202", 7, 1);
            assertEquals(Severity.WARNING, f.severity());
            assertEquals("1.", f.location().text());
            assertTrue(f.message().zh().contains("“二、”之下直接使用“1.”"), f.message().zh());
            assertTrue(f.message().zh().contains("缺少“（一）”一级"), f.message().zh());
            assertTrue(f.message().en().contains("“1.” stands directly under “二、”"), f.message().en());
        }

        @Test
        void eachPartThatSkipsIsReported() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    1.植树造林。完成造林1200亩。
                    2.森林防火。全年无火灾。
                    二、下一步工作打算
                    1.加强组织领导。成立工作专班。
                    2.抓好学习培训。全年培训2期。
                    """));
            List<Finding> found = findings(r, "HB202");
            assertEquals(List.of(4, 7), found.stream().map(f -> f.location().line()).toList());
        }

        @Test
        void bracketedArabicDirectlyUnderBracketedChineseIsASkip() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林
                    （1）春季造林。完成800亩。
                    （2）秋季造林。完成400亩。
                    （二）森林防火。全年无火灾。
                    """));
            Finding f = one(r, "HB202", 5, 1);
            assertTrue(f.message().zh().contains("缺少“1.”一级"), f.message().zh());
        }

        @Test
        void arabicItemsUnderBracketedChineseAreTheRightLevel() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林
                    1.春季造林。完成800亩。
                    2.秋季造林。完成400亩。
                    （二）森林防火
                    1.加强巡护。
                    2.清理隐患。
                    二、存在问题
                    一是资金不足。二是人员偏少。
                    """));
            assertEquals(List.of(), structure(r));
        }

        @Test
        void aReportNumberedOnlyWithArabicNumeralsSkipsNothing() {
            ReportResult r = check("t.txt", report("""
                    1.植树造林。完成造林1200亩。
                    2.森林防火。全年无火灾。
                    3.林业改革。完成林权登记。
                    """));
            assertEquals(List.of(), structure(r));
        }

        @Test
        void aReportWhoseFirstLevelIsBracketedChineseSkipsNothing() {
            ReportResult r = check("t.txt", report("""
                    （一）植树造林
                    1.春季造林。完成800亩。
                    2.秋季造林。完成400亩。
                    （二）森林防火。全年无火灾。
                    """));
            assertEquals(List.of(), structure(r));
        }

        @Test
        void anUnnumberedSubheadingStandsForTheLevelBetween() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    植树造林
                    1.春季造林。完成800亩。
                    2.秋季造林。完成400亩。
                    二、存在问题
                    一是资金不足。二是人员偏少。
                    """));
            none(r, "HB202");
        }

        @Test
        void circledNumbersAreNotOneOfTheFourLevels() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    ①春季造林。完成800亩。
                    ②秋季造林。完成400亩。
                    二、存在问题
                    一是资金不足。二是人员偏少。
                    """));
            none(r, "HB202");
        }

        @Test
        void attachmentsAfterTheBodyAreNotHeadings() {
            ReportResult r = check("t.txt", TITLE + ADDRESSEE + """
                    一、主要工作
                    （一）植树造林。完成造林1200亩。
                    （二）森林防火。全年无火灾。
                    二、下一步工作打算
                    （一）扩大造林面积。
                    （二）加强防火巡护。
                    附件：1.2024年造林任务分解表
                    2.森林防火责任人名单
                    """ + CLOSING);
            assertEquals(List.of(), structure(r));
        }
    }

    // ---- HB203 numbering -------------------------------------------------------------------------

    @Nested
    class Numbering {
        @Test
        void aSkippedFirstLevelNumber() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林。
                    （二）森林防火。
                    三、下一步工作打算
                    （一）扩大造林面积。
                    （二）加强防火巡护。
                    """));
            Finding f = one(r, "HB203", 6, 1);
            assertEquals(Severity.WARNING, f.severity());
            assertEquals("三、", f.location().text());
            assertTrue(f.message().zh().contains("应为“二、”"), f.message().zh());
            assertTrue(f.suggestion().zh().contains("把“三、”改为“二、”"), f.suggestion().zh());
        }

        @Test
        void aSkippedSecondLevelNumber() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林。
                    （三）森林防火。
                    （四）林业改革。
                    """));
            Finding f = one(r, "HB203", 5, 1);
            assertTrue(f.message().zh().contains("应为“（二）”"), f.message().zh());
        }

        @Test
        void aRepeatedNumber() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林
                    1.春季造林。
                    2.秋季造林。
                    2.义务植树。
                    3.苗木培育。
                    （二）森林防火。
                    """));
            Finding f = one(r, "HB203", 7, 1);
            assertTrue(f.message().zh().contains("应为“3.”"), f.message().zh());
        }

        @Test
        void thirdLevelNumbersMustRestartUnderTheNextSecondLevelHeading() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林
                    1.春季造林。
                    2.秋季造林。
                    （二）森林防火
                    3.加强巡护。
                    4.清理隐患。
                    """));
            Finding f = one(r, "HB203", 8, 1);
            assertTrue(f.message().zh().contains("“3.”") && f.message().zh().contains("应为“1.”"), f.message().zh());
        }

        @Test
        void theFirstPartMustBeOne() {
            Finding f = one(check("t.txt", report("""
                    二、主要工作
                    （一）植树造林。
                    （二）森林防火。
                    三、下一步工作打算
                    （一）扩大造林面积。
                    （二）加强防火巡护。
                    """)), "HB203", 3, 1);
            assertTrue(f.message().zh().contains("应为“一、”"), f.message().zh());
        }

        @Test
        void anEnumerationThatJumps() {
            ReportResult r = check("t.txt", report("""
                    一、存在的问题
                    一是资金不足。三是人员偏少。四是设备老化。
                    二、下一步工作打算
                    （一）争取资金。
                    （二）充实人员。
                    """));
            Finding f = one(r, "HB203", 4, 8);
            assertEquals("三是", f.location().text());
            assertTrue(f.message().zh().contains("应为“二是”"), f.message().zh());
        }

        @Test
        void anEnumerationThatRepeats() {
            ReportResult r = check("t.txt", report("""
                    一、存在的问题
                    一是资金不足。
                    二是人员偏少。
                    二是设备老化。
                    二、下一步工作打算
                    （一）争取资金。
                    （二）充实人员。
                    """));
            Finding f = one(r, "HB203", 6, 1);
            assertTrue(f.message().zh().contains("应为“三是”"), f.message().zh());
        }

        @Test
        void anEnumerationThatDoesNotStartAtOne() {
            ReportResult r = check("t.txt", report("""
                    一、存在的问题
                    二是资金不足。三是人员偏少。
                    二、下一步工作打算
                    （一）争取资金。
                    （二）充实人员。
                    """));
            Finding f = one(r, "HB203", 4, 1);
            assertTrue(f.message().zh().contains("应为“一是”"), f.message().zh());
        }

        @Test
        void anEnumerationMustRestartUnderTheNextHeading() {
            ReportResult r = check("t.txt", report("""
                    一、存在的问题
                    （一）思想方面。一是学习不深。二是运用不够。
                    （二）作风方面。三是调研不多。四是落实不力。
                    二、下一步工作打算
                    （一）加强学习。
                    （二）改进作风。
                    """));
            Finding f = one(r, "HB203", 5, 9);
            assertTrue(f.message().zh().contains("应为“一是”"), f.message().zh());
        }

        @Test
        void numberingRestartedUnderEachParentIsRight() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林。一是春季造林。二是秋季造林。
                    （二）森林防火。一是加强巡护。二是清理隐患。
                    二、存在问题
                    （一）资金不足。
                    （二）人员偏少。
                    """));
            assertEquals(List.of(), structure(r));
        }

        @Test
        void aSecondListUnderOnePartMayStartAgainAtOne() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林
                    主要做法：
                    1.春季集中造林。
                    2.秋季补植补造。
                    取得成效：
                    1.新增造林1200亩。
                    2.森林覆盖率提高0.6个百分点。
                    （二）森林防火。全年无火灾。
                    二、存在问题
                    一是资金不足。二是人员偏少。
                    """));
            assertEquals(List.of(), structure(r));
        }

        @Test
        void anItemTheParserCannotSeeIsNotAGap() {
            // "二是" after a comma, and "2." on the line of "1.", are not headings, but they are there.
            ReportResult r = check("t.txt", report("""
                    一、存在的问题
                    一是资金不足，二是人员偏少。三是设备老化。
                    二、下一步工作打算
                    （一）争取资金
                    1.积极争取上级资金。2.用好地方债券。
                    3.引导社会资本。
                    （二）充实人员。
                    """));
            none(r, "HB203");
        }

        @Test
        void decimalsAndRangesAreNotOrdinals() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林。全年完成造林1.5万亩。
                    1.5万亩中，人工造林占六成。
                    3、4月份集中开展春季造林。
                    一、二季度完成全年任务的七成。
                    （二）森林防火。全年无火灾。
                    二、存在问题
                    一是资金不足。二是人员偏少。
                    """));
            assertEquals(List.of(), structure(r));
        }

        @Test
        void firstSoLastIsNotAGap() {
            none(check("t.txt", report("""
                    一、下一步工作打算
                    首先，扩大造林面积。最后，加强防火巡护。
                    二、其他事项
                    （一）做好宣传。
                    （二）做好总结。
                    """)), "HB203");
        }

        @Test
        void aChangeOfEnumerationStyleIsNotAlsoAGap() {
            ReportResult r = check("t.txt", report("""
                    一、存在的问题
                    一是资金不足。第二，人员偏少。三是设备老化。
                    二、下一步工作打算
                    （一）争取资金。
                    （二）充实人员。
                    """));
            none(r, "HB203");
            one(r, "HB205", 4, 8);
        }
    }

    // ---- HB204 ordinal punctuation ---------------------------------------------------------------

    @Nested
    class OrdinalForm {
        @Test
        void arabicNumeralWithEnumerationCommaIsReportedOncePerList() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林
                    1、春季造林。完成800亩。
                    2、秋季造林。完成400亩。
                    3、义务植树。参与3000人次。
                    （二）森林防火。全年无火灾。
                    """));
            Finding f = one(r, "HB204", 5, 1);
            assertEquals(Severity.WARNING, f.severity());
            assertEquals("1、", f.location().text());
            assertEquals(5, f.location().endLine());
            assertEquals(3, f.location().endColumn());
            assertTrue(f.message().zh().contains("序号“1、”标点不规范，应为“1.”"), f.message().zh());
            assertTrue(f.suggestion().zh().contains("改为“1.”"), f.suggestion().zh());
        }

        @ParameterizedTest
        @ValueSource(strings = {"一.主要工作|一、", "一，主要工作|一、", "(一)植树造林。|（一）", "（一）、植树造林。|（一）",
                "(1)春季造林。|（1）", "（1）.春季造林。|（1）", "1，春季造林。|1."})
        void misPunctuatedOrdinals(String spec) {
            String[] parts = spec.split("\\|");
            String line = parts[0];
            String body = switch (parts[1]) {
                case "一、" -> line + "\n（一）植树造林。\n（二）森林防火。\n二、存在问题\n（一）资金不足。\n（二）人员偏少。\n";
                case "（一）" -> "一、主要工作\n" + line + "\n" + line.replace("一", "二") + "\n";
                case "（1）" -> "一、主要工作\n（一）植树造林\n1.春季造林\n" + line + "\n" + line.replace("1", "2")
                        + "\n2.秋季造林。\n（二）森林防火。\n";
                default -> "一、主要工作\n（一）植树造林\n" + line + "\n" + line.replace("1", "2") + "\n（二）森林防火。\n";
            };
            ReportResult r = check("t.txt", report(body));
            List<Finding> found = findings(r, "HB204");
            assertEquals(1, found.size(), found.toString() + "\n" + body);
            assertTrue(found.get(0).message().zh().contains("应为“" + parts[1] + "”"), found.get(0).message().zh());
            assertTrue(line.startsWith(found.get(0).location().text()), found.get(0).location().text());
        }

        @Test
        void theCanonicalFormsAndTheFullWidthStopAreRight() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林
                    1.春季造林
                    （1）人工造林。
                    （2）飞播造林。
                    2.秋季造林。完成400亩。
                    （二）森林防火
                    1．加强巡护。
                    2．清理隐患。
                    二、存在问题
                    一是资金不足。二是人员偏少。
                    """));
            assertEquals(List.of(), structure(r));
        }
    }

    // ---- HB205 mixed forms -----------------------------------------------------------------------

    @Nested
    class MixedForms {
        @Test
        void halfAndFullWidthStopsMixedAmongSiblings() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林
                    1.春季造林。
                    2．秋季造林。
                    3．义务植树。
                    （二）森林防火。
                    """));
            Finding f = one(r, "HB205", 6, 1);
            assertEquals(Severity.INFO, f.severity());
            assertTrue(f.message().zh().contains("“2．”与前面的“1.”不同"), f.message().zh());
            none(r, "HB204");
        }

        @Test
        void aWrongFormAmongRightOnesIsHB204sAlone() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林
                    1.春季造林。
                    2、秋季造林。
                    3.义务植树。
                    （二）森林防火。
                    """));
            one(r, "HB204", 6, 1);
            none(r, "HB205");
        }

        @Test
        void nestedEnumerationsOfAnotherStyleAreNotAMix() {
            ReportResult r = check("t.txt", report("""
                    一、下一步工作打算
                    一是扩大造林面积：第一，春季集中造林；第二，秋季补植补造。
                    二是加强防火巡护：第一，增加护林员；第二，建设瞭望塔。
                    二、其他事项
                    （一）做好宣传。
                    （二）做好总结。
                    """));
            assertEquals(List.of(), structure(r));
        }
    }

    // ---- HB206 closing ---------------------------------------------------------------------------

    @Nested
    class Closing {
        private static final String PARTS = "一、主要工作\n（一）植树造林。\n（二）森林防火。\n二、下一步打算\n（一）扩大造林。\n（二）加强巡护。\n";

        @Test
        void aSpeechEndingLikeAWrittenReport() {
            ReportResult r = check("t.txt", "在全县林业工作会议上的汇报发言\n各位领导，同志们：\n" + PARTS + "特此报告。\n");
            Finding f = one(r, "HB206", 9, 1);
            assertEquals(Severity.WARNING, f.severity());
            assertTrue(f.message().zh().contains("结束语“特此报告。”与文种不符"), f.message().zh());
        }

        @Test
        void aWrittenReportToABodyEndingLikeASpeech() {
            one(check("t.txt", TITLE + ADDRESSEE + PARTS + "汇报完毕，谢谢大家！\n"), "HB206", 9, 1);
        }

        @Test
        void fittingClosingsAreRight() {
            none(check("t.txt", TITLE + ADDRESSEE + PARTS + "特此报告。\n"), "HB206");
            none(check("t.txt", TITLE + ADDRESSEE + PARTS + "专此报告。\n"), "HB206");
            none(check("t.txt", "在全县林业工作会议上的汇报发言\n各位领导，同志们：\n" + PARTS + "汇报完毕，请批评指正！\n"), "HB206");
            none(check("t.txt", "2024年度个人述职报告\n县委组织部：\n" + PARTS + "谢谢大家！\n"), "HB206");
        }

        @Test
        void requestWordingIsLeftToTheWordingRules() {
            none(check("t.txt", TITLE + ADDRESSEE + PARTS + "妥否，请批示。\n"), "HB206");
        }
    }

    // ---- HB207 addressee -------------------------------------------------------------------------

    @Nested
    class Addressee {
        @Test
        void aHalfWidthColon() {
            Finding f = one(check("t.txt", TITLE + "县人民政府:\n一、主要工作\n（一）植树造林。\n（二）森林防火。\n" + CLOSING),
                    "HB207", 2, 6);
            assertEquals(":", f.location().text());
            assertEquals(Severity.WARNING, f.severity());
        }

        @Test
        void aFullWidthColonIsRight() {
            none(check("t.txt", TITLE + "县人民政府：\n一、主要工作\n（一）植树造林。\n（二）森林防火。\n" + CLOSING), "HB207");
        }
    }

    // ---- HB208 single item -----------------------------------------------------------------------

    @Nested
    class SingleItem {
        @Test
        void aFirstItemWithNoSecond() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林。完成造林1200亩。
                    （二）森林防火。全年无火灾。
                    二、下一步工作打算
                    （一）扩大造林面积。力争新增造林1500亩。
                    """));
            Finding f = one(r, "HB208", 7, 1);
            assertEquals(Severity.INFO, f.severity());
            assertTrue(f.message().zh().contains("有“（一）”而无“（二）”"), f.message().zh());
        }

        @Test
        void aSecondItemOnTheSameLineCounts() {
            none(check("t.txt", report("""
                    一、主要工作
                    （一）植树造林。完成造林1200亩。（二）森林防火。全年无火灾。
                    二、存在问题
                    （一）资金不足。
                    （二）人员偏少。
                    """)), "HB208");
        }
    }

    // ---- HB209 heading end punctuation -----------------------------------------------------------

    @Nested
    class HeadingStop {
        @Test
        void aHeadingLineWithAStopAmongBareOnes() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作。
                    （一）植树造林。完成造林1200亩。
                    （二）森林防火。全年无火灾。
                    二、存在问题
                    （一）资金不足。
                    （二）人员偏少。
                    三、下一步工作打算
                    （一）扩大造林。
                    （二）加强巡护。
                    """));
            Finding f = one(r, "HB209", 3, 7);
            assertEquals("。", f.location().text());
            assertTrue(f.message().zh().contains("“主要工作”"), f.message().zh());
        }

        @Test
        void headingsThatRunIntoTheirParagraphOrAllEndAlikeAreRight() {
            ReportResult r = check("t.txt", report("""
                    一、主要工作
                    （一）植树造林。完成造林1200亩。
                    （二）森林防火。
                    全年无火灾。
                    二、存在问题
                    （一）资金不足。
                    （二）人员偏少。
                    """));
            none(r, "HB209");
        }
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
