package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.huibao.api.Lang;
import org.junit.jupiter.api.Test;

class JsonFormatterTest {

    private static final ObjectMapper MAPPER = new org.huibao.testing.SchemaCheckedJson();

    private static String render(Lang lang) throws IOException {
        StringWriter out = new StringWriter();
        new JsonFormatter().write(Fixtures.run(), new OutputOptions(lang, false, false), out);
        return out.toString();
    }

    private static JsonNode parse(Lang lang) throws IOException {
        return MAPPER.readTree(render(lang));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void reportsSpooledToAFileComeOutAsFromMemory() throws IOException {
        List<org.huibao.model.ReportResult> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.addAll(Fixtures.run().reports());
        }
        org.huibao.model.RunResult run = new org.huibao.model.RunResult("1.0", many);
        StringWriter inMemory = new StringWriter();
        new JsonFormatter().write(run, new OutputOptions(Lang.ZH, false, false), inMemory);
        StringWriter viaFile = new StringWriter();
        new JsonFormatter(16).write(run, new OutputOptions(Lang.ZH, false, false), viaFile);
        assertEquals(inMemory.toString(), viaFile.toString());
        JsonNode root = MAPPER.readTree(viaFile.toString());
        assertEquals(many.size(), root.path("summary").path("files").asInt());
        assertEquals(many.size(), root.path("reports").size());
        assertTrue(inMemory.toString().startsWith("{\n  \"tool\": {"), "the summary precedes the reports");
    }

    @Test
    void toolAndSummary() throws IOException {
        JsonNode root = parse(Lang.ZH);
        assertEquals(List.of("tool", "summary", "reports"), fieldNames(root));
        assertEquals("huibao", root.path("tool").path("name").asText());
        assertEquals("0.1.0", root.path("tool").path("version").asText());
        JsonNode summary = root.path("summary");
        assertEquals(List.of("files", "passed", "failed", "errors", "suppressed"), fieldNames(summary));
        for (String f : List.of("files", "passed", "failed", "errors", "suppressed")) {
            assertTrue(summary.path(f).isIntegralNumber(), f);
        }
        assertEquals(3, summary.path("files").asInt());
        assertEquals(1, summary.path("passed").asInt());
        assertEquals(1, summary.path("failed").asInt());
        assertEquals(1, summary.path("errors").asInt());
        assertEquals(3, root.path("reports").size());
    }

    @Test
    void passingReportHasEveryContractField() throws IOException {
        JsonNode r = parse(Lang.ZH).path("reports").get(0);
        assertEquals(List.of("file", "status", "score", "threshold", "title", "genre", "elements", "findings",
                "breakdown", "passed", "blockedBy", "suppressed"), fieldNames(r));
        assertEquals("report", r.path("genre").asText());
        assertEquals("drafts/ok.txt", r.path("file").asText());
        assertEquals("pass", r.path("status").asText());
        assertTrue(r.path("score").isDouble());
        assertEquals(100.0, r.path("score").asDouble());
        assertTrue(r.path("threshold").isIntegralNumber());
        assertEquals(80, r.path("threshold").asInt());
        assertEquals("2023年X局主题教育工作开展情况汇报", r.path("title").asText());
        assertTrue(r.path("passed").asBoolean());
        assertTrue(r.path("blockedBy").isArray());
        assertTrue(r.path("blockedBy").isEmpty());
        assertTrue(r.path("findings").isArray());
        assertTrue(r.path("findings").isEmpty());

        JsonNode elements = r.path("elements");
        assertTrue(elements.isObject());
        assertEquals(List.of("leadership", "shortcomings", "next_steps"), fieldNames(elements));
        for (JsonNode e : elements) {
            assertEquals(List.of("status", "quality", "required", "evidence"), fieldNames(e));
            assertTrue(e.path("required").asBoolean());
            assertEquals("section", e.path("status").asText());
            assertEquals("ok", e.path("quality").asText());
            JsonNode ev = e.path("evidence").get(0);
            assertEquals(List.of("line", "column", "text"), fieldNames(ev));
            assertTrue(ev.path("line").isInt());
            assertTrue(ev.path("column").isInt());
            assertTrue(ev.path("text").isTextual());
        }
        assertEquals(5, elements.path("leadership").path("evidence").get(0).path("line").asInt());
        assertEquals("一、加强组织领导", elements.path("leadership").path("evidence").get(0).path("text").asText());

        JsonNode quality = r.path("breakdown").get(3);
        assertEquals(List.of("item", "points", "max"), fieldNames(quality), "empty detail is omitted");
        assertEquals("quality", quality.path("item").asText());
        assertTrue(quality.path("points").isDouble());
        assertEquals(25.0, quality.path("points").asDouble());
        assertTrue(quality.path("max").isNumber());
    }

    @Test
    void failingReportElementsFindingsAndBreakdown() throws IOException {
        JsonNode r = parse(Lang.ZH).path("reports").get(1);
        assertEquals("a.txt", r.path("file").asText());
        assertEquals("fail", r.path("status").asText());
        assertEquals(62.0, r.path("score").asDouble());
        assertEquals("", r.path("title").asText());
        assertFalse(r.path("passed").asBoolean());
        assertEquals("HB102", r.path("blockedBy").get(0).asText());

        JsonNode elements = r.path("elements");
        assertEquals(List.of("leadership", "shortcomings", "next_steps"), fieldNames(elements));
        JsonNode absent = elements.path("shortcomings");
        assertEquals("absent", absent.path("status").asText());
        assertEquals("ok", absent.path("quality").asText());
        assertFalse(absent.has("reason"));
        assertTrue(absent.path("evidence").isArray());
        assertTrue(absent.path("evidence").isEmpty());
        JsonNode weak = elements.path("next_steps");
        assertEquals(List.of("status", "quality", "required", "reason", "evidence"), fieldNames(weak));
        assertEquals("inline", weak.path("status").asText());
        assertEquals("weak", weak.path("quality").asText());
        assertEquals("只有套话，没有具体措施", weak.path("reason").asText());
        assertEquals(2, weak.path("evidence").size());

        JsonNode findings = r.path("findings");
        assertEquals(2, findings.size());
        JsonNode hb102 = findings.get(0);
        assertEquals(List.of("rule", "severity", "message", "line", "column", "endLine", "endColumn", "excerpt",
                "suggestion", "element"), fieldNames(hb102));
        assertEquals("HB102", hb102.path("rule").asText());
        assertEquals("error", hb102.path("severity").asText());
        assertEquals("报告没有写本单位存在的问题和不足", hb102.path("message").asText());
        assertEquals("补写存在问题部分", hb102.path("suggestion").asText());
        assertEquals("shortcomings", hb102.path("element").asText());
        JsonNode hb301 = findings.get(1);
        assertEquals(List.of("rule", "severity", "message", "line", "column", "endLine", "endColumn", "excerpt"),
                fieldNames(hb301), "empty suggestion and null element are omitted");
        assertEquals("warning", hb301.path("severity").asText());
        for (String f : List.of("line", "column", "endLine", "endColumn")) {
            assertTrue(hb301.path(f).isInt(), f);
        }
        assertEquals(3, hb301.path("line").asInt());
        assertEquals(5, hb301.path("column").asInt());
        assertEquals(3, hb301.path("endLine").asInt());
        assertEquals(62, hb301.path("endColumn").asInt());
        assertEquals(Fixtures.LONG_EXCERPT, hb301.path("excerpt").asText(), "JSON excerpts are not truncated");

        JsonNode breakdown = r.path("breakdown");
        assertEquals(4, breakdown.size());
        assertEquals("next_steps", breakdown.get(2).path("item").asText());
        assertEquals(5.0, breakdown.get(2).path("points").asDouble());
        assertEquals(25.0, breakdown.get(2).path("max").asDouble());
        assertEquals("inline, weak -10", breakdown.get(2).path("detail").asText());
    }

    @Test
    void errorReportHasNoScore() throws IOException {
        JsonNode r = parse(Lang.ZH).path("reports").get(2);
        assertEquals(List.of("file", "status", "error"), fieldNames(r));
        assertEquals("missing.docx", r.path("file").asText());
        assertEquals("error", r.path("status").asText());
        assertEquals("无法读取文件", r.path("error").path("message").asText());
        assertFalse(r.has("score"));
        assertFalse(r.has("elements"));
        assertFalse(r.has("findings"));
    }

    @Test
    void messagesFollowTheLanguage() throws IOException {
        JsonNode reports = parse(Lang.EN).path("reports");
        JsonNode failing = reports.get(1);
        assertEquals("the report does not state the unit's own shortcomings",
                failing.path("findings").get(0).path("message").asText());
        assertEquals("add a section on shortcomings", failing.path("findings").get(0).path("suggestion").asText());
        assertEquals("slogans only, no concrete measure",
                failing.path("elements").path("next_steps").path("reason").asText());
        assertEquals("cannot read the file", reports.get(2).path("error").path("message").asText());
        // Ids are never translated.
        assertEquals("error", failing.path("findings").get(0).path("severity").asText());
        assertEquals("absent", failing.path("elements").path("shortcomings").path("status").asText());
    }

    @Test
    void prettyUtf8AsIsWithStableLayout() throws IOException {
        String json = render(Lang.ZH);
        assertTrue(json.contains("\"title\": \"2023年X局主题教育工作开展情况汇报\""), json);
        assertFalse(json.contains("\\u"), "non-ASCII must not be escaped");
        assertTrue(json.contains("\n    {\n      \"file\": \"drafts/ok.txt\","), json);
        assertTrue(json.contains("\"score\": 100.0,"), json);
        assertTrue(json.contains("\"threshold\": 80,"), json);
        assertFalse(json.contains("\r"));
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void reportTextIsNotPartOfTheJson() throws IOException {
        StringWriter out = new StringWriter();
        new JsonFormatter().write(Fixtures.fullRun(), OutputOptions.defaults(), out);
        for (JsonNode r : MAPPER.readTree(out.toString()).path("reports")) {
            assertFalse(r.has("text"), r.path("file").asText());
        }
        assertFalse(out.toString().contains("成绩显著"), "a line of the special report's text that no finding quotes");
    }

    @Test
    void colourAndQuietDoNotChangeJson() throws IOException {
        StringWriter out = new StringWriter();
        new JsonFormatter().write(Fixtures.run(), new OutputOptions(Lang.ZH, true, true), out);
        assertEquals(render(Lang.ZH), out.toString());
    }

    @Test
    void leavesTheWriterOpen() throws IOException {
        boolean[] closed = {false};
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new JsonFormatter().write(Fixtures.run(), OutputOptions.defaults(), out);
        assertFalse(closed[0], "the caller owns the writer");
        assertTrue(out.toString().endsWith("}\n"));
    }
}
