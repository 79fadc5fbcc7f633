package org.huibao.read;

import static org.huibao.read.PdfSamples.body;
import static org.huibao.read.PdfSamples.flush;
import static org.huibao.read.PdfSamples.right;
import static org.huibao.read.PdfSamples.title;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.huibao.model.ReportResult;
import org.huibao.read.PdfSamples.Para;
import org.huibao.read.PdfSamples.Placed;
import org.huibao.read.PdfSamples.Typesetter;
import org.huibao.read.ReadException.Kind;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReaderTest {

    /** A short report as Word would set it; each entry is one paragraph of the expected text. */
    static final List<Para> REPORT = List.of(
            title("关于2024年度内部审计工作情况的报告"),
            flush("县委审计委员会：").before(28.8f),
            body("今年以来，我局在县委审计委员会的坚强领导下，依法全面履行审计监督职责，聚焦主责主业，"
                    + "坚持边审计、边整改、边规范，审计质量和效率稳步提升，较好地完成了全年各项工作任务。现将有关情况报告如下："),
            body("一、主要工作开展情况"),
            body("（一）加强组织领导。局党组把内部审计工作摆上重要议事日程，成立了由主要负责同志任组长的"
                    + "内部审计工作领导小组，压实主体责任，全年召开党组会议专题研究审计工作4次。"),
            body("（二）突出重点领域。全年完成审计项目18个，审计资金总额3.6亿元，发现问题57个，"
                    + "推动整改落实资金2100万元，建立健全制度12项。"),
            flush("二、存在的问题"),
            // The first line holds exactly 26 characters, so "二是" opens the second line.
            body("一是审计力量还不足，专业干部仅有五人，难以满足需要；二是审计成果运用不够充分，部分问题整改不到位，"
                    + "屡审屡犯现象仍然存在。"),
            body("三、下一步工作打算"),
            body("下一步，我们将进一步加强审计队伍建设，通过公开遴选、业务培训等方式充实审计力量；健全审计整改"
                    + "长效机制，对整改情况实行清单化管理、销号式推进，切实提升审计监督效能。"),
            body("特此报告。"),
            right("县审计局").before(28.8f),
            right("2024年12月30日"));

    static final List<String> EXPECTED = REPORT.stream().map(Para::text).toList();

    @TempDir
    Path dir;

    private final PdfReader reader = new PdfReader(Readers.DEFAULT_MAX_BYTES);

    @Test
    void sampleIsLaidOutAsIntended() {
        Typesetter t = reportTypesetter();
        t.pdf(REPORT);
        assertEquals(2, t.pages().size(), "two pages");
        List<Placed> lines = t.pages().stream().flatMap(List::stream).toList();
        assertTrue(lines.size() > REPORT.size() + 5, "several paragraphs wrap");
        assertTrue(lines.stream().anyMatch(l -> l.text().startsWith("二是")), "二是 opens a wrapped line");
        // The first page ends inside a paragraph, so the page break has to be bridged.
        String lastOnPage1 = t.pages().get(0).get(t.pages().get(0).size() - 1).text();
        assertFalse(EXPECTED.stream().anyMatch(p -> p.endsWith(lastOnPage1)), lastOnPage1);
    }

    @Test
    void paragraphsAreRebuilt() throws Exception {
        SourceText source = reader.read(write("report.pdf", reportTypesetter().pdf(REPORT)), "报告.pdf");
        assertEquals(EXPECTED, lines(source));
        assertEquals("报告.pdf", source.name());
        assertEquals("pdf", source.charset());
        assertEquals(Layout.NONE, source.layout());
    }

    @Test
    void raggedRightLinesAreJoinedToo() throws Exception {
        Typesetter t = reportTypesetter().raggedRight();
        SourceText source = reader.read(write("ragged.pdf", t.pdf(REPORT)), "ragged.pdf");
        assertEquals(EXPECTED, lines(source));
    }

    @Test
    void checkedLikeTheSameText() throws Exception {
        Path pdf = write("report.pdf", reportTypesetter().pdf(REPORT));
        Path txt = write("report.txt", (String.join("\n", EXPECTED) + "\n").getBytes(StandardCharsets.UTF_8));

        ReportResult fromPdf = Fixtures.checker().check(pdf, "报告");
        ReportResult fromTxt = Fixtures.checker().check(txt, "报告");

        assertNull(fromPdf.error(), () -> fromPdf.error().toString());
        assertEquals(fromTxt.elements(), fromPdf.elements());
        assertEquals(fromTxt.findings(), fromPdf.findings());
        assertEquals(fromTxt.score(), fromPdf.score());
        assertEquals(fromTxt.title(), fromPdf.title());
        assertTrue(fromPdf.elements().values().stream().allMatch(v -> v.present()), fromPdf.elements()::toString);
    }

    @Test
    void readersChooseThePdfReader() {
        assertInstanceOf(PdfReader.class, Readers.defaults().forPath(Path.of("报告.PDF")).orElseThrow());
    }

    @Test
    void ownerPasswordOnlyStillReads() throws Exception {
        byte[] pdf = PdfSamples.encrypted(reportTypesetter().pdf(REPORT), "");
        assertEquals(EXPECTED, lines(reader.read(write("protected.pdf", pdf), "protected.pdf")));
    }

    @Test
    void userPasswordIsAOneLineError() throws Exception {
        byte[] pdf = PdfSamples.encrypted(reportTypesetter().pdf(REPORT), "secret");
        ReadException e = fails(write("locked.pdf", pdf));
        assertEquals(PdfText.MSG_ENCRYPTED, e.getMessage());
        assertEquals(Kind.UNREADABLE, e.kind());
    }

    @Test
    void corruptFileIsAOneLineError() throws Exception {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        ReadException e = fails(write("junk.pdf", junk));
        assertEquals(PdfText.MSG_DAMAGED, e.getMessage());
        assertNotNull(e.getCause(), "keeps PDFBox's reason for debugging");
    }

    @Test
    void textFileNamedPdfIsAOneLineError() throws Exception {
        ReadException e = fails(write("notes.pdf", "一、主要工作\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(PdfText.MSG_DAMAGED, e.getMessage());
    }

    @Test
    void headerWithoutBodyIsAOneLineError() throws Exception {
        byte[] stub = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(PdfText.MSG_DAMAGED, fails(write("stub.pdf", stub)).getMessage());
    }

    @Test
    void truncatedPdfIsReadOrRefusedButNeverThrowsOtherwise() throws Exception {
        byte[] pdf = reportTypesetter().pdf(REPORT);
        byte[] head = Arrays.copyOf(pdf, pdf.length / 3);
        try {
            SourceText s = reader.read(write("cut.pdf", head), "cut.pdf");
            assertFalse(s.text().isBlank());
        } catch (ReadException e) {
            assertOneLine(e);
        }
    }

    @Test
    void scanWithoutTextLayerIsAOneLineError() throws Exception {
        ReadException e = fails(write("scan.pdf", PdfSamples.imageOnly()));
        assertEquals(PdfReader.MSG_NO_TEXT, e.getMessage());
        assertEquals(Kind.UNSUPPORTED, e.kind());
    }

    @Test
    void uncheckableThroughTheCheckerIsAnErrorResult() throws Exception {
        ReportResult r = Fixtures.checker().check(write("scan.pdf", PdfSamples.imageOnly()), "scan.pdf");
        assertEquals("error", r.status());
        assertEquals("PDF 中没有可提取的文字（可能是扫描件）", r.error().zh());
        assertEquals("no extractable text; probably a scan", r.error().en());
    }

    @Test
    void emptyMissingAndDirectory() throws Exception {
        assertEquals(Kind.EMPTY, fails(write("empty.pdf", new byte[0])).kind());
        assertEquals(Kind.NOT_FOUND, fails(dir.resolve("missing.pdf")).kind());
        Path sub = Files.createDirectory(dir.resolve("folder.pdf"));
        assertEquals(TextReader.MSG_DIRECTORY, fails(sub).getMessage());
    }

    @Test
    void limits() throws Exception {
        Path pdf = write("report.pdf", reportTypesetter().pdf(REPORT));
        ReadException pages = assertThrows(ReadException.class, () -> new PdfReader(Readers.DEFAULT_MAX_BYTES, 1).read(pdf, "r"));
        assertEquals(Kind.TOO_LARGE, pages.kind());
        assertOneLine(pages);
        ReadException bytes = assertThrows(ReadException.class, () -> new PdfReader(100).read(pdf, "r"));
        assertEquals(Kind.TOO_LARGE, bytes.kind());
        assertOneLine(bytes);
    }

    @Test
    void fontsWithoutUnicodeMapGiveAOneLineError() throws Exception {
        byte[] pdf = new Typesetter().withoutUnicode().pdf(List.of(body("没有编码映射的字体，提取出来只是一串字形编号。")));
        ReadException e = fails(write("codes.pdf", pdf));
        assertEquals(PdfReader.MSG_GARBLED, e.getMessage());
    }

    @Test
    void garbledTextIsRecognised() {
        assertTrue(PdfReader.garbled("\uE001\uE002\uE003\uE004 \uE005。"));
        assertTrue(PdfReader.garbled("ÄÅÆÇÈ ÉÊ。"));
        assertFalse(PdfReader.garbled("气温25°C，增长±3%。"));
        assertFalse(PdfReader.garbled("一、主要工作\n（一）加强组织领导。"));
    }

    static Typesetter reportTypesetter() {
        return new Typesetter().linesPerPage(12).header("县审计局2024年度内部审计工作报告").pageNumbers();
    }

    static List<String> lines(SourceText source) {
        String text = source.text();
        assertTrue(text.endsWith("\n"), "ends with a line break like a saved text file");
        return Arrays.stream(text.split("\n")).collect(Collectors.toList());
    }

    private ReadException fails(Path path) {
        ReadException e = assertThrows(ReadException.class, () -> reader.read(path, path.getFileName().toString()));
        assertOneLine(e);
        return e;
    }

    /** One line, Chinese first and English in parentheses, as ReadException promises. */
    private static void assertOneLine(ReadException e) {
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        assertTrue(m.matches("[^()]*\\p{IsHan}[^()]* \\([^()]+\\)"), m);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
