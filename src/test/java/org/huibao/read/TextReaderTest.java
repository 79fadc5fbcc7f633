package org.huibao.read;

import static org.huibao.read.Samples.GB18030;
import static org.huibao.read.Samples.GBK;
import static org.huibao.read.Samples.INDENTED;
import static org.huibao.read.Samples.REPORT;
import static org.huibao.read.Samples.assertUserMessage;
import static org.huibao.read.Samples.bytes;
import static org.huibao.read.Samples.concat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;

import org.huibao.read.ReadException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {

    private static final long LIMIT = 1024 * 1024;

    @TempDir
    Path dir;

    private final TextReader reader = new TextReader(LIMIT);

    private Path write(String fileName, byte[] content) throws IOException {
        return Files.write(dir.resolve(fileName), content);
    }

    private SourceText read(byte[] content) throws Exception {
        return reader.read(write("报告.txt", content), "docs/报告.txt");
    }

    private ReadException readFails(byte[] content, Kind kind) throws IOException {
        Path p = write("坏文件.txt", content);
        ReadException e = assertThrows(ReadException.class, () -> reader.read(p, "坏文件.txt"));
        assertEquals(kind, e.kind(), e::getMessage);
        assertUserMessage(e, "坏文件", dir.toString());
        return e;
    }

    private static void assertSource(SourceText s, String text, String charset) {
        assertEquals(text, s.text());
        assertEquals(charset, s.charset());
    }

    // --- encodings -----------------------------------------------------------------------------

    @Test
    void utf8WithoutBom() throws Exception {
        SourceText s = read(REPORT.getBytes(StandardCharsets.UTF_8));
        assertSource(s, REPORT, "UTF-8");
        assertEquals("docs/报告.txt", s.name());
    }

    @Test
    void utf8WithBomLosesTheBom() throws Exception {
        assertSource(read(Samples.utf8Bom(REPORT)), REPORT, "UTF-8");
    }

    @Test
    void utf16leWithBom() throws Exception {
        assertSource(read(Samples.utf16leBom(REPORT)), REPORT, "UTF-16LE");
    }

    @Test
    void utf16beWithBom() throws Exception {
        assertSource(read(Samples.utf16beBom(REPORT)), REPORT, "UTF-16BE");
    }

    @Test
    void utf32leWithBom() throws Exception {
        byte[] b = concat(bytes(0xFF, 0xFE, 0, 0), REPORT.getBytes(java.nio.charset.Charset.forName("UTF-32LE")));
        assertSource(read(b), REPORT, "UTF-32LE");
    }

    @Test
    void gb18030() throws Exception {
        assertSource(read(REPORT.getBytes(GB18030)), REPORT, "GB18030");
    }

    @Test
    void gbkLongerTextIsReadAsGb18030() throws Exception {
        String longer = REPORT + INDENTED + "二、存在问题\n部分干部担当意识不强，基层基础工作仍较薄弱。\n";
        assertSource(read(longer.getBytes(GBK)), longer, "GB18030");
    }

    @Test
    void gbkShortTextIsReadAsGb18030() throws Exception {
        assertSource(read("工作报告".getBytes(GBK)), "工作报告", "GB18030");
    }

    @Test
    void gbkWithCrlfIsReadAsGb18030() throws Exception {
        assertSource(read(REPORT.replace("\n", "\r\n").getBytes(GBK)), REPORT, "GB18030");
    }

    @Test
    void decodeWorksWithoutAFile() throws Exception {
        SourceText s = reader.decode("一、主要工作\r\n".getBytes(GBK), "<stdin>");
        assertEquals(new SourceText("<stdin>", "一、主要工作\n", "GB18030"), s);
    }

    // --- normalisation -------------------------------------------------------------------------

    @Test
    void crlfBecomesLf() throws Exception {
        assertSource(read(REPORT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)), REPORT, "UTF-8");
    }

    @Test
    void loneCrBecomesLf() throws Exception {
        assertSource(read(REPORT.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)), REPORT, "UTF-8");
    }

    @Test
    void mixedLineEndsAndBlankLines() throws Exception {
        byte[] b = "第一行\r\n\r\n第三行\r\r第五行\n\n第七行".getBytes(StandardCharsets.UTF_8);
        assertSource(read(b), "第一行\n\n第三行\n\n第五行\n\n第七行", "UTF-8");
    }

    @Test
    void crlfInUtf16() throws Exception {
        assertSource(read(Samples.utf16leBom(REPORT.replace("\n", "\r\n"))), REPORT, "UTF-16LE");
    }

    @Test
    void fullWidthIndentationAndOtherCharactersArePreserved() throws Exception {
        SourceText s = read(Samples.utf8Bom(INDENTED.replace("\n", "\r\n")));
        assertEquals(INDENTED, s.text());
        assertEquals('\u3000', s.text().charAt(0));
        assertEquals('\u3000', s.text().charAt(1));
        int second = s.text().indexOf('\n') + 1;
        assertEquals("　　一是", s.text().substring(second, second + 4));
    }

    @Test
    void trailingWhitespaceAndTabsAreKept() throws Exception {
        String text = "\t标题  \n正文\u00A0内容\f\n";
        assertSource(read(text.getBytes(StandardCharsets.UTF_8)), text, "UTF-8");
    }

    @Test
    void theInputFileIsNotModified() throws Exception {
        byte[] original = Samples.utf8Bom(REPORT.replace("\n", "\r\n"));
        Path p = write("原件.txt", original);
        FileTime before = Files.getLastModifiedTime(p);
        reader.read(p, "原件.txt");
        assertArrayEquals(original, Files.readAllBytes(p));
        assertEquals(before, Files.getLastModifiedTime(p));
    }

    // --- rejections ----------------------------------------------------------------------------

    @Test
    void emptyFile() throws Exception {
        assertEquals("文件为空 (empty file)", readFails(new byte[0], Kind.EMPTY).getMessage());
    }

    @Test
    void bomOnlyFileIsEmpty() throws Exception {
        readFails(bytes(0xEF, 0xBB, 0xBF), Kind.EMPTY);
        readFails(bytes(0xFF, 0xFE), Kind.EMPTY);
    }

    @Test
    void whitespaceOnlyFileIsEmpty() throws Exception {
        String blank = " \t\r\n　　\r\n\u00A0\n";
        readFails(blank.getBytes(StandardCharsets.UTF_8), Kind.EMPTY);
        readFails(Samples.utf16leBom(blank), Kind.EMPTY);
        readFails("　　\r\n".getBytes(GBK), Kind.EMPTY);
    }

    @Test
    void pngWithNulBytesIsBinary() throws Exception {
        byte[] noise = new byte[512];
        new Random(42).nextBytes(noise);
        noise[100] = 0;
        noise[101] = 0;
        byte[] png = concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'), noise);
        ReadException e = readFails(png, Kind.BINARY);
        assertEquals("二进制文件，不是文本报告 (binary file, not a text report)", e.getMessage());
    }

    @Test
    void nulInsideOtherwiseValidUtf8IsBinary() throws Exception {
        readFails(concat(REPORT.getBytes(StandardCharsets.UTF_8), bytes(0), "尾".getBytes(StandardCharsets.UTF_8)),
                Kind.BINARY);
    }

    @Test
    void denseControlCharactersAreBinary() throws Exception {
        byte[] b = new byte[200];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a' + i % 26);
        }
        readFails(b, Kind.BINARY);
    }

    @Test
    void aStrayControlCharacterIsTolerated() throws Exception {
        // Old DOS editors end files with 0x1A; that alone must not turn a report into "binary".
        byte[] b = concat(REPORT.getBytes(StandardCharsets.UTF_8), bytes(0x1A));
        assertSource(read(b), REPORT + "\u001A", "UTF-8");
    }

    @Test
    void undecodableBytesAreRejected() throws Exception {
        readFails(bytes(0xFF, 0xFF, 0x80, 0xFF, 0xFE, 0xFF, 0x80), Kind.BINARY);
    }

    @Test
    void randomBytesWithoutNulAreBinary() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            byte[] b = new byte[300];
            random.nextBytes(b);
            for (int i = 0; i < b.length; i++) {
                b[i] = b[i] == 0 ? 1 : b[i];
            }
            readFails(b, Kind.BINARY);
        }
    }

    @Test
    void westernSingleByteTextIsNotGuessed() throws Exception {
        readFails("Café résumé, déjà vu.".getBytes(java.nio.charset.Charset.forName("windows-1252")), Kind.BINARY);
    }

    @Test
    void damagedUtf8IsUnreadableNotMojibake() throws Exception {
        byte[] utf8 = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(utf8, utf8.length - 2);
        ReadException e = readFails(truncated, Kind.UNREADABLE);
        assertTrue(e.getMessage().contains("UTF-8"), e::getMessage);
    }

    @Test
    void brokenUtf16IsUnreadable() throws Exception {
        // A BOM followed by a lone high surrogate.
        readFails(concat(bytes(0xFF, 0xFE), bytes(0x3D, 0xD8, 0x41, 0x00)), Kind.UNREADABLE);
    }

    @Test
    void missingFile() {
        Path p = dir.resolve("不存在的报告.txt");
        ReadException e = assertThrows(ReadException.class, () -> reader.read(p, "不存在的报告.txt"));
        assertEquals(Kind.NOT_FOUND, e.kind());
        assertEquals("文件不存在 (no such file)", e.getMessage());
        assertUserMessage(e, "不存在的报告");
    }

    @Test
    void directoryIsUnreadable() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("材料.txt"));
        ReadException e = assertThrows(ReadException.class, () -> reader.read(sub, "材料.txt"));
        assertEquals(Kind.UNREADABLE, e.kind());
        assertUserMessage(e, "材料");
    }

    @Test
    void unreadableFile() throws Exception {
        Path p = write("机密.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeFalse(true, "no POSIX permissions on this file system");
        }
        assumeFalse(Files.isReadable(p), "running with privileges that ignore permissions");
        ReadException e = assertThrows(ReadException.class, () -> reader.read(p, "机密.txt"));
        assertEquals(Kind.UNREADABLE, e.kind());
        assertUserMessage(e, "机密", dir.toString());
    }

    @Test
    void tooLargeWithATinyLimit() throws Exception {
        Path p = write("长报告.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        TextReader tiny = new TextReader(16);
        ReadException e = assertThrows(ReadException.class, () -> tiny.read(p, "长报告.txt"));
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertUserMessage(e, "长报告");

        ReadException fromBytes = assertThrows(ReadException.class,
                () -> tiny.decode(REPORT.getBytes(StandardCharsets.UTF_8), "<stdin>"));
        assertEquals(Kind.TOO_LARGE, fromBytes.kind());
    }

    @Test
    void exactlyAtTheLimitIsAccepted() throws Exception {
        byte[] b = "报告".getBytes(StandardCharsets.UTF_8);
        assertEquals("报告", new TextReader(b.length).decode(b, "x").text());
    }

    @Test
    void negativeLimitIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new TextReader(-1));
    }

    @Test
    void humanReadableSizes() {
        assertEquals("16 B", TextReader.humanSize(16));
        assertEquals("1.5 KB", TextReader.humanSize(1536));
        assertEquals("50.0 MB", TextReader.humanSize(50L * 1024 * 1024));
    }
}
