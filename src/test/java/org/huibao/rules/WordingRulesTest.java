package org.huibao.rules;

import static org.huibao.testing.Fixtures.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.huibao.check.Checker;
import org.huibao.config.Config;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoader;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.model.Severity;
import org.huibao.read.Readers;
import org.huibao.read.SourceText;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HB301–HB306: wording — placeholders, doubled words, 请示 wording, formulations, confusions, artefacts.
 * Which texts each rule reports, and where, is data (rules/tests/HB30x.yaml); here are the messages and
 * fixes, Markdown, whole files and an office's own word lists.
 */
class WordingRulesTest {

    private static final Set<String> WORDING = Set.of("HB301", "HB302", "HB303", "HB304", "HB305", "HB306");

    /** A report whose body lines start at line 3. */
    private static String report(String... body) {
        return "关于2024年度党建工作情况的报告\n市委：\n" + String.join("\n", body) + "\n特此报告。\n";
    }

    private static List<Finding> findings(ReportResult r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static List<Finding> wording(ReportResult r) {
        return r.findings().stream().filter(f -> WORDING.contains(f.rule())).toList();
    }

    private static String show(List<Finding> fs) {
        return fs.stream().map(f -> f.rule() + " " + f.location().line() + ":" + f.location().column() + " "
                + f.location().text()).collect(Collectors.joining("\n"));
    }

    /** The one finding of {@code rule} at line:column, with that excerpt. */
    private static Finding at(ReportResult r, String rule, int line, int column, String excerpt) {
        List<Finding> here = findings(r, rule).stream()
                .filter(f -> f.location().line() == line && f.location().column() == column).toList();
        assertEquals(1, here.size(), rule + " at " + line + ":" + column + " in\n" + show(wording(r)));
        assertEquals(excerpt, here.get(0).location().text());
        return here.get(0);
    }

    // ---- HB301 --------------------------------------------------------------------------------------

    @Test
    void aPlaceholderIsNamedInTheMessageAndTheFix() {
        ReportResult r = check("p.txt", report("20xx年x月x日，XXX同志带队到X局调研，共计xx本，组织观看《××》，由某某同志任组长，"
                + "由党委*同志任副组长，发放手册****套，【待补充】，（此处填写参加人数），时间（待定）。"));
        Finding date = at(r, "HB301", 3, 1, "20xx年x月x日");
        assertEquals(Severity.ERROR, date.severity());
        assertEquals("未填写的占位符：20xx年x月x日", date.message().zh());
        assertEquals("把“20xx年x月x日”换成实际的单位、人名、日期或数字", date.suggestion().zh());
    }

    @Test
    void inMarkdownPairedStarsAreEmphasisButALoneStarIsAMask() {
        ReportResult r = check("markdown.md", Fixtures.text("/fixtures/wording/markdown.md"));
        List<Finding> hb301 = findings(r, "HB301");
        assertEquals(1, hb301.size(), show(wording(r)));
        at(r, "HB301", 10, 4, "*");
        assertTrue(findings(r, "HB306").isEmpty(), "a thematic break is Markdown, not an artefact");
    }

    // ---- HB302 --------------------------------------------------------------------------------------

    @Test
    void aDoubledCharacterOrWordIsNamedInTheMessage() {
        ReportResult r = check("d.txt", report("全面加强党风廉政建建设，坚决做到做到红线不触，确保的的工作落实。"));
        Finding jian = at(r, "HB302", 3, 9, "建建");
        assertEquals(Severity.WARNING, jian.severity());
        assertEquals("“建”重复了一次", jian.message().zh());
        assertTrue(jian.suggestion().zh().startsWith("删去重复的“建”"), jian.suggestion().zh());
        Finding zuodao = at(r, "HB302", 3, 15, "做到做到");
        assertEquals("“做到”重复了一次", zuodao.message().zh());
    }

    // ---- HB303 --------------------------------------------------------------------------------------

    @Test
    void requestWordingIsQuotedInTheMessage() {
        ReportResult r = check("q.txt", report("今年以来，经费缺口较大，恳请市财政局审批拨付专项经费，请予批准。以上报告，妥否，请批示。"));
        Finding f = at(r, "HB303", 3, 13, "恳请市财政局审批");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("报告中不得夹带请示事项：恳请市财政局审批", f.message().zh());
        assertEquals("fail", r.status(), "HB303 is blocking");
    }

    // ---- HB304 --------------------------------------------------------------------------------------

    @Test
    void nonStandardFormulationsAreReportedWithTheStandardForm() {
        ReportResult r = check("f.txt", report("引导党员坚定“四个意识”、增强“四个自信”、增强“两个维护”，树牢政治意识、核心意识、大局意识、看齐意识，"
                + "团结在以习近平总书记为核心的党中央周围，学习新时代中国特色社会主义思想和二十大精神。"));
        Finding f = at(r, "HB304", 3, 5, "坚定“四个意识”");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("规范提法应为：增强“四个意识”", f.message().zh());
        assertTrue(f.suggestion().zh().startsWith("改为：增强“四个意识”。"), f.suggestion().zh());
        assertEquals("规范提法应为：坚定“四个自信”", at(r, "HB304", 3, 14, "增强“四个自信”").message().zh());
        assertEquals("规范提法应为：做到“两个维护”", at(r, "HB304", 3, 23, "增强“两个维护”").message().zh());
        assertEquals("规范提法应为：政治意识、大局意识、核心意识、看齐意识",
                at(r, "HB304", 3, 34, "政治意识、核心意识、大局意识、看齐意识").message().zh());
        assertEquals("规范提法应为：以习近平同志为核心的党中央", at(r, "HB304", 3, 57, "以习近平总书记为核心的党中央").message().zh());
        assertEquals("规范提法应为：习近平新时代中国特色社会主义思想", at(r, "HB304", 3, 76, "新时代中国特色社会主义思想").message().zh());
        // 二十大 without 党的 is how published texts of the CCDI write it: not reported
        assertEquals(6, findings(r, "HB304").size(), show(findings(r, "HB304")));
        assertEquals("fail", r.status(), "HB304 is blocking");
        assertTrue(r.score().blockedBy().contains("HB304"), r.score().blockedBy().toString());
    }

    @Test
    void textCloseToAStandardPhraseIsReportedWithThePhraseAsItsFix() {
        ReportResult r = check("n.txt", report("严格落实中央八项规则精神，学习党的第二十届全国代表大会精神，坚持生命至上、人民至上，"
                + "统筹推进“五位一体”战略布局。"));
        Finding rules = at(r, "HB304", 3, 5, "中央八项规则精神");
        assertEquals("规范提法应为：中央八项规定精神", rules.message().zh());
        assertEquals("中央八项规定精神", rules.fix().replacement());
        assertEquals("规范提法应为：党的第二十次全国代表大会", at(r, "HB304", 3, 16, "党的第二十届全国代表大会").message().zh());
        assertEquals("人民至上、生命至上", at(r, "HB304", 3, 33, "生命至上、人民至上").fix().replacement());
        // the user's quotation marks stay where they were
        assertEquals("“五位一体”总体布局", at(r, "HB304", 3, 47, "“五位一体”战略布局").fix().replacement());
        assertEquals(4, findings(r, "HB304").size(), show(findings(r, "HB304")));
    }

    @Test
    void whatPublishedTextsWriteCloseToAStandardPhraseIsLeftAlone() {
        ReportResult r = check("p.txt", report("落实党风廉政建设责任制，防范化解风险，统筹好发展和安全，全面从严治警，建好新时代文明实践所，"
                + "开展“学习强军思想、建功强军事业”教育，改革开放新时期，坚定维护党中央权威和集中统一领导，党员学习教育，"
                + "党的第十九次全国代表大会，统筹发展与安全，中华民族的伟大复兴，文化建设与经济建设、政治建设、社会建设协调发展。"));
        assertTrue(findings(r, "HB304").isEmpty(), show(findings(r, "HB304")));
    }

    @Test
    void anOfficeCanMakeHb304AnOrdinaryErrorAgain() throws Exception {
        Config config = ConfigLoader.load("rules:\n  overrides:\n    HB304: {blocking: false}\n", "office.yaml");
        Checker checker = new Checker(config, RuleLoader.load(config, List.of()), Readers.defaults());
        ReportResult r = checker.check(new SourceText("f.txt", report("紧密团结在以习近平总书记为核心的党中央周围。"), "UTF-8"));
        assertEquals(Severity.ERROR, at(r, "HB304", 3, 6, "以习近平总书记为核心的党中央").severity());
        assertTrue(r.score().blockedBy().isEmpty(), r.score().blockedBy().toString());
    }

    // ---- HB305 --------------------------------------------------------------------------------------

    @Test
    void knownConfusionsAreReportedWithTheRightCharacters() {
        ReportResult r = check("c.txt", report("全面把挥工作重点，潮聚奋进力量，些持每周学习，密发内生动力，截止目前已完成，布署工作，学习论述摘篇。"));
        Finding f = at(r, "HB305", 3, 3, "把挥");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("“把挥”应为“把握”", f.message().zh());
        assertEquals("“潮聚”应为“凝聚”", at(r, "HB305", 3, 10, "潮聚").message().zh());
        assertEquals("“些持”应为“坚持”", at(r, "HB305", 3, 17, "些持").message().zh());
        assertEquals("“密发”应为“激发”", at(r, "HB305", 3, 24, "密发").message().zh());
        Finding jiezhi = at(r, "HB305", 3, 31, "截止");
        assertEquals("“截止”应为“截至”", jiezhi.message().zh());
        assertTrue(jiezhi.suggestion().zh().contains("截至"), jiezhi.suggestion().zh());
        assertEquals("“布署”应为“部署”", at(r, "HB305", 3, 39, "布署").message().zh());
        assertEquals("“摘篇”应为“摘编”", at(r, "HB305", 3, 48, "摘篇").message().zh());
        assertEquals(7, findings(r, "HB305").size(), show(findings(r, "HB305")));
    }

    // ---- HB306 --------------------------------------------------------------------------------------

    @Test
    void pastedMarkupIsQuotedInTheMessageAndTheFix() {
        ReportResult r = check("a.txt", report("二是压实责任。##paidbegin##<p>全年开展学习12次。</p>&nbsp;原文链接：http://www.example.com/a.html"));
        Finding f = at(r, "HB306", 3, 8, "##paidbegin##");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("从网页或编辑器带入的残留内容：##paidbegin##", f.message().zh());
        assertEquals("删去“##paidbegin##”", f.suggestion().zh());
    }

    // ---- clean texts ----------------------------------------------------------------------------------

    @Test
    void aCleanReportFullOfLookalikesHasNoWordingFindings() {
        ReportResult r = check("clean-doublings.txt", Fixtures.text("/fixtures/wording/clean-doublings.txt"));
        assertTrue(wording(r).isEmpty(), show(wording(r)));
    }

    @Test
    void theBundledExamplesGetOnlyThePlantedWordingFindings() throws Exception {
        ReportResult good = check("合格.txt", Files.readString(Path.of("examples/合格-2024年度党建工作情况报告.txt")));
        assertTrue(wording(good).isEmpty(), show(wording(good)));
        ReportResult draft = check("待修改.txt", Files.readString(Path.of("examples/待修改-主题教育开展情况汇报.txt")));
        List<Finding> found = wording(draft);
        assertTrue(found.stream().anyMatch(f -> f.rule().equals("HB301") && f.location().text().equals("x月x日")), show(found));
        assertTrue(found.stream().anyMatch(f -> f.rule().equals("HB302") && f.location().text().equals("建建")), show(found));
        assertEquals(2, found.size(), show(found));
    }

    @Test
    void theElementFixturesHaveNoWordingFindings() throws Exception {
        try (var files = Files.list(Path.of("src/test/resources/fixtures/elements"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                ReportResult r = check(p.getFileName().toString(), Files.readString(p));
                assertTrue(wording(r).isEmpty(), p + "\n" + show(wording(r)));
            }
        }
    }

    // ---- lexicons extended by an office ---------------------------------------------------------------

    @Test
    void anOfficeExtendsTheWordListsWithFilesOfTheSameName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("confusions.lexicon.yaml"),
                "lexicon: confusions\nentries:\n  - {wrong: 其它, right: 其他, note: 本单位用字规范}\n");
        Files.writeString(dir.resolve("formulations.lexicon.yaml"),
                "lexicon: formulations\nentries:\n  - {wrong: 两学一做教育, right: “两学一做”学习教育}\n");
        Files.writeString(dir.resolve("reduplications.lexicon.yaml"),
                "lexicon: reduplications\nentries:\n  - {wrong: 当当网, note: 网站名}\n");
        Config config = ConfigLoader.defaults();
        Checker checker = new Checker(config, RuleLoader.load(config, List.of(dir)), Readers.defaults());
        String text = report("核对单位其它事项，截止目前已开展两学一做教育，入驻当当网开设书店。");

        ReportResult office = checker.check(new SourceText("office.txt", text, "UTF-8"));
        Finding account = at(office, "HB305", 3, 5, "其它");
        assertEquals("“其它”应为“其他”", account.message().zh());
        assertEquals("改为“其他”。本单位用字规范", account.suggestion().zh());
        at(office, "HB305", 3, 10, "截止");
        at(office, "HB304", 3, 17, "两学一做教育");
        assertTrue(findings(office, "HB302").isEmpty(), show(findings(office, "HB302")));

        ReportResult builtIn = check("office.txt", text);

        assertTrue(findings(builtIn, "HB305").stream().noneMatch(f -> f.location().text().equals("其它")));
        assertTrue(findings(builtIn, "HB304").isEmpty(), show(findings(builtIn, "HB304")));
        at(builtIn, "HB302", 3, 26, "当当");
    }

    @Test
    void anOfficeAddsStandardPhrasesListsAndAllowedNeighbours(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("formulations.lexicon.yaml"), "lexicon: formulations\nentries:\n"
                + "  - {standard: 项目为王、环境为本、创新为要}\n  - {name: 松河县交通运输综合执法大队}\n  - {allowed: 松河县交通运输执法大队}\n");
        Config config = ConfigLoader.defaults();
        Checker checker = new Checker(config, RuleLoader.load(config, List.of(dir)), Readers.defaults());
        ReportResult r = checker.check(new SourceText("o.txt",
                report("坚持环境为本、项目为王、创新为要，松河县交通运输综合大队，松河县交通运输执法大队。"), "UTF-8"));
        assertEquals("规范提法应为：项目为王、环境为本、创新为要", at(r, "HB304", 3, 3, "环境为本、项目为王、创新为要").message().zh());
        assertEquals("松河县交通运输综合执法大队", at(r, "HB304", 3, 18, "松河县交通运输综合大队").fix().replacement());
        assertEquals(2, findings(r, "HB304").size(), show(findings(r, "HB304")));
    }
}
