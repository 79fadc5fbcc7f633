package org.huibao.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.huibao.testing.Fixtures;
import org.huibao.testing.HuibaoOnPath;
import org.huibao.testing.SchemaCheckedJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitLab CI template: parsed as GitLab parses it, and its job's script lines run here as a GitLab
 * runner runs them (one bash session under {@code set -eo pipefail}, the template's variables in the
 * environment, the project directory as the working folder), with huibao on PATH.
 */
class GitlabTemplateTest {
    private static final Path TEMPLATE = Path.of("ci", "gitlab", "huibao.gitlab-ci.yml");

    @TempDir
    Path tmp;

    private Path project;
    private HuibaoOnPath huibao;

    @BeforeEach
    void project() throws IOException {
        huibao = HuibaoOnPath.in(tmp);
        project = Files.createDirectories(tmp.resolve("project"));
        write(project.resolve("drafts/good.txt"), Fixtures.text("/fixtures/elements/complete.txt"));
        write(project.resolve("drafts/bad.txt"), Fixtures.text("/fixtures/elements/shortcomings-absent.txt"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> template() throws IOException {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(TEMPLATE, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> job() throws IOException {
        return (Map<String, Object>) template().get("huibao");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJobKeepsTheJunitReportEvenWhenItFails() throws IOException {
        Map<String, Object> job = job();
        Map<String, Object> artifacts = (Map<String, Object>) job.get("artifacts");
        assertEquals("always", artifacts.get("when"));
        assertEquals(Map.of("junit", "huibao-junit.xml"), artifacts.get("reports"));
        assertEquals(List.of("huibao.html", "huibao.json", "huibao-summary.md"), artifacts.get("paths"));
        assertTrue(((String) job.get("image")).contains("temurin-17"), "Java 17 for a build from source");
        assertTrue(((List<Object>) job.get("script")).stream().allMatch(String.class::isInstance), "script is lines");
        Map<String, Object> variables = (Map<String, Object>) template().get("variables");
        assertEquals(List.of("HUIBAO_PATHS", "HUIBAO_ARGS", "HUIBAO_FAIL_ON", "HUIBAO_GIT", "HUIBAO_REF"),
                List.copyOf(variables.keySet()));
    }

    @Test
    void aFailingReportFailsTheJobWithAJunitReportThatNamesIt() throws Exception {
        HuibaoOnPath.Result r = runJob(Map.of("HUIBAO_PATHS", "drafts"));
        assertEquals(1, r.code(), r.output());
        assertTrue(r.output().contains("drafts/bad.txt:1:1 error HB102 报告没有写本单位存在的问题和不足"), "the log: " + r.output());

        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(project.resolve("huibao-junit.xml").toFile());
        NodeList suites = junit.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        Element bad = (Element) suites.item(0);
        assertEquals("drafts/bad.txt", bad.getAttribute("name"));
        assertTrue(Integer.parseInt(bad.getAttribute("failures")) > 0, "the failing report's suite fails");
        assertEquals("0", ((Element) suites.item(1)).getAttribute("failures"), "the passing one's does not");

        new SchemaCheckedJson().readTree(project.resolve("huibao.json").toFile());
        assertTrue(Files.readString(project.resolve("huibao.html")).contains("drafts/bad.txt"));
        assertTrue(Files.readString(project.resolve("huibao-summary.md")).contains("| drafts/bad.txt | ❌ 不通过 |"));
    }

    @Test
    void passingReportsAndFailOnNeverPassTheJob() throws Exception {
        assertEquals(0, runJob(Map.of("HUIBAO_PATHS", "drafts/good.txt")).code());
        HuibaoOnPath.Result never = runJob(Map.of("HUIBAO_PATHS", "drafts", "HUIBAO_FAIL_ON", "never",
                "HUIBAO_ARGS", "--lang en"));
        assertEquals(0, never.code(), never.output());
        assertTrue(never.output().contains("huibao: exit code 1"), never.output());
        assertTrue(never.output().contains("The report does not state"), "HUIBAO_ARGS reach huibao: " + never.output());
    }

    @Test
    void withoutHuibaoOrItsSourceTheJobSaysSoInOneLine() throws Exception {
        assumeFalse(Files.exists(Path.of("/usr/bin/huibao")), "huibao is installed on this machine");
        Files.delete(huibao.bin().resolve("huibao"));
        HuibaoOnPath.Result r = runJob(Map.of());
        assertEquals(2, r.code(), r.output());
        assertEquals("huibao: 镜像中没有 huibao，也没有设置 HUIBAO_GIT (no huibao in the image and HUIBAO_GIT is not set)",
                r.output().strip());
    }

    /** The job's script lines in one bash session, as the runner runs them. */
    @SuppressWarnings("unchecked")
    private HuibaoOnPath.Result runJob(Map<String, String> variables) throws Exception {
        StringBuilder script = new StringBuilder("set -eo pipefail\n");
        for (Object line : (List<Object>) job().get("script")) {
            script.append(line).append('\n');
        }
        Path file = tmp.resolve("job.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Map<String, String> env = new HashMap<>();
        ((Map<String, Object>) template().get("variables")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        env.putAll(variables);
        env.put("CI_PROJECT_DIR", project.toString());
        return huibao.run(project, env, List.of("bash", file.toString()));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
