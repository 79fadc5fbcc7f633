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

/** HB301–HB306: wording — placeholders, doubled words, 请示 wording, formulations, confusions, artefacts. */
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
    void placeholdersAreReportedOneFindingPerOccurrence() {
        ReportResult r = check("p.txt", report("20xx年x月x日，XXX同志带队到X局调研，共计xx本，组织观看《××》，由某某同志任组长，"
                + "由党委*同志任副组长，发放手册****套，【待补充】，（此处填写参加人数），时间（待定）。"));
        Finding date = at(r, "HB301", 3, 1, "20xx年x月x日");
        assertEquals(Severity.ERROR, date.severity());
        assertEquals("未填写的占位符：20xx年x月x日", date.message().zh());
        assertEquals("把“20xx年x月x日”换成实际的单位、人名、日期或数字", date.suggestion().zh());
        at(r, "HB301", 3, 11, "XXX");
        at(r, "HB301", 3, 19, "X");
        at(r, "HB301", 3, 26, "xx");
        at(r, "HB301", 3, 35, "××");
        at(r, "HB301", 3, 40, "某某");
        at(r, "HB301", 3, 51, "*");
        at(r, "HB301", 3, 63, "****");
        at(r, "HB301", 3, 69, "【待补充】");
        at(r, "HB301", 3, 75, "（此处填写参加人数）");
        at(r, "HB301", 3, 88, "（待定）");
        assertEquals(11, findings(r, "HB301").size(), show(findings(r, "HB301")));
    }

    @Test
    void everyLineIsReadExactlyOnce() {
        // title, addressee, own-line headings of each kind, a numbered line that reads as prose, a
        // paragraph, the closing and the signature
        ReportResult r = check("h.txt", "xx局关于2024年工作情况的报告\nxx市委：\n一、xx工作情况\n（一）xx工作。\n2.xx工作\n"
                + "xx工作推进情况\n全年开展xx次学习。\n特此报告，xx。\nxx局党组\n2024年12月20日\n");
        at(r, "HB301", 1, 1, "xx");
        at(r, "HB301", 2, 1, "xx");
        at(r, "HB301", 3, 3, "xx");
        at(r, "HB301", 4, 4, "xx");
        at(r, "HB301", 5, 3, "xx");
        at(r, "HB301", 6, 1, "xx");
        at(r, "HB301", 7, 5, "xx");
        at(r, "HB301", 8, 6, "xx");
        at(r, "HB301", 9, 1, "xx");
        assertEquals(9, findings(r, "HB301").size(), show(findings(r, "HB301")));
    }

    @Test
    void latinWordsFormulasAndAnonymisedNamesAreNotPlaceholders() {
        ReportResult r = check("n.txt", report("办公系统使用APP、Excel、Linux、XML、PPT格式，R&D投入增加，box和mix两个模块，Xi Jinping的英文报道，"
                + "iPhone X手机登记入册，配备X光机和X射线设备，林地按3×4米网格调查，3*4的矩阵，推行1+X证书制度，以x轴为横轴绘图，"
                + "通报张某某违纪案件，对某单位开展调研，二○○八年建成。"));
        assertTrue(findings(r, "HB301").isEmpty(), show(findings(r, "HB301")));
    }

    @Test
    void inMarkdownPairedStarsAreEmphasisButALoneStarIsAMask() {
        ReportResult r = check("markdown.md", Fixtures.text("/fixtures/wording/markdown.md"));
        List<Finding> hb301 = findings(r, "HB301");
        assertEquals(1, hb301.size(), show(wording(r)));
        at(r, "HB301", 10, 4, "*");
        assertTrue(findings(r, "HB306").isEmpty(), "a thematic break is Markdown, not an artefact");
    }

    @Test
    void inPlainTextPairedStarsAreMasksReportedOnceByHb301() {
        ReportResult r = check("t.txt", report("**市直机关是全市学习的“第一方阵”。**市直机关工委多措并举。"));
        at(r, "HB301", 3, 1, "**");
        at(r, "HB301", 3, 20, "**");
        assertEquals(2, findings(r, "HB301").size());
        assertTrue(findings(r, "HB306").isEmpty(), "stars are the placeholder rule's, not also an artefact");
    }

    // ---- HB302 --------------------------------------------------------------------------------------

    @Test
    void charactersAndWordsTypedTwiceAreReported() {
        ReportResult r = check("d.txt", report("全面加强党风廉政建建设，坚决做到做到红线不触，确保的的工作落实。"));
        Finding jian = at(r, "HB302", 3, 9, "建建");
        assertEquals(Severity.WARNING, jian.severity());
        assertEquals("“建”重复了一次", jian.message().zh());
        assertTrue(jian.suggestion().zh().startsWith("删去重复的“建”"), jian.suggestion().zh());
        Finding zuodao = at(r, "HB302", 3, 15, "做到做到");
        assertEquals("“做到”重复了一次", zuodao.message().zh());
        at(r, "HB302", 3, 26, "的的");
        assertEquals(3, findings(r, "HB302").size(), show(findings(r, "HB302")));
    }

    @Test
    void correctDoublingIsLeftAlone() {
        ReportResult r = check("ok.txt", report("干干净净做事，端端正正做人，明明白白、家家户户、三三两两、一步一个脚印、一一对应，"
                + "常常、天天、人人、个个、层层、事事、处处、多多、谢谢、星星、试试、看一看、好好、年年、渐渐、刚刚、仅仅、往往、纷纷、种种、步步、条条，"
                + "研究研究、讨论讨论、一个个、一次次，11项、2222元，学习习近平新时代中国特色社会主义思想，改进工作作风，全过程人民民主，"
                + "落实重要要求，由办公室主任任组长，领导小组组长，市公安局局长，党委委员，2023年年底，政协协商，税收收入，张婷婷同志，息息相关。"));
        assertTrue(findings(r, "HB302").isEmpty(), show(findings(r, "HB302")));
    }

    // ---- HB303 --------------------------------------------------------------------------------------

    @Test
    void requestWordingInAReportIsABlockingError() {
        ReportResult r = check("q.txt", report("今年以来，经费缺口较大，恳请市财政局审批拨付专项经费，请予批准。以上报告，妥否，请批示。"));
        Finding f = at(r, "HB303", 3, 13, "恳请市财政局审批");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("报告中不得夹带请示事项：恳请市财政局审批", f.message().zh());
        at(r, "HB303", 3, 28, "请予批准");
        at(r, "HB303", 3, 38, "妥否，请批示");
        assertEquals("fail", r.status(), "HB303 is blocking");
    }

    @Test
    void requestWordingIsFoundInTheClosingLine() {
        ReportResult r = check("c.txt", "关于2024年度党建工作情况的报告\n市委：\n全年开展学习12次。\n以上报告，请予批复。\n");
        at(r, "HB303", 4, 6, "请予批复");
    }

    @Test
    void submissionPhrasesAndAccountsOfRequestsAreNotRequests() {
        ReportResult r = check("s.txt", report("以上报告，请批评指正。请审阅。特此报告，请予评议。请予审议。提请市人大常委会审议。已报请市政府批准。对群众申请的事项予以解决。"
                + "转请有关部门予以解决。我局多次请市发改委予以协调。严格执行个人请示报告事项制度。"));
        assertTrue(findings(r, "HB303").isEmpty(), show(findings(r, "HB303")));
    }

    @Test
    void aSpeechOrARequestDocumentIsNotChecked() {
        ReportResult speech = check("speech.txt", "在全市党建工作会议上的汇报发言\n各位领导，同志们：\n恳请市委在经费上予以支持，请予批准。\n汇报完毕，谢谢大家！\n");
        assertTrue(findings(speech, "HB303").isEmpty(), show(findings(speech, "HB303")));
        ReportResult request = check("qs.txt", "关于申请党建活动经费的请示\n市委：\n请予批准。\n妥否，请批示。\n");
        assertTrue(findings(request, "HB303").isEmpty(), show(findings(request, "HB303")));
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
    void anOfficeCanMakeHb304AnOrdinaryErrorAgain() throws Exception {
        Config config = ConfigLoader.load("rules:\n  overrides:\n    HB304: {blocking: false}\n", "office.yaml");
        Checker checker = new Checker(config, RuleLoader.load(config, List.of()), Readers.defaults());
        ReportResult r = checker.check(new SourceText("f.txt", report("紧密团结在以习近平总书记为核心的党中央周围。"), "UTF-8"));
        assertEquals(Severity.ERROR, at(r, "HB304", 3, 6, "以习近平总书记为核心的党中央").severity());
        assertTrue(r.score().blockedBy().isEmpty(), r.score().blockedBy().toString());
    }

    @Test
    void standardFormulationsAreLeftAlone() {
        ReportResult r = check("s.txt", report("增强“四个意识”、坚定“四个自信”、做到“两个维护”，牢固树立政治意识、大局意识、核心意识、看齐意识，"
                + "坚定道路自信、理论自信、制度自信、文化自信，团结在以习近平同志为核心的党中央周围，学习习近平新时代中国特色社会主义思想，"
                + "学习党的二十大报告、党的十九大、二十大精神，中共二十大，十九届六中全会，“喜迎二十大”书画展，《二十大知识问答》，分为二十大类。"));
        assertTrue(findings(r, "HB304").isEmpty(), show(findings(r, "HB304")));
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

    @Test
    void lookalikesThatAreRightInContextAreLeftAlone() {
        ReportResult r = check("ok.txt", report("截至目前，把握重点，把挥洒汗水的干部记在心上，凝聚力量，这些持证人员全部上岗，一些持续性问题已解决，"
                + "涉密发文严格管理，按装修标准验收，既使群众满意又使企业受益，生活必需品供应充足，报名截止日期为6月1日，其它事项另行通知。"));
        assertTrue(findings(r, "HB305").isEmpty(), show(findings(r, "HB305")));
    }

    // ---- HB306 --------------------------------------------------------------------------------------

    @Test
    void pastedMarkupAndStrayAddressesAreReported() {
        ReportResult r = check("a.txt", report("二是压实责任。##paidbegin##<p>全年开展学习12次。</p>&nbsp;原文链接：http://www.example.com/a.html"));
        Finding f = at(r, "HB306", 3, 8, "##paidbegin##");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("从网页或编辑器带入的残留内容：##paidbegin##", f.message().zh());
        assertEquals("删去“##paidbegin##”", f.suggestion().zh());
        at(r, "HB306", 3, 21, "<p>");
        at(r, "HB306", 3, 34, "</p>");
        at(r, "HB306", 3, 38, "&nbsp;");
        at(r, "HB306", 3, 49, "http://www.example.com/a.html");
        assertEquals(5, findings(r, "HB306").size(), show(findings(r, "HB306")));
    }

    @Test
    void separatorLinesAndBulletsInPlainTextAreArtefactsNotPlaceholders() {
        ReportResult r = check("sep.txt", report("全年开展学习12次。", "******", "------", "全年举办读书班2期。", "* 开展集中学习12次。"));
        at(r, "HB306", 4, 1, "******");
        at(r, "HB306", 5, 1, "------");
        at(r, "HB306", 7, 1, "*");
        assertTrue(findings(r, "HB301").isEmpty(), show(findings(r, "HB301")));
    }

    @Test
    void introducedAddressesAndOrdinarySymbolsAreNotArtefacts() {
        ReportResult r = check("ok.txt", report("详细信息在局门户网站（www.example.gov.cn）公开，网址：https://www.example.gov.cn/dj，"
                + "R&D投入增加，a<b时取较小值，学习《党章》。"));
        assertTrue(findings(r, "HB306").isEmpty(), show(findings(r, "HB306")));
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
                "lexicon: confusions\nentries:\n  - {wrong: 帐户, right: 账户, note: 本单位用字规范}\n");
        Files.writeString(dir.resolve("formulations.lexicon.yaml"),
                "lexicon: formulations\nentries:\n  - {wrong: 两学一做教育, right: “两学一做”学习教育}\n");
        Files.writeString(dir.resolve("reduplications.lexicon.yaml"),
                "lexicon: reduplications\nentries:\n  - {wrong: 莫莫格, note: 湿地名}\n");
        Config config = ConfigLoader.defaults();
        Checker checker = new Checker(config, RuleLoader.load(config, List.of(dir)), Readers.defaults());
        String text = report("核对单位帐户，截止目前已开展两学一做教育，保护莫莫格湿地。");

        ReportResult office = checker.check(new SourceText("office.txt", text, "UTF-8"));
        Finding account = at(office, "HB305", 3, 5, "帐户");
        assertEquals("“帐户”应为“账户”", account.message().zh());
        assertEquals("改为“账户”。本单位用字规范", account.suggestion().zh());
        at(office, "HB305", 3, 8, "截止");
        at(office, "HB304", 3, 15, "两学一做教育");
        assertTrue(findings(office, "HB302").isEmpty(), show(findings(office, "HB302")));

        ReportResult builtIn = check("office.txt", text);
        assertTrue(findings(builtIn, "HB305").stream().noneMatch(f -> f.location().text().equals("帐户")));
        assertTrue(findings(builtIn, "HB304").isEmpty(), show(findings(builtIn, "HB304")));
        at(builtIn, "HB302", 3, 24, "莫莫");
    }
}
