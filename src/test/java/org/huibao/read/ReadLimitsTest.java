package org.huibao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.huibao.read.ReadException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers' budgets (issue 14): PDF and Word text is given up while it is read once it passes the
 * budget derived from --max-chars, with a one-line reason; structures nested deeper than PDFBox or
 * a recursive walk could follow give a reason or are read; and a normal file reads as before.
 */
class ReadLimitsTest {

    private static final long MAX_BYTES = Readers.DEFAULT_MAX_BYTES;

    @TempDir
    Path dir;

    private static ReadException refused(DocumentReader reader, Path file) {
        ReadException e = assertThrows(ReadException.class, () -> reader.read(file, file.getFileName().toString()));
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        return e;
    }

    // ---- PDF ---------------------------------------------------------------------------------------

    @Test
    void aPageOfSixtyThousandTextOperatorsIsGivenUpAtTheGlyphBudget() throws Exception {
        Path pdf = HostileSamples.pdfRepeating(dir.resolve("ops.pdf"), "(a) Tj", 60_000);
        ReadException e = refused(new PdfReader(MAX_BYTES), pdf);
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().startsWith("PDF 内容过多：第 1 页的字符超过 50,000 个"), e.getMessage());
    }

    @Test
    void pdfTextFarPastMaxCharsIsGivenUpBeforeItIsAllExtracted() throws Exception {
        // 3 pages of 5,000 glyphs: each page is plausible, together they pass 2 × 1,000 + 10,000.
        Path pdf = HostileSamples.pdfPages(dir.resolve("long.pdf"), 3, "(abcdefghij) Tj T*", 500);
        ReadException e = refused(new PdfReader(MAX_BYTES, PdfReader.DEFAULT_MAX_PAGES, 1_000), pdf);
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().startsWith("报告过长：PDF 中的字符超过 12,000 个，远超 1,000 字符的上限（--max-chars）"),
                e.getMessage());
        // the same file within the default budget is read (and left to the checker's own --max-chars)
        String text = new PdfReader(MAX_BYTES).read(pdf, "long.pdf").text();
        assertEquals(3 * 5_000, text.chars().filter(Character::isLetter).count());
    }

    @Test
    void operatorsThatDrawNothingAreCountedToo() throws Exception {
        // "n" ends a path that was never begun: no text, no graphics, only time. Budget for
        // --max-chars 1: a million operators and four.
        Path pdf = HostileSamples.pdfRepeating(dir.resolve("n.pdf"), "n", 1_000_010);
        ReadException e = refused(new PdfReader(MAX_BYTES, PdfReader.DEFAULT_MAX_PAGES, 1), pdf);
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().startsWith("PDF 内容过多：绘制指令超过 1,000,004 条（读到第 1 页）"), e.getMessage());
    }

    @Test
    void formsDrawingFormsAreCountedEachTimeTheyAreDrawn() throws Exception {
        // a thousand to the third: a billion path operators from a 2 KB file
        Path pdf = HostileSamples.pdfFormFanOut(dir.resolve("fan.pdf"), 1_000, 3, "n");
        ReadException e = refused(new PdfReader(MAX_BYTES), pdf);
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().startsWith("PDF 内容过多：绘制表单对象超过 70,000 次（读到第 1 页）"), e.getMessage());
    }

    @Test
    void aContentStreamOfCommentsSharedByEveryPageIsCountedOnEachPage() throws Exception {
        // a megabyte of comments (no operators at all), 24 KB compressed, parsed again on 2,000 pages
        Path pdf = HostileSamples.pdfPages(dir.resolve("comments.pdf"), 2_000, "%" + "x".repeat(1_000), 1_000);
        ReadException e = refused(new PdfReader(MAX_BYTES), pdf);
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().startsWith("PDF 内容过多：解压后的页面内容超过 125.0 MB（读到第 1"), e.getMessage());
    }

    @Test
    void aNormalPdfReadsTheSameUnderABudgetJustAboveItsText() throws Exception {
        Path pdf = Files.write(dir.resolve("report.pdf"), PdfSamples.simpleReport("关于2024年度工作情况的报告",
                "今年以来，我们认真贯彻落实上级部署，各项工作取得新进展。", "下一步，我们将继续加强组织领导。"));
        SourceText full = new PdfReader(MAX_BYTES).read(pdf, "report.pdf");
        SourceText tight = new PdfReader(MAX_BYTES, PdfReader.DEFAULT_MAX_PAGES, full.text().length()).read(pdf, "report.pdf");
        assertEquals(full.text(), tight.text());
        assertTrue(full.text().startsWith("关于2024年度工作情况的报告\n"), full.text());
    }

    @Test
    void aPageTreeNestedFiftyThousandDeepIsAPdfReasonNotAStackOverflow() throws Exception {
        Path pdf = HostileSamples.pdfNestedPageTree(dir.resolve("deep.pdf"), 50_000);
        ReadException e = refused(new PdfReader(MAX_BYTES), pdf);
        assertEquals(Kind.UNREADABLE, e.kind());
        assertEquals("PDF 页面树嵌套过深：超过 100 层 (the PDF's page tree is nested too deeply: over 100 levels)",
                e.getMessage());
    }

    @Test
    void aPageTreeNestedWithinTheLimitIsRead() throws Exception {
        Path pdf = HostileSamples.pdfNestedPageTree(dir.resolve("nested.pdf"), PdfText.MAX_TREE_DEPTH - 1);
        assertEquals("Work report of the year\n", new PdfReader(MAX_BYTES).read(pdf, "nested.pdf").text());
    }

    // ---- Word --------------------------------------------------------------------------------------

    @Test
    void docxTextPastMaxCharsIsGivenUpWhileStreaming() throws Exception {
        Path docx = HostileSamples.docxParagraphs(dir.resolve("long.docx"), 50_000);
        ReadException e = refused(new WordReader(MAX_BYTES, 10_000), docx);
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertEquals("报告过长：文字超过 10,000 字符的上限（--max-chars），未读完 (report too long: the text runs past"
                + " the --max-chars limit of 10,000 characters; reading stopped)", e.getMessage());
    }

    @Test
    void theDocxBudgetCountsTheTextAsTheCheckerDoes() throws Exception {
        // 100 lines of 4 characters joined by 99 line breaks: 499 characters, as --max-chars counts them
        Path docx = HostileSamples.docxParagraphs(dir.resolve("exact.docx"), 100);
        assertEquals(499, new WordReader(MAX_BYTES, 499).read(docx, "exact.docx").text().length());
        assertEquals(Kind.TOO_LARGE, refused(new WordReader(MAX_BYTES, 498), docx).kind());
    }

    @Test
    void oneParagraphOfAMillionElementsIsRefusedBeforeItsDomIsBuilt() throws Exception {
        Path docx = HostileSamples.docx(dir.resolve("marks.docx"), w -> {
            w.write("<w:p><w:r><w:t>开头</w:t></w:r>");
            java.util.Random random = new java.util.Random(14);
            for (int i = 0; i <= DocxBody.MAX_PARAGRAPH_NODES; i++) {
                w.write("<w:bookmarkStart w:id=\"" + random.nextInt(1 << 30) + "\"/>");
            }
            w.write("</w:p>");
        });
        ReadException e = refused(new WordReader(MAX_BYTES), docx);
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().startsWith("Word 文档中有一个段落的标记超过 500,000 个节点"), e.getMessage());
    }

    @Test
    void tablesNestedTwoThousandDeepAreReadNotDropped() throws Exception {
        Path docx = HostileSamples.docx(dir.resolve("tables.docx"), "<w:p><w:r><w:t>标题</w:t></w:r></w:p>"
                + HostileSamples.nested("<w:tbl><w:tr><w:tc>", "<w:p><w:r><w:t>最里层的文字</w:t></w:r></w:p>",
                        "</w:tc></w:tr></w:tbl>", 2_000)
                + "<w:p><w:r><w:t>结尾</w:t></w:r></w:p>");
        assertEquals(List.of("标题", "最里层的文字", "结尾"), lines(new WordReader(MAX_BYTES).read(docx, "tables.docx")));
    }

    // Nesting that repeats compresses too well for POI's zip-bomb check past 100 KB: each file stays below.

    @Test
    void contentControlsNestedThousandsDeepAreRead() throws Exception {
        Path docx = HostileSamples.docx(dir.resolve("controls.docx"),
                HostileSamples.nested("<w:sdt><w:sdtPr/><w:sdtContent>", "<w:p><w:r><w:t>控件里的段落</w:t></w:r></w:p>",
                        "</w:sdtContent></w:sdt>", 1_500));
        assertEquals(List.of("控件里的段落"), lines(new WordReader(MAX_BYTES).read(docx, "controls.docx")));
    }

    @Test
    void linksNestedThousandsDeepInAParagraphAreRead() throws Exception {
        Path docx = HostileSamples.docx(dir.resolve("links.docx"), "<w:p>" + HostileSamples.nested("<w:hyperlink>",
                "<w:r><w:t>链接里的文字</w:t></w:r>", "</w:hyperlink>", 3_000) + "<w:r><w:t>之后</w:t></w:r></w:p>");
        assertEquals(List.of("链接里的文字之后"), lines(new WordReader(MAX_BYTES).read(docx, "links.docx")));
    }

    @Test
    void docTextPastMaxCharsIsGivenUp() throws Exception {
        Path doc = dir.resolve("汇报.doc");
        try (InputStream in = ReadLimitsTest.class.getResourceAsStream("/fixtures/word/report-libreoffice.doc")) {
            Files.copy(in, doc);
        }
        ReadException e = refused(new WordReader(MAX_BYTES, 100), doc);
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().startsWith("报告过长：文字超过 100 字符的上限（--max-chars）"), e.getMessage());
        assertEquals(String.join("\n", DocxSamples.REPORT.lines().toList()).length(),
                new WordReader(MAX_BYTES).read(doc, "汇报.doc").text().length());
    }

    // ---- sizes -------------------------------------------------------------------------------------

    @Test
    void aFileOneByteOverTheLimitDoesNotReadAsTheLimit() throws Exception {
        Path big = dir.resolve("big.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(MAX_BYTES + 1); // sparse: nothing is written
        }
        ReadException e = refused(new PdfReader(MAX_BYTES), big);
        assertEquals("文件过大：20,971,521 字节，上限 20,971,520 字节（20.0 MB） (file too large: 20,971,521 bytes,"
                + " limit 20,971,520 bytes, 20.0 MB)", e.getMessage());
    }

    @Test
    void sizesThatDifferWhenRoundedStayRounded() {
        assertEquals("文件过大：30.0 MB，上限 20.0 MB (file too large: 30.0 MB, limit 20.0 MB)",
                InputFiles.tooLarge(30L << 20, MAX_BYTES).getMessage());
    }

    private static List<String> lines(SourceText s) {
        return s.text().lines().toList();
    }
}
