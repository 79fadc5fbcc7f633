package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VisibleTest {

    @Test
    void namesShowEveryHiddenCharacter() {
        assertEquals("\\x1b[2J\\nb.txt:1:1 error", Visible.escape("\u001B[2J\nb.txt:1:1 error"));
        assertEquals("a\\tb\\rc\\x00\\x7f\\x85\\x9b", Visible.escape("a\tb\rc\u0000\u007F\u0085\u009B"));
        assertEquals("\\u202etxt.exe \\u2066\\u2069\\u200e\\u200f\\u061c\\u2028\\u2029",
                Visible.escape("\u202Etxt.exe \u2066\u2069\u200E\u200F\u061C\u2028\u2029"));
        assertEquals("", Visible.escape(null));
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        String s = "材料/2024年 工作汇报（草稿）“一”、《二》.txt C:\\drafts\\x.docx 𠀀 é ½";
        assertSame(s, Visible.escape(s));
        assertSame(s, Visible.lines(s));
        assertEquals(s, Visible.oneLine(s));
    }

    @Test
    void oneLineTurnsLayoutIntoSpacesAndShowsTheRest() {
        assertEquals("a b \\x1bc", Visible.oneLine("a\nb\t\u001Bc\n"));
        assertEquals("a b c \\u202ed", Visible.oneLine("a\u2028b\u2029c\r\u202Ed"));
        assertEquals("", Visible.oneLine(null));
    }

    @Test
    void linesKeepLineBreaksForTheFormatToEscape() {
        assertEquals("a\nb\r\n\tc\nd\\x1b\\u202e", Visible.lines("a\nb\r\n\tc\u2028d\u001B\u202E"));
    }

    @Test
    void rightToLeftLettersAreFound() {
        assertTrue(Visible.hasRightToLeft("report שלום.txt"));
        assertTrue(Visible.hasRightToLeft("تقرير"));
        assertFalse(Visible.hasRightToLeft("工作汇报 report 2024.txt"));
        assertFalse(Visible.hasRightToLeft(null));
    }
}
