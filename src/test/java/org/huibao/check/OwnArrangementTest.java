package org.huibao.check;

import static org.huibao.testing.Fixtures.check;
import static org.huibao.testing.Fixtures.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.huibao.api.Element;
import org.huibao.api.ElementStatus;
import org.huibao.model.ReportResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Leadership told without the usual group or responsibility words: the unit's own leading body meeting on
 * the work and dividing it among its leaders, the chief leading it in person, and the Party body of the
 * unit's own place. Beside each, a sentence of the same shape that must not count. Written for these tests.
 */
class OwnArrangementTest {

    private static String report(String title, String arrangement) {
        return String.join("\n", title, "一、主要做法",
                arrangement,
                "共排查隐患点位86处，已完成整改79处。",
                "二、存在的问题",
                "一是4个村的农村公路标志标线缺失；二是养护资金缺口约120万元。",
                "三、下一步打算",
                "下一步，我们将于9月底前完成剩余7处隐患整改。");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // L1: the unit's own collective body met and divided the work
        "局务会逐项听取排查进度，确定由副局长牵头，路政科和养护中心负责人参加。| inline",
        "支部委员会每季度专题分析一次排查进展。| inline",
        "三名班子成员分别包保四个乡镇，每月到点位督导一次。| inline",
        "局长办公会研究后，逐项明确牵头领导和完成时限。| inline",
        // a report the body hears is no preview of this report's parts ("…工作汇报" holds no 作汇报)
        "局党组会议每季度听取一次排查工作汇报。| inline",
        // any chief answers for the whole, a named leader is responsible, a chain of chiefs, letters signed
        "所长对排查工作负总责，每月到点位督导一次。| inline",
        "明确了分管副局长为负责领导，路政科具体承办。| inline",
        "由局长任总路长，各乡镇分管领导任路段长。| inline",
        "局长与各科室负责人签订安全责任书。| inline",
        // a commission's own Party group (委党组), and the chief saying it is he who leads
        "委党组会议专门研究了排查工作。| inline",
        "经研究，决定由我牵头，两名副局长协助，每周调度一次。| inline",
        // a group among a meeting's attendees, or its members on a visit, arranges nothing
        "局排查工作专班参加了县里的调度会议。| absent",
        "县领导小组成员到现场检查了排查情况。| absent",
        // L2: the chief in person
        "我本人带队跑了全县6个乡镇的重点路段。| inline",
        "我作为总指挥，每半月主持召开一次调度会。| inline",
        // required of subordinates, or a higher body's meeting: not the unit's arrangement
        "各乡镇主要负责同志要亲自带队，班子成员要分别包保到村。| absent",
        "县委常委会专题听取了全县交通安全工作汇报。| absent",
        // a heading-less stock phrase in running text arranges nothing
        "我局高度重视，把排查工作摆在突出位置。| absent",
    })
    void aBureausOwnBodyAndChief(String sentence, String expected) {
        ReportResult r = check("l.txt", report("县交通运输局关于2026年上半年道路隐患排查工作的总结", sentence));
        assertEquals(expected, verdict(r, Element.LEADERSHIP).status().id(), sentence);
        assertEquals(ElementStatus.SECTION, verdict(r, Element.SHORTCOMINGS).status(), "the rest of the report is read as before");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // L0: the 党工委 of a development zone is the 管委会's own leading body, not a higher one
        "青山经济开发区管委会关于安全生产工作情况的报告| inline",
        // in a bureau's report another place's Party body is higher
        "县交通运输局关于安全生产工作情况的报告| absent",
    })
    void theUnitsOwnPartyBody(String title, String expected) {
        ReportResult r = check("o.txt", report(title, "成立由党工委书记任组长的安全生产工作专班，建立每月调度机制。"));
        assertEquals(expected, verdict(r, Element.LEADERSHIP).status().id(), title);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // L3: a leadership heading over nothing but stock phrases
        "我局高度重视此项工作，把它摆在突出位置。| absent",
        "局党组成立排查工作领导小组，由局长任组长。| section",
    })
    void aLeadershipHeadingOverStockOnly(String under, String expected) {
        String text = String.join("\n", "县文化和旅游局2026年工作总结", "一、加强组织领导", under,
                "二、主要成效", "全年接待游客380万人次。", "三、存在问题", "乡村旅游产品同质化明显，3个景区停车位不足。",
                "四、下一步打算", "明年将开发三条研学线路。");
        assertEquals(expected, verdict(check("s.txt", text), Element.LEADERSHIP).status().id(), under);
    }
}
