package org.huibao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.huibao.api.Lang;
import org.huibao.model.Finding;
import org.huibao.model.Fix;
import org.huibao.model.Location;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;
import org.huibao.output.JsonFormatter;
import org.huibao.output.OutputOptions;
import org.huibao.testing.Fixtures;
import org.huibao.testing.OutputSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published schema (docs/schema/) against what huibao writes: every fixture, example, corpus text
 * and seed; a run with each option that changes the JSON; and what the schema accepts and refuses.
 * (Every other test that parses huibao's JSON validates it too, through SchemaCheckedJson.)
 */
class JsonSchemaTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theSchemasAreValidDraft202012Schemas() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        // the meta-schema ships with the validator: no network
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (Path schema : List.of(OutputSchema.REPORT, OutputSchema.API_ERROR)) {
            assertEquals(List.of(), meta.validate(PLAIN.readTree(schema.toFile())).stream().map(Object::toString).toList(),
                    schema.toString());
        }
    }

    @Test
    void theJsonOfEveryFixtureExampleCorpusTextAndSeedFollowsTheSchema() throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "-j", "2", "--include", "*",
                "src/test/resources/fixtures", "examples", "corpus"));
        Path seeds = Path.of("..", "shared", "seeds");
        if (Files.isDirectory(seeds)) {
            args.add(seeds.toString());
        }
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        JsonNode json = r.json(); // validated as it is read
        assertEquals(ExitCode.FAILED, r.code(), r.err());
        assertTrue(json.at("/summary/files").asInt() > 300, "every text is checked: " + json.at("/summary"));
        assertTrue(json.at("/summary/passed").asInt() > 0 && json.at("/summary/failed").asInt() > 0, json.at("/summary").toString());
    }

    @Test
    void everyOptionThatChangesTheJsonKeepsItValid() throws IOException {
        Path good = write("reports/good.txt", Fixtures.text("/fixtures/elements/complete.txt"));
        Path bad = write("reports/bad.txt", Fixtures.text("/fixtures/elements/shortcomings-absent.txt"));
        Path empty = write("reports/empty.txt", "");
        Path broken = write("reports/broken.docx", "not a zip");
        Path rules = write("rules/office.drl", String.join("\n", "package office.rules", "dialect \"mvel\"",
                "import org.huibao.api.DocumentFact", "global org.huibao.api.FindingSink findings",
                "rule \"Every report\"", "    @id(\"OF-01\") @severity(\"info\") @title(\"办公室规则\")",
                "when", "    $d : DocumentFact()", "then", "    findings.add(drools, $d.head);", "end", "")).getParent();
        String[] paths = {good.toString(), bad.toString(), empty.toString(), broken.toString(),
                dir.resolve("reports/missing.txt").toString()};
        List<List<String>> variants = List.of(
                List.of(),
                List.of("--lang", "en"),
                List.of("--min-severity", "error"),
                List.of("--threshold", "0"),
                List.of("--threshold", "100"),
                List.of("--profile", "speech"),
                List.of("--profile", "not-a-report"),
                List.of("--quiet"),
                List.of("-j", "1"),
                List.of("--max-chars", "50"),
                List.of("--no-cache", "--rules", rules.toString()));
        for (List<String> options : variants) {
            List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
            args.addAll(options);
            args.addAll(List.of(paths));
            CliTest.Run r = CliTest.run(args.toArray(String[]::new));
            JsonNode json = r.json();
            assertEquals(5, json.at("/summary/files").asInt(), options + ": " + r.err());
        }
        // the custom rule's findings are there, under its own id
        CliTest.Run custom = CliTest.run("check", "--format", "json", "--no-cache", "--rules", rules.toString(), good.toString());
        assertEquals("OF-01", custom.json().at("/reports/0/findings/0/rule").asText(), custom.out());
        // a report read from standard input
        CliTest.Run stdin = CliTest.runWithInput(Fixtures.text("/fixtures/elements/complete.txt").getBytes(StandardCharsets.UTF_8),
                "check", "--format", "json", "--stdin-filename", "草稿.md", "-");
        assertEquals("pass", stdin.json().at("/reports/0/status").asText(), stdin.out());
    }

    @Test
    void fixesAndBaselineMarksAreWrittenInTheShapeTheSchemaGives() throws IOException {
        ReportResult r = Fixtures.check("a.txt", Fixtures.text("/fixtures/elements/shortcomings-absent.txt"));
        List<Finding> marked = new ArrayList<>();
        for (Finding f : r.findings()) {
            Location l = f.location();
            marked.add(f.withFix(new Fix(l, "改")).asKnown());
        }
        StringWriter out = new StringWriter();
        new JsonFormatter().write(new RunResult("0.1.0", List.of(r.withFindings(marked))),
                new OutputOptions(Lang.ZH, false, false), out);
        OutputSchema.check(PLAIN.readTree(out.toString()));
    }

    @Test
    void unknownFieldsAreAcceptedAndKnownOnesMustHaveTheirTypes() throws IOException {
        CliTest.Run r = CliTest.run("check", "--format", "json",
                write("bad.txt", Fixtures.text("/fixtures/elements/shortcomings-absent.txt")).toString());
        JsonNode output = r.json();

        // what other versions add: counts, marks, fixes, fields nobody has thought of yet
        assertValid(output, j -> {
            ((ObjectNode) j.at("/summary")).put("known", 1).put("suppressed", 2);
            ((ObjectNode) j).put("baseline", "huibao-baseline.txt");
            ObjectNode finding = (ObjectNode) j.at("/reports/0/findings/0");
            finding.put("known", true).put("anything", "new");
            finding.putObject("fix").put("line", 1).put("column", 1).put("endLine", 1).put("endColumn", 3)
                    .put("text", "x月").put("replacement", "5月");
            ((ObjectNode) j.at("/reports/0/elements")).putObject("budget")
                    .put("status", "absent").put("quality", "ok").put("required", false).putArray("evidence");
            ((ObjectNode) j.at("/reports/0")).put("suppressed", 0);
        });
        assertValid(output, j -> ((ObjectNode) j.at("/reports/0/findings/0")).putObject("fix")
                .put("replacement", "").putObject("range").put("line", 2).put("column", 4));

        // a known field of the wrong type or value, or a required one missing
        assertInvalid(output, j -> ((ObjectNode) j.at("/reports/0/findings/0")).put("known", "yes"));
        assertInvalid(output, j -> ((ObjectNode) j.at("/reports/0/findings/0")).putObject("fix").put("line", 1));
        assertInvalid(output, j -> ((ObjectNode) j.at("/reports/0/findings/0")).put("line", 0));
        assertInvalid(output, j -> ((ObjectNode) j.at("/reports/0/findings/0")).put("severity", "fatal"));
        assertInvalid(output, j -> ((ObjectNode) j.at("/reports/0/findings/0")).remove("rule"));
        assertInvalid(output, j -> ((ObjectNode) j.at("/reports/0")).put("status", "passed"));
        assertInvalid(output, j -> ((ObjectNode) j.at("/reports/0")).put("status", "pass"));
        assertInvalid(output, j -> ((ObjectNode) j.at("/reports/0")).remove("findings"));
        assertInvalid(output, j -> ((ObjectNode) j.at("/reports/0")).put("score", "62"));
        assertInvalid(output, j -> ((ObjectNode) j.at("/reports/0")).put("status", "error"));
        assertInvalid(output, j -> ((ObjectNode) j.at("/summary")).put("files", -1));
        assertInvalid(output, j -> ((ObjectNode) j.at("/tool")).put("name", "other"));
    }

    @Test
    void theServersErrorAnswerHasItsOwnSchema() throws IOException {
        JsonNode error = PLAIN.readTree("{\"error\": {\"status\": 413, \"code\": \"too_large\", \"message\": \"太大\","
                + " \"zh\": \"太大\", \"en\": \"too large\"}}");
        assertEquals(List.of(), OutputSchema.errors(OutputSchema.API_ERROR, error));
        ((ObjectNode) error.path("error")).put("status", 200);
        assertFalse(OutputSchema.errors(OutputSchema.API_ERROR, error).isEmpty());
    }

    private static void assertValid(JsonNode output, Consumer<JsonNode> change) {
        JsonNode j = output.deepCopy();
        change.accept(j);
        assertEquals(List.of(), OutputSchema.errors(OutputSchema.REPORT, j));
    }

    private static void assertInvalid(JsonNode output, Consumer<JsonNode> change) {
        JsonNode j = output.deepCopy();
        change.accept(j);
        assertFalse(OutputSchema.errors(OutputSchema.REPORT, j).isEmpty(), "accepted: " + j.at("/reports/0"));
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
