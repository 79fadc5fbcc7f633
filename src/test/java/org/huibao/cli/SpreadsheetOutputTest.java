package org.huibao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format xlsx:FILE} and {@code csv:FILE} over a batch, end to end. */
class SpreadsheetOutputTest {

    @TempDir
    Path dir;

    private Path reports;

    @BeforeEach
    void batch() throws IOException {
        reports = Files.createDirectories(dir.resolve("各单位"));
        Files.writeString(reports.resolve("甲局.txt"), Fixtures.text("/fixtures/elements/complete.txt"), StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("乙局.txt"), Fixtures.text("/fixtures/elements/shortcomings-absent.txt"),
                StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("丙局.txt"), "", StandardCharsets.UTF_8);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(column) == null ? "" : r.getCell(column).toString();
    }

    @Test
    void aBatchToAWorkbookAndACsvBesideTheText() throws IOException {
        Path xlsx = dir.resolve("汇总.xlsx");
        Path csv = dir.resolve("汇总.csv");
        CliTest.Run r = CliTest.run("check", "--format", "text", "--format", "xlsx:" + xlsx, "--format", "csv:" + csv,
                reports.toString());
        assertEquals(3, r.code(), "an unreadable report still sets the exit code: " + r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("共 3 个文件：通过 1，不通过 1，无法读取 1"), r.out());
        try (XSSFWorkbook wb = open(xlsx)) {
            Sheet sheet = wb.getSheet("报告");
            assertEquals(3, sheet.getLastRowNum());
            // Sorted by path as every format is: 丙 (U+4E19) < 乙 (U+4E59) < 甲 (U+7532).
            assertEquals(reports.resolve("丙局.txt").toString(), cell(sheet, 1, 0));
            assertEquals("无法读取", cell(sheet, 1, 4));
            assertEquals("文件为空", cell(sheet, 1, 11));
            assertEquals("不通过", cell(sheet, 2, 4));
            assertEquals("存在问题", cell(sheet, 2, 6));
            assertEquals("通过", cell(sheet, 3, 4));
            Sheet findings = wb.getSheet("问题");
            assertTrue(findings.getLastRowNum() >= 1, "the failing report's findings");
            assertEquals(reports.resolve("乙局.txt").toString(), cell(findings, 1, 0));
        }
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(0xEF, bytes[0] & 0xFF, "BOM");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = List.of(text.split("\r\n"));
        assertEquals(4, lines.size(), text);
        assertTrue(lines.get(0).startsWith("文件,标题,体裁,得分,结论,"), lines.get(0));
        assertTrue(lines.get(1).endsWith(",无法读取,,,,,,,文件为空,,"), lines.get(1));
    }

    @Test
    void aWorkbookNeedsAFile() {
        CliTest.Run r = CliTest.run("check", "--format", "xlsx", reports.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out(), "no zip on the terminal");
        assertEquals("huibao: --format xlsx 要写入文件，请写作 xlsx:FILE 或加 -o FILE (a binary format: give xlsx:FILE or -o FILE)",
                r.err().strip());
    }

    @Test
    void dashOGivesTheWorkbookItsFileAndEnglishHeadersWithLangEn() throws IOException {
        Path xlsx = dir.resolve("out.xlsx");
        CliTest.Run r = CliTest.run("check", "--format", "xlsx", "-o", xlsx.toString(), "--lang", "en",
                reports.resolve("甲局.txt").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("1 file: 1 passed, 0 failed, 0 unreadable", "results written to: " + xlsx), r.out().lines().toList());
        try (XSSFWorkbook wb = open(xlsx)) {
            assertEquals("Reports", wb.getSheetName(0));
            assertEquals("passed", cell(wb.getSheetAt(0), 1, 4));
        }
    }

    @Test
    void anUnwritableFileIsOneLine() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("a folder.xlsx"));
        CliTest.Run r = CliTest.run("check", "--format", "xlsx:" + folder, reports.resolve("甲局.txt").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("huibao: " + folder + ": 无法写出结果"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
