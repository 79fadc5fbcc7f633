package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import org.huibao.api.Lang;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A finding's edit in the outputs: {@code fix} in JSON, {@code fixes} in SARIF (validated against the
 * SARIF 2.1.0 JSON Schema), 改为：… in the html report.
 */
class FixOutputTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A report with a slip of each mechanical kind, one a line, and one that has no mechanical remedy. */
    static final String DRAFT = String.join("\n",
            "关于2024年党建工作情况的报告",
            "市委：",
            "今年以来,我局认真落实部署。",
            "全面加强党风廉政建建设，，引导党员干部坚定“四个意识”。",
            "在新征程上潮聚奋进力量，2024.06.01印发《落实《关于加强党的建设的意见》的方案》。",
            "x月x日召开会议。",
            "特此报告。");

    private static Schema sarifSchema;

    @BeforeAll
    static void schema() throws Exception {
        DocxFormatterTest.rules();
        try (InputStream in = FixOutputTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    private static ReportResult check(String name) {
        return Fixtures.checker().check(new org.huibao.read.SourceText(name, DRAFT, "UTF-8"));
    }

    private static String render(Formatter f, Lang lang, ReportResult... reports) throws IOException {
        StringWriter out = new StringWriter();
        f.write(new RunResult("0.1.0", List.of(reports)), DocxFormatterTest.options(lang), out);
        return out.toString();
    }

    @Test
    void jsonGivesEachFixItsRangeAndReplacementAndNoFixWhereThereIsNone() throws IOException {
        JsonNode findings = MAPPER.readTree(render(new JsonFormatter(), Lang.ZH, check("d.txt"))).path("reports").get(0)
                .path("findings");
        int withFix = 0;
        for (JsonNode f : findings) {
            if (!List.of("HB302", "HB304", "HB305", "HB402", "HB403", "HB404", "HB408").contains(f.path("rule").asText())) {
                assertFalse(f.has("fix"), "a placeholder, a missing part need a person: " + f);
                continue;
            }
            JsonNode range = f.path("fix").path("range");
            // the range is the finding's own place here, counted the same way
            assertEquals(f.path("line"), range.path("line"));
            assertEquals(f.path("column"), range.path("column"));
            assertEquals(f.path("endLine"), range.path("endLine"));
            assertEquals(f.path("endColumn"), range.path("endColumn"));
            assertEquals(f.path("excerpt"), range.path("text"));
            withFix++;
            if (f.path("rule").asText().equals("HB403")) {
                assertEquals(MAPPER.readTree("""
                        {"range": {"line": 3, "column": 5, "endLine": 3, "endColumn": 6, "text": ","}, "replacement": "，"}"""),
                        f.path("fix"));
            }
        }
        assertEquals(7, withFix, findings.toString());
    }

    @Test
    void sarifCarriesFixesForTextFilesAndValidatesAgainstTheSarifSchema() throws IOException {
        String sarif = render(new SarifFormatter(), Lang.ZH, check("d.txt"), check("d.docx"));
        JsonNode log = MAPPER.readTree(sarif);
        List<Error> errors = sarifSchema.validate(log);
        assertTrue(errors.isEmpty(), errors.toString());
        int withFixes = 0;
        for (JsonNode result : log.path("runs").get(0).path("results")) {
            String uri = result.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
            if (uri.endsWith(".docx")) {
                assertFalse(result.has("fixes"), "a Word file's lines are not the file's: " + result);
            } else if (result.has("fixes")) {
                withFixes++;
            }
        }
        assertEquals(7, withFixes);
        JsonNode first = null;
        for (JsonNode result : log.path("runs").get(0).path("results")) {
            if (result.path("ruleId").asText().equals("HB403") && result.has("fixes")) {
                first = result.path("fixes");
            }
        }
        assertEquals(MAPPER.readTree("""
                [{"description": {"text": "改为：，"},
                  "artifactChanges": [{"artifactLocation": {"uri": "d.txt", "uriBaseId": "%SRCROOT%", "index": 0},
                    "replacements": [{"deletedRegion": {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 6},
                      "insertedContent": {"text": "，"}}]}]}]"""), first);
        // the schema is no formality: a fix without its changes fails it
        ((com.fasterxml.jackson.databind.node.ObjectNode) first.get(0)).remove("artifactChanges");
        assertFalse(sarifSchema.validate(log).isEmpty());
        // and the outputs the other tests build, without fixes, validate too
        assertTrue(sarifSchema.validate(MAPPER.readTree(render(new SarifFormatter(), Lang.EN,
                org.huibao.output.Fixtures.fullRun().reports().toArray(new ReportResult[0])))).isEmpty());
    }

    @Test
    void theHtmlReportShowsEachFix() throws IOException {
        String html = render(new HtmlFormatter(), Lang.ZH, check("d.txt"));
        assertTrue(html.contains("<p class=\"fix\">改为：，</p>"), html);
        assertTrue(html.contains("<p class=\"fix\">改为：增强“四个意识”</p>"), html);
        assertTrue(html.contains("<p class=\"fix\">改为：2024年6月1日</p>"), html);
        assertEquals(7, html.split("<p class=\"fix\">", -1).length - 1, "none for the placeholder");
        String en = render(new HtmlFormatter(), Lang.EN, check("d.txt"));
        assertTrue(en.contains("<p class=\"fix\">Change to: 凝聚</p>"), en);
    }

    @Test
    void theFixesAreTheOnesTheRulesPromise() {
        List<String> fixes = check("d.txt").findings().stream().filter(f -> f.fix() != null)
                .map(f -> f.rule() + " " + f.fix().range().text() + " → " + f.fix().replacement()).toList();
        assertEquals(List.of("HB403 , → ，", "HB302 建建 → 建", "HB404 ，， → ，", "HB304 坚定“四个意识” → 增强“四个意识”",
                "HB305 潮聚 → 凝聚", "HB408 2024.06.01 → 2024年6月1日",
                "HB402 《关于加强党的建设的意见》 → 〈关于加强党的建设的意见〉"), fixes.subList(0, 7));
        Finding placeholder = check("d.txt").findings().stream().filter(f -> f.rule().equals("HB301")).findFirst().orElseThrow();
        assertEquals(null, placeholder.fix());
    }
}
