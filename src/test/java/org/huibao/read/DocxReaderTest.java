package org.huibao.read;

import static org.huibao.read.DocxSamples.REPORT;
import static org.huibao.read.DocxSamples.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.huibao.api.PageSetup;
import org.huibao.api.ParagraphFormat;
import org.huibao.read.ReadException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link WordReader} on .docx: text, numbering, tracked changes, left-out parts, layout, errors. */
class DocxReaderTest {

    @TempDir
    Path dir;

    private final WordReader reader = new WordReader();

    private SourceText read(Path p) throws ReadException {
        return reader.read(p, p.getFileName().toString());
    }

    private static Map<Integer, ParagraphFormat> byLine(SourceText s) {
        return s.layout().paragraphs().stream().collect(Collectors.toMap(ParagraphFormat::line, f -> f));
    }

    private Path doc(String name, DocBody body) throws Exception {
        try (XWPFDocument d = new XWPFDocument()) {
            body.fill(d);
            return DocxSamples.write(d, dir, name);
        }
    }

    interface DocBody {
        void fill(XWPFDocument d) throws Exception;
    }

    // ---- the sample report -------------------------------------------------------------------------

    @Test
    void aListNumberedReportReadsAsItsTextVersionLineForLine() throws ReadException {
        SourceText s = read(DocxSamples.report(dir, "报告.docx", DocxSamples.RIGHT));
        assertEquals(lines(REPORT), lines(s.text()));
        assertEquals("docx", s.charset());
        assertEquals("报告.docx", s.name());
    }

    @Test
    void autoNumberingIsWrittenOutAsWordShowsIt() throws ReadException {
        List<String> lines = lines(read(DocxSamples.report(dir, "r.docx", DocxSamples.RIGHT)).text());
        assertTrue(lines.get(3).startsWith("一、2024年度"), lines.get(3));
        assertTrue(lines.get(4).startsWith("（一）加强组织领导"), lines.get(4));
        assertTrue(lines.get(5).startsWith("1.健全责任体系"), lines.get(5));
        assertTrue(lines.get(6).startsWith("2.落实"), lines.get(6));
        // level 3 starts over under the next level-2 heading, level 2 under the next level-1 heading
        assertTrue(lines.get(7).startsWith("（二）夯实"), lines.get(7));
        assertTrue(lines.get(8).startsWith("1.规范支部建设"), lines.get(8));
        assertTrue(lines.get(14).startsWith("二、存在的问题"), lines.get(14));
        assertTrue(lines.get(15).startsWith("（一）理论学习"), lines.get(15));
        assertTrue(lines.get(17).startsWith("三、2025年"), lines.get(17));
    }

    @Test
    void headersFootersAndCommentsAreLeftOut() throws ReadException {
        String text = read(DocxSamples.report(dir, "r.docx", DocxSamples.RIGHT)).text();
        assertFalse(text.contains("页眉"), text);
        assertFalse(text.contains("页脚"), text);
        assertFalse(text.contains("批注"), text);
        assertFalse(text.contains("审稿人"), text);
    }

    @Test
    void tableCellsAreLinesOfTheirOwnWithoutLayout() throws ReadException {
        SourceText s = read(DocxSamples.report(dir, "r.docx", DocxSamples.RIGHT));
        List<String> lines = lines(s.text());
        assertEquals(List.of("指标", "2024年", "党员突击队", "11支"), lines.subList(10, 14));
        Map<Integer, ParagraphFormat> f = byLine(s);
        for (int line = 11; line <= 14; line++) {
            assertFalse(f.containsKey(line), "table cell line " + line + " has no layout");
        }
        assertEquals(lines.size() - 4, s.layout().paragraphs().size());
    }

    @Test
    void layoutOfTheRightSample() throws ReadException {
        SourceText s = read(DocxSamples.report(dir, "r.docx", DocxSamples.RIGHT));
        Map<Integer, ParagraphFormat> f = byLine(s);
        ParagraphFormat title = f.get(1);
        assertEquals("方正小标宋简体", title.font());
        assertEquals(22, title.sizePt());
        assertTrue(title.centered());
        ParagraphFormat body = f.get(3);
        assertEquals("仿宋_GB2312", body.font());
        assertEquals(16, body.sizePt());
        assertEquals(2.0, body.firstLineIndentChars(), 1e-9);
        assertFalse(body.centered());
        assertEquals("黑体", f.get(4).font());
        assertEquals("楷体_GB2312", f.get(5).font());
        // "（一）理论学习…不够紧密。" in 楷体, a longer rest in 仿宋: the paragraph is mostly 仿宋
        assertEquals("仿宋_GB2312", f.get(16).font());
        assertEquals(0, f.get(2).firstLineIndentChars(), 1e-9);
        PageSetup page = s.layout().page().orElseThrow();
        assertEquals(37, page.topMm(), 0.05);
        assertEquals(35, page.bottomMm(), 0.05);
        assertEquals(28, page.leftMm(), 0.05);
        assertEquals(26, page.rightMm(), 0.05);
    }

    @Test
    void layoutOfTheWrongSample() throws ReadException {
        SourceText s = read(DocxSamples.report(dir, "w.docx", DocxSamples.WRONG));
        Map<Integer, ParagraphFormat> f = byLine(s);
        assertEquals("宋体", f.get(1).font());
        assertEquals(18, f.get(1).sizePt());
        assertEquals("宋体", f.get(3).font());
        assertEquals(12, f.get(3).sizePt());
        assertEquals(0, f.get(3).firstLineIndentChars(), 1e-9);
        assertEquals(25.4, s.layout().page().orElseThrow().topMm(), 0.05);
        assertEquals(31.8, s.layout().page().orElseThrow().leftMm(), 0.05);
    }

    // ---- numbering ---------------------------------------------------------------------------------

    @Test
    void numberingThroughHeadingStylesAndDefaultsFromDocDefaultsAndTheme() throws Exception {
        Path p = doc("styles.docx", d -> {
            BigInteger numId = DocxSamples.gbNumbering(d);
            DocxSamples.styles(d,
                    "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:eastAsiaTheme=\"minorEastAsia\"/>"
                    + "<w:sz w:val=\"21\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>"
                    + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                    + "<w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/></w:pPr>"
                    + "<w:rPr><w:rFonts w:eastAsia=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/></w:rPr></w:style>"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
                    + "<w:pPr><w:numPr><w:numId w:val=\"" + numId + "\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr>"
                    + "<w:rPr><w:rFonts w:eastAsia=\"黑体\"/></w:rPr></w:style>"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/>"
                    + "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
                    + "<w:rPr><w:rFonts w:eastAsia=\"楷体_GB2312\"/></w:rPr></w:style>"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"Plain\"><w:name w:val=\"Plain\"/>"
                    + "<w:rPr><w:rFonts w:eastAsia=\"\"/></w:rPr></w:style>");
            DocxSamples.theme(d, "等线");
            styled(d, "Heading1", "基本情况");
            styled(d, "Normal", "今年以来，我局认真落实各项工作。");
            styled(d, "Heading2", "加强组织领导");
            styled(d, "Heading2", "强化理论武装");
            styled(d, "Heading1", "存在问题");
            styled(d, "Heading2", "学习不够深入");
            styled(d, "Plain", "主题字体的段落");
        });
        SourceText s = read(p);
        assertEquals(List.of("一、基本情况", "今年以来，我局认真落实各项工作。", "（一）加强组织领导", "（二）强化理论武装",
                "二、存在问题", "（一）学习不够深入", "主题字体的段落"), lines(s.text()));
        Map<Integer, ParagraphFormat> f = byLine(s);
        assertEquals("黑体", f.get(1).font());
        assertEquals(16, f.get(1).sizePt());
        assertEquals("heading 1", f.get(1).style());
        assertEquals("仿宋_GB2312", f.get(2).font());
        assertEquals(2.0, f.get(2).firstLineIndentChars(), 1e-9);
        assertEquals("楷体_GB2312", f.get(3).font());
        // a style that names no East Asian font: the theme's (等线 in Word's Office theme), at the default size
        assertEquals("等线", f.get(7).font());
        assertEquals(10.5, f.get(7).sizePt());
    }

    private static void styled(XWPFDocument d, String style, String text) {
        XWPFParagraph p = d.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    @Test
    void numberFormatsRestartsAndOverrides() throws Exception {
        Path p = doc("formats.docx", d -> {
            BigInteger a = DocxSamples.numbering(d, DocxSamples.abstractNum(
                    DocxSamples.level(0, "chineseCountingThousand", "%1、", null),
                    DocxSamples.level(1, "ideographTraditional", "%2.", null),
                    DocxSamples.level(2, "decimalEnclosedCircle", "%3", "<w:suff w:val=\"nothing\"/>"),
                    DocxSamples.level(3, "decimal", "（%4）", "<w:lvlRestart w:val=\"0\"/>")));
            BigInteger chapter = DocxSamples.numbering(d, DocxSamples.abstractNum(
                    DocxSamples.level(0, "chineseCounting", "第%1章", null),
                    DocxSamples.level(1, "bullet", "●", null)));
            for (int i = 1; i <= 11; i++) {
                item(d, a, 0, "项" + i);
            }
            item(d, a, 1, "甲项");
            item(d, a, 1, "乙项");
            item(d, a, 2, "圈一");
            item(d, a, 3, "不重排一");
            item(d, a, 2, "圈二");
            item(d, a, 3, "不重排二");
            item(d, chapter, 0, "总则");
            item(d, chapter, 1, "要点");
            item(d, chapter, 0, "分则");
        });
        List<String> lines = lines(read(p).text());
        assertEquals("一、项1", lines.get(0));
        assertEquals("十、项10", lines.get(9));
        assertEquals("十一、项11", lines.get(10));
        assertEquals("甲.甲项", lines.get(11));
        assertEquals("乙.乙项", lines.get(12));
        assertEquals("①圈一", lines.get(13));
        assertEquals("（1）不重排一", lines.get(14));
        assertEquals("②圈二", lines.get(15));
        assertEquals("（2）不重排二", lines.get(16), "lvlRestart 0: level 4 goes on across level 3");
        assertEquals("第一章 总则", lines.get(17), "a number that ends in a word gets a space for Word's tab");
        assertEquals("要点", lines.get(18), "bullets are not ordinals");
        assertEquals("第二章 分则", lines.get(19));
    }

    @Test
    void listInstancesShareTheirDefinitionUnlessTheyRestartIt() throws Exception {
        Path p = doc("instances.docx", d -> {
            BigInteger first = DocxSamples.numbering(d, DocxSamples.abstractNum(
                    DocxSamples.level(0, "decimal", "%1.", null)));
            var numbering = d.getNumbering();
            BigInteger abstractId = numbering.getAbstractNumID(first);
            BigInteger continuing = numbering.addNum(abstractId);
            BigInteger restarting = numbering.addNum(abstractId);
            numbering.getNum(restarting).getCTNum().addNewLvlOverride().setIlvl(BigInteger.ZERO);
            numbering.getNum(restarting).getCTNum().getLvlOverrideArray(0).addNewStartOverride().setVal(BigInteger.ONE);
            item(d, first, 0, "甲");
            item(d, first, 0, "乙");
            item(d, continuing, 0, "丙");
            item(d, restarting, 0, "丁");
            item(d, restarting, 0, "戊");
        });
        assertEquals(List.of("1.甲", "2.乙", "3.丙", "1.丁", "2.戊"), lines(read(p).text()));
    }

    @Test
    void aRemovedNumberIsNotShown() throws Exception {
        Path p = doc("nonum.docx", d -> {
            BigInteger a = DocxSamples.gbNumbering(d);
            item(d, a, 0, "有序号");
            item(d, BigInteger.ZERO, 0, "numId 0 去掉序号");
            item(d, BigInteger.valueOf(99), 0, "不存在的列表");
        });
        assertEquals(List.of("一、有序号", "numId 0 去掉序号", "不存在的列表"), lines(read(p).text()));
    }

    private static void item(XWPFDocument d, BigInteger numId, int ilvl, String text) {
        XWPFParagraph p = d.createParagraph();
        DocxSamples.list(p, numId, ilvl);
        p.createRun().setText(text);
    }

    // ---- what the text is made of ------------------------------------------------------------------

    @Test
    void trackedChangesReadAsAccepted() throws Exception {
        Path p = doc("changes.docx", d -> {
            DocxSamples.xml(d.createParagraph(), "<w:r><w:t>全年召开会议</w:t></w:r>"
                    + "<w:del w:id=\"1\" w:author=\"a\" w:date=\"2024-01-01T00:00:00Z\"><w:r><w:delText>5</w:delText></w:r></w:del>"
                    + "<w:ins w:id=\"2\" w:author=\"a\" w:date=\"2024-01-01T00:00:00Z\"><w:r><w:t>7</w:t></w:r></w:ins>"
                    + "<w:r><w:t>次。</w:t></w:r>");
            // a paragraph mark deleted: the two paragraphs become one
            DocxSamples.xml(d.createParagraph(), "<w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"a\" w:date=\"2024-01-01T00:00:00Z\"/></w:rPr></w:pPr>"
                    + "<w:r><w:t>上半句，</w:t></w:r>");
            DocxSamples.xml(d.createParagraph(), "<w:r><w:t>下半句。</w:t></w:r>");
            // a paragraph deleted whole, mark and all
            DocxSamples.xml(d.createParagraph(), "<w:pPr><w:rPr><w:del w:id=\"4\" w:author=\"a\" w:date=\"2024-01-01T00:00:00Z\"/></w:rPr></w:pPr>"
                    + "<w:del w:id=\"5\" w:author=\"a\" w:date=\"2024-01-01T00:00:00Z\"><w:r><w:delText>整段删除。</w:delText></w:r></w:del>");
            // moved text: only where it went
            DocxSamples.xml(d.createParagraph(), "<w:moveFrom w:id=\"6\" w:author=\"a\" w:date=\"2024-01-01T00:00:00Z\"><w:r><w:t>移走</w:t></w:r></w:moveFrom>"
                    + "<w:r><w:t>末段</w:t></w:r>"
                    + "<w:moveTo w:id=\"7\" w:author=\"a\" w:date=\"2024-01-01T00:00:00Z\"><w:r><w:t>移来</w:t></w:r></w:moveTo>");
        });
        assertEquals(List.of("全年召开会议7次。", "上半句，下半句。", "末段移来"), lines(read(p).text()));
    }

    @Test
    void fieldsHiddenTextBreaksAndContentControls() throws Exception {
        Path p = doc("fields.docx", d -> {
            DocxSamples.xml(d.createParagraph(), "<w:r><w:t>详见</w:t></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> REF _Ref1 \\h </w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>附件1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                    + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>，第3页</w:t></w:r></w:fldSimple>"
                    + "<w:hyperlink w:anchor=\"x\"><w:r><w:t>（链接）</w:t></w:r></w:hyperlink>"
                    + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r><w:r><w:t>。</w:t></w:r>");
            DocxSamples.xml(d.createParagraph(), "<w:r><w:t>关于2024年度工作的</w:t><w:br/><w:t>报告</w:t></w:r>");
            DocxSamples.xml(d.createParagraph(), "<w:r><w:t>Work</w:t><w:br/><w:t>Report</w:t><w:tab/><w:t>X</w:t></w:r>");
            DocxSamples.xml(d.createParagraph(), "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>控件里的文字</w:t></w:r></w:sdtContent></w:sdt>");
        });
        assertEquals(List.of("详见附件1，第3页（链接）。", "关于2024年度工作的报告", "Work Report\tX", "控件里的文字"),
                lines(read(p).text()));
    }

    @Test
    void aTableOfContentsIsLeftOut() throws Exception {
        Path p = doc("toc.docx", d -> {
            DocxSamples.styles(d, "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/></w:style>");
            d.createParagraph().createRun().setText("县林业局2024年度工作情况报告");
            XWPFParagraph sdt = d.createParagraph();
            DocxSamples.xml(sdt, "<w:r><w:t>占位</w:t></w:r>");
            // Word's content control around the contents
            d.getDocument().getBody().addNewSdt().set(org.apache.xmlbeans.XmlObject.Factory.parse(
                    "<xml-fragment xmlns:w=\"" + DocxSamples.W + "\"><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/>"
                    + "</w:docPartObj></w:sdtPr><w:sdtContent><w:p><w:r><w:t>目录</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t>一、主要工作\t1</w:t></w:r></w:p></w:sdtContent></xml-fragment>"));
            XWPFParagraph entry = d.createParagraph();
            entry.setStyle("TOC1");
            entry.createRun().setText("二、存在的问题\t2");
            d.createParagraph().createRun().setText("一、主要工作");
        });
        assertEquals(List.of("县林业局2024年度工作情况报告", "占位", "一、主要工作"), lines(read(p).text()));
    }

    @Test
    void emptyParagraphsKeepTheParagraphNumbers() throws Exception {
        Path p = doc("empty.docx", d -> {
            d.createParagraph().createRun().setText("标题");
            d.createParagraph();
            d.createParagraph().createRun().setText("正文第一段。");
        });
        SourceText s = read(p);
        assertEquals(List.of("标题", "", "正文第一段。"), lines(s.text()));
        assertEquals(List.of(1, 2, 3), s.layout().paragraphs().stream().map(ParagraphFormat::line).toList());
    }

    @Test
    void indentsInTwipsInCharactersAndAsTypedSpaces() throws Exception {
        Path p = doc("indents.docx", d -> {
            XWPFParagraph twips = d.createParagraph();
            DocxSamples.ind(twips).setFirstLine(BigInteger.valueOf(640));
            DocxSamples.run(twips, "首行缩进640缇。", "仿宋_GB2312", 16);
            XWPFParagraph spaces = d.createParagraph();
            DocxSamples.run(spaces, "\u3000\u3000两个全角空格。", "仿宋_GB2312", 16);
            XWPFParagraph hanging = d.createParagraph();
            DocxSamples.ind(hanging).setHangingChars(BigInteger.valueOf(200));
            DocxSamples.run(hanging, "悬挂缩进。", "仿宋_GB2312", 16);
            XWPFParagraph centred = d.createParagraph();
            centred.setAlignment(ParagraphAlignment.CENTER);
            DocxSamples.run(centred, "居中", "仿宋_GB2312", 16);
        });
        Map<Integer, ParagraphFormat> f = byLine(read(p));
        assertEquals(2.0, f.get(1).firstLineIndentChars(), 1e-9);
        assertEquals(2.0, f.get(2).firstLineIndentChars(), 1e-9);
        assertEquals(-2.0, f.get(3).firstLineIndentChars(), 1e-9);
        assertTrue(f.get(4).centered());
    }

    @Test
    void marginsWithAGutterAndInUnits() throws Exception {
        Path p = doc("gutter.docx", d -> {
            d.createParagraph().createRun().setText("正文。");
            DocxSamples.margins(d, new double[] {37, 35, 18, 26});
            d.getDocument().getBody().getSectPr().getPgMar().setGutter(DocxSamples.twips(10));
        });
        assertEquals(28, read(p).layout().page().orElseThrow().leftMm(), 0.05);
        assertEquals(37, DocxExtractor.twips("37mm") / (1440 / 25.4), 1e-9);
        assertEquals(2098, DocxExtractor.twips("2098"), 1e-9);
        assertEquals(16, DocxExtractor.halfPoints("32"), 1e-9);
        assertEquals(16, DocxExtractor.halfPoints("16pt"), 1e-9);
    }

    @Test
    void aDocumentWithoutLayoutPartsStillReads() throws Exception {
        // a minimal package: no styles, numbering, theme or settings
        Path p = dir.resolve("minimal.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            entry(z, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(z, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(z, "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"" + DocxSamples.W + "\"><w:body>"
                    + "<w:p><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>只有正文</w:t></w:r></w:p></w:body></w:document>");
        }
        SourceText s = read(p);
        assertEquals("只有正文", s.text());
        ParagraphFormat f = s.layout().paragraphs().get(0);
        assertEquals("", f.font());
        assertEquals(10, f.sizePt());
        assertTrue(s.layout().page().isEmpty());
    }

    // ---- errors ------------------------------------------------------------------------------------

    private void assertUnreadable(Path p, String detail) {
        ReadException e = assertThrows(ReadException.class, () -> read(p));
        assertEquals(Kind.UNREADABLE, e.kind());
        String m = e.getMessage();
        assertTrue(m.startsWith("无法打开 Word 文件："), m);
        assertTrue(m.contains(" (cannot open Word file: ") && m.endsWith(")"), m);
        assertFalse(m.contains("\n"), m);
        assertTrue(m.contains(detail), m);
        assertFalse(m.contains("Exception"), m);
    }

    @Test
    void randomBytesAreUnreadableWithAOneLineMessage() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        Path p = Files.write(dir.resolve("random.docx"), bytes);
        assertUnreadable(p, "已损坏");
        Path other = Files.write(dir.resolve("noise.docx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertUnreadable(other, "不是 Word 文档");
    }

    @Test
    void aRenamedTextFileIsUnreadable() throws IOException {
        Path p = Files.writeString(dir.resolve("renamed.docx"), "一、基本情况\n今年以来……\n", StandardCharsets.UTF_8);
        assertUnreadable(p, "不是 Word 文档");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\\rtf1\\ansi 报告}", "<html><body>报告</body></html>", "%PDF-1.7\n"})
    void otherFormatsUnderADocxNameAreNamed(String content) throws IOException {
        Path p = Files.writeString(dir.resolve("other.docx"), content, StandardCharsets.UTF_8);
        ReadException e = assertThrows(ReadException.class, () -> read(p));
        assertTrue(e.getMessage().matches("无法打开 Word 文件：这是 ?(RTF|网页|PDF).*"), e.getMessage());
    }

    @Test
    void aWordOwnerFileSaysWhatItIs() throws IOException {
        byte[] owner = new byte[162];
        owner[0] = 6;
        Path p = Files.write(dir.resolve("~$报告.docx"), owner);
        assertUnreadable(p, "临时文件");
    }

    @Test
    void aZipThatIsNotAnOfficeFileIsUnreadable() throws IOException {
        Path p = dir.resolve("photos.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            entry(z, "a.txt", "not office");
        }
        assertUnreadable(p, "cannot open Word file");
    }

    @Test
    void aSpreadsheetUnderADocxNameIsNamed() throws IOException {
        Path p = dir.resolve("table.docx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        assertUnreadable(p, "Excel");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path p = dir.resolve("bomb.docx");
        try (XWPFDocument d = new XWPFDocument()) {
            d.createParagraph().createRun().setText("x" + " ".repeat(30_000_000));
            DocxSamples.write(d, dir, "bomb.docx");
        }
        ReadException e = assertThrows(ReadException.class, () -> read(p));
        assertTrue(e.getMessage().endsWith("possibly a zip bomb)"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void emptyMissingAndDirectory() throws IOException {
        Path empty = Files.write(dir.resolve("empty.docx"), new byte[0]);
        assertEquals(Kind.EMPTY, assertThrows(ReadException.class, () -> read(empty)).kind());
        assertEquals(Kind.NOT_FOUND, assertThrows(ReadException.class, () -> read(dir.resolve("none.docx"))).kind());
        Path folder = Files.createDirectory(dir.resolve("folder.docx"));
        assertEquals(Kind.UNREADABLE, assertThrows(ReadException.class, () -> read(folder)).kind());
        Path big = Files.write(dir.resolve("big.docx"), new byte[2048]);
        assertEquals(Kind.TOO_LARGE, assertThrows(ReadException.class, () -> new WordReader(1024).read(big, "big")).kind());
    }

    @Test
    void aDocumentWithNoTextIsEmpty() throws Exception {
        Path p = doc("blank.docx", d -> {
            d.createParagraph();
            d.createParagraph().createRun().setText("   ");
        });
        ReadException e = assertThrows(ReadException.class, () -> read(p));
        assertEquals(Kind.EMPTY, e.kind());
    }

    @Test
    void theFileIsNotModified() throws Exception {
        Path p = DocxSamples.report(dir, "r.docx", DocxSamples.RIGHT);
        byte[] before = Files.readAllBytes(p);
        var modified = Files.getLastModifiedTime(p);
        read(p);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(p)));
        assertEquals(modified, Files.getLastModifiedTime(p));
    }

    // ---- registration and class loading ------------------------------------------------------------

    @Test
    void registeredForDocxAndDoc() {
        Readers readers = Readers.defaults();
        assertInstanceOf(WordReader.class, readers.forPath(Path.of("报告.DOCX")).orElseThrow());
        assertInstanceOf(WordReader.class, readers.forPath(Path.of("报告.doc")).orElseThrow());
        assertTrue(readers.extensions().containsAll(List.of("doc", "docx", "md", "txt")));
    }

    /** A run over text files must not pay for POI: the readers load it only inside read(). */
    @Test
    void aTextOnlyRunLoadsNoPoiClass() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        Path txt = Files.writeString(dir.resolve("a.txt"), "标题\n正文。\n", StandardCharsets.UTF_8);
        try (Isolated loader = new Isolated(urls.toArray(new URL[0]))) {
            Class<?> readers = loader.loadClass(Readers.class.getName());
            Object defaults = readers.getMethod("defaults").invoke(null);
            Object reader = ((java.util.Optional<?>) readers.getMethod("forPath", Path.class).invoke(defaults, txt)).orElseThrow();
            reader.getClass().getMethod("read", Path.class, String.class).invoke(reader, txt, "a.txt");
            assertTrue(loader.loaded(Readers.class.getName()));
            assertFalse(loader.loaded("org.apache.poi.openxml4j.opc.OPCPackage"));
            assertFalse(loader.loaded("org.apache.poi.hwpf.HWPFDocument"));
            assertFalse(loader.loaded("org.apache.poi.poifs.filesystem.POIFSFileSystem"));
            assertFalse(loader.loaded(DocxExtractor.class.getName()));
        }
    }

    /** A class loader of its own over the test class path, so that what it loads can be asked. */
    private static final class Isolated extends URLClassLoader {
        Isolated(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    private static void entry(ZipOutputStream z, String name, String content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
