package org.huibao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suppression comments of text and Markdown reports, as the reader finds and blanks them. */
class SuppressionCommentsTest {

    private static SuppressionComments.Result strip(String... lines) {
        return SuppressionComments.strip(String.join("\n", lines));
    }

    @Test
    void commentLinesAreBlankedAndEveryOtherLineKeepsItsNumberAndColumns() {
        SuppressionComments.Result r = strip("标题", "<!-- huibao-disable HB302 -->", "  正文认真真落实。", "\t<!-- huibao-enable HB302 -->  ",
                "结尾。");
        assertEquals(String.join("\n", "标题", "", "  正文认真真落实。", "", "结尾。"), r.text());
        Suppression s = r.suppressions().get(0);
        assertEquals("HB302", s.rule());
        assertEquals("huibao-disable HB302", s.directive());
        assertEquals(2, s.line());
        assertTrue(s.covers(3, 5, 3, 7), "the line between");
        assertFalse(s.covers(5, 1, 5, 2), "after the enable");
        assertFalse(s.covers(1, 1, 1, 2), "before the disable");
    }

    @Test
    void nextLineIsTheNextLineWithText() {
        SuppressionComments.Result r = strip("<!-- huibao-disable-next-line HB301, HB302 -->", "", "第三行。", "第四行。");
        assertEquals(2, r.suppressions().size(), "one per rule named");
        for (Suppression s : r.suppressions()) {
            assertTrue(s.covers(3, 2, 3, 4));
            assertFalse(s.covers(4, 1, 4, 2));
        }
        assertEquals(List.of("HB301", "HB302"), r.suppressions().stream().map(Suppression::rule).toList());
    }

    @Test
    void wholeFileAndNoIdMeansEveryRule() {
        SuppressionComments.Result r = strip("正文。", "<!-- huibao-disable-file -->");
        Suppression s = r.suppressions().get(0);
        assertTrue(s.allRules());
        assertTrue(s.names("HB403") && s.names("XB101"));
        assertTrue(s.covers(1, 1, 1, 2));
    }

    @Test
    void idsAreCaseInsensitiveAndANoteAfterThemIsNotAnId() {
        SuppressionComments.Result r = strip("<!-- huibao-disable-file hb302 引文照录原文 -->", "正文。");
        assertEquals(List.of("HB302"), r.suppressions().stream().map(Suppression::rule).toList());
        r = strip("<!-- huibao-disable-file HB302 -- 引文照录原文 -->", "正文。");
        assertEquals(List.of("HB302"), r.suppressions().stream().map(Suppression::rule).toList());
    }

    @Test
    void anEnableThatEndsNothingIsKeptCoveringNothing() {
        SuppressionComments.Result r = strip("正文。", "<!-- huibao-enable HB302 -->");
        Suppression s = r.suppressions().get(0);
        assertEquals("huibao-enable HB302", s.directive());
        assertFalse(s.covers(1, 1, 1, 3));
        assertFalse(s.covers(2, 1, 2, 1));
    }

    @Test
    void aDisableWithoutEnableRunsToTheEnd() {
        SuppressionComments.Result r = strip("<!-- huibao-disable HB302 -->", "一。", "二。");
        assertTrue(r.suppressions().get(0).covers(3, 1, 3, 2));
    }

    @Test
    void otherCommentsAreBlankedAndTextWithoutDirectivesIsLeftAlone() {
        // a comment alone on its line is no part of the report (a web page's stamp copied with the text)
        SuppressionComments.Result r = SuppressionComments.strip("标题\n<!-- 2022年02月11日 来源：某市日报 -->\n正文提到 huibao-disable 这个词。\n");
        assertEquals("标题\n\n正文提到 huibao-disable 这个词。\n", r.text());
        assertTrue(r.suppressions().isEmpty());
        String text = "标题\n正文 <!-- 行内备注 --> 提到 huibao-disable 这个词。\n";
        assertSame(text, SuppressionComments.strip(text).text(), "a comment inside a line is left to the line");
        assertTrue(strip("正文 <!-- huibao-disable HB302 --> 后面还有字").suppressions().isEmpty(),
                "only a comment alone on its line is a directive");
    }

    @Test
    void theTextReaderStripsThemAndAFileOfNothingElseIsEmpty() throws ReadException {
        TextReader reader = new TextReader(1 << 20);
        SourceText source = reader.decode("标题\n<!-- huibao-disable-file HB302 -->\n正文。\n".getBytes(StandardCharsets.UTF_8),
                "a.md");
        assertEquals("标题\n\n正文。\n", source.text());
        assertEquals(1, source.suppressions().size());
        ReadException e = assertThrows(ReadException.class,
                () -> reader.decode("<!-- huibao-disable-file -->\n".getBytes(StandardCharsets.UTF_8), "b.txt"));
        assertEquals(ReadException.Kind.EMPTY, e.kind());
    }
}
