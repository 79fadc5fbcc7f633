package org.huibao.check;

import static org.huibao.testing.Fixtures.check;
import static org.huibao.testing.Fixtures.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.huibao.api.Element;
import org.huibao.api.ElementStatus;
import org.huibao.model.ReportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Classes of element errors found on unseen real text, each shown by a sentence of its own in an otherwise
 * complete report: the same report with the sentence that carries the class, and with one that must not
 * count. The sentences are written for these tests.
 */
class ElementClassesTest {

    /** A report with problems and next steps; {@code arrangement} is the only place leadership could be. */
    private static String report(String arrangement) {
        return String.join("\n", "县应急管理局关于2024年安全生产工作情况的报告", "一、主要工作",
                arrangement,
                "全年开展安全检查46次，整改隐患132处。",
                "二、存在的问题",
                "一是3个村的应急队伍人员不足；二是部分隐患台账记录不规范，整改销号不及时。",
                "三、下一步打算",
                "下一步，我们将于2025年6月底前完成全部应急预案修订，由应急科牵头。");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // who heads a command structure, with or without 以
        "去年成立了县长为总指挥的防汛抗旱指挥部，下设5个工作组。| inline",
        // who answers for the whole
        "年初明确局主要负责人对全局安全生产工作负总责，分管领导对分管领域负直接责任。| inline",
        // how the leaders share the work
        "3月印发通知调整领导班子成员工作分工，党组书记主持全面工作。| inline",
        // the unit's own leading body met, told across commas
        "局党组召开党组扩大会议，传达上级文件精神，研究部署全年安全生产工作。| inline",
        "经局党组会议研究决定，在全系统开展为期三个月的隐患排查行动。| inline",
        // a group abolished or stripped of its duties, and responsibilities pressed on local authorities
        "根据机构改革方案，不再保留安全生产专项整治领导小组及其办公室。| absent",
        "将原专项整治领导小组办公室的职责整合划入综合科。| absent",
        "督促压实地方政府安全监管主体责任，推动企业自查自纠。| absent",
        // a higher body's decision is not the unit's
        "经县委常委会研究决定，将安全生产纳入年度考核。| absent",
        // the leading body's standing agenda: the latest instructions first at every meeting
        // a standing study agenda is learning, not an arrangement for the work
        "局党组把学习贯彻习近平总书记重要讲话精神确定为党组会常设第一议题，全年传达学习30次。| absent",
        // the study itself is learning, not an arrangement
        "严格落实“第一议题”制度，全年学习习近平总书记关于安全生产的重要论述14次。| absent",
        // a committee the unit's Party committee heads, named at work, and one its chief chairs
        "县委全面依法治县委员会召开第三次会议，审议通过年度安全生产法治工作要点。| inline",
        "依法治县工作委员会办公室印发年度安全生产普法工作要点，逐项明确完成时限。| inline",
        "调整安全生产委员会组成人员，由县长担任委员会主任，分管副县长任常务副主任。| inline",
        // a joint meeting the unit sets up or convenes
        "建立由局牵头、12个部门参加的安全生产联席会议制度，每季度召开一次。| inline",
        // the committee's name in another body's hands, or only as a place someone attended, arranges nothing
        "按照省委全面依法治省委员会的统一部署，开展安全生产普法宣传。| absent",
        "局长列席了人大常委会会议。| absent",
    })
    void leadershipIsTheUnitsOwnArrangement(String sentence, String expected) {
        assertLeadership(report(sentence), sentence, expected);
    }

    /** The leadership verdict on a report whose only arrangement is {@code sentence}; the rest read as before. */
    private static void assertLeadership(String text, String sentence, String expected) {
        ReportResult r = check("l.txt", text);
        assertEquals(expected, verdict(r, Element.LEADERSHIP).status().id(), sentence);
        assertEquals(ElementStatus.SECTION, verdict(r, Element.SHORTCOMINGS).status(), "the rest of the report is read as before");
    }

    @Test
    void aHeadingLeftWithNothingUnderItStatesNothing() {
        String cut = String.join("\n", "关于2024年政务公开工作情况的报告", "一、组织领导",
                "局党组成立政务公开工作领导小组，由局长任组长。", "二、主要工作", "全年主动公开信息326条。",
                "三、下一步打算", "下一步，我们将于2025年6月底前完成网站栏目整合。",
                "四、存在的主要问题及改进情况", "（一）存在问题");
        ReportResult r = check("h.txt", cut);
        assertEquals(ElementStatus.ABSENT, verdict(r, Element.SHORTCOMINGS).status(), "only headings, no problem");
        assertEquals("fail", r.status());

        String filled = cut + "\n部分栏目更新不及时，3个栏目超过半年未更新。";
        assertEquals(ElementStatus.SECTION, verdict(check("h.txt", filled), Element.SHORTCOMINGS).status(),
                "the same heading with a problem under it");

        String planCut = String.join("\n", "关于2024年政务公开工作情况的报告", "一、组织领导",
                "局党组成立政务公开工作领导小组，由局长任组长。", "二、存在的问题", "3个栏目超过半年未更新。",
                "三、下一步工作打算");
        assertEquals(ElementStatus.ABSENT, verdict(check("p.txt", planCut), Element.NEXT_STEPS).status(),
                "a plan's heading at the end of a cut-off report");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // the organs' own structure: 机构 alone is not a party outside the unit
        "目前全市各级审批机构存在的突出问题是环节多、时限长，群众办事仍需多次跑腿。| inline",
        // others it oversees
        "部分中介机构存在虚假承诺、超范围经营等问题。| absent",
    })
    void problemsAreTheUnitsOwnNotThoseOfOthersItOversees(String sentence, String expected) {
        String report = String.join("\n", "市政务服务管理局关于2024年审批制度改革情况的报告", "一、组织领导",
                "局党组成立审批制度改革领导小组，由局长任组长。", "二、有关情况", sentence, "全年办理审批事项1.2万件。",
                "三、下一步打算", "下一步，我们将于2025年6月底前完成全部事项的流程再造。");
        assertEquals(expected, verdict(check("s.txt", report), Element.SHORTCOMINGS).status().id(), sentence);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // a sentence that opens by demanding an action: a requirement the meeting set
        "要求认真落实个人重大事项报告制度，每季度开展一次廉政谈话。| inline",
        // what was done as required, and whom something was asked of, require nothing further
        "会后按照要求开展了廉政谈话。| absent",
    })
    void aNewsItemsDemandsAreNextSteps(String sentence, String expected) {
        String news = String.join("\n", "市审计局召开党风廉政建设工作会议",
                "1月20日，市审计局召开党风廉政建设工作会议，局党组书记主持会议并讲话。会议通报了2024年度党风廉政建设情况。",
                sentence);
        ReportResult r = check("n.txt", news);
        assertEquals("not-a-report", r.genre());
        assertEquals(expected, verdict(r, Element.NEXT_STEPS).status().id(), sentence);
    }

    // Leadership told without the usual group or responsibility words: the unit's own leading body meeting on
    // the work and dividing it among its leaders, the chief leading it in person, the Party body of the unit's
    // own place; beside each, a sentence of the same shape that must not count.

    /** A bureau's report of the same shape under {@code title}; {@code arrangement} is where leadership could be. */
    private static String bureauReport(String title, String arrangement) {
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
        assertLeadership(bureauReport("县交通运输局关于2026年上半年道路隐患排查工作的总结", sentence), sentence, expected);
    }

    @ParameterizedTest(name = "{2}: {0} {1}")
    @CsvSource(delimiter = '|', value = {
        // L0: the 党工委 of a development zone is the 管委会's own leading body, not a higher one
        "青山经济开发区管委会关于安全生产工作情况的报告| 成立由党工委书记任组长的安全生产工作专班，建立每月调度机制。| inline",
        // in a bureau's report another place's Party body is higher
        "县交通运输局关于安全生产工作情况的报告| 成立由党工委书记任组长的安全生产工作专班，建立每月调度机制。| absent",
        // a working committee under its full name: its 党工委 is itself
        "中共青山区东湖街道工作委员会关于安全生产工作情况的报告| 成立由党工委书记任组长的安全生产工作专班，建立每月调度机制。| inline",
        // a Party committee under its full name (中共…委员会) calls itself 党委
        "中共青山港务集团有限公司委员会关于安全生产工作情况的报告| 党委把安全生产主体责任与经营责任一体落实，每季度专题研究一次。| inline",
        "中共青山港务集团有限公司委员会关于安全生产工作情况的报告| 集团党委书记、董事长由一人担任，总经理任党委副书记。| inline",
        // another body's committee, or 主体责任 pressed on units below, is not the report's own arrangement
        "青山港务集团有限公司关于安全生产工作情况的报告| 市委要求各企业把安全生产主体责任层层压实。| absent",
    })
    void theUnitsOwnPartyBody(String title, String sentence, String expected) {
        ReportResult r = check("o.txt", bureauReport(title, sentence));
        assertEquals(expected, verdict(r, Element.LEADERSHIP).status().id(), title + " " + sentence);
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

    // Classes found on heldout4/heldout5/written2 (the sentences are written for these tests): the unit's own
    // meeting that deploys a line of its work, arrangements made to remedy something, a leadership heading
    // that only names the topic, and a part headed for both achievements and problems.

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // the unit or its chief convenes a meeting that deploys a line of its work
        "局长主持召开专题会议，传达上级文件精神，研究部署隐患排查工作。| inline",
        "召开全局隐患排查工作会议，对全局排查工作作出安排部署。| inline",
        "局长召集各科室负责人，对当前的排查工作作了部署安排。| inline",
        // an arrangement made to remedy something, the unit named doing it
        "针对上级督查反馈的问题，局党组及时成立整改工作领导小组，由局长任组长。| inline",
        "局党组多次召开党组会就整改落实工作进行专题研究。| inline",
        // a meeting that runs a project, one only required, a topic of a debrief, a push on others
        "副局长召开项目推进会，对重点项目实施进行安排部署。| absent",
        "各乡镇要召开专题会议，研究部署隐患排查工作。| absent",
        "围绕落实全面从严治党主体责任、推进作风建设等方面作了述职。| absent",
        "督促各乡镇落实主体责任。| absent",
        // a title in quotation marks names a programme, not a leader's deed
        "实施党支部书记“双带头人”培育工程。| absent",
    })
    void theUnitsOwnMeetingAndRemedialArrangements(String sentence, String expected) {
        assertLeadership(bureauReport("县交通运输局关于2026年上半年道路隐患排查工作的总结", sentence), sentence, expected);
    }

    @ParameterizedTest(name = "{2}: {0} / {1}")
    @CsvSource(delimiter = '|', value = {
        // a heading that only names the topic promises an account; it counts when the part gives one
        "一、组织领导| 我局高度重视此项工作，持续健全完善领导机制，确保各项任务落到实处。| absent",
        "一、加强组织领导，压紧压实责任| 局党组始终高度重视，坚持同谋划、同部署、同推进。| absent",
        "一、压实责任，确保落实| 各乡镇要切实履行第一责任人职责，班子成员要落实一岗双责。| absent",
        "一、组织领导| 局党组成立排查工作领导小组，由局长任组长。| section",
        "一、加强组织领导，压紧压实责任| 局党组书记履行第一责任人职责，每季度专题研究一次。| section",
    })
    void aHeadingThatNamesTheTopicNeedsAnArrangementUnderIt(String heading, String under, String expected) {
        String text = String.join("\n", "县文化和旅游局2026年工作总结", heading, under,
                "二、主要成效", "全年接待游客380万人次。", "三、存在问题", "乡村旅游产品同质化明显，3个景区停车位不足。",
                "四、下一步打算", "明年将开发三条研学线路。");
        assertEquals(expected, verdict(check("t.txt", text), Element.LEADERSHIP).status().id(), heading + under);
    }

    @Test
    void aPartHeadedForAchievementsAndProblemsHoldsTheArrangementsToo() {
        String text = String.join("\n", "在全县安全生产工作会议上的讲话", "同志们：",
                "一、客观看待成绩，清醒认识存在的突出问题",
                "去年，县政府常务会议先后8次专题研究安全生产工作，我本人全年带队暗访检查12次。"
                        + "但问题也不少：县级执法人员仅14名，消火栓缺口140余个。",
                "二、突出重点，抓好今年各项工作", "一要集中整治消防隐患，6月底前补齐消火栓。二要充实执法力量。");
        ReportResult r = check("m.txt", text);
        assertEquals("inline", verdict(r, Element.LEADERSHIP).status().id(), "the arrangements told before the problems");
        assertEquals(ElementStatus.SECTION, verdict(r, Element.SHORTCOMINGS).status(), "the heading still names the problems");
        String problemsOnly = text.replace("一、客观看待成绩，清醒认识存在的突出问题", "一、清醒认识存在的突出问题");
        assertEquals("absent", verdict(check("m.txt", problemsOnly), Element.LEADERSHIP).status().id(),
                "in a part about problems alone they are read as its account of problems");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "部分科室自查走过场，台账流于形式。| inline",
        // a prohibition warns, it states no problem
        "各科室要认真开展自查，不得走过场。| absent",
        "严禁自查流于形式。| absent",
        // problems left to another report, and problems corrected
        "查摆出的问题，将在民主生活会后另行专题报告。| absent",
        "全年累计筛查并修正各类表述不规范等问题200余项。| absent",
        // and an edit that removed it
        "对全市景区解说词开展排查，修改不规范解说内容16处。| absent",
        "清理过时标语、不规范宣传牌40余块。| absent",
        "部分景区解说内容不规范，过时标语仍未清理。| inline",
    })
    void problemsWarnedOfDeferredOrCorrectedAreNotStated(String sentence, String expected) {
        String report = String.join("\n", "市政务服务管理局关于2024年审批制度改革情况的报告", "一、组织领导",
                "局党组成立审批制度改革领导小组，由局长任组长。", "二、有关情况", sentence, "全年办理审批事项1.2万件。",
                "三、下一步打算", "下一步，我们将于2025年6月底前完成全部事项的流程再造。");
        assertEquals(expected, verdict(check("s.txt", report), Element.SHORTCOMINGS).status().id(), sentence);
    }

    /** A year's tasks under a heading are next steps when the year is not the one the report looks back on. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "2025年工作任务| section",
        "今年工作任务| section",
        // the reviewed year's tasks, and how they were done, are work done
        "2024年工作任务完成情况| absent",
        // a plan part under an imperative, and the same words for the year looked back on
        "做好2025年工作| section",
        "扎实做好今年政府工作| section",
        "扎实做好2024年各项工作| absent",
        // a heading that joins the year looked back on and the plan names both parts
        "2024年工作回顾和2025年工作安排| section",
        "工作开展情况及下一步打算| section",
        "2024年工作回顾和经验体会| absent",
    })
    void aYearsTasksHeadingIsNextStepsUnlessItIsTheReviewedYear(String heading, String expected) {
        String report = String.join("\n", "关于2024年审批制度改革工作情况的报告", "一、组织领导",
                "局党组成立审批制度改革领导小组，由局长任组长。", "二、存在问题", "部分事项办理时限仍然偏长，群众反映较多。",
                heading, "一是全面推行告知承诺制。二是压缩审批时限至5个工作日以内。");
        assertEquals(expected, verdict(check("s.txt", report), Element.NEXT_STEPS).status().id(), heading);
    }

    /**
     * A government work report's plan headline runs over several lines, each a heading of its own line: the part
     * it names holds what follows its last line, not nothing.
     */
    @Test
    void aHeadlineOfSeveralLinesHeadsThePartAfterItsLastLine() {
        String report = String.join("\n", "某市2025年政府工作报告", "——2025年1月8日在某市第十七届人民代表大会第四次会议上",
                "各位代表：", "2024年工作回顾", "全市地区生产总值增长5.6%，新增城镇就业3.2万人。",
                "同时也要清醒看到，产业结构不优、民生短板较多等问题依然存在。", "做好2025年工作",
                "我们要撸起袖子加油干", "在新征程上交出优异答卷", "（一）扩大有效投资。全年实施重点项目120个。",
                "（二）办好民生实事。新建养老服务中心8个。");
        assertEquals("section", verdict(check("g.txt", report), Element.NEXT_STEPS).status().id());
    }

    /**
     * A title set below the organ's name names what the report covers, as a preview does; it heads no part, so a
     * report without the part lacks the element (issue 12: deleting a part flips that element).
     */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "关于2024年度落实意识形态工作责任制情况的报告| leadership",
        "关于2024年落实全面从严治党主体责任情况的报告| leadership",
        "2024年安全生产工作总结及2025年工作计划| next_steps",
        "2024年度工作总结和2025年工作打算| next_steps",
    })
    void aTitleBelowTheOrgansNameHeadsNoPart(String title, String element) {
        String report = String.join("\n", "中共县应急管理局党组", title, "县委：", "一、主要工作",
                "全年开展安全检查46次，整改隐患132处。", "二、存在的问题",
                "一是3个村的应急队伍人员不足；二是部分隐患台账记录不规范，整改销号不及时。", "特此报告。");
        assertEquals("absent", verdict(check("t.txt", report), Element.of(element)).status().id(), title);
    }
}
