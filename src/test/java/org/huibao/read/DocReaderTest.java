package org.huibao.read;

import org.huibao.api.PageSetup;
import static org.huibao.read.DocxSamples.REPORT;
import static org.huibao.read.DocxSamples.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.huibao.api.ParagraphFormat;
import org.huibao.read.ReadException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WordReader} on .doc (Word 97–2003 through HWPF).
 *
 * <p>POI cannot write a new .doc from nothing, so the one real .doc here is a fixture:
 * {@code fixtures/word/report-libreoffice.doc} is {@link DocxSamples#report} with {@link DocxSamples#RIGHT},
 * saved as "Word 97" by LibreOffice 7.4 ({@code soffice --convert-to doc:"MS Word 97"}), list numbering
 * and all. Everything else is built here.
 */
class DocReaderTest {

    @TempDir
    Path dir;

    private final WordReader reader = new WordReader();

    private Path fixture() throws IOException {
        Path p = dir.resolve("汇报.doc");
        try (InputStream in = DocReaderTest.class.getResourceAsStream("/fixtures/word/report-libreoffice.doc")) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void aDocWithListNumberingReadsAsItsTextVersion() throws Exception {
        SourceText s = reader.read(fixture(), "汇报.doc");
        assertEquals(lines(REPORT), lines(s.text()));
        assertEquals("doc", s.charset());
        assertEquals("汇报.doc", s.name());
    }

    @Test
    void theLayoutOfADoc() throws Exception {
        SourceText s = reader.read(fixture(), "汇报.doc");
        Map<Integer, ParagraphFormat> f = s.layout().paragraphs().stream()
                .collect(Collectors.toMap(ParagraphFormat::line, x -> x));
        assertEquals("方正小标宋简体", f.get(1).font());
        assertEquals(22, f.get(1).sizePt());
        assertTrue(f.get(1).centered());
        assertEquals("仿宋_GB2312", f.get(3).font());
        assertEquals(16, f.get(3).sizePt());
        assertEquals("黑体", f.get(4).font());
        assertEquals("楷体_GB2312", f.get(5).font());
        assertFalse(f.containsKey(11), "table cells have no layout");
        PageSetup page = s.layout().page().orElseThrow();
        assertEquals(37, page.topMm(), 0.05);
        assertEquals(28, page.leftMm(), 0.05);
    }

    @Test
    void aDocxSavedUnderADocNameIsReadAsDocx() throws Exception {
        Path docx = DocxSamples.report(dir, "r.docx", DocxSamples.RIGHT);
        Path renamed = Files.copy(docx, dir.resolve("改名.doc"));
        SourceText s = reader.read(renamed, "改名.doc");
        assertEquals(lines(REPORT), lines(s.text()));
        assertEquals("docx", s.charset());
    }

    @Test
    void aDocSavedUnderADocxNameIsReadAsDoc() throws Exception {
        Path renamed = Files.copy(fixture(), dir.resolve("改名.docx"));
        SourceText s = new WordReader().read(renamed, "改名.docx");
        assertEquals(lines(REPORT), lines(s.text()));
        assertEquals("doc", s.charset());
    }

    private void assertUnreadable(Path p, String detail) {
        ReadException e = assertThrows(ReadException.class, () -> reader.read(p, p.getFileName().toString()));
        assertEquals(Kind.UNREADABLE, e.kind());
        String m = e.getMessage();
        assertTrue(m.startsWith("无法打开 Word 文件：") && m.contains(" (cannot open Word file: ") && m.endsWith(")"), m);
        assertFalse(m.contains("\n") || m.contains("Exception"), m);
        assertTrue(m.contains(detail), m);
    }

    @Test
    void randomBytesAndATruncatedDocAreUnreadable() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(11).nextBytes(bytes);
        assertUnreadable(Files.write(dir.resolve("random.doc"), bytes), "不是 Word 文档");
        // an OLE2 header with nothing sound behind it
        byte[] ole = Files.readAllBytes(fixture());
        byte[] truncated = java.util.Arrays.copyOf(ole, 1024);
        assertUnreadable(Files.write(dir.resolve("truncated.doc"), truncated), "已损坏");
    }

    @Test
    void aRenamedTextFileIsUnreadable() throws IOException {
        Path p = Files.writeString(dir.resolve("文本.doc"), "一、基本情况\n今年以来……\n", StandardCharsets.UTF_8);
        assertUnreadable(p, "不是 Word 文档");
    }

    @Test
    void aSpreadsheetUnderADocNameIsNamed() throws IOException {
        Path p = dir.resolve("表格.doc");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        assertUnreadable(p, "不是 Word 文档");
    }

    @Test
    void aPasswordProtectedDocxSaysSo() throws Exception {
        Path plain = DocxSamples.report(dir, "plain.docx", DocxSamples.RIGHT);
        Path locked = dir.resolve("加密.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        ReadException e = assertThrows(ReadException.class, () -> new WordReader().read(locked, "加密.docx"));
        assertTrue(e.getMessage().contains("密码") && e.getMessage().contains("password-protected"), e.getMessage());
    }

    @Test
    void emptyAndMissing() throws IOException {
        Path empty = Files.write(dir.resolve("empty.doc"), new byte[0]);
        assertEquals(Kind.EMPTY, assertThrows(ReadException.class, () -> reader.read(empty, "empty.doc")).kind());
        assertEquals(Kind.NOT_FOUND, assertThrows(ReadException.class,
                () -> reader.read(dir.resolve("none.doc"), "none.doc")).kind());
    }

    @Test
    void ordinalsOfTheBinaryFormat() {
        assertEquals("chineseCounting", ListNumbers.fromMsonfc(0x25));
        assertEquals("chineseCountingThousand", ListNumbers.fromMsonfc(0x27));
        assertEquals("ideographTraditional", ListNumbers.fromMsonfc(0x1E));
        assertEquals("decimalEnclosedCircle", ListNumbers.fromMsonfc(0x12));
        assertEquals("none", ListNumbers.fromMsonfc(0xFF));
        assertEquals("十二", ListNumbers.format(12, "chineseCounting"));
        assertEquals("二十", ListNumbers.format(20, "chineseCountingThousand"));
        assertEquals("一百〇五", ListNumbers.format(105, "chineseCounting"));
        assertEquals("一百一十", ListNumbers.format(110, "chineseCounting"));
        assertEquals("壹拾贰", ListNumbers.format(12, "chineseLegalSimplified"));
        assertEquals("一〇", ListNumbers.format(10, "ideographDigital"));
        assertEquals("丙", ListNumbers.format(3, "ideographTraditional"));
        assertEquals("⑶", ListNumbers.format(3, "decimalEnclosedParen"));
        assertEquals("㈡", ListNumbers.format(2, "ideographEnclosedCircle"));
        assertEquals("１２", ListNumbers.format(12, "decimalFullWidth"));
        assertEquals("iv", ListNumbers.format(4, "lowerRoman"));
        assertEquals("AA", ListNumbers.format(27, "upperLetter"));
        assertEquals("07", ListNumbers.format(7, "decimalZero"));
        assertEquals("3", ListNumbers.format(3, "hebrew1"));
    }
}
