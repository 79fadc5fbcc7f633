package org.huibao.parse;

import org.huibao.api.Heading;
import org.huibao.api.Sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Inputs far beyond a real report: one enormous line, thousands of headings, long runs of items. The
 * parser must stay linear in them (no per-node rescans of a line) and never recurse per heading. The
 * time limits are many times what the linear parser needs, so that a slow CI machine does not
 * fail them, yet far below what the quadratic passes took (seconds to minutes).
 */
class LongInputsTest {

    private static final StructureParser PARSER = new StructureParser();

    @Test
    void aLineOfAMillionCharactersIsParsedInLinearTime() {
        String sentence = "我们围绕中心工作，组织专题学习并逐项抓好落实。";
        String line = sentence.repeat(1_000_000 / sentence.length());
        String text = "关于工作情况的报告\n" + line + "\n";
        Report r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PARSER.parse("long.txt", text));
        Sentence last = r.sentences().get(r.sentences().size() - 1);
        assertEquals(2, last.span().line());
        assertEquals(line.length() - sentence.length() + 1, last.span().column());
        assertEquals(line.length() + 1, last.span().endColumn());
    }

    @Test
    void columnsCountCodePointsFarIntoALongLineWithAstralCharacters() {
        // U+20000 (a CJK Extension B character) is two chars but one column.
        String unit = "\uD840\uDC00字。";
        String line = unit.repeat(50_000);
        Report r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PARSER.parse("astral.txt", "标题报告\n" + line));
        Sentence last = r.sentences().get(r.sentences().size() - 1);
        assertEquals(3 * 49_999 + 1, last.span().column());
        assertEquals(3 * 50_000 + 1, last.span().endColumn());
    }

    @Test
    void thousandsOfHeadingsNestAndEndWithoutRecursion() {
        StringBuilder sb = new StringBuilder("关于工作情况的报告\n");
        for (int i = 0; i < 5_000; i++) {
            sb.append("一、主要工作\n（一）加强领导\n1.成立小组\n（1）召开会议。\n①明确分工\n一是开展调研。二是推进整改。\n");
        }
        Report r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PARSER.parse("deep.txt", sb.toString()));
        assertTrue(r.headings().size() >= 5_000 * 7, "every heading line is a heading: " + r.headings().size());
        int deepest = r.headings().stream().mapToInt(Heading::level).max().orElseThrow();
        assertTrue(deepest <= 7, "levels stay bounded however many headings there are: " + deepest);
    }

    @Test
    void aLongStretchOfItemsThatEachStartARunEndsInLinearTime() {
        String text = "关于工作情况的报告\n" + "一是开展调研。\n".repeat(100_000);
        Report r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PARSER.parse("items.txt", text));
        assertEquals(100_000, r.headings().size());
        Heading first = r.headings().get(0);
        assertEquals(r.headings().get(1).span().start() - 1, first.scope().end(),
                "an item ends with its own paragraph");
    }
}
