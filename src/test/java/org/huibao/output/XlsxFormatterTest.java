package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huibao.api.Lang;
import org.huibao.api.Message;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;
import org.huibao.model.Score;
import org.huibao.model.Severity;
import org.junit.jupiter.api.Test;

/** The workbook read back with POI, as Excel would open it. */
class XlsxFormatterTest {

    static byte[] render(XlsxFormatter formatter, RunResult run, Lang lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportStream stream = formatter.open(run.toolVersion(), new OutputOptions(lang, false, false, Fixtures.rules()), out);
        for (ReportResult r : run.reports()) {
            stream.report(r);
        }
        stream.finish();
        return out.toByteArray();
    }

    static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static XSSFWorkbook workbook(Lang lang) throws IOException {
        return read(render(new XlsxFormatter(), Fixtures.fullRun(), lang));
    }

    /** The cells of a row as text (numbers as Excel shows them by default, blank as ""). */
    static List<String> values(Row row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell c = row.getCell(i);
            if (c == null) {
                out.add("");
            } else if (c.getCellType() == CellType.NUMERIC) {
                double d = c.getNumericCellValue();
                out.add(d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d));
            } else {
                out.add(c.getStringCellValue());
            }
        }
        return out;
    }

    static void assertFrozenHeaderAndFilter(XSSFSheet sheet, String filterRange) {
        PaneInformation pane = sheet.getPaneInformation();
        assertTrue(pane != null && pane.isFreezePane(), sheet.getSheetName() + ": header frozen");
        assertEquals(1, pane.getHorizontalSplitPosition(), "one frozen row");
        assertEquals(0, pane.getVerticalSplitPosition(), "no frozen column");
        assertEquals(filterRange, sheet.getCTWorksheet().getAutoFilter().getRef());
    }

    @Test
    void twoSheetsWithFrozenHeaderRowsAndFilters() throws IOException {
        try (XSSFWorkbook wb = workbook(Lang.ZH)) {
            assertEquals(2, wb.getNumberOfSheets());
            assertEquals("报告", wb.getSheetName(0));
            assertEquals("问题", wb.getSheetName(1));
            assertEquals(List.of("文件", "标题", "体裁", "得分", "结论", "一票否决", "缺少的要素", "较弱的要素", "错误", "警告",
                    "提示", "说明", "已忽略", "基线"), values(wb.getSheetAt(0).getRow(0)));
            assertEquals(List.of("文件", "行", "列", "规则", "规则名称", "级别", "问题", "原文", "建议", "基线"),
                    values(wb.getSheetAt(1).getRow(0)));
            assertTrue(wb.getSheetAt(0).getRow(0).getCell(0).getCellStyle().getFont().getBold(), "bold header");
            assertFrozenHeaderAndFilter(wb.getSheetAt(0), "A1:N5");
            assertFrozenHeaderAndFilter(wb.getSheetAt(1), "A1:J9");
        }
    }

    @Test
    void oneRowPerReportWithVerdictElementsAndCounts() throws IOException {
        try (XSSFWorkbook wb = workbook(Lang.ZH)) {
            XSSFSheet reports = wb.getSheetAt(0);
            assertEquals(4, reports.getLastRowNum(), "a row per report under the header");
            List<String> failing = values(reports.getRow(1));
            assertEquals("a.txt", failing.get(0));
            assertEquals("工作报告", failing.get(2));
            assertEquals(CellType.NUMERIC, reports.getRow(1).getCell(3).getCellType(), "a score to sort by");
            assertEquals(62.0, reports.getRow(1).getCell(3).getNumericCellValue());
            assertEquals("0.0", reports.getRow(1).getCell(3).getCellStyle().getDataFormatString());
            assertEquals("不通过", failing.get(4));
            assertEquals("HB102 缺少存在问题部分", failing.get(5));
            assertEquals("存在问题", failing.get(6));
            assertEquals("下一步措施（只有套话，没有具体措施）", failing.get(7));
            assertEquals(List.of("1", "1", "0"), failing.subList(8, 11));
            assertEquals("得分 62.0 低于阈值 80；一票否决: HB102", failing.get(11));

            assertEquals(List.of("drafts/ok.txt", "2023年X局主题教育工作开展情况汇报", "工作报告", "100", "通过", "", "", "", "0",
                    "0", "0", "", "0"), values(reports.getRow(2)), "a passing report: nothing missing, no note, none suppressed");
            assertEquals(List.of("missing.docx", "", "", "", "无法读取", "", "", "", "", "", "", "无法读取文件"),
                    values(reports.getRow(3)), "an unreadable report: its reason, no score");
            assertNull(reports.getRow(3).getCell(3), "no score cell, not a zero");
            assertEquals(Fixtures.SPECIAL_FILE, reports.getRow(4).getCell(0).getStringCellValue());
        }
    }

    @Test
    void oneRowPerFindingInPlaceOrder() throws IOException {
        try (XSSFWorkbook wb = workbook(Lang.ZH)) {
            XSSFSheet findings = wb.getSheetAt(1);
            int total = Fixtures.fullRun().reports().stream().mapToInt(r -> r.findings().size()).sum();
            assertEquals(8, total);
            assertEquals(total, findings.getLastRowNum(), "a row per finding under the header");
            assertEquals(List.of("a.txt", "全文", "", "HB102", "缺少存在问题部分", "错误", "报告没有写本单位存在的问题和不足", "",
                    "补写存在问题部分"), values(findings.getRow(1)), "about the whole report: no line, no column");
            assertEquals(List.of("a.txt", "3", "5", "HB301", "有未填写的占位符 (一票否决)", "警告", "日期占位符未填写",
                    "【" + Fixtures.LONG_EXCERPT.substring(0, Fixtures.LONG_EXCERPT.offsetByCodePoints(0, 40)) + "…】明显。"),
                    values(findings.getRow(2)), "the text found in its context; no suggestion: the cell is blank");
            List<String> special = new ArrayList<>();
            for (int i = 3; i <= total; i++) {
                Row row = findings.getRow(i);
                assertEquals(Fixtures.SPECIAL_FILE, row.getCell(0).getStringCellValue());
                special.add(row.getCell(3).getStringCellValue());
            }
            assertEquals(List.of("HB102", "XB900", "HB107", "HB404", "HB403", "HB301"), special, "by line, then column");
            Row hb301 = findings.getRow(8);
            assertEquals("日期占位符未填写： 请填写具体日期 <日期> & \"时间\", 100%", hb301.getCell(6).getStringCellValue(),
                    "a message on one line");
            assertEquals("…小组，书记任组长，于【x月 x日】召开会议。下一步，我…", hb301.getCell(7).getStringCellValue(),
                    "over two lines: on one, in its context");
            assertEquals("", values(findings.getRow(4)).get(4), "a rule without metadata has no title");
        }
    }

    @Test
    void englishWithLangEn() throws IOException {
        try (XSSFWorkbook wb = workbook(Lang.EN)) {
            assertEquals("Reports", wb.getSheetName(0));
            assertEquals("Findings", wb.getSheetName(1));
            assertEquals(List.of("File", "Title", "Genre", "Score", "Verdict", "Blocked by", "Missing elements",
                    "Weak elements", "Errors", "Warnings", "Info", "Note", "Suppressed", "Baseline"),
                    values(wb.getSheetAt(0).getRow(0)));
            List<String> failing = values(wb.getSheetAt(0).getRow(1));
            assertEquals("work report", failing.get(2));
            assertEquals("failed", failing.get(4));
            assertEquals("HB102 No account of shortcomings", failing.get(5));
            assertEquals("Shortcomings", failing.get(6));
            assertEquals("Next steps (slogans only, no concrete measure)", failing.get(7));
            assertEquals("score 62.0 < threshold 80; blocked by HB102", failing.get(11));
            assertEquals("passed", values(wb.getSheetAt(0).getRow(2)).get(4));
            assertEquals("unreadable", values(wb.getSheetAt(0).getRow(3)).get(4));
            assertEquals("cannot read the file", values(wb.getSheetAt(0).getRow(3)).get(11));
            List<String> finding = values(wb.getSheetAt(1).getRow(1));
            assertEquals(List.of("error", "the report does not state the unit's own shortcomings", "",
                    "add a section on shortcomings"), finding.subList(5, 9));
        }
    }

    /** Text that Excel would run as a formula if it were written as one. */
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"点击\")", "+1+1", "-2+3",
            "@SUM(A1:A2)", "＝1+1", "=cmd|' /C calc'!A0");

    static ReportResult hostile(String file, String text) {
        Finding f = new Finding("HB301", Severity.ERROR, new Message(text, text), new Location(1, 1, 1, 4, text),
                new Message(text, text), null);
        Score score = new Score(50, 80, false, List.of(), List.of());
        return new ReportResult(file, text, Map.of(), List.of(f), score, null, "report", "");
    }

    @Test
    void formulaLookingTextStaysText() throws IOException {
        List<ReportResult> reports = new ArrayList<>();
        for (String s : FORMULAS) {
            reports.add(hostile(s + ".txt", s));
        }
        try (XSSFWorkbook wb = read(render(new XlsxFormatter(), new RunResult("0.1.0", reports), Lang.ZH))) {
            for (int i = 0; i < FORMULAS.size(); i++) {
                String s = FORMULAS.get(i);
                Row report = wb.getSheetAt(0).getRow(i + 1);
                Row finding = wb.getSheetAt(1).getRow(i + 1);
                for (Cell c : List.of(report.getCell(0), report.getCell(1), finding.getCell(0), finding.getCell(6),
                        finding.getCell(7), finding.getCell(8))) {
                    assertEquals(CellType.STRING, c.getCellType(), s);
                }
                assertEquals(s + ".txt", report.getCell(0).getStringCellValue(), "shown exactly as it is");
                assertEquals(s, finding.getCell(6).getStringCellValue());
            }
        }
    }

    @Test
    void widthsCountChineseDoubleAreCappedAndLongTextWraps() throws IOException {
        String longName = "各单位/" + "很长的文件名".repeat(50) + ".docx";
        ReportResult r = hostile(longName, "短");
        try (XSSFWorkbook wb = read(render(new XlsxFormatter(), new RunResult("0.1.0",
                List.of(Fixtures.failing(), r)), Lang.ZH))) {
            XSSFSheet reports = wb.getSheetAt(0);
            assertEquals((60 + 2) * 256, reports.getColumnWidth(0), "a long file name: capped, and wrapped");
            assertTrue(reports.getRow(2).getCell(0).getCellStyle().getWrapText());
            // 存在问题: four Chinese characters are eight widths; the header 缺少的要素 is ten.
            assertEquals((10 + 2) * 256, reports.getColumnWidth(6));
            // 一票否决 column: "HB102 缺少存在问题部分" is 6 + 2 × 8 = 22 widths.
            assertEquals((22 + 2) * 256, reports.getColumnWidth(5));
            assertEquals((6 + 2) * 256, reports.getColumnWidth(3), "a narrow score column gets the minimum");
        }
    }

    @Test
    void textLongerThanAnExcelCellIsCut() throws IOException {
        // Varied, so that reading the workbook back does not trip POI's zip-bomb guard.
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 40_000; i++) {
            b.append("第").append(i).append("句很");
        }
        String huge = b.toString();
        try (XSSFWorkbook wb = read(render(new XlsxFormatter(), new RunResult("0.1.0",
                List.of(hostile("a.txt", huge))), Lang.ZH))) {
            String cell = wb.getSheetAt(1).getRow(1).getCell(6).getStringCellValue();
            assertEquals(BatchTable.CELL_MAX, cell.length());
            assertTrue(cell.endsWith("…") && huge.startsWith(cell.substring(0, cell.length() - 1)));
        }
    }

    @Test
    void hiddenCharactersInNamesAreShownAsEscapes() throws IOException {
        ReportResult r = hostile("a\u001B[2J\nb\u202E.txt", "正文\u0007\uD800");
        try (XSSFWorkbook wb = read(render(new XlsxFormatter(), new RunResult("0.1.0", List.of(r)), Lang.ZH))) {
            assertEquals("a\\x1b[2J\\nb\\u202e.txt", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            assertEquals("正文\\x07\uFFFD", wb.getSheetAt(1).getRow(1).getCell(6).getStringCellValue());
        }
    }

    @Test
    void aFullSheetContinuesOnAnother() throws IOException {
        List<ReportResult> reports = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            reports.add(Fixtures.special()); // six findings each
        }
        try (XSSFWorkbook wb = read(render(new XlsxFormatter(10), new RunResult("0.1.0", reports), Lang.ZH))) {
            assertEquals(List.of("报告", "问题", "问题 2"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            assertEquals(9, wb.getSheetAt(1).getLastRowNum());
            assertEquals(9, wb.getSheetAt(2).getLastRowNum(), "18 findings: 9 + 9");
            assertEquals("文件", wb.getSheetAt(2).getRow(0).getCell(0).getStringCellValue(), "with its own header");
            assertFrozenHeaderAndFilter(wb.getSheetAt(1), "A1:J10");
            assertFrozenHeaderAndFilter(wb.getSheetAt(2), "A1:J10");
            // The filter's defined name quotes the sheet name with its space, or Excel would call the file damaged.
            assertTrue(wb.getAllNames().stream().anyMatch(n -> n.getSheetIndex() == 2
                    && n.getRefersToFormula().equals("'问题 2'!$A$1:$J$10")), wb.getAllNames().toString());
        }
    }

    @Test
    void twoThousandReportsStreamThroughASmallWindow() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxFormatter.XlsxStream stream = new XlsxFormatter().open("0.1.0",
                new OutputOptions(Lang.ZH, false, false, Fixtures.rules()), (OutputStream) bytes);
        int count = 2_000;
        ReportResult r = Fixtures.failing(); // two findings
        int maxInMemory = 0;
        for (int i = 0; i < count; i++) {
            stream.report(r);
            maxInMemory = Math.max(maxInMemory, stream.rowsInMemory());
        }
        assertTrue(maxInMemory <= 2 * XlsxFormatter.WINDOW, "rows held in memory: " + maxInMemory);
        assertTrue(stream.rowsFlushed() >= 3 * count + 2 - 2 * XlsxFormatter.WINDOW, "the rest went to disk");
        assertEquals(0, bytes.size(), "nothing written before finish");
        stream.finish();
        try (XSSFWorkbook wb = read(bytes.toByteArray())) {
            assertEquals(count, wb.getSheetAt(0).getLastRowNum());
            assertEquals(2 * count, wb.getSheetAt(1).getLastRowNum());
            assertEquals("a.txt", wb.getSheetAt(0).getRow(count).getCell(0).getStringCellValue());
            assertFrozenHeaderAndFilter(wb.getSheetAt(0), "A1:N" + (count + 1));
        }
    }

    @Test
    void aRunThatStopsEarlyWritesNothingAndCannotFinishLater() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxFormatter.XlsxStream stream = new XlsxFormatter().open("0.1.0", OutputOptions.defaults(), (OutputStream) bytes);
        stream.report(Fixtures.failing());
        stream.close();
        stream.close();
        assertThrows(IOException.class, stream::finish);
        assertEquals(0, bytes.size());
    }

    @Test
    void aWorkbookIsNeverWrittenAsText() {
        XlsxFormatter xlsx = new XlsxFormatter();
        assertTrue(xlsx.binary());
        assertFalse(new CsvFormatter().binary());
        assertThrows(IOException.class, () -> xlsx.write(Fixtures.run(), OutputOptions.defaults(), new StringWriter()));
    }
}
