package org.huibao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.huibao.api.Element;
import org.huibao.api.ElementStatus;
import org.huibao.api.Genre;
import org.huibao.model.ReportResult;
import org.huibao.parse.Genres;
import org.huibao.parse.StructureParser;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Texts whose kind decides whose elements they can state: a news item about an inspection, a regulation
 * that prescribes what reports must hold, a notice issuing a plan, a report to a congress. Each is checked
 * as a user sees it (genre, element states, verdict, findings), beside the report its words would count in.
 */
class TextKindsTest {

    private static ReportResult check(String resource) {
        return Fixtures.check(resource.substring(resource.lastIndexOf('/') + 1), Fixtures.text(resource));
    }

    private static ElementStatus status(ReportResult r, Element e) {
        return r.elements().get(e).status();
    }

    private static List<String> rules(ReportResult r) {
        return r.findings().stream().map(f -> f.rule()).toList();
    }

    @Test
    void anInspectionNewsItemHasNoProblemsOrLeadershipOfItsOwnButItsPledgesAreNextSteps() {
        String news = Fixtures.text("/fixtures/genres/inspection-feedback-news.txt");
        ReportResult r = Fixtures.check("n.txt", news);
        assertEquals("not-a-report", r.genre());
        assertEquals(ElementStatus.ABSENT, status(r, Element.SHORTCOMINGS), "the problems are the inspected town's");
        assertEquals(ElementStatus.ABSENT, status(r, Element.LEADERSHIP),
                "代表县委巡察工作领导小组出席 is the inspecting body, 扛起整改主体责任 a requirement");
        assertEquals(ElementStatus.INLINE, status(r, Element.NEXT_STEPS), "接下来，该镇党委将… is a pledge");
        assertEquals("pass", r.status());
        assertEquals(List.of("HB108"), rules(r));

        String pledgeOnly = news.replaceAll("(?m)^会议要求.*\n", "");
        assertEquals(ElementStatus.INLINE, status(Fixtures.check("n.txt", pledgeOnly), Element.NEXT_STEPS),
                "a pledge reported as said (主要负责人表示，…将…) counts although 主要 comes first");
        String told = pledgeOnly.replaceAll("(?m)^柳溪镇主要负责人表示.*\n?", "柳溪镇主要负责人介绍了前期自查情况。\n");
        assertEquals(ElementStatus.ABSENT, status(Fixtures.check("n.txt", told), Element.NEXT_STEPS),
                "without requirement or pledge there are none");
    }

    @Test
    void aNewsItemsLeadershipIsWhatWasDoneNotWhatWasRequiredOrPromised() {
        String news = Fixtures.text("/fixtures/genres/rectification-meeting-news.txt");
        ReportResult r = Fixtures.check("m.txt", news);
        assertEquals("not-a-report", r.genre());
        assertEquals(ElementStatus.INLINE, status(r, Element.LEADERSHIP),
                "the bureau's own 巡察整改工作领导小组, named for what it remedies, chaired the meeting");
        assertTrue(r.elements().get(Element.NEXT_STEPS).present(), "讲了三点意见：… and the pledge");

        String withoutGroup = news.replace("局党组书记、巡察整改工作领导小组组长主持会议", "局党组书记主持会议");
        assertEquals(ElementStatus.ABSENT, status(Fixtures.check("m.txt", withoutGroup), Element.LEADERSHIP),
                "三是切实扛起整改主体责任 is a requirement item, 局党组将…扛牢主体责任 a pledge");
    }

    @Test
    void aNewsItemsStandingGroupAtWorkIsNoArrangementButAQuotedPledgeLooksAhead() {
        String news = Fixtures.text("/fixtures/genres/inspection-lookback-news.txt");
        ReportResult r = Fixtures.check("n.txt", news);
        assertEquals("not-a-report", r.genre());
        assertEquals(ElementStatus.ABSENT, status(r, Element.LEADERSHIP),
                "县委巡察工作领导小组…派出三个督导组 tells what a standing group did");
        assertEquals(ElementStatus.INLINE, status(r, Element.NEXT_STEPS), "“下一步，我们将… quoted");

        String founded = news.replace("近期，某县委巡察工作领导小组以巡察整改“回头看”为契机，",
                "近期，某镇党委成立巡察整改工作领导小组，由党委书记任组长，");
        assertEquals(ElementStatus.INLINE, status(Fixtures.check("n.txt", founded), Element.LEADERSHIP),
                "a group set up, with its head named, is an arrangement");
        String told = news.replace("“下一步，我们将持续巩固整改成果，", "“整改以来，我们持续巩固整改成果，");
        assertEquals(ElementStatus.ABSENT, status(Fixtures.check("n.txt", told), Element.NEXT_STEPS),
                "without a pledge there are no next steps");
    }

    @Test
    void aCongressBodysPledgeInANewsItemIsANextStepButTheDepartmentsProblemsAreNotItsOwn() {
        ReportResult r = Fixtures.check("n.txt", "市人大督办代表建议办理\n"
                + "5月下旬，市政府办公室会同市人大人代联委对市公安局、交通局等承办单位进行联合督查。大部分承办单位已书面答复代表，"
                + "但少数部门还存在重视不够、落实不到位等现象，为此，市人大将继续加大督查力度，确保代表建议办理质量。\n");
        assertEquals("not-a-report", r.genre());
        assertEquals(ElementStatus.ABSENT, status(r, Element.SHORTCOMINGS), "少数部门…: the departments'");
        assertEquals(ElementStatus.INLINE, status(r, Element.NEXT_STEPS), "市人大将继续…: the congress body pledges");
    }

    @Test
    void aReplysAddresseeIsNotTheWriter() {
        ReportResult r = Fixtures.check("r.txt", "某省纪委法规室对《关于村委会主任收受财物行为如何处理的请示》的答复\n某市纪委：\n"
                + "你们送来的请示收悉。经研究，现答复如下：\n根据村民委员会组织法，你市该村支委会和村委会研究决定，将木材款用于维修村级公路，"
                + "是村民自治范围内的事项。\n");
        assertEquals("not-a-report", r.genre());
        assertEquals(ElementStatus.ABSENT, status(r, Element.LEADERSHIP), "你市该村支委会…研究决定: the addressee's village");
    }

    @Test
    void numberedProblemsOfTheUnitsARegulatorChecksAreNotItsOwn() {
        String summary = Fixtures.text("/fixtures/elements/shortcomings-regulated-items.txt");
        ReportResult r = Fixtures.check("s.txt", summary);
        assertEquals(ElementStatus.ABSENT, status(r, Element.SHORTCOMINGS), "二是企业…, 二是从业人员…: the enterprises'");
        assertEquals("fail", r.status());
        assertTrue(rules(r).contains("HB102"), rules(r).toString());

        String own = summary.replace("二是从业人员持证上岗意识淡薄，无证操作叉车现象时有发生", "二是执法装备配备不到位，全局仅有2台电梯检测仪");
        ReportResult withOwn = Fixtures.check("s.txt", own);
        assertEquals(ElementStatus.INLINE, status(withOwn, Element.SHORTCOMINGS), "the bureau's own equipment");
        assertEquals("pass", withOwn.status(), withOwn.findings().toString());
    }

    @Test
    void aNewsItemOnDebriefsIsNewsAndItsQuotedPledgesAndClosingRemarksAreNotLeadership() {
        ReportResult r = check("/fixtures/genres/debrief-news.txt");
        assertEquals("not-a-report", r.genre(), "a headline about debriefs, opening with a quotation");
        assertEquals(ElementStatus.ABSENT, status(r, Element.LEADERSHIP),
                "“我将坚决扛起…责任” is quoted, 最后，…是落实管党治党责任的重要举措 a remark");
        assertEquals(ElementStatus.ABSENT, status(r, Element.SHORTCOMINGS));
        assertEquals(ElementStatus.INLINE, status(r, Element.NEXT_STEPS), "他要求…，要… after 最后， is a requirement");
        assertEquals(List.of("HB108"), rules(r));
        assertEquals(Genre.DEBRIEF, genre("柳溪镇党委书记2025年度述职报告\n“我将坚决扛起管党治党政治责任。”近日，我在镇党委会议上述职。"));
    }

    @Test
    void aReportSaidToItsHearersIsASpeechNotNewsWhateverItsTitleSays() {
        String said = String.join("\n", "青岭县市场监管局关于食品安全工作情况的汇报（在县人大常委会视察座谈会上，2025年9月）",
                "各位领导：", "9月5日，县人大常委会视察组到我局召开座谈会，听取了食品安全工作汇报。", "我局全年检查食品经营主体1260家次。");
        assertEquals(Genre.SPEECH, genre(said), "各位领导： addresses the hearers");
        String told = said.replace("各位领导：\n", "").replace("我局", "该局");
        assertEquals(Genre.NOT_A_REPORT, genre(told), "the same opening written about a meeting is news");
    }

    @Test
    void namesOfDutiesAndStockPhrasesStateNoLeadershipButAnArrangementDoes() {
        String text = Fixtures.text("/fixtures/elements/leadership-duty-names.txt");
        ReportResult r = Fixtures.check("l.txt", text);
        assertEquals(ElementStatus.ABSENT, status(r, Element.LEADERSHIP),
                "加强组织领导, 书记抓基层党建述职评议会, 对…主体责任情况进行了民主测评, 下一步（一）压紧压实责任");
        assertEquals("fail", r.status());
        String arranged = text.replace("（一）压紧压实责任。推动党建与业务深度融合。",
                "（一）压紧压实责任。成立由局党组书记任组长的党建工作领导小组，每季度专题研究1次。");
        assertTrue(Fixtures.check("l.txt", arranged).elements().get(Element.LEADERSHIP).present(),
                "an item among next steps with an arrangement under it");
        String owned = text.replace("我局按照县委部署，加强组织领导，健全工作机制。", "局党组书记认真履行第一责任人职责，全年专题研究党建工作4次。");
        ReportResult withOwn = Fixtures.check("l.txt", owned);
        assertEquals(ElementStatus.INLINE, status(withOwn, Element.LEADERSHIP));
        assertEquals("pass", withOwn.status(), withOwn.findings().toString());
    }

    @Test
    void requirementsOfAReviewAreItsNextStepsAndAHeadingOnOnePostTwoDutiesIsLeadership() {
        String review = String.join("\n", "县政务公开办2025年一季度政务公开工作通报", "一、总体情况",
                "一季度全县主动公开政府信息1260条。", "二、存在问题", "部分单位未按要求及时更新信息，3个乡镇公开专区建设滞后。",
                "三、整改要求", "1.各单位于4月30日前完成公开目录更新。");
        assertEquals(ElementStatus.SECTION, status(Fixtures.check("r.txt", review), Element.NEXT_STEPS), "三、整改要求");
        String debrief = String.join("\n", "2025年度述责述廉报告", "一、履行“一岗双责”情况",
                "本人分管医政工作，全年到联系医院开展廉政谈话8次。", "二、存在的不足", "一是对联系医院的日常监督不够经常，全年仅检查2次。",
                "三、下一步打算", "下一步，本人将于2026年6月底前完成分管领域廉政风险点复核。");
        assertEquals(ElementStatus.SECTION, status(Fixtures.check("d.txt", debrief), Element.LEADERSHIP));
    }

    @Test
    void aProblemFramedRoundAStockPhraseIsWeakAndAFigureMakesItSpecific() {
        String text = Fixtures.text("/fixtures/elements/shortcomings-framed-stock.txt");
        ReportResult r = Fixtures.check("q.txt", text);
        assertEquals("weak", r.elements().get(Element.SHORTCOMINGS).quality(),
                "存在…有待深化和规范的问题, 存在的主要问题是…不够全面; 2025年 is no figure");
        assertTrue(rules(r).contains("HB104"), rules(r).toString());
        String specific = text.replace("存在的主要问题是解读回应不够全面。", "存在的主要问题是解读回应不够全面，全年仅对3份政策文件开展图解。");
        ReportResult ok = Fixtures.check("q.txt", specific);
        assertEquals("ok", ok.elements().get(Element.SHORTCOMINGS).quality());
        assertTrue(!rules(ok).contains("HB104"), rules(ok).toString());
    }

    @Test
    void aNewsItemIsToldByItsBodyWhenItsTitleEndsInSituationOrItOpensWithAQuestion() {
        assertEquals(Genre.NOT_A_REPORT, genre("县委第三巡察组向柳溪镇党委反馈巡察情况\n4月8日上午，县委第三巡察组在柳溪镇召开反馈会议。"));
        assertEquals(Genre.REPORT, genre("柳溪镇接受县委巡察反馈情况\n4月8日，县委第三巡察组向我镇反馈巡察意见。我镇立即召开会议研究部署。"));
        assertEquals(Genre.NOT_A_REPORT, genre("“整改以后，问题有没有反弹？长效机制有没有建立？”5月6日，县纪委工作组到柳溪镇开展整改回访督查。\n"
                + "工作组查阅了台账。"));
        assertEquals(Genre.REPORT, genre("问题有没有反弹？这是我们一直思考的。\n今年以来，我局坚持问题导向，开展回访12次。"));
    }

    private static Genre genre(String text) {
        return Genres.detect(new StructureParser().parse("g.txt", text));
    }

    @Test
    void aRegulationOnWhatReportsMustHoldStatesNoneOfTheElements() {
        ReportResult rules = check("/fixtures/genres/debrief-rules.txt");
        assertEquals("not-a-report", rules.genre());
        for (Element e : Element.BUILT_IN) {
            assertEquals(ElementStatus.ABSENT, status(rules, e), e + ": prescribed, not reported");
        }
        assertEquals(List.of("HB108"), rules(rules));
        assertEquals("pass", rules.status());

        // the same words in a debrief's own voice are its elements
        ReportResult debrief = Fixtures.check("d.txt", String.join("\n", "县统计局党组书记2025年抓党建工作述职报告",
                "一、履行主体责任情况", "我履行抓党建第一责任人职责，成立党建工作领导小组，由我任组长，专题研究党建工作4次。",
                "二、存在的主要问题", "一是2个支部“三会一课”记录不规范；二是青年党员理论学习参与率仅为72%。",
                "三、下一步工作打算", "下一步，我将于2026年6月底前完成全部支部书记轮训，由机关党委负责。"));
        for (Element e : Element.BUILT_IN) {
            assertTrue(debrief.elements().get(e).present(), e + " present in a debrief");
        }
        assertEquals("pass", debrief.status(), debrief.findings().toString());
    }

    @Test
    void aNoticeIssuingAPlanHasItsTasksAsNextSteps() {
        ReportResult notice = check("/fixtures/genres/plan-notice.txt");
        assertEquals("not-a-report", notice.genre());
        assertEquals(ElementStatus.SECTION, status(notice, Element.NEXT_STEPS), "二、主要任务");
        assertEquals(ElementStatus.ABSENT, status(notice, Element.SHORTCOMINGS));
        assertEquals(List.of("HB108"), rules(notice));

        // a part on how the tasks went looks back
        String done = Fixtures.text("/fixtures/genres/plan-notice.txt").replace("二、主要任务", "二、主要任务完成情况");
        assertEquals(ElementStatus.ABSENT, status(Fixtures.check("p.txt", done), Element.NEXT_STEPS));
    }

    @Test
    void aReportToACongressStatesNoLeadershipOfItsOwnWork() {
        ReportResult r = check("/fixtures/genres/discipline-congress-report.txt");
        assertEquals(ElementStatus.ABSENT, status(r, Element.LEADERSHIP),
                "推动各级党委（党组）落实主体责任 and the 巡察工作领导小组 are others' duties and bodies");
        assertEquals(ElementStatus.SECTION, status(r, Element.SHORTCOMINGS));
        assertEquals(ElementStatus.SECTION, status(r, Element.NEXT_STEPS));
        assertEquals("fail", r.status());
        assertTrue(rules(r).contains("HB101"), rules(r).toString());

        // the commission's own report to the county Party committee on its own work
        String own = Fixtures.text("/fixtures/genres/discipline-congress-report.txt")
                .replace("中共清河县纪律检查委员会向中国共产党清河县第十五次代表大会的工作报告", "县纪委监委2025年度落实全面从严治党主体责任情况报告")
                .replace("各位代表：", "县委：")
                .replace("五年来，", "五年来，县纪委常委会成立监督工作领导小组，由书记任组长，");
        ReportResult report = Fixtures.check("o.txt", own);
        assertTrue(report.elements().get(Element.LEADERSHIP).present(), "its own leading group counts");
        assertEquals("pass", report.status(), report.findings().toString());
    }

    @Test
    void aGovernmentWorkReportsTaskForcesArePoliciesNotItsLeadership() {
        String gwr = Fixtures.text("/fixtures/genres/government-work-report.txt").replace("（二）着力培育新兴产业。",
                "（二）着力培育新兴产业。每条产业链组建工作专班，由县级领导担任链长，严格落实“一岗双责”。");
        ReportResult r = Fixtures.check("g.txt", gwr);
        assertEquals("government-work-report", r.genre());
        assertEquals(ElementStatus.ABSENT, status(r, Element.LEADERSHIP));
        assertEquals("pass", r.status(), r.findings().toString());
    }

    @Test
    void aRectificationNoticeWithoutATitleIsNoNewsItemThoughItOpensWithTheInspectionsDates() {
        ReportResult r = check("/fixtures/genres/rectification-notice-untitled.txt");
        assertTrue(!r.genre().equals("not-a-report"), "现将…予以公布 announces a document's contents: " + r.genre());
        assertEquals(ElementStatus.INLINE, status(r, Element.LEADERSHIP));

        String news = Fixtures.text("/fixtures/genres/rectification-notice-untitled.txt")
                .replace("根据巡察工作有关规定，现将巡察整改进展情况予以公布。", "反馈会上，巡察组组长指出了存在的问题。");
        assertEquals("not-a-report", Fixtures.check("n.txt", news).genre(), "without the formula it reads as news");
    }

    @Test
    void aUnitsOwnMeetingNewsIsNewsThoughItSaysWeAndItsSubordinatesProblemsAreNotItsOwn() {
        ReportResult r = check("/fixtures/genres/own-meeting-news.txt");
        assertEquals("not-a-report", r.genre());
        assertEquals(ElementStatus.ABSENT, status(r, Element.SHORTCOMINGS), "the problems are the secretaries' being debriefed");
        assertEquals(ElementStatus.ABSENT, status(r, Element.LEADERSHIP),
                "各二级党组织书记认真履行…主体责任 appraises the parts' officials; it is no arrangement of the college's");
        String arranged = Fixtures.text("/fixtures/genres/own-meeting-news.txt").replace("会议由院党委书记主持。",
                "会议由院党委书记主持。院党委成立党建工作领导小组，由党委书记任组长。");
        assertEquals(ElementStatus.INLINE, status(Fixtures.check("a.txt", arranged), Element.LEADERSHIP),
                "the college's own leading group does count");
        assertTrue(rules(r).contains("HB108"), rules(r).toString());

        String report = Fixtures.text("/fixtures/genres/own-meeting-news.txt").replace("会议由院党委书记主持。", "")
                .replace("他指出", "院党委书记指出").replace("他强调", "院党委书记还提出");
        assertTrue(!Fixtures.check("r.txt", report).genre().equals("not-a-report"),
                "a text in the first person that does not tell how a meeting went is read as the unit's own");
    }

    @Test
    void aNewsItemMayOpenWithAHookParagraphBeforeItsDatedLead() {
        String news = String.join("\n", "春节将至，廉洁过节。新春伊始，区档案馆以签责任书的方式为廉政建设开局。",
                "2月3日，区档案馆党支部书记与各科室负责人签订党风廉政建设责任书。责任书明确党支部书记对全馆党风廉政建设负总责。");
        assertEquals("not-a-report", Fixtures.check("n.txt", news).genre());
        String report = news.replace("春节将至，廉洁过节。新春伊始，区档案馆以签责任书的方式为廉政建设开局。",
                "一、落实党风廉政建设责任\n区档案馆坚持全面从严治党，把党风廉政建设纳入年度考核。全馆开展廉政教育6次。各科室建立廉政风险台账。");
        assertTrue(!Fixtures.check("r.txt", report).genre().equals("not-a-report"), "a text cut into numbered parts is no news item");
    }
}
