package org.huibao.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The published schemas of huibao's JSON ({@code docs/schema/}), and the check that a document
 * follows its schema: the output of {@code check --format json} (also the review server's answer) and
 * the server's error answers. {@link SchemaCheckedJson} applies it to every JSON a test reads.
 */
public final class OutputSchema {

    public static final Path DIR = Path.of("docs", "schema");
    public static final Path REPORT = DIR.resolve("huibao-report.schema.json");
    public static final Path API_ERROR = DIR.resolve("huibao-api-error.schema.json");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema REPORT_SCHEMA = load(REPORT);
    private static final Schema API_ERROR_SCHEMA = load(API_ERROR);

    private OutputSchema() {
    }

    private static Schema load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema a document claims by its shape: huibao's report output, an API error, or none. */
    public static Optional<Path> schemaOf(JsonNode json) {
        if (json != null && json.isObject() && json.has("reports") && "huibao".equals(json.path("tool").path("name").asText())) {
            return Optional.of(REPORT);
        }
        if (json != null && json.isObject() && json.path("error").has("code") && json.path("error").has("status")) {
            return Optional.of(API_ERROR);
        }
        return Optional.empty();
    }

    /** What is wrong with {@code json} by the schema at {@code schema}; empty when it validates. */
    public static List<String> errors(Path schema, JsonNode json) {
        Schema s = schema.equals(API_ERROR) ? API_ERROR_SCHEMA : REPORT_SCHEMA;
        return s.validate(json).stream().map(Error::toString).toList();
    }

    /** Fails, naming each violation, unless {@code json} validates against the schema its shape claims. */
    public static void check(JsonNode json) {
        schemaOf(json).ifPresent(schema -> {
            List<String> errors = errors(schema, json);
            if (!errors.isEmpty()) {
                String text = json.toString();
                throw new AssertionError("the JSON does not follow " + schema + ": " + String.join("; ", errors)
                        + "\n" + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text));
            }
        });
    }
}
