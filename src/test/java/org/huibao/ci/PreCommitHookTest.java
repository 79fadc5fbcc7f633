package org.huibao.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.huibao.testing.Fixtures;
import org.huibao.testing.HuibaoOnPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * .pre-commit-hooks.yaml: its hooks as pre-commit reads them, and the {@code huibao} hook run by
 * {@code pre-commit try-repo} on a repository of drafts, as a user tries it before adding it to their
 * configuration (skipped where pre-commit is not installed; .ci/run installs it).
 */
class PreCommitHookTest {
    private static final Path HOOKS = Path.of(".pre-commit-hooks.yaml");

    @TempDir
    Path tmp;

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hooks() throws IOException {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(HOOKS, StandardCharsets.UTF_8));
        return (List<Map<String, Object>>) doc;
    }

    @Test
    void bothHooksAreWellFormedAndTakeTheFilesHuibaoReads() throws IOException {
        List<Map<String, Object>> hooks = hooks();
        assertEquals(List.of("huibao", "huibao-source"), hooks.stream().map(h -> h.get("id")).toList());
        for (Map<String, Object> h : hooks) {
            for (String key : List.of("id", "name", "entry", "language")) {
                assertTrue(h.get(key) instanceof String s && !s.isBlank(), h.get("id") + " has no " + key);
            }
            assertEquals("huibao check --no-progress", h.get("entry"));
            assertEquals(true, h.get("require_serial"), "one run, huibao's own parallelism");
            // pre-commit matches with Python's re.search; these patterns mean the same in Java
            Pattern files = Pattern.compile((String) h.get("files"));
            Pattern exclude = Pattern.compile((String) h.get("exclude"));
            for (String taken : List.of("drafts/2024年工作报告.docx", "a.TXT", "述职.md", "b.doc", "c.wps", "d.pdf", "e.ofd",
                    "readme-notes/报告.txt")) {
                assertTrue(files.matcher(taken).find() && !exclude.matcher(taken).find(), taken);
            }
            for (String left : List.of("README.md", "docs/CHANGELOG.txt", "LICENSE.txt", "build.py", "a.docx.bak", "x.csv")) {
                assertFalse(files.matcher(left).find() && !exclude.matcher(left).find(), left);
            }
        }
        assertEquals("system", hooks.get(0).get("language"), "the installed huibao on PATH");
        assertEquals("script", hooks.get(1).get("language"), "this repository's launcher");
        // a script hook's entry is a file of the repository: the development launcher
        assertTrue(Files.isExecutable(Path.of("huibao")), "./huibao is the huibao-source hook's entry");
    }

    @Test
    void tryRepoChecksTheStagedDraftsAndFailsTheCommitOnAFailingOne() throws Exception {
        assumeTrue(HuibaoOnPath.installed("pre-commit") && HuibaoOnPath.installed("git"), "pre-commit not installed");
        HuibaoOnPath huibao = HuibaoOnPath.in(tmp);
        Path drafts = Files.createDirectories(tmp.resolve("drafts-repo"));
        Map<String, String> env = Map.of("PRE_COMMIT_HOME", tmp.resolve("pre-commit-cache").toString(),
                "HOME", tmp.toString(), "GIT_CONFIG_NOSYSTEM", "1", "PRE_COMMIT_COLOR", "never");
        git(huibao, drafts, env, "init", "-q");
        write(drafts.resolve("2024/good.txt"), Fixtures.text("/fixtures/elements/complete.txt"));
        write(drafts.resolve("README.md"), "# 起草规范\n\n这里放各处室的汇报稿。\n");
        git(huibao, drafts, env, "add", ".");

        HuibaoOnPath.Result passing = tryRepo(huibao, drafts, env);
        assertEquals(0, passing.code(), passing.output());
        assertTrue(passing.output().lines().anyMatch(l -> l.startsWith("huibao (汇报审读)") && l.endsWith("Passed")),
                passing.output());

        write(drafts.resolve("2024/bad.txt"), Fixtures.text("/fixtures/elements/shortcomings-absent.txt"));
        git(huibao, drafts, env, "add", ".");
        HuibaoOnPath.Result failing = tryRepo(huibao, drafts, env);
        assertEquals(1, failing.code(), failing.output());
        assertTrue(failing.output().lines().anyMatch(l -> l.startsWith("huibao (汇报审读)") && l.endsWith("Failed")),
                failing.output());
        assertTrue(failing.output().contains("2024/bad.txt:1:1 error HB102 报告没有写本单位存在的问题和不足"), failing.output());
        assertTrue(failing.output().contains("共 2 个文件：通过 1，不通过 1，无法读取 0"), "README.md is not checked: "
                + failing.output());
    }

    private static HuibaoOnPath.Result tryRepo(HuibaoOnPath huibao, Path drafts, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(List.of("pre-commit", "try-repo", Path.of("").toAbsolutePath().toString(),
                "huibao", "--verbose"));
        return huibao.run(drafts, env, command);
    }

    private static void git(HuibaoOnPath huibao, Path repo, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.com"));
        command.addAll(List.of(args));
        HuibaoOnPath.Result r = huibao.run(repo, env, command);
        assertEquals(0, r.code(), String.join(" ", command) + ": " + r.output());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
