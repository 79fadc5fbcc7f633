package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huibao.api.Lang;
import org.huibao.api.Message;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;
import org.huibao.model.Severity;
import org.junit.jupiter.api.Test;

/**
 * A finding about the whole document that is not a missing part — the margins (HB505), no figures
 * (HB107), not a report (HB108) — is shown as such in every format, as a missing part is: no line, no
 * excerpt of the title, not painted on line 1. An empty place elsewhere in the text stays a point there.
 */
class WholeReportTest {

    private static final String TEXT = "关于2024年工作情况的报告\n　　今年以来，我局扎实推进各项工作。\n";

    private static final Finding MARGINS = new Finding("HB505", Severity.WARNING,
            new Message("页边距应为上 37、下 35、左 28、右 26 毫米", "Margins should be top 37 mm"),
            new Location(1, 1, 1, 1, ""), new Message("设上 3.7 厘米", "set top 3.7 cm"), null);

    /** An empty place at the end of the title: a point in the text, not the whole report. */
    private static final Finding POINT = new Finding("XB901", Severity.WARNING, new Message("行末缺少标点", "no stop"),
            new Location(1, 15, 1, 15, ""), Message.NONE, null);

    private static ReportResult report() {
        ReportResult passing = Fixtures.passing();
        return new ReportResult("a.txt", "关于2024年工作情况的报告", passing.elements(), List.of(POINT, MARGINS),
                passing.score(), null, "report", TEXT);
    }

    private static RunResult run() {
        return new RunResult("0.1.0", List.of(report()));
    }

    private static OutputOptions options() {
        return new OutputOptions(Lang.ZH, false, false, Fixtures.rules());
    }

    private static String render(Formatter f) throws IOException {
        StringWriter out = new StringWriter();
        f.write(run(), options(), out);
        return out.toString();
    }

    @Test
    void textNamesNoLineAndQuotesNoTitle() throws IOException {
        List<String> lines = render(new TextFormatter()).lines().toList();
        int i = lines.indexOf("a.txt: warning HB505 页边距应为上 37、下 35、左 28、右 26 毫米");
        assertTrue(i >= 0, String.join("\n", lines));
        assertEquals("      建议: 设上 3.7 厘米", lines.get(i + 1));
        assertTrue(lines.contains("a.txt:1:15 warning XB901 行末缺少标点"), "a point keeps its place");
        assertTrue(i < lines.indexOf("a.txt:1:15 warning XB901 行末缺少标点"), "what is about the whole report first");
    }

    @Test
    void htmlNamesItAboveTheTextAndPaintsNothingOnTheTitle() throws IOException {
        String html = render(new HtmlFormatter());
        int box = html.indexOf("<div class=\"whole\">");
        assertTrue(box >= 0, html);
        assertTrue(html.indexOf("HB505", box) < html.indexOf("</div>", box), "HB505 is in the box");
        assertFalse(html.contains("<mark class=\"sev-warning\" title=\"HB505"), "not painted on line 1");
        assertTrue(html.contains("title=\"XB901"), "the point is marked in the text");
    }

    @Test
    void junitSaysWholeReportInsteadOfALine() throws IOException {
        String xml = render(new JunitFormatter());
        assertTrue(xml.contains("message=\"全文 页边距应为上 37、下 35、左 28、右 26 毫米\""), xml);
        assertTrue(xml.contains("message=\"1:15 行末缺少标点\""), xml);
    }

    @Test
    void githubAnnotatesTheFileWithoutALine() throws IOException {
        List<String> lines = render(new GithubFormatter()).lines().toList();
        assertTrue(lines.contains("::warning file=a.txt,title=HB505::页边距应为上 37、下 35、左 28、右 26 毫米%0A建议: 设上 3.7 厘米"),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("::warning file=a.txt,line=1,col=15,")));
    }

    @Test
    void sarifHasAnEmptyRegionAtTheStartAndNoSnippet() throws IOException {
        JsonNode results = new ObjectMapper().readTree(render(new SarifFormatter())).path("runs").get(0).path("results");
        JsonNode region = results.get(0).path("locations").get(0).path("physicalLocation").path("region");
        assertEquals("HB505", results.get(0).path("ruleId").asText());
        assertEquals(List.of(1, 1, 1, 1), List.of(region.path("startLine").asInt(), region.path("startColumn").asInt(),
                region.path("endLine").asInt(), region.path("endColumn").asInt()));
        assertFalse(region.has("snippet"));
    }

    @Test
    void spreadsheetSaysWholeReportInTheLineColumn() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxFormatter.XlsxStream stream = new XlsxFormatter().open("0.1.0", options(), bytes);
        stream.report(report());
        stream.finish();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            XSSFSheet findings = wb.getSheetAt(1);
            assertEquals(List.of("a.txt", "全文", "", "HB505"), XlsxFormatterTest.values(findings.getRow(1)).subList(0, 4));
            assertEquals(List.of("a.txt", "1", "15", "XB901"), XlsxFormatterTest.values(findings.getRow(2)).subList(0, 4));
        }
    }

    @Test
    void annotatedCopyListsItInTheSummaryComment() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxFormatter().write(report(), Optional.empty(), options(), out);
        WordPackage doc = WordPackage.of(out.toByteArray());
        String summary = doc.huibaoComments().get(0).text();
        assertTrue(summary.contains("关于全文：\nHB505"), summary);
        assertTrue(doc.huibaoComments().stream().skip(1).noneMatch(c -> c.text().contains("HB505")));
        assertTrue(doc.huibaoComments().stream().skip(1).anyMatch(c -> c.text().contains("XB901")));
    }
}
