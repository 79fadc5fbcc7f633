package org.huibao.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huibao.api.Element;
import org.huibao.api.ElementStatus;
import org.huibao.api.Message;
import org.huibao.config.Config;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.model.RuleInfo;
import org.huibao.model.Score;
import org.huibao.model.Severity;
import org.junit.jupiter.api.Test;

/**
 * Pass or fail of a report a baseline lists: the score is the same as without one, only new findings
 * decide. Under the threshold a report fails only when new findings took points from it.
 */
class ScorerBaselineTest {
    private static final Config.Scoring DEFAULTS = new Config.Scoring(25, 15, 0, 10, 25, 5, 2, 0);
    private static final Scorer SCORER = new Scorer(DEFAULTS, 80);

    /** Shortcomings absent: 50 + quality, under 80 whatever the quality. */
    private static Map<Element, ElementVerdict> withoutShortcomings() {
        Map<Element, ElementVerdict> m = new java.util.LinkedHashMap<>();
        m.put(Element.LEADERSHIP, new ElementVerdict(Element.LEADERSHIP, ElementStatus.SECTION, false, Message.NONE, List.of(), true));
        m.put(Element.SHORTCOMINGS, new ElementVerdict(Element.SHORTCOMINGS, ElementStatus.ABSENT, false, Message.NONE, List.of(), true));
        m.put(Element.NEXT_STEPS, new ElementVerdict(Element.NEXT_STEPS, ElementStatus.SECTION, false, Message.NONE, List.of(), true));
        return m;
    }

    private static Finding finding(String rule, Severity severity, Element element, boolean known) {
        Finding f = new Finding(rule, severity, Message.NONE, new Location(1, 1, 1, 2, "x"), Message.NONE, element);
        return known ? f.asKnown() : f;
    }

    private static Map<String, RuleInfo> rules() {
        Map<String, RuleInfo> m = new HashMap<>();
        for (String id : List.of("HB102", "HB301", "HB302", "HB403")) {
            m.put(id, new RuleInfo(id, Severity.WARNING, Message.NONE, Message.NONE, Message.NONE, List.of(), Message.NONE,
                    null, true, id.equals("HB301"), "rules/x.drl"));
        }
        return m;
    }

    private static final Finding KNOWN_ABSENT = finding("HB102", Severity.ERROR, Element.SHORTCOMINGS, true);
    private static final Finding KNOWN_PLACEHOLDER = finding("HB301", Severity.ERROR, null, true);
    private static final Finding KNOWN_DOUBLING = finding("HB302", Severity.WARNING, null, true);

    @Test
    void allKnownPassesWhateverTheScoreAndTheScoreIsUnchanged() {
        List<Finding> findings = List.of(KNOWN_ABSENT, KNOWN_PLACEHOLDER, KNOWN_DOUBLING);
        Score plain = SCORER.score(withoutShortcomings(), findings, rules(), false);
        Score judged = SCORER.score(withoutShortcomings(), findings, rules(), true);
        assertFalse(plain.passed());
        assertEquals(List.of("HB301"), plain.blockedBy());
        assertTrue(judged.passed());
        assertEquals(List.of(), judged.blockedBy(), "a known finding of a blocking rule no longer blocks");
        assertEquals(plain.total(), judged.total(), "a known finding still costs what it costs");
        assertEquals(plain.breakdown(), judged.breakdown());
    }

    @Test
    void aNewRuleFiringUnderTheThresholdFails() {
        Score s = SCORER.score(withoutShortcomings(), List.of(KNOWN_ABSENT, KNOWN_DOUBLING,
                finding("HB403", Severity.WARNING, null, false)), rules(), true);
        assertFalse(s.passed());
        assertEquals(List.of(), s.blockedBy());
    }

    @Test
    void aNewFindingOfARuleAlreadyKnownTakesNoPointsAndDoesNotFail() {
        Score s = SCORER.score(withoutShortcomings(), List.of(KNOWN_ABSENT, KNOWN_DOUBLING,
                finding("HB302", Severity.WARNING, null, false)), rules(), true);
        assertTrue(s.passed(), "a rule costs once: the score is what the baseline accepted");
    }

    @Test
    void aNewBlockingFindingOrANewlyMissingElementFails() {
        assertFalse(SCORER.score(withoutShortcomings(), List.of(KNOWN_ABSENT, finding("HB301", Severity.ERROR, null, false)),
                rules(), true).passed());
        assertFalse(SCORER.score(withoutShortcomings(), List.of(finding("HB102", Severity.ERROR, Element.SHORTCOMINGS, false)),
                rules(), true).passed());
    }

    @Test
    void underTheThresholdAScoreLowerThanTheBaselinesFails() {
        List<Finding> findings = List.of(KNOWN_ABSENT, KNOWN_DOUBLING);
        double now = SCORER.score(withoutShortcomings(), findings, rules(), true).total();
        assertTrue(SCORER.score(withoutShortcomings(), findings, rules(), true, now).passed());
        assertFalse(SCORER.score(withoutShortcomings(), findings, rules(), true, now + 10).passed(),
                "a part lost points that no finding reports");
    }

    @Test
    void withoutABaselineKnownMarksChangeNothing() {
        Score s = SCORER.score(withoutShortcomings(), List.of(KNOWN_ABSENT, KNOWN_PLACEHOLDER), rules());
        assertFalse(s.passed());
        assertEquals(List.of("HB301"), s.blockedBy());
    }
}
