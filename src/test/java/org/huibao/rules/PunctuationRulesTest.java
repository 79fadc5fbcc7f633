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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoader;
import org.huibao.engine.RuleSet;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.model.RuleInfo;
import org.huibao.model.Severity;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HB401–HB408: punctuation (GB/T 15834-2011) and numbers (GB/T 15835-2011). Each case puts one
 * line of text into a small report, at line 4, and lists what the rule must find there — column
 * (code points, 1-based) and excerpt — and that nothing else of HB4xx fires anywhere.
 */
class PunctuationRulesTest {

    private static final int LINE = 4;

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

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiterString = "¦", value = {
            "HB401¦引导党员干部增强“四个意识，坚定“四个自信”。¦9:“",
            "HB401¦认真学习《习近平谈治国理政》第四卷》。¦18:》",
            "HB401¦成立工作专班】，由局长任组长。¦7:】",
            "HB401¦他强调：”要抓好落实“。¦5:”|11:“",
            "HB401¦会议要求（见附件1，抓好落实。¦5:（",
            "HB402¦制定《落实《关于推动党史学习教育常态化长效化的意见》的方案》。¦6:《关于推动党史学习教育常态化长效化的意见》",
            "HB402¦印发《贯彻《条例》和《规定》的办法》。¦6:《条例》|11:《规定》",
            "HB403¦加强组织领导,成立工作专班(由局长任组长)。¦7:,|14:(由局长任组长)",
            "HB403¦时间:2024年3月5日;地点:局会议室。¦3::|13:;|16::",
            "HB403¦这是为什么?我们要反思!¦6:?|12:!",
            "HB403¦国内生产总值(GDP)增长5.2%。¦7:(GDP)",
            "HB403¦牢固树立\"四个意识\"。¦5:\"四个意识\"",
            "HB403¦成立工作专班（由局长任组长)。¦14:)",
            "HB403¦牢固树立\"四个意识，坚定理想信念。¦5:\"",
            "HB403¦持续推进工作.不断加强管理。¦7:.",
            "HB404¦召开专题会议，，研究部署工作。。¦7:，，|15:。。",
            "HB404¦完成年度任务，。¦7:，。",
            "HB404¦问题出在哪里？。¦7:？。",
            "HB405¦做到“两个确立”、“两个维护”。¦9:、",
            "HB405¦学习《论语》、《孟子》、《大学》。¦7:、|12:、",
            "HB406¦开展谈心谈话、警示教育……等活动。¦12:……等",
            "HB406¦开展谈心谈话、警示教育……等等。¦12:……等等",
            "HB406¦开展各类主题活动。。。¦9:。。。",
            "HB406¦开展各类主题活动...¦9:...",
            "HB406¦开展各类主题活动…¦9:…",
            "HB407¦1——11月，全市完成投资120亿元。¦2:——",
            "HB407¦2023-2024年度考核优秀。¦5:-",
            "HB407¦3月-5月开展专项整治。¦3:-",
            "HB407¦1~11月累计完成投资。¦2:~",
            "HB408¦2024年04月05日召开会议。¦6:04|9:05",
            "HB408¦23年4月召开专题会议。¦1:23年",
            "HB408¦23年上半年完成换届。¦1:23年",
            "HB408¦印发《实施方案》（X发〔2024〕05号）。¦18:05",
    })
    void findsTheSlipAtItsCharacters(String rule, String line, String expected) {
        ReportResult r = check("slip.txt", report(line));
        List<Finding> all = punctuation(r);
        List<String> want = Arrays.asList(expected.split("\\|"));
        List<String> got = all.stream().filter(f -> f.rule().equals(rule))
                .map(f -> f.location().column() + ":" + f.location().text()).toList();
        assertEquals(want, got, describe(all));
        for (Finding f : all) {
            assertEquals(rule, f.rule(), "only " + rule + " fires: " + describe(all));
            assertEquals(LINE, f.location().line());
            assertEquals(f.location().column() + f.location().text().codePointCount(0, f.location().text().length()),
                    f.location().endColumn(), "the span is exactly the excerpt");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "（一）加强组织领导。增强“四个意识”，学习《论语》（节选）和《中国共产党章程（修正案）》。",
            "(一)加强组织领导。",
            "(1)加强理论学习。",
            "1,加强理论学习。",
            "主要包括：1）学习；2）培训；a)考核。",
            "引进Microsoft Office, WPS等办公软件，会见Smith’s团队，回顾90’s经验，长跑成绩3’25”。",
            "全年投入1,200万元，同比增长3.5%，每周一9:30开会，配比1:2。",
            "详见https://www.example.gov.cn/a?id=1,2。",
            "依据GB/T 9704-2012和GB/T 15834—2011执行，电话0571-88886666，日期2024-04-05。",
            "1—11月完成投资，2023～2024年度考核优秀，4月5日—10日开展检查，上午8:00—12:00集中学习。",
            "近10年来，党成立100年来，90年代以来，过去5年和新时代10年，历时10年9个多月。",
            "他说：“一定要抓好落实！”我们问：“怎么办？！”真好！！",
            "开展谈心谈话、警示教育……",
            "开展谈心谈话、警示教育等活动。",
            "做到“两个确立”“两个维护”，学习《论语》《孟子》，“甲”（注）、“乙”。",
            "印发《贯彻〈条例〉的办法》。",
            "**局党组书记带队到*个单位调研，购买《xx》等书籍xx本。",
            "第1、2季度和3、4月份分别开展检查，一、二年级党员全覆盖。",
            "2024年4月5日至4月10日召开会议，〔2024〕5号文件。",
            "办公地点为幸福路5-6号，被判处有期徒刑10年6月，党龄满20年3月。",
    })
    void correctTextHasNoFinding(String line) {
        ReportResult r = check("clean.txt", report(line));
        assertTrue(punctuation(r).isEmpty(), describe(punctuation(r)));
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
