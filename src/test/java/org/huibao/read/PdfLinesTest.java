package org.huibao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.huibao.read.PdfLines.Glyph;
import org.huibao.read.PdfParagraphs.Line;
import org.junit.jupiter.api.Test;

class PdfLinesTest {

    @Test
    void linesByBaselineEvenWhenGlyphBoxesOverlap() {
        // A right-aligned date and, 31 pt below, a 22 pt title: CJK boxes of the title reach up into
        // the date's line, and PDFBox's own sorting interleaves the two.
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(run("2024年12月30日", 416, 240.6, 16));
        glyphs.addAll(run("关于2024年度工作情况的报告", 103, 271.5, 22));
        List<Line> lines = PdfLines.lines(glyphs);
        assertEquals(List.of("2024年12月30日", "关于2024年度工作情况的报告"), lines.stream().map(Line::text).toList());
        assertEquals(16, lines.get(0).em(), 1e-9);
        assertEquals(22, lines.get(1).em(), 1e-9);
        assertEquals(103, lines.get(1).x0(), 1e-9);
    }

    @Test
    void aRaisedFootnoteMarkStaysOnItsLine() {
        List<Glyph> glyphs = new ArrayList<>(run("完成任务", 80, 100, 16));
        glyphs.add(new Glyph("1", 144, 5, 95, 10));
        glyphs.addAll(run("。", 149, 100, 16));
        glyphs.addAll(run("下一行", 80, 128.8, 16));
        assertEquals(List.of("完成任务1。", "下一行"), PdfLines.lines(glyphs).stream().map(Line::text).toList());
    }

    @Test
    void wordSpacesOnlyBetweenLatinCharacters() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(run("按照", 80, 100, 16));
        glyphs.addAll(run("annual", 116, 100, 16));  // Word's extra space between Chinese and Latin
        glyphs.addAll(run("plan", 170, 100, 16));    // a word gap
        glyphs.addAll(run("审", 210, 100, 16));
        glyphs.addAll(run("计", 236, 100, 16));      // wide justification between two characters
        assertEquals("按照annual plan审计", PdfLines.lines(glyphs).get(0).text());
    }

    @Test
    void blanksDoNotCountForTheEdges() {
        List<Glyph> glyphs = new ArrayList<>(run("\u3000\u3000", 80, 100, 16));
        glyphs.addAll(run("正文。", 112, 100, 16));
        glyphs.add(new Glyph(" ", 160, 8, 100, 16));
        glyphs.add(new Glyph("", 170, 0, 100, 16));
        Line line = PdfLines.lines(glyphs).get(0);
        assertEquals("正文。", line.text());
        assertEquals(112, line.x0(), 1e-9);
        assertEquals(160, line.x1(), 1e-9);
        assertEquals(List.of(), PdfLines.lines(run("  ", 80, 100, 16)));
    }

    /** Glyphs set one after another: Chinese one em wide, ASCII half. */
    private static List<Glyph> run(String text, double x, double baseline, double size) {
        List<Glyph> out = new ArrayList<>();
        for (char c : text.toCharArray()) {
            double w = c < 0x80 ? size / 2 : size;
            out.add(new Glyph(String.valueOf(c), x, w, baseline, size));
            x += w;
        }
        return out;
    }
}
