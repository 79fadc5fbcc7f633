package org.huibao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.huibao.api.Typesetting;
import org.huibao.api.Element;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.model.Severity;
import org.huibao.read.DocxSamples;
import org.huibao.api.PageSetup;
import org.huibao.api.ParagraphFormat;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HB501–HB506: Word layout after GB/T 9704 (rules/layout.drl), end to end from .docx files. */
class LayoutRulesTest {

    private static final List<String> IDS = List.of("HB501", "HB502", "HB503", "HB504", "HB505", "HB506");

    @TempDir
    Path dir;

    private static ReportResult check(Path p) {
        return Fixtures.checker().check(p, p.getFileName().toString());
    }

    private static List<Finding> layout(ReportResult r) {
        return r.findings().stream().filter(f -> IDS.contains(f.rule())).toList();
    }

    private static Finding one(ReportResult r, String rule) {
        List<Finding> found = r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, found.size(), rule + " in " + r.findings());
        return found.get(0);
    }

    // ---- whole documents ---------------------------------------------------------------------------

    @Test
    void aReportSetAfterGbT9704HasNoLayoutFindings() {
        ReportResult r = check(DocxSamples.report(dir, "合格.docx", DocxSamples.RIGHT));
        assertNull(r.error());
        assertEquals(List.of(), layout(r));
    }

    @Test
    void aReportInWordDefaultsGetsOneFindingPerKind() {
        ReportResult r = check(DocxSamples.report(dir, "待改.docx", DocxSamples.WRONG));
        for (String id : IDS) {
            assertEquals(Severity.WARNING, one(r, id).severity(), id);
        }
        Finding title = one(r, "HB501");
        assertEquals(1, title.location().line());
        assertEquals("标题应为二号（22 磅）小标宋体，现为宋体、小二（18 磅）", title.message().zh());
        assertEquals("The title should be set in 22 pt Xiaobiaosong (小标宋); it is set in 宋体, 18 pt", title.message().en());

        // the addressee is the first body line; thirteen lines are in 宋体 小四
        Finding body = one(r, "HB502");
        assertEquals(2, body.location().line());
        assertEquals("正文应为三号（16 磅）仿宋体，有 13 段不符：宋体、小四（12 磅）13 段；第一处在第 2 段", body.message().zh());
        assertTrue(body.message().en().contains("13 paragraphs are not: 宋体, 12 pt ×13; the first is paragraph 2"),
                body.message().en());

        Finding h1 = one(r, "HB503");
        assertEquals(4, h1.location().line());
        assertTrue(h1.message().zh().contains("3 个不符：仿宋_GB2312"), h1.message().zh());
        Finding h2 = one(r, "HB504");
        assertEquals(5, h2.location().line());
        // only the two level-2 headings on lines of their own; those that run on into text are body text
        assertTrue(h2.message().zh().contains("2 个不符：黑体"), h2.message().zh());

        Finding margins = one(r, "HB505");
        assertEquals(new org.huibao.model.Location(1, 1, 1, 1, ""), margins.location(), "about the whole document");
        assertEquals("页边距应为上 37、下 35、左 28、右 26 毫米（各 ±1 毫米），现为上 25.4 毫米、下 25.4 毫米、左 31.8 毫米、右 31.8 毫米",
                margins.message().zh());
        assertTrue(margins.message().en().endsWith("they are top 25.4 mm, bottom 25.4 mm, left 31.8 mm, right 31.8 mm"),
                margins.message().en());

        Finding indent = one(r, "HB506");
        assertEquals(3, indent.location().line());
        assertTrue(indent.message().zh().contains("首行缩进 0 字符"), indent.message().zh());
        // a paragraph finding points at the paragraph's start, not its whole text
        assertTrue(indent.location().text().length() <= 20, indent.location().text());
    }

    /** What the layout rules add must not change anything else: the .docx reads as its text version. */
    @Test
    void aListNumberedDocxGetsTheVerdictsAndFindingsOfItsTextVersion() {
        ReportResult docx = check(DocxSamples.report(dir, "报告.docx", DocxSamples.RIGHT));
        ReportResult text = Fixtures.check("报告.txt", DocxSamples.REPORT);
        for (Element e : Element.BUILT_IN) {
            ElementVerdict d = docx.elements().get(e);
            ElementVerdict t = text.elements().get(e);
            assertEquals(t.status(), d.status(), e.id());
            assertEquals(t.weak(), d.weak(), e.id());
            assertEquals(t.evidence(), d.evidence(), e.id());
        }
        assertEquals(where(text.findings()), where(docx.findings()));
        assertEquals(text.score().total(), docx.score().total(), 1e-9);
        assertEquals("pass", docx.status());
        assertEquals(text.title(), docx.title());
    }

    private static List<String> where(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + "@" + f.location().line() + ":" + f.location().column())
                .collect(Collectors.toList());
    }

    @Test
    void textInputHasNoLayoutFindings() {
        ReportResult r = Fixtures.check("报告.txt", DocxSamples.REPORT);
        assertEquals(List.of(), layout(r));
    }

    @Test
    void aDocxWithWrongLayoutIsMarkedDownByWarningsOnly() {
        ReportResult right = check(DocxSamples.report(dir, "r.docx", DocxSamples.RIGHT));
        ReportResult wrong = check(DocxSamples.report(dir, "w.docx", DocxSamples.WRONG));
        assertEquals(right.score().total() - 2 * IDS.size(), wrong.score().total(), 1e-9);
    }

    // ---- single rules ------------------------------------------------------------------------------

    @Test
    void manyUnindentedParagraphsAreOneFinding() throws IOException {
        Path p = write("多段.docx", d -> {
            para(d, "县林业局2024年度工作情况报告", "方正小标宋_GBK", 22, -1).setAlignment(ParagraphAlignment.CENTER);
            for (int i = 1; i <= 50; i++) {
                para(d, "第" + i + "段正文，全年完成造林" + i + "万亩。", "仿宋_GB2312", 16, i % 10 == 0 ? 200 : 0);
            }
        });
        ReportResult r = check(p);
        Finding f = one(r, "HB506");
        assertEquals(2, f.location().line());
        assertTrue(f.message().zh().startsWith("正文段落首行应缩进两个字符，有 45 段不符：首行缩进 0 字符 45 段；第一处在第 2 段"),
                f.message().zh());
        assertEquals(List.of("HB506"), layout(r).stream().map(Finding::rule).toList());
    }

    @Test
    void typedFullWidthSpacesCountAsTheIndent() throws IOException {
        Path p = write("空格.docx", d -> {
            para(d, "县林业局2024年度工作情况报告", "方正小标宋简体", 22, -1).setAlignment(ParagraphAlignment.CENTER);
            para(d, "\u3000\u3000全年完成造林3万亩。", "仿宋_GB2312", 16, 0);
            para(d, "\u3000\u3000全年完成育苗5万株。", "FangSong", 16, 0);
        });
        assertEquals(List.of(), layout(check(p)));
    }

    @Test
    void fontsWithTheRightFamilyInTheirNameAreAccepted() throws IOException {
        BigInteger[] num = new BigInteger[1];
        Path p = write("字体.docx", d -> {
            num[0] = DocxSamples.gbNumbering(d);
            para(d, "县林业局2024年度工作情况报告", "方正小标宋_GBK", 22, -1).setAlignment(ParagraphAlignment.CENTER);
            para(d, "今年以来，我局认真落实各项工作。", "方正仿宋_GBK", 16, 200);
            heading(d, num[0], 0, "主要工作", "方正黑体_GBK");
            heading(d, num[0], 1, "造林绿化", "方正楷体_GBK");
            para(d, "全年完成造林3万亩。", "仿宋", 16, 200);
            heading(d, num[0], 1, "森林防火", "KaiTi");
            para(d, "全年未发生森林火灾。", "FangSong_GB2312", 16, 200);
            heading(d, num[0], 0, "下一步打算", "SimHei");
            para(d, "继续抓好造林绿化。", "华文仿宋", 16, 200);
        });
        ReportResult r = check(p);
        assertEquals(List.of(), layout(r));
        assertTrue(r.title().contains("林业局"));
    }

    @Test
    void levelOneHeadingsInFangsongAndLevelTwoInSongAreReportedOnceEach() throws IOException {
        BigInteger[] num = new BigInteger[1];
        Path p = write("标题.docx", d -> {
            num[0] = DocxSamples.gbNumbering(d);
            para(d, "县林业局2024年度工作情况报告", "方正小标宋简体", 22, -1).setAlignment(ParagraphAlignment.CENTER);
            heading(d, num[0], 0, "主要工作", "仿宋_GB2312");
            heading(d, num[0], 1, "造林绿化", "宋体");
            para(d, "全年完成造林3万亩。", "仿宋_GB2312", 16, 200);
            heading(d, num[0], 1, "森林防火", "宋体");
            para(d, "全年未发生森林火灾。", "仿宋_GB2312", 16, 200);
            heading(d, num[0], 0, "下一步打算", "黑体");
            para(d, "继续抓好造林绿化。", "仿宋_GB2312", 16, 200);
        });
        ReportResult r = check(p);
        Finding h1 = one(r, "HB503");
        assertEquals(2, h1.location().line());
        assertEquals("一、主要工作", h1.location().text());
        assertTrue(h1.message().zh().contains("1 个不符：仿宋_GB2312、三号（16 磅）1 个"), h1.message().zh());
        Finding h2 = one(r, "HB504");
        assertEquals(3, h2.location().line());
        assertTrue(h2.message().zh().contains("2 个不符：宋体、三号（16 磅）2 个；第一处在第 3 段"), h2.message().zh());
        assertEquals(List.of("HB503", "HB504"), layout(r).stream().map(Finding::rule).toList());
    }

    @Test
    void marginsWithinOneMillimetreAreRight() throws IOException {
        Path ok = write("边距.docx", d -> {
            para(d, "县林业局2024年度工作情况报告", "方正小标宋简体", 22, -1).setAlignment(ParagraphAlignment.CENTER);
            para(d, "全年完成造林3万亩。", "仿宋_GB2312", 16, 200);
            DocxSamples.margins(d, new double[] {37.9, 34.1, 28.5, 26});
        });
        assertEquals(List.of(), layout(check(ok)));
        Path off = write("边距2.docx", d -> {
            para(d, "县林业局2024年度工作情况报告", "方正小标宋简体", 22, -1).setAlignment(ParagraphAlignment.CENTER);
            para(d, "全年完成造林3万亩。", "仿宋_GB2312", 16, 200);
            DocxSamples.margins(d, new double[] {37, 35, 30, 26});
        });
        Finding f = one(check(off), "HB505");
        assertTrue(f.message().zh().endsWith("现为左 30 毫米"), f.message().zh());
    }

    @Test
    void aFileThatNamesNoFontIsNotBlamedForOne() throws IOException {
        Path p = write("无字体.docx", d -> {
            para(d, "县林业局2024年度工作情况报告", null, 22, -1).setAlignment(ParagraphAlignment.CENTER);
            para(d, "全年完成造林3万亩。", null, 16, 200);
        });
        assertEquals(List.of(), layout(check(p)));
    }

    // ---- errors through the checker ----------------------------------------------------------------

    @Test
    void aCorruptDocxIsAnErrorResultWithAOneLineMessage() throws IOException {
        byte[] bytes = new byte[2000];
        new Random(3).nextBytes(bytes);
        Path random = Files.write(dir.resolve("乱码.docx"), bytes);
        Path renamed = Files.writeString(dir.resolve("改名.docx"), "一、基本情况\n今年以来，我局……\n", StandardCharsets.UTF_8);
        for (Path p : List.of(random, renamed)) {
            ReportResult r = check(p);
            assertEquals("error", r.status());
            assertNotNull(r.error());
            assertTrue(r.error().zh().startsWith("无法打开 Word 文件："), r.error().zh());
            assertTrue(r.error().en().startsWith("cannot open Word file: "), r.error().en());
            assertFalse(r.error().zh().contains("\n") || r.error().en().contains("\n"));
            assertFalse(r.error().en().contains("Exception"), r.error().en());
        }
    }

    @Test
    void aCorruptDocIsAnErrorResultToo() throws IOException {
        Path p = Files.writeString(dir.resolve("旧版.doc"), "这不是 Word 文件", StandardCharsets.UTF_8);
        ReportResult r = check(p);
        assertEquals("error", r.status());
        assertTrue(r.error().zh().startsWith("无法打开 Word 文件："), r.error().zh());
    }

    // ---- the helpers' judgements -------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"方正小标宋简体", "方正小标宋_GBK", "小标宋", "FZXiaoBiaoSong-B05S", "FZXBSJW--GB1-0"})
    void xiaobiaosongNames(String font) {
        assertTrue(Typesetting.isXiaobiaosong(font));
    }

    @ParameterizedTest
    @ValueSource(strings = {"宋体", "华文中宋", "SimSun", "黑体", ""})
    void notXiaobiaosong(String font) {
        assertFalse(Typesetting.isXiaobiaosong(font));
    }

    @Test
    void typefaceFamilies() {
        for (String f : List.of("仿宋", "仿宋_GB2312", "FangSong", "FangSong_GB2312", "方正仿宋_GBK", "华文仿宋", "STFangsong")) {
            assertTrue(Typesetting.isFangsong(f), f);
        }
        for (String f : List.of("黑体", "SimHei", "方正黑体_GBK", "华文黑体", "STHeiti")) {
            assertTrue(Typesetting.isHeiti(f), f);
        }
        for (String f : List.of("楷体", "楷体_GB2312", "KaiTi", "KaiTi_GB2312", "方正楷体_GBK", "华文楷体", "STKaiti")) {
            assertTrue(Typesetting.isKaiti(f), f);
        }
        assertFalse(Typesetting.isHeiti("微软雅黑"));
        assertFalse(Typesetting.isFangsong("宋体"));
        assertFalse(Typesetting.isKaiti("仿宋"));
    }

    @Test
    void tolerances() {
        assertFalse(Typesetting.marginsWrong(new PageSetup(36, 36, 27, 27)));
        assertTrue(Typesetting.marginsWrong(new PageSetup(35.9, 35, 28, 26)));
        assertFalse(Typesetting.indentWrong(new ParagraphFormat(1, "仿宋", 16, 1.8, false, "")));
        assertTrue(Typesetting.indentWrong(new ParagraphFormat(1, "仿宋", 16, 1.33, false, "")));
        assertFalse(Typesetting.bodyWrong(new ParagraphFormat(1, "仿宋_GB2312", 16, 2, false, "")));
        assertTrue(Typesetting.bodyWrong(new ParagraphFormat(1, "仿宋_GB2312", 15, 2, false, "")));
        assertFalse(Typesetting.bodyWrong(new ParagraphFormat(1, "", 0, 2, false, "")));
        assertTrue(Typesetting.titleWrong(new ParagraphFormat(1, "方正小标宋简体", 18, 0, true, "")));
    }

    @Test
    void aHangingIndentIsCalledOne() {
        List<ParagraphFormat> list = List.of(new ParagraphFormat(3, "仿宋", 16, -1.3125, false, ""),
                new ParagraphFormat(5, "仿宋", 16, -1.3125, false, ""), new ParagraphFormat(6, "仿宋", 16, 0, false, ""));
        assertEquals("3 段不符：悬挂缩进 1.31 字符 2 段，首行缩进 0 字符 1 段；第一处在第 3 段", Typesetting.indentsZh(list, 3));
        assertEquals("3 paragraphs are not: hanging indent 1.31 characters ×2; first-line indent 0 characters ×1; "
                + "the first is paragraph 3", Typesetting.indentsEn(list, 3));
    }

    // ---- building documents ------------------------------------------------------------------------

    interface Body {
        void fill(XWPFDocument d);
    }

    private Path write(String name, Body body) throws IOException {
        try (XWPFDocument d = new XWPFDocument()) {
            body.fill(d);
            if (!d.getDocument().getBody().isSetSectPr()) {
                DocxSamples.margins(d, new double[] {37, 35, 28, 26});
            }
            return DocxSamples.write(d, dir, name);
        }
    }

    /** A paragraph in one run; {@code indent} in hundredths of a character, -1 for none at all. */
    private static XWPFParagraph para(XWPFDocument d, String text, String font, double size, int indent) {
        XWPFParagraph p = d.createParagraph();
        if (indent >= 0) {
            p.getCTP().addNewPPr().addNewInd().setFirstLineChars(BigInteger.valueOf(indent));
        }
        XWPFRun r = p.createRun();
        r.setText(text);
        if (font != null) {
            r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        }
        r.setFontSize(size);
        return p;
    }

    private static void heading(XWPFDocument d, BigInteger numId, int ilvl, String text, String font) {
        XWPFParagraph p = para(d, text, font, 16, 200);
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(ilvl));
    }
}
