package org.huibao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.huibao.api.Element;
import org.huibao.api.ElementStatus;
import org.huibao.config.Config;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoader;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.model.ScoreItem;
import org.huibao.model.Severity;
import org.huibao.read.Readers;
import org.huibao.read.SourceText;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A required element an office declares in its configuration: found as a part, inline or not at all by
 * the same machinery as the built-in ones, required only in its genres and titles, reported missing under
 * its own rule id, scored by its weight or not at all; and the built-in elements as they were.
 */
class DeclaredElementTest {

    private static final Element LIANZHENG = Element.of("lianzheng");

    private static final String DECLARED = """
            elements:
              lianzheng:
                name: {zh: 党风廉政建设, en: Party conduct and integrity}
                rule: XB101
                genres: [report]
                report_title: 党建
                heading: ['党风廉政|廉政建设']
                body: ['党风廉政建设|廉政风险|中央八项规定']
                scored: %s
            """;

    private static final String HEAD = "关于2024年度党建工作情况的报告\n市委：\n一、2024年度党建工作情况\n"
            + "（一）加强组织领导。成立由党组书记任组长的党建工作领导小组，党组专题研究部署党建工作4次。\n";
    private static final String TAIL = "二、存在的问题\n部分支部“三会一课”记录不规范，2个支部近3年未发展党员。\n"
            + "三、2025年工作打算\n2025年3月底前完成支部书记轮训，由机关党委负责。\n特此报告。\n";

    private static final String AS_PART = HEAD + "（二）持续加强党风廉政建设。开展专项检查，梳理问题清单57项。\n" + TAIL;
    private static final String INLINE = HEAD + "（二）强化理论武装。中心组集体学习12次，严格落实中央八项规定精神，开展明察暗访4轮。\n"
            + TAIL;
    private static final String WITHOUT = HEAD + "（二）强化理论武装。中心组集体学习12次，形成成果清单18项。\n" + TAIL;

    private static Checker checker(String yaml) throws Exception {
        Config config = ConfigLoader.load(yaml, "office.yaml");
        return new Checker(config, RuleLoader.load(config, List.of()), Readers.defaults());
    }

    private static ReportResult check(Checker checker, String text) {
        return checker.check(new SourceText("r.txt", text, "UTF-8"));
    }

    private static List<Finding> findings(ReportResult r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static ScoreItem item(ReportResult r, String id) {
        return r.score().breakdown().stream().filter(i -> i.item().equals(id)).findFirst().orElse(null);
    }

    @Test
    void foundAsAPartInlineOrNotAtAll() throws Exception {
        Checker c = checker(DECLARED.formatted("1"));

        ElementVerdict part = check(c, AS_PART).elements().get(LIANZHENG);
        assertEquals(ElementStatus.SECTION, part.status());
        assertEquals("（二）持续加强党风廉政建设。", part.evidence().get(0).text());
        assertEquals("党风廉政建设", part.name().zh());

        ElementVerdict inline = check(c, INLINE).elements().get(LIANZHENG);
        assertEquals(ElementStatus.INLINE, inline.status());
        assertTrue(inline.evidence().get(0).text().startsWith("中央八项规定"), inline.evidence().toString());

        ReportResult without = check(c, WITHOUT);
        assertEquals(ElementStatus.ABSENT, without.elements().get(LIANZHENG).status());
        assertTrue(without.elements().get(LIANZHENG).required());
    }

    @Test
    void denialsPreviewsProblemsAndPlansAreNoAccountOfIt() throws Exception {
        Checker c = checker(DECLARED.formatted("1"));
        String denied = HEAD + "（二）强化理论武装。本年度未开展廉政风险排查。\n" + TAIL;
        String preview = "关于2024年度党建工作情况的报告\n市委：\n现将党建工作、党风廉政建设情况报告如下：\n"
                + WITHOUT.substring(WITHOUT.indexOf("一、"));
        String onlyAProblemAndAPlan = HEAD + TAIL.replace("未发展党员。", "未发展党员；党风廉政建设仍有薄弱环节。")
                .replace("由机关党委负责。", "由机关党委负责；从严抓好党风廉政建设。");
        for (String text : List.of(denied, preview, onlyAProblemAndAPlan)) {
            assertEquals(ElementStatus.ABSENT, check(c, text).elements().get(LIANZHENG).status(), text);
        }
    }

    @Test
    void missingItIsAFindingUnderItsOwnRule() throws Exception {
        ReportResult r = check(checker(DECLARED.formatted("1")), WITHOUT);
        List<Finding> missing = findings(r, "XB101");
        assertEquals(1, missing.size(), r.findings().toString());
        Finding f = missing.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(LIANZHENG, f.element());
        assertEquals("报告没有写党风廉政建设", f.message().zh());
        assertEquals("The report gives no account of Party conduct and integrity", f.message().en());
        assertEquals(List.of(1, 1, 1, 1), List.of(f.location().line(), f.location().column(), f.location().endLine(),
                f.location().endColumn()), "the empty span at the start: about the whole report, as HB101-HB103");
        assertTrue(findings(check(checker(DECLARED.formatted("1")), AS_PART), "XB101").isEmpty());
    }

    @Test
    void requiredOnlyInItsGenresAndTitles() throws Exception {
        Checker c = checker(DECLARED.formatted("1"));
        String otherTitle = WITHOUT.replace("党建工作情况的报告", "安全生产工作情况的报告");
        String speech = WITHOUT.replace("关于2024年度党建工作情况的报告\n市委：", "在全市党建工作会议上的发言\n各位领导，同志们：");
        for (String text : List.of(otherTitle, speech)) {
            ReportResult r = check(c, text);
            ElementVerdict v = r.elements().get(LIANZHENG);
            assertFalse(v.required(), text);
            assertTrue(findings(r, "XB101").isEmpty(), "not reported missing: " + r.findings());
            assertEquals("not required", item(r, "lianzheng").detail());
            assertEquals(0.0, item(r, "lianzheng").points());
        }
    }

    @Test
    void aScoredElementCostsWhatABuiltInOneLoses() throws Exception {
        ReportResult full = check(checker(DECLARED.formatted("1")), AS_PART);
        ReportResult absent = check(checker(DECLARED.formatted("1")), WITHOUT);
        ReportResult inline = check(checker(DECLARED.formatted("1")), INLINE);
        ReportResult heavy = check(checker(DECLARED.formatted("2")), WITHOUT);

        assertEquals(new ScoreItem("lianzheng", 0, 0, "section"), item(full, "lianzheng"));
        assertEquals(new ScoreItem("lianzheng", -25, 0, "absent"), item(absent, "lianzheng"));
        assertEquals(new ScoreItem("lianzheng", -10, 0, "inline"), item(inline, "lianzheng"));
        assertEquals(new ScoreItem("lianzheng", -50, 0, "absent"), item(heavy, "lianzheng"));
        assertEquals(full.score().total() - 25, absent.score().total(), 1e-9);
        assertEquals(full.score().total() - 50, heavy.score().total(), 1e-9);
        assertEquals("fail", absent.status(), "lacking it fails a report as lacking a built-in element does");
        assertEquals(List.of("leadership", "shortcomings", "next_steps", "lianzheng", "quality"),
                absent.score().breakdown().stream().map(ScoreItem::item).toList());
    }

    @Test
    void anElementNotScoredCostsOnlyItsFinding() throws Exception {
        ReportResult full = check(checker(DECLARED.formatted("false")), AS_PART);
        ReportResult absent = check(checker(DECLARED.formatted("false")), WITHOUT);

        assertEquals(null, item(absent, "lianzheng"), "not in the breakdown");
        assertEquals(1, findings(absent, "XB101").size());
        ScoreItem quality = item(absent, "quality");
        assertTrue(quality.detail().contains("XB101 -5"), quality.detail());
        assertEquals(full.score().total() - 5, absent.score().total(), 1e-9);
    }

    @Test
    void theBuiltInElementsAreAsTheyWere() throws Exception {
        Checker office = checker(DECLARED.formatted("1"));
        String[] texts = {AS_PART, WITHOUT, INLINE, Fixtures.text("/fixtures/elements/complete.txt")};
        for (String text : texts) {
            ReportResult builtIn = Fixtures.check("r.txt", text);
            ReportResult declared = check(office, text);
            for (Element e : Element.BUILT_IN) {
                assertEquals(builtIn.elements().get(e), declared.elements().get(e), e + " in\n" + text);
            }
            assertEquals(builtIn.findings(), declared.findings().stream().filter(f -> !f.rule().equals("XB101")).toList());
            assertEquals(builtIn.score().breakdown().subList(0, 3), declared.score().breakdown().subList(0, 3));
            assertEquals(List.of("leadership", "shortcomings", "next_steps", "lianzheng"),
                    declared.elements().keySet().stream().map(Element::id).toList());
        }
    }

    @Test
    void anElementReadLikeLeadershipFollowsItsRules() throws Exception {
        Checker c = checker("""
                elements:
                  plain_ysxt:
                    name: 意识形态
                    rule: XB201
                    body: 意识形态工作责任
                  like_ysxt:
                    name: 意识形态（按组织领导）
                    rule: XB202
                    like: leadership
                    body: 意识形态工作责任
                """);
        // a demand addressed to others is no arrangement of the unit's own, as for leadership
        ReportResult demand = check(c, HEAD + "（二）强化理论武装。要压实意识形态工作责任。\n" + TAIL);
        assertEquals(ElementStatus.INLINE, demand.elements().get(Element.of("plain_ysxt")).status());
        assertEquals(ElementStatus.ABSENT, demand.elements().get(Element.of("like_ysxt")).status());
        ReportResult own = check(c, HEAD + "（二）强化理论武装。局党组落实意识形态工作责任制，专题研判2次。\n" + TAIL);
        assertEquals(ElementStatus.INLINE, own.elements().get(Element.of("like_ysxt")).status());
        Map<Element, ElementVerdict> elements = own.elements();
        assertEquals(5, elements.size());
    }
}
