package org.huibao.cli;

import static org.huibao.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * An office's own required element as the README shows it, through the command line: declared in a
 * .huibao.yaml beside the reports or in a kind: required rule file, shown by name in the text and JSON
 * output, reported missing under its own id; a mistake in it is one line and exit 2.
 */
class DeclaredElementsCliTest {

    private static final Path EXAMPLE = Path.of("examples", "rules", "lianzheng-required.rule.yaml");

    private static final String CONFIG = """
            elements:
              lianzheng:
                name: {zh: 党风廉政建设, en: Party conduct and integrity}
                rule: XB101
                genres: [report]
                report_title: 党建
                heading: ['党风廉政|廉政建设']
                body: ['党风廉政建设|廉政风险|中央八项规定']
                scored: 1
            """;

    @TempDir
    Path dir;

    /** The example rule file's examples, as the office wrote them: "bad" or "good", and the text. */
    private static List<Map.Entry<String, String>> examples() throws IOException {
        Map<String, Object> rule = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Map.Entry<?, ?> which : ((Map<?, ?>) rule.get("examples")).entrySet()) {
            for (Object text : (List<?>) which.getValue()) {
                out.add(Map.entry(which.getKey().toString(), text.toString()));
            }
        }
        return out;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void anElementOfTheOfficesConfigIsShownByNameInTextAndJson() throws Exception {
        write(".huibao.yaml", CONFIG);
        List<Map.Entry<String, String>> examples = examples();
        Path bad = write("bad.txt", examples.get(0).getValue());
        Path good = write("good.txt", examples.get(1).getValue());

        CliTest.Run json = run("check", "--format", "json", bad.toString(), good.toString());
        assertEquals(1, json.code(), json.err());
        JsonNode reports = new org.huibao.testing.SchemaCheckedJson().readTree(json.out()).get("reports");
        JsonNode badElements = reports.get(0).get("elements");
        assertEquals(List.of("leadership", "shortcomings", "next_steps", "lianzheng"), fieldNames(badElements));
        JsonNode lianzheng = badElements.get("lianzheng");
        assertEquals("党风廉政建设", lianzheng.get("name").asText());
        assertEquals("absent", lianzheng.get("status").asText());
        assertTrue(lianzheng.get("required").asBoolean());
        assertFalse(badElements.get("leadership").has("name"), "the built-in elements' fields are as they were");
        JsonNode finding = reports.get(0).get("findings").get(0);
        assertEquals("XB101", finding.get("rule").asText());
        assertEquals("lianzheng", finding.get("element").asText());
        assertEquals("section", reports.get(1).get("elements").get("lianzheng").get("status").asText());
        assertEquals("pass", reports.get(1).get("status").asText());

        CliTest.Run text = run("check", "--lang", "en", bad.toString());
        assertTrue(text.out().lines().anyMatch(l -> l.matches("  Party conduct and integrity +✗ missing")), text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.equals(bad + ": error XB101 The report gives no account of"
                + " Party conduct and integrity")), text.out());
        assertTrue(text.out().contains("Party conduct and integrity -25/0"), text.out());
    }

    @Test
    void theExampleRuleFileRaisesItsRuleOnItsBadExampleOnly() throws Exception {
        List<Map.Entry<String, String>> examples = examples();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            files.add(write("example-" + i + ".txt", examples.get(i).getValue()).toString());
        }
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--rules", EXAMPLE.getParent().toString()));
        args.addAll(files);
        CliTest.Run r = run(args.toArray(String[]::new));
        assertEquals("", r.err());
        JsonNode reports = new ObjectMapper().readTree(r.out()).get("reports");
        for (int i = 0; i < examples.size(); i++) {
            boolean raised = false;
            for (JsonNode f : reports.get(i).get("findings")) {
                raised |= f.get("rule").asText().equals("XB101");
            }
            assertEquals(examples.get(i).getKey().equals("bad"), raised, examples.get(i).getKey() + " example " + i
                    + ":\n" + examples.get(i).getValue());
        }
    }

    @Test
    void aMistakeInAnElementIsOneLineAndExitTwo() throws Exception {
        Path cfg = write(".huibao.yaml", CONFIG.replace("    scored: 1", "    scored: lots"));
        Path report = write("r.txt", examples().get(0).getValue());
        CliTest.Run r = run("check", report.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("huibao: " + cfg + ":9: elements.lianzheng.scored must be false or a positive weight (the"
                + " built-in elements weigh 1), got \"lots\"\n", r.err());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
