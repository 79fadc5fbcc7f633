package org.huibao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.huibao.parse.Genres;
import org.huibao.config.Config;
import org.huibao.config.ConfigException;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoader;
import org.huibao.api.Element;
import org.huibao.model.ReportResult;
import org.huibao.model.Severity;
import org.huibao.api.Genre;
import org.huibao.parse.StructureParser;
import org.huibao.read.Readers;
import org.huibao.read.SourceText;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Genre detection and the per-genre profiles of config.yaml. */
class ProfileTest {

    private static Genre genre(String text) {
        return Genres.detect(new StructureParser().parse("g.txt", text));
    }

    @Test
    void genreFromTitleSalutationAndClosing() {
        assertEquals(Genre.REPORT, genre("市林业局2024年度党建工作情况报告\n市委组织部：\n正文。\n专此报告。"));
        assertEquals(Genre.SPEECH, genre("在全市党建工作会议上的发言\n正文。"));
        assertEquals(Genre.SPEECH, genre("今年工作汇报\n各位领导，同志们：\n正文。"));
        assertEquals(Genre.SPEECH, genre("今年工作汇报\n正文。\n汇报完毕，谢谢大家！"));
        assertEquals(Genre.DEBRIEF, genre("2024年度个人述职报告\n正文。"));
        assertEquals(Genre.SELF_CHECK, genre("关于落实中央八项规定精神情况的自查报告\n正文。"));
        assertEquals(Genre.SUMMARY, genre("市林业局2024年工作总结\n正文。"));
        assertEquals(Genre.REPORT, genre("没有标题的正文，直接开始讲工作，讲了很多很多内容，说明情况。\n第二段。"));
    }

    @Test
    void genresBeyondTheReport() {
        assertEquals(Genre.GOVERNMENT_WORK_REPORT, genre("政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。"));
        assertEquals(Genre.ADDRESS, genre("在全县安全生产工作会议上的讲话\n同志们：\n正文。"));
        assertEquals(Genre.PLEDGE, genre("在全市优化营商环境大会上的表态发言\n正文。"));
        assertEquals(Genre.RECTIFICATION, genre("关于县委巡察反馈意见整改进展情况的报告\n正文。"));
        assertEquals(Genre.NOT_A_REPORT, genre("关于印发《2025年政务公开工作要点》的通知\n各单位：\n正文。"));
        assertEquals(Genre.NOT_A_REPORT, genre("党委（党组）书记抓基层党建工作述职评议考核办法（试行）\n第一条 正文。"));
        assertEquals(Genre.NOT_A_REPORT, genre("11月18日上午，县市场监管局党组召开理论学习中心组学习会。\n会议指出，要认真学习。\n会议强调，要抓好落实。"));
        assertEquals(Genre.NOT_A_REPORT, genre("区委第一巡察组巡察区档案馆党组情况反馈会议召开\n根据区委统一安排，区委第一巡察组召开反馈会议。"));
        // a report that tells of a meeting in its own voice stays a report
        assertEquals(Genre.REPORT, genre("11月18日，我局召开党组会议，研究部署安全生产工作。\n会议指出，要压实责任。\n会议强调，要抓好落实。"));
        assertEquals(Genre.REPORT, genre("县水利局关于2025年防汛工作情况的报告\n县人民政府：\n今年以来，我局召开会议部署防汛。"));
    }

    @Test
    void noticesRepliesAndDutyListsAreNotReportsWhateverTheirFirstLinesLookLike() {
        // a notice's title after its document number, on a line too long to be read as a title
        assertEquals(Genre.NOT_A_REPORT, genre("某办发〔2016〕72号 中共某县委办公室 某县人民政府办公室关于印发《某县落实党风廉政建设"
                + "党委主体责任和纪委监督责任的实施细则》的通知\n各乡镇党委、政府：\n《实施细则》已经县委研究同意，现印发给你们，请认真贯彻执行。"));
        // untitled: the formula that sends a document to its addressees to carry out
        assertEquals(Genre.NOT_A_REPORT, genre("某委发〔2017〕70号\n各村（社区）、镇级各单位：\n为推进依法治镇，经镇党委、政府同意，"
                + "现将《某省党政主要负责人履行推进法治建设第一责任人职责实施办法》转发你们，请认真组织学习，抓好贯彻执行。"));
        assertEquals(Genre.NOT_A_REPORT, genre("各科室、各直属单位：\n现将《2026年机关党建工作要点》下发给你们，请结合实际认真抓好落实。"));
        // the document number and date in brackets under the title
        assertEquals(Genre.NOT_A_REPORT, genre("中央关于党内同志之间的称呼问题的通知\n（中发〔65〕715号 1965年12月24日）\n正文。"));
        assertEquals(Genre.NOT_A_REPORT, genre("某省纪委法规室对《关于村干部收受财物如何处理的请示》的答复\n某市纪委：\n经研究，现答复如下。"));
        assertEquals(Genre.NOT_A_REPORT, genre("关于某某问题的复函\n某局：\n来函收悉。"));
        // a title broken over two lines, the kind on the second
        assertEquals(Genre.NOT_A_REPORT, genre("某市党政主要负责人履行推进法治建设\n第一责任人职责清单\n为深入贯彻习近平法治思想，制定本清单。"));
        // news leads: a part of the month, an official leading a team
        assertEquals(Genre.NOT_A_REPORT, genre("市人大督办代表建议办理\n5月下旬，市政府办公室会同市人大人代联委对市公安局等承办单位进行联合督查。"));
        assertEquals(Genre.NOT_A_REPORT, genre("11月26日至27日，县扫黑办负责同志带队深入安伏、刘坪等镇和县建设局等部门，开展工作。\n督查组要求，各镇要细化措施。"));

        // reports that mention issuing, forwarding or lists stay reports
        assertEquals(Genre.REPORT, genre("某报〔2024〕3号 县司法局关于2024年法治政府建设情况的报告\n县人民政府：\n今年以来，我局印发了《法治建设责任清单》。"));
        assertEquals(Genre.REPORT, genre("县司法局关于落实法治建设责任清单情况的报告\n县委：\n我局将整改方案印发给各科室，督促抓好落实。"));
        assertEquals(Genre.SUMMARY, genre("县水利局2025年工作总结和2026年工作计划\n一、2025年工作总结\n今年以来，我局召开会议部署防汛。"));
        assertEquals(Genre.REPORT, genre("5月下旬，我局召开安全生产专题会议，研究部署汛期安全生产工作。\n会议指出，要压实责任。"));
        // a title broken over two lines that names a report on its second is no news item, whatever its body tells
        assertEquals(Genre.SUMMARY, genre("某交通投资集团第三工程有限公司\n2025年度党建工作总结\n全年完成施工产值31.6亿元。"
                + "1月中旬，公司召开基层党组织书记抓党建工作述职评议考核会，12个基层党组织书记逐一述职。\n7月，召开考核推进会。"));
    }

    @Test
    void aNoticeIssuingRulesIsReadAsTheRulesItIssues() {
        org.huibao.parse.Report notice = new StructureParser().parse("n.txt", "关于印发《某县落实党风廉政建设主体责任实施细则》的通知\n"
                + "各乡镇：\n现印发给你们，请认真贯彻执行。\n第一条 各乡镇党委要落实主体责任，成立领导小组。");
        assertEquals(new Genres.Call(Genre.NOT_A_REPORT, "细则"), Genres.call(notice));
        org.huibao.parse.Report plan = new StructureParser().parse("n.txt", "关于印发《某县数字乡村建设实施方案》的通知\n"
                + "各乡镇：\n现印发给你们，请认真贯彻执行。");
        assertEquals(new Genres.Call(Genre.NOT_A_REPORT, "通知"), Genres.call(plan), "a plan is no rules");
    }

    @Test
    void aGovernmentWorkReportPassesWithoutALeadershipPart() {
        ReportResult r = check("/fixtures/genres/government-work-report.txt");
        assertEquals("government-work-report", r.genre());
        assertFalse(r.elements().get(Element.LEADERSHIP).required());
        assertTrue(r.elements().get(Element.NEXT_STEPS).present(), "二、2026年主要工作 is its next steps");
        assertTrue(r.elements().get(Element.SHORTCOMINGS).present(), "困难和挑战：… are its problems");
        assertEquals("pass", r.status(), r.findings().toString());
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("HB101")));
    }

    @Test
    void aNewsItemIsSaidToBeNoReportOnceAndNotFailed() {
        ReportResult r = check("/fixtures/genres/meeting-news.txt");
        assertEquals("not-a-report", r.genre());
        assertEquals(List.of("HB108"), r.findings().stream().map(f -> f.rule()).toList());
        assertEquals(new org.huibao.model.Location(1, 1, 1, 1, ""), r.findings().get(0).location(),
                "about the whole text: the empty place at its start, not the title line");
        assertEquals("pass", r.status());
    }

    @Test
    void aRectificationReportCountsTheProblemsFedBackToItAndItsMeasures() {
        ReportResult r = check("/fixtures/genres/rectification.txt");
        assertEquals("rectification", r.genre());
        assertTrue(r.elements().get(Element.SHORTCOMINGS).present(), "巡察反馈指出，我局…存在…问题 are its own");
        assertEquals("pass", r.status(), r.findings().toString());
    }

    @Test
    void anAddressAndAPledgeAreJudgedByWhatTheyRequireAndPromise() {
        ReportResult address = Fixtures.checkFixture("next-steps-speech-requirements.txt");
        assertEquals("address", address.genre());
        assertTrue(address.elements().get(Element.NEXT_STEPS).present(), "一要…二要… are next steps");
        assertFalse(address.elements().get(Element.SHORTCOMINGS).required());
        assertEquals("pass", address.status(), address.findings().toString());
        ReportResult pledge = Fixtures.checkFixture("next-steps-pledge.txt");
        assertEquals("pledge", pledge.genre());
        assertTrue(pledge.elements().get(Element.NEXT_STEPS).present(), "郑重表态：…我们将… are next steps");
        assertEquals("pass", pledge.status(), pledge.findings().toString());
        String withoutPledges = Fixtures.text("/fixtures/elements/next-steps-pledge.txt").replaceAll("(?m)^[一二三]是.*\n", "")
                .replace("郑重表态：", "表示坚决拥护。");
        assertFalse(Fixtures.check("p.txt", withoutPledges).elements().get(Element.NEXT_STEPS).present(),
                "without its pledges it has no next steps");
    }

    private static ReportResult check(String resource) {
        return Fixtures.check(resource.substring(resource.lastIndexOf('/') + 1), Fixtures.text(resource));
    }

    @Test
    void theDetectedGenreIsReported() {
        ReportResult r = Fixtures.checkFixture("next-steps-speech.txt");
        assertEquals("speech", r.genre());
        assertEquals("report", Fixtures.checkFixture("complete.txt").genre());
    }

    private static final String SELF_CHECK = String.join("\n", "市林业局关于落实中央八项规定精神情况的自查报告",
            "一、组织领导", "成立自查工作领导小组，由局长任组长，党组专题研究部署2次。",
            "二、存在的问题", "公务接待审批单填写不规范，3份审批单缺少接待对象人数。", "");

    @Test
    void aProfileCanMakeAnElementOptional() throws Exception {
        Config config = ConfigLoader.load("profiles:\n  self-check:\n    elements:\n      next_steps: {required: false}\n",
                "p.yaml");
        Checker checker = new Checker(config, RuleLoader.load(config, List.of()), Readers.defaults());
        ReportResult r = checker.check(new SourceText("s.txt", SELF_CHECK, "UTF-8"));
        assertEquals("self-check", r.genre());
        assertFalse(r.elements().get(Element.NEXT_STEPS).required());
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("HB103")), r.findings().toString());
        assertEquals(25.0, r.score().breakdown().get(2).points());
        ReportResult generic = Fixtures.check("s.txt", SELF_CHECK);
        assertTrue(generic.findings().stream().anyMatch(f -> f.rule().equals("HB103")), "without the profile it is required");
    }

    @Test
    void aProfileChangesRuleSettingsOnlyForItsGenre() throws Exception {
        Config config = ConfigLoader.load("profiles:\n  self-check:\n    rules:\n      overrides:\n"
                + "        HB103: {severity: info}\n    scoring:\n      quality:\n        info: 1\n", "p.yaml");
        Checker checker = new Checker(config, RuleLoader.load(config, List.of()), Readers.defaults());
        ReportResult selfCheck = checker.check(new SourceText("s.txt", SELF_CHECK, "UTF-8"));
        assertTrue(selfCheck.findings().stream().anyMatch(f -> f.rule().equals("HB103") && f.severity() == Severity.INFO));
        String asReport = SELF_CHECK.replace("的自查报告", "的报告");
        ReportResult report = checker.check(new SourceText("r.txt", asReport, "UTF-8"));
        assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("HB103") && f.severity() == Severity.ERROR));
    }

    @Test
    void theProfileCanBeForced() throws Exception {
        Config config = ConfigLoader.load("profiles:\n  speech:\n    elements:\n      shortcomings: {required: false}\n",
                "p.yaml");
        Checker forced = new Checker(config, RuleLoader.load(config, List.of()), Readers.defaults(),
                Optional.of(Genre.SPEECH));
        ReportResult r = forced.check(new SourceText("a.txt", Fixtures.text("/fixtures/elements/shortcomings-absent.txt"),
                "UTF-8"));
        assertEquals("speech", r.genre());
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("HB102")));
    }

    @Test
    void unknownGenreInProfilesIsAConfigError() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load("profiles:\n  speach:\n    rules: {}\n", "p.yaml"));
        assertTrue(e.getMessage().startsWith("p.yaml:2"), e.getMessage());
        assertTrue(e.getMessage().contains("speech"), "did you mean: " + e.getMessage());
    }
}
