package org.huibao.read;

import static org.huibao.read.DocxSamples.REPORT;
import static org.huibao.read.DocxSamples.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.huibao.model.ReportResult;
import org.huibao.read.ReadException.Kind;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WpsReader}. WPS 文字 saves .wps as a Word 97 compound file, which is what the .doc fixture
 * ({@code fixtures/word/report-libreoffice.doc}, see {@link DocReaderTest}) is; renamed, it stands
 * for a .wps from WPS Office.
 */
class WpsReaderTest {

    @TempDir
    Path dir;

    private final WpsReader reader = new WpsReader(Readers.DEFAULT_MAX_BYTES);

    private Path doc(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = WpsReaderTest.class.getResourceAsStream("/fixtures/word/report-libreoffice.doc")) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void aWordCompatibleWpsIsReadAsADoc() throws Exception {
        Path wps = doc("汇报.wps");
        SourceText s = reader.read(wps, "汇报.wps");
        SourceText asDoc = new WordReader().read(doc("汇报.doc"), "汇报.doc");
        assertEquals(lines(REPORT), lines(s.text()));
        assertEquals(asDoc.text(), s.text());
        assertEquals(asDoc.layout(), s.layout(), "fonts, sizes, indents and margins for the layout rules");
        assertEquals("wps", s.charset());
    }

    @Test
    void checkedLikeTheSameDoc() throws Exception {
        ReportResult fromWps = Fixtures.checker().check(doc("汇报.wps"), "汇报");
        ReportResult fromDoc = Fixtures.checker().check(doc("汇报.doc"), "汇报");
        assertNull(fromWps.error(), () -> fromWps.error().toString());
        assertEquals(fromDoc.elements(), fromWps.elements());
        assertEquals(fromDoc.findings(), fromWps.findings());
        assertEquals(fromDoc.score(), fromWps.score());
    }

    @Test
    void aDocxUnderAWpsNameIsReadAsDocx() throws Exception {
        Path docx = DocxSamples.report(dir, "r.docx", DocxSamples.RIGHT);
        SourceText s = reader.read(Files.copy(docx, dir.resolve("改名.wps")), "改名.wps");
        assertEquals(lines(REPORT), lines(s.text()));
    }

    @Test
    void aZipThatIsNoWordDocumentGivesTheWpsReason() throws Exception {
        Path zip = Files.write(dir.resolve("压缩包.wps"), OfdSamples.zip(Map.of("content.xml", OfdSamples.utf8("<x/>"))));
        assertEquals(WpsReader.MSG_UNREADABLE, fails(zip).getMessage());
    }

    @Test
    void otherFormatsGiveTheWpsReason() throws Exception {
        byte[] random = new byte[4096];
        new Random(15).nextBytes(random);
        assertEquals(WpsReader.MSG_UNREADABLE, fails(Files.write(dir.resolve("old.wps"), random)).getMessage());

        // a compound file without a Word stream, as a Microsoft Works .wps is
        Path sheet = dir.resolve("works.wps");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(sheet)) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        assertEquals(WpsReader.MSG_UNREADABLE, fails(sheet).getMessage());

        byte[] truncated = Arrays.copyOf(Files.readAllBytes(doc("whole.doc")), 1024);
        assertEquals(WpsReader.MSG_UNREADABLE, fails(Files.write(dir.resolve("cut.wps"), truncated)).getMessage());
    }

    @Test
    void reasonsAboutTheDocumentRatherThanItsFormatAreKept() throws Exception {
        Path text = Files.writeString(dir.resolve("文本.wps"), "一、基本情况\n今年以来……\n", StandardCharsets.UTF_8);
        assertTrue(fails(text).getMessage().contains("这是纯文本文件"));
        assertEquals(Kind.EMPTY, fails(Files.write(dir.resolve("empty.wps"), new byte[0])).kind());
        assertEquals(Kind.NOT_FOUND, fails(dir.resolve("none.wps")).kind());
        assertTrue(fails(locked()).getMessage().contains("密码"));
    }

    @Test
    void readersChooseTheWpsReader() {
        assertInstanceOf(WpsReader.class, Readers.defaults().forPath(Path.of("报告.WPS")).orElseThrow());
    }

    private Path locked() throws Exception {
        Path plain = DocxSamples.report(dir, "plain.docx", DocxSamples.RIGHT);
        Path locked = dir.resolve("加密.wps");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        return locked;
    }

    private ReadException fails(Path path) {
        ReadException e = assertThrows(ReadException.class, () -> reader.read(path, path.getFileName().toString()));
        OfdReaderTest.assertOneLine(e);
        return e;
    }
}
