package org.huibao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.huibao.config.Config;
import org.huibao.api.Element;
import org.huibao.api.ElementStatus;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.api.Message;
import org.huibao.model.RuleInfo;
import org.huibao.model.Score;
import org.huibao.model.ScoreItem;
import org.huibao.model.Severity;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static final Config.Scoring DEFAULTS = new Config.Scoring(25, 15, 0, 10, 25, 5, 2, 0);

    private static Map<Element, ElementVerdict> verdicts(ElementStatus l, ElementStatus s, ElementStatus n, boolean weakS) {
        Map<Element, ElementVerdict> m = new java.util.LinkedHashMap<>();
        m.put(Element.LEADERSHIP, new ElementVerdict(Element.LEADERSHIP, l, false, Message.NONE, List.of(), true));
        m.put(Element.SHORTCOMINGS, new ElementVerdict(Element.SHORTCOMINGS, s, weakS, Message.NONE, List.of(), true));
        m.put(Element.NEXT_STEPS, new ElementVerdict(Element.NEXT_STEPS, n, false, Message.NONE, List.of(), true));
        return m;
    }

    private static Finding finding(String rule, Severity severity, Element element) {
        return new Finding(rule, severity, Message.NONE, new Location(1, 1, 1, 2, "x"), Message.NONE, element);
    }

    private static Map<String, RuleInfo> rules(String blockingId) {
        Map<String, RuleInfo> m = new java.util.HashMap<>();
        for (String id : List.of("HB102", "HB301", "HB302", "HB401", "HB402", "HB201")) {
            m.put(id, new RuleInfo(id, Severity.WARNING, Message.NONE, Message.NONE, Message.NONE, List.of(), Message.NONE,
                    null, true, id.equals(blockingId), "rules/x.drl"));
        }
        return m;
    }

    @Test
    void allSectionsAndNoFindingsIsFullMarks() {
        Score s = new Scorer(DEFAULTS, 80).score(verdicts(ElementStatus.SECTION, ElementStatus.SECTION,
                ElementStatus.SECTION, false), List.of(), rules(null));
        assertEquals(100.0, s.total());
        assertTrue(s.passed());
        assertEquals(List.of("leadership", "shortcomings", "next_steps", "quality"),
                s.breakdown().stream().map(i -> i.item()).toList());
    }

    @Test
    void inlineAbsentAndWeakEarnTheirPoints() {
        Score s = new Scorer(DEFAULTS, 80).score(verdicts(ElementStatus.INLINE, ElementStatus.INLINE,
                ElementStatus.ABSENT, true), List.of(finding("HB103", Severity.ERROR, Element.NEXT_STEPS)), rules(null));
        // 15 + (15 - 10) + 0 + 25: the element finding is priced by the element part only
        assertEquals(45.0, s.total());
        assertFalse(s.passed());
        assertEquals(5.0, s.breakdown().get(1).points());
    }

    @Test
    void eachRuleCostsOnceBySeverity() {
        List<Finding> fs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            fs.add(finding("HB301", Severity.ERROR, null));
        }
        fs.add(finding("HB401", Severity.WARNING, null));
        fs.add(finding("HB402", Severity.WARNING, null));
        fs.add(finding("HB201", Severity.INFO, null));
        Score s = new Scorer(DEFAULTS, 80).score(verdicts(ElementStatus.SECTION, ElementStatus.SECTION,
                ElementStatus.SECTION, false), fs, rules(null));
        assertEquals(75 + 25 - 5 - 2 - 2, s.total());
        assertEquals("HB301 -5, HB401 -2, HB402 -2", s.breakdown().get(3).detail());
    }

    @Test
    void qualityHasAFloorOfZero() {
        List<Finding> fs = new ArrayList<>();
        for (String id : List.of("HB301", "HB302", "HB401", "HB402", "HB201", "HB102")) {
            fs.add(finding(id, Severity.ERROR, null));
        }
        Score s = new Scorer(DEFAULTS, 80).score(verdicts(ElementStatus.SECTION, ElementStatus.SECTION,
                ElementStatus.SECTION, false), fs, rules(null));
        assertEquals(75.0, s.total());
    }

    @Test
    void thresholdIsInclusiveAndConfigurable() {
        Map<Element, ElementVerdict> v = verdicts(ElementStatus.SECTION, ElementStatus.INLINE, ElementStatus.INLINE, false);
        assertTrue(new Scorer(DEFAULTS, 80).score(v, List.of(), rules(null)).passed(), "80 >= 80");
        assertFalse(new Scorer(DEFAULTS, 80.5).score(v, List.of(), rules(null)).passed());
        Config.Scoring generous = new Config.Scoring(30, 30, 0, 10, 10, 5, 2, 0);
        assertEquals(100.0, new Scorer(generous, 80).score(v, List.of(), rules(null)).total());
    }

    @Test
    void aBlockingRuleFailsAHighScore() {
        Score s = new Scorer(DEFAULTS, 80).score(verdicts(ElementStatus.SECTION, ElementStatus.SECTION,
                ElementStatus.SECTION, false), List.of(finding("HB302", Severity.ERROR, null)), rules("HB302"));
        assertEquals(95.0, s.total());
        assertFalse(s.passed());
        assertEquals(List.of("HB302"), s.blockedBy());
    }

    private static final Element OWN = Element.of("lianzheng");

    private static Map<Element, Double> weights(double leadership, double own) {
        Map<Element, Double> w = new java.util.LinkedHashMap<>();
        w.put(Element.LEADERSHIP, leadership);
        w.put(Element.SHORTCOMINGS, 1.0);
        w.put(Element.NEXT_STEPS, 1.0);
        w.put(OWN, own);
        return w;
    }

    private static Map<Element, ElementVerdict> withOwn(ElementStatus own, boolean weak) {
        Map<Element, ElementVerdict> m = verdicts(ElementStatus.SECTION, ElementStatus.SECTION, ElementStatus.SECTION, false);
        m.put(OWN, new ElementVerdict(OWN, own, weak, Message.NONE, List.of(), true));
        return m;
    }

    @Test
    void anOfficesScoredElementCostsItsShortfallTimesItsWeight() {
        Score absent = new Scorer(DEFAULTS, 80, weights(1, 1)).score(withOwn(ElementStatus.ABSENT, false),
                List.of(finding("XB101", Severity.ERROR, OWN)), rules(null));
        assertEquals(75.0, absent.total(), "as lacking a built-in element: the finding is priced by the element part");
        assertFalse(absent.passed());
        assertEquals(new ScoreItem("lianzheng", -25, 0, "absent"), absent.breakdown().get(3));
        assertEquals(25.0, absent.breakdown().get(0).points(), "the built-in ones keep their points");

        Score weakInline = new Scorer(DEFAULTS, 80, weights(1, 1.5)).score(withOwn(ElementStatus.INLINE, true),
                List.of(), rules(null));
        assertEquals(new ScoreItem("lianzheng", -30, 0, "inline, weak -15"), weakInline.breakdown().get(3));
        assertEquals(70.0, weakInline.total());

        Score section = new Scorer(DEFAULTS, 80, weights(1, 1)).score(withOwn(ElementStatus.SECTION, false),
                List.of(), rules(null));
        assertEquals(100.0, section.total());
    }

    @Test
    void anElementNotScoredIsPricedByItsFinding() {
        Score own = new Scorer(DEFAULTS, 80, weights(1, 0)).score(withOwn(ElementStatus.ABSENT, false),
                List.of(finding("XB101", Severity.ERROR, OWN)), rules(null));
        assertEquals(List.of("leadership", "shortcomings", "next_steps", "quality"),
                own.breakdown().stream().map(ScoreItem::item).toList());
        assertEquals(95.0, own.total());
        assertEquals("XB101 -5", own.breakdown().get(3).detail());

        Map<Element, ElementVerdict> noLeadership = verdicts(ElementStatus.ABSENT, ElementStatus.SECTION,
                ElementStatus.SECTION, false);
        Score builtIn = new Scorer(DEFAULTS, 80, weights(0, 0)).score(noLeadership,
                List.of(finding("HB101", Severity.ERROR, Element.LEADERSHIP)), rules(null));
        assertEquals(new ScoreItem("leadership", 25, 25, "not scored"), builtIn.breakdown().get(0));
        assertEquals(95.0, builtIn.total());
    }

    @Test
    void aScoreIsNeverBelowZero() {
        Score s = new Scorer(DEFAULTS, 80, weights(1, 10)).score(withOwn(ElementStatus.ABSENT, false), List.of(),
                rules(null));
        assertEquals(0.0, s.total());
    }
}
