package org.huibao.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.huibao.model.ReportResult;

/**
 * {@code ?include=text}: the JSON result of {@code huibao check --format json} with one field added to
 * each report, {@code text} — the normalised report text that every line and column points into, so
 * that a page can mark the findings in place. The contract allows added fields; every other field is
 * the JsonFormatter's own, in its order. Without the parameter the response is the formatter's output
 * byte for byte.
 */
final class JsonWithText {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonWithText() {
    }

    static String add(String json, ReportResult report) throws JsonProcessingException {
        JsonNode root = MAPPER.readTree(json);
        for (JsonNode r : root.path("reports")) {
            if (r instanceof ObjectNode o && report.file().equals(o.path("file").asText())) {
                o.put("text", report.text());
            }
        }
        return MAPPER.writer(Json.printer()).writeValueAsString(root) + "\n";
    }
}
