package org.huibao.rules;

import static org.huibao.testing.Fixtures.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.huibao.api.Element;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** HB105–HB107: content balance. */
class BalanceRulesTest {

    private static final String ACHIEVEMENT = "全年开展党组理论学习中心组集中学习12次，举办专题读书班2期，覆盖党员干部326人次；"
            + "结合森林防火工作组建党员先锋队8支，完成重点林区巡护4200余公里，全年未发生较大森林火灾。";

    private static String report(String shortcomings, String nextSteps, int achievementParagraphs) {
        StringBuilder sb = new StringBuilder("市林业局2024年度党建工作情况报告\n一、主要工作\n（一）加强组织领导。成立党建工作领导小组，由局长任组长。\n");
        for (int i = 0; i < achievementParagraphs; i++) {
            sb.append("（").append("二三四五六七八九".charAt(i)).append("）推进重点工作。").append(ACHIEVEMENT).append('\n');
        }
        sb.append("二、存在的问题\n").append(shortcomings).append('\n');
        sb.append("三、下一步工作打算\n").append(nextSteps).append('\n');
        return sb.toString();
    }

    private static List<Finding> findings(ReportResult r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static final String SPECIFIC_PROBLEMS = "一是部分基层党支部“三会一课”记录不规范，个别支部存在补记现象；"
            + "二是青年党员参与攻坚任务的比例偏低，只有三成左右；三是党务干部均为兼职，业务培训覆盖面不广。";
    private static final String CONCRETE_PLAN = "（一）2025年6月底前完成全部基层党支部换届，由机关党委负责。（二）全年开展党务干部轮训2期。";

    @Test
    void oneLineOfProblemsUnderALongRecordOfAchievementsIsThin() {
        ReportResult r = check("thin.txt", report("部分支部学习记录不规范。", CONCRETE_PLAN, 8));
        List<Finding> hb105 = findings(r, "HB105");
        assertEquals(1, hb105.size(), r.findings().toString());
        assertEquals(12, hb105.get(0).location().line(), "at the shortcomings heading");
        assertTrue(hb105.get(0).message().zh().contains("1个具体问题"), hb105.get(0).message().zh());
        assertFalse(r.elements().get(Element.SHORTCOMINGS).weak(), "thin is a quality finding, not a weak verdict");
    }

    private static final String TWO_PROBLEMS = "一是部分基层党支部“三会一课”记录不规范，个别支部存在补记现象；"
            + "二是青年党员参与攻坚任务的比例偏低，只有三成左右。";

    /** A paragraph that claims ten achievements by figure. */
    private static final String DENSE = "全年学习12次，培训3期，覆盖326人，走访45户，化解矛盾18件，办结信访27件，"
            + "整改隐患64处，新建阵地5个，发展党员9名，投入资金120万元。";

    @Test
    void problemsAreWeighedAgainstTheAchievementsClaimedNotTheLength() {
        String claims = report(TWO_PROBLEMS, CONCRETE_PLAN, 0).replace("二、存在的问题", (DENSE + "\n").repeat(12) + "二、存在的问题");
        List<Finding> hb105 = findings(check("claims.txt", claims), "HB105");
        assertEquals(1, hb105.size(), "120 achievements by figure against a few specific problems");
        assertTrue(hb105.get(0).message().zh().contains("个具体问题，与报告列举的成绩不相称"), hb105.get(0).message().zh());

        String words = "坚持把党建工作与业务工作同谋划、同部署、同推进，各支部按时召开组织生活会，认真开展批评与自我批评，"
                + "党员先锋模范作用得到较好发挥，机关作风明显转变，服务意识不断增强，办事效率显著提升。";
        String longNarrative = report(TWO_PROBLEMS, CONCRETE_PLAN, 0).replace("二、存在的问题", (words + "\n").repeat(80) + "二、存在的问题");
        assertTrue(findings(check("long.txt", longNarrative), "HB105").isEmpty(),
                "a long report that claims little is not thin on its 2 problems");
    }

    @Test
    void balancedShortcomingsAreNotThin() {
        ReportResult r = check("ok.txt", report(SPECIFIC_PROBLEMS, CONCRETE_PLAN, 3));
        assertTrue(findings(r, "HB105").isEmpty(), r.findings().toString());
    }

    @Test
    void stockShortcomingsAreReportedAsWeakNotAlsoAsThin() {
        ReportResult r = check("stock.txt", report("工作中还存在一些差距和不足。", CONCRETE_PLAN, 8));
        assertEquals(1, findings(r, "HB104").size());
        assertTrue(findings(r, "HB105").isEmpty());
    }

    @Test
    void howProblemsWereHandledIsNoStockAdmission() {
        // issue 13: a method (分析…问题的根源) and a pointer to the remedies (针对存在的问题) name no problem and
        // admit none; the stock admission beside them still counts
        String text = "关于2025年度党建工作情况的报告\n\n一、主要工作\n全年召开党委会12次，培训党员320人次。召开专题民主生活会，"
                + "班子成员深刻分析存在问题的根源，针对存在的问题制定整改措施15条。\n二、下一步工作打算\n"
                + "2026年，计划开展培训4次，由组织科负责，6月底前完成。\n";
        assertTrue(findings(check("method.txt", text), "HB104").isEmpty());
        String stock = text.replace("制定整改措施15条。", "制定整改措施15条。工作中还存在一些差距和不足。");
        assertEquals(1, findings(check("method-stock.txt", stock), "HB104").size());
    }

    @Test
    void sloganNextStepsAreWeak() {
        ReportResult r = check("slogan.txt", report(SPECIFIC_PROBLEMS,
                "下一步，我们将进一步加强理论学习，持续推进作风建设，不断提升工作水平。", 2));
        List<Finding> hb106 = findings(r, "HB106");
        assertEquals(1, hb106.size(), r.findings().toString());
        assertEquals(Element.NEXT_STEPS, hb106.get(0).element());
        assertTrue(r.elements().get(Element.NEXT_STEPS).weak());
        assertEquals(15.0, r.score().breakdown().get(2).points(), "section 25 minus the weak penalty 10");
    }

    @Test
    void aMeasureWithADateOrOwnerIsConcrete() {
        for (String plan : List.of("下一步，我们将在6月底前完成支部换届。", "下一步，由机关党委牵头开展支部书记轮训。",
                "下一步，我们将年内建成党员活动阵地三个。")) {
            ReportResult r = check("plan.txt", report(SPECIFIC_PROBLEMS, plan, 2));
            assertTrue(findings(r, "HB106").isEmpty(), plan + " " + r.findings());
            assertFalse(r.elements().get(Element.NEXT_STEPS).weak());
        }
    }

    @Test
    void achievementsWithoutAnyFigure() {
        String vague = "市林业局2024年度党建工作情况报告\n一、主要工作\n今年以来，我局认真学习贯彻党的创新理论，扎实推进机关党建工作，"
                + "持续加强作风建设，干部队伍精神面貌焕然一新，各项工作取得明显成效，得到上级充分肯定。成立党建工作领导小组，由局长任组长，"
                + "党组专题研究部署党建工作，层层压实责任，推动党建与业务深度融合，机关党建质量稳步提升，党员先锋模范作用充分发挥，"
                + "服务群众能力进一步增强，群众满意度持续提高，为全市林业高质量发展提供了坚强保障。\n二、存在的问题\n" + SPECIFIC_PROBLEMS
                + "\n三、下一步工作打算\n下一步，由机关党委牵头修订党建工作考核办法。\n";
        ReportResult r = check("vague.txt", vague);
        List<Finding> hb107 = findings(r, "HB107");
        assertEquals(1, hb107.size(), r.findings().toString());
        assertEquals(new org.huibao.model.Location(1, 1, 1, 1, ""), hb107.get(0).location(), "about the whole report");
        assertEquals(0, r.score().breakdown().get(3).max() - r.score().breakdown().get(3).points(), "info costs nothing");
        assertTrue(findings(check("figures.txt", report(SPECIFIC_PROBLEMS, CONCRETE_PLAN, 1)), "HB107").isEmpty());
    }

    @Test
    void theCompleteExampleIsBalanced() {
        ReportResult r = Fixtures.checkFixture("complete.txt");
        for (String rule : List.of("HB105", "HB106", "HB107")) {
            assertTrue(findings(r, rule).isEmpty(), rule + " " + r.findings());
        }
    }
}
