package org.huibao.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.testing.Fixtures;
import org.huibao.testing.HuibaoOnPath;
import org.huibao.testing.SchemaCheckedJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitHub action: action.yml as the runner reads it, and its check step's script run here as the
 * runner runs it — with the step summary, the outputs file and the runner's temporary folder being
 * files of the test, and huibao on PATH.
 */
class GithubActionTest {
    private static final Path ACTION = Path.of("action.yml");
    private static final Path SCRIPT = Path.of("ci", "github", "huibao-action.sh");
    private static final SchemaCheckedJson JSON = new SchemaCheckedJson();

    @TempDir
    Path tmp;

    private Path workspace;
    private HuibaoOnPath huibao;

    @BeforeEach
    void workspace() throws IOException {
        huibao = HuibaoOnPath.in(tmp);
        workspace = Files.createDirectories(tmp.resolve("workspace"));
        write(workspace.resolve("drafts/good.txt"), Fixtures.text("/fixtures/elements/complete.txt"));
        write(workspace.resolve("drafts/bad.txt"), Fixtures.text("/fixtures/elements/shortcomings-absent.txt"));
        write(workspace.resolve("第二批 材料/述职.txt"), Fixtures.text("/fixtures/elements/complete.txt"));
        Files.createDirectories(tmp.resolve("runner"));
        write(tmp.resolve("summary.md"), "## earlier step\n");
        write(tmp.resolve("output"), "");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> action() throws IOException {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(ACTION, StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theActionSetsUpJavaRunsTheScriptAndUploadsTheSarif() throws IOException {
        Map<String, Object> action = action();
        Map<String, Object> runs = (Map<String, Object>) action.get("runs");
        assertEquals("composite", runs.get("using"));
        List<Map<String, Object>> steps = (List<Map<String, Object>>) runs.get("steps");
        Map<String, Object> java = step(steps, "actions/setup-java@");
        assertEquals(Map.of("distribution", "temurin", "java-version", "17"), java.get("with"));
        Map<String, Object> upload = step(steps, "github/codeql-action/upload-sarif@");
        assertTrue(((String) upload.get("if")).startsWith("always() && inputs.upload-sarif == 'true'"), "uploads after a failure");
        assertEquals("${{ steps.check.outputs.sarif }}", ((Map<String, Object>) upload.get("with")).get("sarif_file"));
        Map<String, Object> check = steps.stream().filter(s -> "check".equals(s.get("id"))).findFirst().orElseThrow();
        assertEquals("bash \"$GITHUB_ACTION_PATH/" + SCRIPT.toString().replace('\\', '/') + "\"", check.get("run"));
        assertTrue(Files.isRegularFile(SCRIPT));

        // Every input is used, and only through the environment: an input's text put into a run: line
        // would be run as shell code (script injection).
        Set<String> declared = ((Map<String, Object>) action.get("inputs")).keySet();
        Set<String> used = new LinkedHashSet<>();
        Matcher m = Pattern.compile("inputs\\.([a-z-]+)").matcher(Files.readString(ACTION));
        while (m.find()) {
            used.add(m.group(1));
        }
        assertEquals(declared, used);
        for (Map<String, Object> s : steps) {
            Object run = s.get("run");
            assertFalse(run instanceof String r && r.contains("${{"), "an expression in a run: line: " + run);
        }
        Map<String, Object> env = (Map<String, Object>) check.get("env");
        for (String input : declared) {
            if (!input.equals("upload-sarif")) {
                assertTrue(env.containsValue("${{ inputs." + input + " }}"), input + " reaches the script");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> step(List<Map<String, Object>> steps, String uses) {
        return steps.stream().filter(s -> s.get("uses") instanceof String u && u.startsWith(uses)).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + uses));
    }

    @Test
    void aFailingReportFailsTheStepWithAnnotationsASummaryTableAndTheOutputs() throws Exception {
        HuibaoOnPath.Result r = script(Map.of("HUIBAO_PATHS", "drafts"));
        assertEquals(1, r.code(), r.output());
        assertTrue(r.output().contains("::error file=drafts/bad.txt,line=1,col=1,endLine=1,endColumn=20,title=HB102 缺少存在问题部分::"),
                "an annotation on the file: " + r.output());

        String summary = Files.readString(tmp.resolve("summary.md"));
        assertTrue(summary.startsWith("## earlier step\n### 汇报审读结果\n"), "appended: " + summary);
        assertTrue(summary.contains("| drafts/bad.txt | ❌ 不通过 | 75.0 | 1 | 0 | 0 | 得分 75.0 低于阈值 80 |\n"), summary);
        assertTrue(summary.contains("| drafts/good.txt | ✅ 通过 | "), summary);
        assertTrue(summary.contains("共 2 个文件：通过 1，不通过 1，无法读取 0"), summary);

        Map<String, String> outputs = outputs();
        assertEquals("1", outputs.get("exit-code"));
        JsonNode sarif = JSON.readTree(Path.of(outputs.get("sarif")).toFile());
        assertEquals("2.1.0", sarif.path("version").asText());
        assertEquals("HB102", sarif.at("/runs/0/results/0/ruleId").asText());
        JsonNode json = JSON.readTree(Path.of(outputs.get("json")).toFile()); // validated against the schema
        assertEquals(2, json.at("/summary/files").asInt());
    }

    @Test
    void failOnNeverOnlyReportsAndPathsMayHaveSpaces() throws Exception {
        HuibaoOnPath.Result r = script(Map.of("HUIBAO_PATHS", "drafts/bad.txt\n  第二批 材料/述职.txt  \n",
                "HUIBAO_FAIL_ON", "never", "HUIBAO_ANNOTATIONS", "false", "HUIBAO_ARGS", "--lang en"));
        assertEquals(0, r.code(), r.output());
        assertTrue(r.output().contains("drafts/bad.txt:1:1 error HB102 The report does not state"), "text, in English: "
                + r.output());
        assertEquals("1", outputs().get("exit-code"));
        String summary = Files.readString(tmp.resolve("summary.md"));
        assertTrue(summary.contains("| 第二批 材料/述职.txt | ✅ passed | "), summary);
    }

    @Test
    void badUsageFailsTheStepWhateverFailOnSays() throws Exception {
        HuibaoOnPath.Result r = script(Map.of("HUIBAO_PATHS", "drafts", "HUIBAO_FAIL_ON", "never",
                "HUIBAO_CONFIG", "no-such.yaml"));
        assertEquals(2, r.code(), r.output());
        assertTrue(r.output().lines().anyMatch(l -> l.startsWith("huibao: ") && l.contains("no-such.yaml")), r.output());
        Map<String, String> outputs = outputs();
        assertEquals("2", outputs.get("exit-code"));
        assertFalse(outputs.containsKey("sarif"), "nothing to upload: " + outputs);

        HuibaoOnPath.Result wrong = script(Map.of("HUIBAO_FAIL_ON", "warnings"));
        assertEquals(2, wrong.code());
        assertEquals("huibao: fail-on 只能是 fail、unreadable 或 never (must be fail, unreadable or never), got \"warnings\"",
                wrong.output().strip());
    }

    private HuibaoOnPath.Result script(Map<String, String> inputs) throws Exception {
        Map<String, String> env = new HashMap<>(inputs);
        env.put("GITHUB_STEP_SUMMARY", tmp.resolve("summary.md").toString());
        env.put("GITHUB_OUTPUT", tmp.resolve("output").toString());
        env.put("RUNNER_TEMP", tmp.resolve("runner").toString());
        env.put("HUIBAO", "huibao");
        return huibao.run(workspace, env, List.of("bash", SCRIPT.toAbsolutePath().toString()));
    }

    /** GITHUB_OUTPUT's name=value lines. */
    private Map<String, String> outputs() throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(tmp.resolve("output"))) {
            int eq = line.indexOf('=');
            out.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return out;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
