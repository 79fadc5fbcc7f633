package org.huibao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.huibao.read.PdfParagraphs.Line;
import org.huibao.read.PdfParagraphs.Page;
import org.junit.jupiter.api.Test;

/** Paragraph rebuilding on measured lines: an A4 page, 28 characters of 16 pt a line, 1.8 lines pitch. */
class PdfParagraphsTest {

    private static final double EM = 16;
    private static final double LEFT = 80;
    private static final double RIGHT = LEFT + 28 * EM;
    private static final double PITCH = 1.8 * EM;

    // ---- joining -----------------------------------------------------------------------------------

    @Test
    void wrappedLinesJoinAndIndentsStartParagraphs() {
        assertEquals(List.of("今年以来，我局认真履行职责，较好完成任务。", "全年完成审计项目18个，发现问题57个。"),
                rebuild(page(
                        full(0, 2, "今年以来，我局认真"),
                        full(1, 0, "履行职责，较好"),
                        full(2, 0, "完成任务。"),
                        full(3, 2, "全年完成审计项目18个，"),
                        end(4, 0, "发现问题57个。"))));
    }

    @Test
    void aLineEndingShortOfTheMarginEndsTheParagraph() {
        assertEquals(List.of("县委审计委员会：", "一段没有缩进的正文，写满一行后折行继续写完。", "下一段。"),
                rebuild(page(
                        end(0, 0, "县委审计委员会："),
                        full(1, 0, "一段没有缩进的正文，写满一行后折行"),
                        end(2, 0, "继续写完。"),
                        end(3, 0, "下一段。"))));
    }

    @Test
    void aLargerGapSeparatesParagraphsThatEndAtTheMargin() {
        List<Line> lines = List.of(
                full(0, 0, "第一段写满了整整一行。"),
                full(1, 0, "还是第一段，又写满一行。"),
                end(1 + 1.5, 0, "第二段在段前空了半行。"),
                end(3.5, 0, "第三段。"));
        assertEquals(List.of("第一段写满了整整一行。还是第一段，又写满一行。", "第二段在段前空了半行。", "第三段。"),
                rebuild(page(lines.toArray(Line[]::new))));
    }

    @Test
    void headingOrdinalsStartParagraphsUnlessTheLineBeforeStopsMidSentence() {
        assertEquals(List.of("上一段到页边正好结束。", "二、存在的问题"),
                rebuild(page(full(0, 2, "上一段到页边"), full(1, 0, "正好结束。"), end(2, 0, "二、存在的问题"))));
        // "统一、规范" wrapped before "一、": not a heading.
        assertEquals(List.of("坚持统一、规范管理。"),
                rebuild(page(full(0, 2, "坚持统"), end(1, 0, "一、规范管理。"))));
        assertEquals(List.of("一、主要工作", "（一）加强组织领导。"),
                rebuild(page(end(0, 2, "一、主要工作"), end(1, 2, "（一）加强组织领导。"))));
    }

    @Test
    void itemMarkersOpeningAWrappedLineOfAnIndentedDocument() {
        Line[] indented = {
                full(0, 2, "今年以来，我们"), end(1, 0, "做了三件事。"),
                full(2, 2, "主要问题："), end(3, 0, "有两个。"),
                full(4, 2, "一是力量不足；"), end(5, 0, "二是运用不够。")};
        assertEquals(List.of("今年以来，我们做了三件事。", "主要问题：有两个。", "一是力量不足；二是运用不够。"),
                rebuild(page(indented)));
        Line[] flushLeft = {
                full(0, 0, "今年以来，我们"), end(1, 0, "做了三件事。"),
                full(2, 0, "一是力量不足；"), end(3, 0, "二是运用不够。")};
        assertEquals(List.of("今年以来，我们做了三件事。", "一是力量不足；", "二是运用不够。"), rebuild(page(flushLeft)));
        assertEquals(List.of("全年：", "（1）完成审计项目18个。"),
                rebuild(page(end(0, 2, "全年："), end(1, 2, "（1）完成审计项目18个。"))));
    }

    @Test
    void pageBreaksJoinUnlessTheNextPageStartsAParagraph() {
        Page first = page(full(0, 2, "这一段从第一页"), full(1, 0, "一直写到"));
        assertEquals(List.of("这一段从第一页一直写到第二页。"), rebuild(first, page(end(0, 0, "第二页。"))));
        assertEquals(List.of("这一段从第一页一直写到", "第二页另起一段。"), rebuild(first, page(end(0, 2, "第二页另起一段。"))));
        Page finished = page(full(0, 2, "上一段在第一页"), full(1, 0, "写到页边结束。"));
        assertEquals(List.of("上一段在第一页写到页边结束。", "二、存在的问题"), rebuild(finished, page(end(0, 0, "二、存在的问题"))));
        // The gap between the last line of a page and the first of the next is no paragraph gap.
        assertEquals(List.of("这一段从第一页一直写到第二页。"), rebuild(first, page(end(-20, 0, "第二页。"))));
    }

    @Test
    void pageNumbersAndRunningHeadersAreDropped() {
        List<Page> pages = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            List<Line> lines = new ArrayList<>();
            if (p > 1) {
                lines.add(centred(-2, 10.5, "县审计局 2024年工作报告"));
            }
            lines.add(full(0, 2, "第" + p + "页正文写满"));
            lines.add(end(1, 0, "一行。"));
            lines.add(end(2, 2, "2024"));
            lines.add(centred(22, 14, p == 2 ? "第 2 页 共 3 页" : "- " + p + " -"));
            pages.add(new Page(595.3, lines));
        }
        assertEquals(List.of("第1页正文写满一行。", "2024", "第2页正文写满一行。", "2024", "第3页正文写满一行。", "2024"),
                PdfParagraphs.paragraphs(pages));
    }

    @Test
    void repeatedLinesInTheTextAreNotHeaders() {
        // A note on the first page only is text; so are identical lines that open two pages as text does.
        Page one = new Page(595.3, List.of(centred(-2, 10.5, "内部资料"), end(0, 2, "同样的一句话。"), end(1, 2, "第1句。")));
        Page two = new Page(595.3, List.of(end(0, 2, "同样的一句话。"), end(1, 2, "第2句。")));
        assertEquals(List.of("内部资料", "同样的一句话。", "第1句。", "同样的一句话。", "第2句。"),
                PdfParagraphs.paragraphs(List.of(one, two)));
    }

    @Test
    void titlesAndSignatures() {
        List<String> out = rebuild(page(
                centred(0, 22, "关于2024年度全县内部审计工作开展情况的"),
                centred(1.2, 22, "报告"),
                centred(2.4, 16, "——在全县审计工作会议上的汇报"),
                end(4, 0, "县委审计委员会："),
                end(5, 2, "特此报告。"),
                at(RIGHT - 4 * EM, RIGHT, 7, "县审计局", EM),
                at(RIGHT - 7 * EM, RIGHT, 8, "2024年12月30日", EM),
                end(9, 0, "抄送：县委办公室。")));
        assertEquals(List.of("关于2024年度全县内部审计工作开展情况的报告", "——在全县审计工作会议上的汇报", "县委审计委员会：", "特此报告。",
                "县审计局", "2024年12月30日", "抄送：县委办公室。"), out);
    }

    @Test
    void aTitleAndAFullLineInTheBodySizeStaySeparate() {
        // Same size, centred title, then a full flush-left line: the centred line is a paragraph of its own.
        assertEquals(List.of("工作报告", "正文从页边开始写满整行接着写。"),
                rebuild(page(centred(0, EM, "工作报告"), full(1, 0, "正文从页边开始写满整行"), end(2, 0, "接着写。"))));
    }

    @Test
    void aChangeOfFontSizeStartsAParagraph() {
        assertEquals(List.of("一段正文写满整行", "小号字的附注。"),
                rebuild(page(full(0, 2, "一段正文写满整行"), at(LEFT, LEFT + 7 * 12, 1, "小号字的附注。", 12))));
    }

    @Test
    void emptyDocument() {
        assertEquals(List.of(), PdfParagraphs.paragraphs(List.of()));
        assertEquals(List.of(), PdfParagraphs.paragraphs(List.of(new Page(595.3, List.of(centred(22, 14, "- 1 -"))))));
    }

    // ---- text helpers ------------------------------------------------------------------------------

    @Test
    void englishWordsAreJoinedWithASpaceChineseWithout() {
        StringBuilder sb = new StringBuilder("按照the");
        PdfParagraphs.append(sb, "annual plan");
        PdfParagraphs.append(sb, "完成");
        PdfParagraphs.append(sb, "2100万元");
        assertEquals("按照the annual plan完成2100万元", sb.toString());
    }

    @Test
    void lookAlikeCharactersBecomeTheIdeographs() {
        // Kangxi radical ⽅ (U+2F45) and compatibility ideograph 﨑 stand for 方 and 崎; punctuation stays full width.
        assertEquals("方案，（一）：", PdfParagraphs.normaliseCharacters("\u2F45案，（一）："));
        assertEquals("正常文字。", PdfParagraphs.normaliseCharacters("正常文字。"));
        assertEquals("profile", PdfParagraphs.normaliseCharacters("pro\uFB01le"));
    }

    @Test
    void firstWordWidth() {
        assertEquals(1, PdfParagraphs.firstWordEms("审计"));
        assertEquals(2, PdfParagraphs.firstWordEms("计，发现"));
        assertEquals(4 * 0.55, PdfParagraphs.firstWordEms("2100万元"), 1e-9);
        assertTrue(PdfParagraphs.isWide('，') && PdfParagraphs.isWide('审') && !PdfParagraphs.isWide('a'));
    }

    // ---- builders ----------------------------------------------------------------------------------

    private static List<String> rebuild(Page... pages) {
        return PdfParagraphs.paragraphs(List.of(pages));
    }

    private static Page page(Line... lines) {
        return new Page(595.3, List.of(lines));
    }

    /** A line that fills the measure (justified), starting {@code indent} characters in. */
    private static Line full(double row, double indent, String text) {
        return at(LEFT + indent * EM, RIGHT, row, text, EM);
    }

    /** A paragraph's last line: as long as its text. */
    private static Line end(double row, double indent, String text) {
        double x0 = LEFT + indent * EM;
        return at(x0, x0 + ems(text) * EM, row, text, EM);
    }

    private static Line centred(double row, double em, String text) {
        double w = ems(text) * em;
        double x0 = LEFT + (RIGHT - LEFT - w) / 2;
        return new Line(text, x0, x0 + w, 100 + row * PITCH, em);
    }

    private static Line at(double x0, double x1, double row, String text, double em) {
        return new Line(text, x0, x1, 100 + row * PITCH, em);
    }

    private static double ems(String text) {
        return text.chars().mapToDouble(c -> c < 0x80 ? 0.5 : 1).sum();
    }
}
