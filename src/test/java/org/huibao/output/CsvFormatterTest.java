package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.huibao.api.Lang;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;
import org.junit.jupiter.api.Test;

/** The CSV as bytes, parsed back with a strict RFC 4180 reader. */
class CsvFormatterTest {

    /** Written through the byte interface, as the command line writes a file. */
    private static byte[] bytes(RunResult run, Lang lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportStream stream = new CsvFormatter().open(run.toolVersion(),
                new OutputOptions(lang, false, false, Fixtures.rules()), out);
        for (ReportResult r : run.reports()) {
            stream.report(r);
        }
        stream.finish();
        return out.toByteArray();
    }

    /** RFC 4180: CRLF between records, quoted fields double their quotes; fails on anything else. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean fieldStart = true;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (fieldStart && c == '"') {
                i++;
                while (true) {
                    char q = csv.charAt(i++);
                    if (q == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
                fieldStart = false;
                continue;
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\r') {
                assertEquals('\n', csv.charAt(i + 1), "CR only as part of CRLF");
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                fieldStart = true;
                i++;
            } else {
                assertFalse(c == '"' || c == '\n', "a bare quote or line feed at " + i);
                field.append(c);
                fieldStart = false;
            }
            i++;
        }
        assertTrue(row.isEmpty() && field.isEmpty(), "the last record ends with CRLF");
        return rows;
    }

    private static List<List<String>> table(RunResult run, Lang lang) throws IOException {
        byte[] b = bytes(run, lang);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3), "UTF-8 BOM");
        return parse(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void oneRowPerReportWithTheColumnsOfTheFirstSheet() throws IOException {
        List<List<String>> rows = table(Fixtures.fullRun(), Lang.ZH);
        assertEquals(5, rows.size(), "header and four reports");
        assertEquals(List.of("文件", "标题", "体裁", "得分", "结论", "一票否决", "缺少的要素", "较弱的要素", "错误", "警告",
                "提示", "说明", "已忽略", "基线"), rows.get(0));
        assertEquals(List.of("a.txt", "", "工作报告", "62.0", "不通过", "HB102 缺少存在问题部分", "存在问题",
                "下一步措施（只有套话，没有具体措施）", "1", "1", "0", "得分 62.0 低于阈值 80；一票否决: HB102", "0", ""), rows.get(1));
        assertEquals(List.of("drafts/ok.txt", "2023年X局主题教育工作开展情况汇报", "工作报告", "100.0", "通过", "", "", "",
                "0", "0", "0", "", "0", ""), rows.get(2));
        assertEquals(List.of("missing.docx", "", "", "", "无法读取", "", "", "", "", "", "", "无法读取文件", "", ""), rows.get(3));
        assertEquals(Fixtures.SPECIAL_FILE, rows.get(4).get(0));
        assertEquals("HB301 有未填写的占位符 (一票否决)", rows.get(4).get(5), "a comma-free field with a space");
        for (List<String> row : rows) {
            assertEquals(14, row.size(), "every row has every column: " + row);
        }
    }

    @Test
    void quotesOnlyWhatMustBeQuoted() throws IOException {
        ReportResult r = XlsxFormatterTest.hostile("报告,第\"1\"稿.txt", "正文");
        String csv = new String(bytes(new RunResult("0.1.0", List.of(r)), Lang.ZH), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\n\"报告,第\"\"1\"\"稿.txt\",正文,工作报告,50.0,不通过,"), csv);
        assertEquals(List.of("报告,第\"1\"稿.txt", "正文"), parse(csv.substring(1)).get(1).subList(0, 2));
    }

    @Test
    void formulaLookingTextGetsAnApostrophe() throws IOException {
        List<ReportResult> reports = new ArrayList<>();
        for (String s : XlsxFormatterTest.FORMULAS) {
            reports.add(XlsxFormatterTest.hostile(s + ".txt", s));
        }
        reports.add(XlsxFormatterTest.hostile("a-b=c.txt", "2024年-工作"));
        List<List<String>> rows = table(new RunResult("0.1.0", reports), Lang.ZH);
        for (int i = 0; i < XlsxFormatterTest.FORMULAS.size(); i++) {
            String s = XlsxFormatterTest.FORMULAS.get(i);
            assertEquals("'" + s + ".txt", rows.get(i + 1).get(0), "file name");
            assertEquals("'" + s, rows.get(i + 1).get(1), "title");
        }
        List<String> plain = rows.get(rows.size() - 1);
        assertEquals(List.of("a-b=c.txt", "2024年-工作"), plain.subList(0, 2), "only a first character is a formula");
        String raw = new String(bytes(new RunResult("0.1.0", reports.subList(0, 1)), Lang.ZH), StandardCharsets.UTF_8);
        assertTrue(raw.contains("\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\").txt\","), raw);
    }

    @Test
    void englishWithLangEn() throws IOException {
        List<List<String>> rows = table(Fixtures.fullRun(), Lang.EN);
        assertEquals("File", rows.get(0).get(0));
        assertEquals("Note", rows.get(0).get(11));
        assertEquals(List.of("work report", "62.0", "failed"), rows.get(1).subList(2, 5));
        assertEquals("unreadable", rows.get(3).get(4));
        assertEquals("cannot read the file", rows.get(3).get(11));
    }

    @Test
    void rowsAreWrittenAsReportsCome() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.io.Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        ReportStream stream = new CsvFormatter().open("0.1.0", OutputOptions.defaults(), w);
        stream.report(Fixtures.passing());
        w.flush();
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("通过,,,,0,0,0,,0,\r\n"), out.toString(StandardCharsets.UTF_8));
        stream.finish();
        assertEquals(2, parse(out.toString(StandardCharsets.UTF_8).substring(1)).size(), "the header and the report");
        assertEquals(1, table(new RunResult("0.1.0", List.of()), Lang.ZH).size(), "an empty run has its header");
    }
}
