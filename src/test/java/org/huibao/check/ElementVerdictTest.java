package org.huibao.check;

import static org.huibao.testing.Fixtures.check;
import static org.huibao.testing.Fixtures.checkFixture;
import static org.huibao.testing.Fixtures.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.huibao.api.Element;
import org.huibao.api.ElementStatus;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Each purpose-written fixture shows one behaviour of the element rules; EXPECTED.csv says what a
 * reviewer reads in it. The named tests below pin down the trap each fixture was written for.
 */
class ElementVerdictTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/fixtures/elements/EXPECTED.csv", numLinesToSkip = 1)
    void verdictsMatchAReviewersReading(String file, String leadership, String shortcomings, String nextSteps,
                                        String shortcomingsQuality) {
        ReportResult r = checkFixture(file);
        assertEquals(leadership, verdict(r, Element.LEADERSHIP).status().id(), "leadership");
        assertEquals(shortcomings, verdict(r, Element.SHORTCOMINGS).status().id(), "shortcomings");
        assertEquals(nextSteps, verdict(r, Element.NEXT_STEPS).status().id(), "next_steps");
        assertEquals(shortcomingsQuality, verdict(r, Element.SHORTCOMINGS).quality(), "shortcomings quality");
        for (Element e : Element.BUILT_IN) {
            ElementVerdict v = verdict(r, e);
            boolean finding = r.findings().stream().anyMatch(f -> e.equals(f.element()) && f.rule().compareTo("HB104") < 0);
            // a genre may not require an element (a 政府工作报告 needs no leadership): then no finding either
            assertEquals(!v.present() && v.required(), finding, e + ": an absent required element, and only that, has its finding");
            assertEquals(v.present(), !v.evidence().isEmpty(), e + ": present elements have evidence");
        }
    }

    @Test
    void sectionEvidencePointsAtTheHeading() {
        ReportResult r = checkFixture("complete.txt");
        ElementVerdict v = verdict(r, Element.SHORTCOMINGS);
        assertEquals(ElementStatus.SECTION, v.status());
        assertTrue(v.evidence().get(0).text().contains("存在的问题"), v.evidence().toString());
    }

    @Test
    void boilerplateLeadershipDoesNotCount() {
        ReportResult r = checkFixture("leadership-boilerplate-only.txt");
        assertTrue(text("leadership-boilerplate-only.txt").contains("正确领导下"));
        assertEquals(ElementStatus.ABSENT, verdict(r, Element.LEADERSHIP).status());
        Finding f = r.findings().stream().filter(x -> x.rule().equals("HB101")).findFirst().orElseThrow();
        assertEquals(new org.huibao.model.Location(1, 1, 1, 1, ""), f.location(), "about the whole report, not the title");
    }

    @Test
    void negatedProblemsAreNotShortcomings() {
        String draft = String.join("\n", "关于落实中央八项规定精神的自查报告", "一、组织领导", "成立自查工作领导小组，由局长任组长。",
                "二、自查情况", "经自查，我局不存在违规发放津补贴问题，没有公款吃喝问题。", "三、下一步打算",
                "下一步，我局将于2025年3月底前完成制度修订。");
        assertEquals(ElementStatus.ABSENT, verdict(check("n.txt", draft), Element.SHORTCOMINGS).status());
        String admitted = draft.replace("经自查，我局不存在违规发放津补贴问题", "经自查，我局存在公务接待审批不规范问题");
        assertEquals(ElementStatus.INLINE, verdict(check("n.txt", admitted), Element.SHORTCOMINGS).status(),
                "the same sentence without the negation does count");
    }

    @Test
    void problemsOfInspectedUnitsAreNotTheReportersOwn() {
        String draft = String.join("\n", "县纪委监委2024年专项督查工作报告", "一、加强组织领导", "成立督查工作专班，由分管领导任组长。",
                "二、督查情况", "督查中发现，3个乡镇存在台账不规范问题，已督促整改到位。", "三、下一步打算",
                "下一步，我们将于2025年6月底前完成复查。");
        assertEquals(ElementStatus.ABSENT, verdict(check("o.txt", draft), Element.SHORTCOMINGS).status());
    }

    @Test
    void previewSentenceCountsForNothing() {
        String draft = String.join("\n", "2024年工作情况报告", "现将2024年工作情况、存在问题及下步打算汇报如下：", "一、主要工作",
                "成立工作领导小组，局长任组长。");
        ReportResult r = check("p.txt", draft);
        assertEquals(ElementStatus.ABSENT, verdict(r, Element.SHORTCOMINGS).status());
        assertEquals(ElementStatus.ABSENT, verdict(r, Element.NEXT_STEPS).status());
    }

    @Test
    void stockShortcomingsAreWeakAndSpecificOnesAreNot() {
        ReportResult stock = checkFixture("shortcomings-stock-only.txt");
        assertTrue(verdict(stock, Element.SHORTCOMINGS).weak());
        assertFalse(verdict(stock, Element.SHORTCOMINGS).reason().isEmpty());
        assertTrue(stock.findings().stream().anyMatch(f -> f.rule().equals("HB104")));
        ReportResult specific = checkFixture("shortcomings-inline-specific.txt");
        assertFalse(verdict(specific, Element.SHORTCOMINGS).weak());
        assertTrue(specific.findings().stream().noneMatch(f -> f.rule().equals("HB104")));
    }

    @Test
    void currentAndFutureIsNotANextStep() {
        ReportResult r = checkFixture("next-steps-absent.txt");
        assertTrue(text("next-steps-absent.txt").contains("当前和今后一个时期"));
        assertEquals(ElementStatus.ABSENT, verdict(r, Element.NEXT_STEPS).status());
    }

    @Test
    void cuttingOnePartFlipsExactlyThatElement() {
        String full = text("complete.txt");
        String[] lines = full.split("\n");
        ReportResult whole = check("c.txt", full);
        for (Element e : Element.BUILT_IN) {
            assertEquals(ElementStatus.SECTION, verdict(whole, e).status());
        }
        int shortcomings = indexOf(lines, "二、");
        int next = indexOf(lines, "三、");
        int closing = indexOf(lines, "专此报告");
        String withoutShortcomings = join(lines, 0, shortcomings) + join(lines, next, lines.length);
        String withoutNext = join(lines, 0, next) + join(lines, closing, lines.length);
        assertOnlyAbsent(check("c.txt", withoutShortcomings), Element.SHORTCOMINGS);
        assertOnlyAbsent(check("c.txt", withoutNext), Element.NEXT_STEPS);
    }

    private static void assertOnlyAbsent(ReportResult r, Element absent) {
        for (Element e : Element.BUILT_IN) {
            assertEquals(e == absent, verdict(r, e).status() == ElementStatus.ABSENT, e.id());
        }
    }

    private static int indexOf(String[] lines, String prefix) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + prefix);
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(lines[i]).append('\n');
        }
        return sb.toString();
    }

    private static String text(String file) {
        return org.huibao.testing.Fixtures.text("/fixtures/elements/" + file);
    }
}
