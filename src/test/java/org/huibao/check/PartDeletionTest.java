package org.huibao.check;

import static org.huibao.testing.Fixtures.check;
import static org.huibao.testing.Fixtures.text;
import static org.huibao.testing.Fixtures.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.huibao.api.Element;
import org.huibao.model.ReportResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A complete report passes; with any one of its parts deleted, exactly that element turns absent and
 * the report fails. The deleted part's words may still echo elsewhere ("部分企业主体责任落实不到位" in the
 * problems of complete-safety.txt once its leadership part is gone): they must not stand in for it.
 */
class PartDeletionTest {

    @ParameterizedTest(name = "{0} without lines {2}–{3}")
    @CsvSource({
        "complete.txt,                   leadership,   5,  6",
        "complete.txt,                   shortcomings, 11, 12",
        "complete.txt,                   next_steps,   13, 16",
        "complete-unnumbered.txt,        leadership,   4,  5",
        "complete-unnumbered.txt,        shortcomings, 8,  9",
        "complete-unnumbered.txt,        next_steps,   10, 11",
        "complete-enum.txt,              leadership,   4,  4",
        "complete-enum.txt,              shortcomings, 7,  7",
        "complete-enum.txt,              next_steps,   8,  11",
        "complete-safety.txt,            leadership,   4,  5",
        "complete-safety.txt,            shortcomings, 10, 11",
        "complete-safety.txt,            next_steps,   12, 15",
        "next-steps-year-main-work.txt,  leadership,   5,  5",
        "next-steps-year-main-work.txt,  shortcomings, 8,  9",
        "next-steps-year-main-work.txt,  next_steps,   10, 12",
        "complete-debrief.txt,           leadership,   4,  5",
        "complete-debrief.txt,           shortcomings, 6,  7",
        "complete-debrief.txt,           next_steps,   8,  9",
        "complete-rectification.txt,     leadership,   4,  5",
        "complete-rectification.txt,     shortcomings, 6,  7",
        "complete-rectification.txt,     next_steps,   8,  9",
        // five genres and registers more: an address, a pledge, a self-check with a 需要改进的地方 part, an
        // audit rectification report whose problems are the items left open, a Party-building summary
        "complete-speech.txt,            next_steps,   7,  7",
        "complete-pledge.txt,            next_steps,   7,  8",
        "complete-selfcheck.txt,         leadership,   4,  5",
        "complete-selfcheck.txt,         shortcomings, 6,  7",
        "complete-selfcheck.txt,         next_steps,   8,  9",
        "complete-rectify-items.txt,     leadership,   4,  5",
        "complete-rectify-items.txt,     shortcomings, 6,  7",
        "complete-rectify-items.txt,     next_steps,   8,  9",
        "complete-party-summary.txt,     leadership,   3,  4",
        "complete-party-summary.txt,     shortcomings, 5,  6",
        "complete-party-summary.txt,     next_steps,   7,  8",
    })
    void deletingOnePartFlipsExactlyThatElement(String file, String elementId, int first, int last) {
        String whole = text("/fixtures/elements/" + file);
        ReportResult complete = check(file, whole);
        assertEquals("pass", complete.status(), "the complete report passes: " + complete.findings());
        Element deleted = Element.BUILT_IN.stream().filter(e -> e.id().equals(elementId)).findFirst().orElseThrow();

        ReportResult cut = check(file, withoutLines(whole, first, last));

        assertEquals("fail", cut.status(), "without its " + elementId + " part the report fails");
        for (Element e : Element.BUILT_IN) {
            if (e.equals(deleted)) {
                assertFalse(verdict(cut, e).present(), e + " is absent: " + verdict(cut, e).evidence());
                assertTrue(cut.findings().stream().anyMatch(f -> e.equals(f.element()) && f.severity().name().equals("ERROR")),
                        "its missing-element finding is reported");
            } else {
                assertEquals(verdict(complete, e).status(), verdict(cut, e).status(), e + " is unchanged");
            }
        }
    }

    /** An address or a pledge need not tell how the work was led or what went wrong: deleting that part
     *  still flips exactly that element, and the report passes as before. */
    @ParameterizedTest(name = "{0} without lines {2}–{3}")
    @CsvSource({
        "complete-speech.txt,            leadership,   5,  5",
        "complete-speech.txt,            shortcomings, 6,  6",
        "complete-pledge.txt,            leadership,   5,  5",
        "complete-pledge.txt,            shortcomings, 6,  6",
    })
    void deletingAPartTheGenreDoesNotRequireFlipsOnlyThatElement(String file, String elementId, int first, int last) {
        String whole = text("/fixtures/elements/" + file);
        ReportResult complete = check(file, whole);
        assertEquals("pass", complete.status(), "the complete report passes: " + complete.findings());
        Element deleted = Element.BUILT_IN.stream().filter(e -> e.id().equals(elementId)).findFirst().orElseThrow();
        assertTrue(verdict(complete, deleted).present(), deleted + " is present in the complete report");

        ReportResult cut = check(file, withoutLines(whole, first, last));

        assertEquals("pass", cut.status(), "its genre does not require " + elementId + ": " + cut.findings());
        for (Element e : Element.BUILT_IN) {
            if (e.equals(deleted)) {
                assertFalse(verdict(cut, e).present(), e + " is absent: " + verdict(cut, e).evidence());
            } else {
                assertEquals(verdict(complete, e).status(), verdict(cut, e).status(), e + " is unchanged");
            }
        }
    }

    /** The text with its lines {@code first} to {@code last} (1-based, inclusive) taken out. */
    private static String withoutLines(String whole, int first, int last) {
        List<String> lines = new ArrayList<>(Arrays.asList(whole.split("\n", -1)));
        lines.subList(first - 1, last).clear();
        return String.join("\n", lines);
    }
}
