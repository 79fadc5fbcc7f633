package org.huibao.check;

import static org.huibao.testing.Fixtures.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.huibao.api.Element;
import org.huibao.model.ReportResult;
import org.huibao.parse.Genres;
import org.huibao.parse.StructureParser;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Texts that are no account of their writer's own work — meeting news told by the county it happened in, rules
 * written in articles, a 通报 sent down, an audit or law-inspection report on the units examined — and a
 * government work report whose title a copy lost: each is told by its profile (title, addressee, opening,
 * structure), whether or not the title line survived, and judged by it. Beside each, the report its words would
 * count in, so that the profile is not taken from a word alone.
 */
class GenreProfileTest {

    private static String text(String file) {
        return Fixtures.text("/fixtures/genres/" + file);
    }

    private static Genres.Call call(String text) {
        return Genres.call(new StructureParser().parse("t.txt", text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/fixtures/genres/EXPECTED.csv", numLinesToSkip = 1)
    void eachTextIsReadByItsProfile(String file, String genre, String cue, String leadership, String shortcomings,
                                    String nextSteps) {
        ReportResult r = Fixtures.check(file, text(file));
        assertEquals(genre, r.genre());
        assertEquals(cue == null ? "" : cue, call(text(file)).cue());
        assertEquals(leadership, verdict(r, Element.LEADERSHIP).status().id(), "leadership");
        assertEquals(shortcomings, verdict(r, Element.SHORTCOMINGS).status().id(), "shortcomings");
        assertEquals(nextSteps, verdict(r, Element.NEXT_STEPS).status().id(), "next_steps");
        assertEquals("pass", r.status(), "judged by its profile, it has what it needs: " + r.findings());
    }

    @Test
    void aBulletinOfTheUnitsOwnWorkIsNotSentDown() {
        String own = text("bulletin-sent-down.txt").replace("各乡镇人民政府，县直有关单位：\n", "")
                .replace("现将有关情况通报如下：", "");
        assertEquals("report", call(own).genre().id(), "…情况的通报 with no addressee below and no formula: " + call(own));
    }

    @Test
    void aRectificationPublishedAsABulletinIsTheUnitsOwnAccount() {
        String own = text("bulletin-sent-down.txt").replace("关于2025年第四季度安全生产督查情况的通报", "中共某县应急管理局党组关于巡察整改进展情况的通报");
        assertEquals("rectification", call(own).genre().id());
        String untitled = text("bulletin-sent-down-untitled.txt").replace("县安委办于11月至12月对全县15个乡镇、12个重点行业部门开展了安全生产督查",
                "县委第三巡察组对县应急管理局开展了巡察，局党组认真抓好整改");
        assertTrue(!call(untitled).genre().id().equals("not-a-report"), "its own 整改 told to all: " + call(untitled));
    }

    @Test
    void anAddresseeAboveOrHearersGreetedAreNotUnitsSentTo() {
        String up = text("bulletin-sent-down-untitled.txt").replace("各乡镇人民政府，县直有关单位：", "县委、县政府：")
                .replace("现将有关情况通报如下", "现将有关情况报告如下");
        assertEquals("report", call(up).genre().id());
        String hearers = "各位领导、同志们：\n今年以来，我局成立安全生产工作专班，局长任组长，全年检查企业126家。\n下一步，我们将于6月底前完成隐患整改。";
        assertEquals("speech", call(hearers).genre().id());
    }

    @Test
    void aReportQuotingAnArticleIsStillAReport() {
        String report = Fixtures.text("/fixtures/elements/complete.txt").replace("二、存在的问题\n",
                "二、存在的问题\n第十二条 各单位应当按期换届。\n第十三条 支部应当每月开展主题党日。\n");
        assertEquals("report", call(report).genre().id(), "two quoted articles in a titled report do not make rules");
        String rules = text("rules-articles-untitled.txt");
        assertEquals("report", call(rules.replaceAll("(?m)^第[一二三四五]条　", "")).genre().id(),
                "the same sentences without their article numbers read as a report");
    }

    @Test
    void anAuditOfficesOwnWorkSummaryIsAReport() {
        String own = "县审计局2025年工作总结\n一、主要工作\n局党组成立审计质量提升工作领导小组，局长任组长。根据审计法，全年完成审计项目36个。\n"
                + "二、存在的问题\n审计人员中具有注册会计师资格的仅3人，大数据审计能力不足。\n三、2026年工作打算\n6月底前建成审计数据分析室。";
        assertEquals("summary", call(own).genre().id());
        ReportResult r = Fixtures.check("s.txt", own);
        assertEquals("section", verdict(r, Element.SHORTCOMINGS).status().id(), "its own problems count");
    }

    @Test
    void aNewsItemToldByTheCountyNeedsTheMeetingNarrated() {
        String report = text("meeting-news-own-county.txt").replace("会议要求，", "我们").replace("县委常委、副县长李明出席会议并讲话。\n", "");
        assertTrue(!call(report).genre().id().equals("not-a-report"),
                "two of the meeting's sayings and no one attending are the county telling its own meeting");
        String attended = text("meeting-news-own-county.txt").replace("会议要求，", "我们");
        assertEquals("not-a-report", call(attended).genre().id(), "an official attending and speaking is news");
    }
}
