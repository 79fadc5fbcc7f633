package org.huibao.cli;

import static org.huibao.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken --config through the command line: one line on stderr naming the file and (where there is
 * one) the line, exit code 2, no report output and no stack trace. ConfigLoaderTest has the full
 * messages; this is what the user sees of them, plus inputs found by fuzzing and YAML's own traps.
 */
class ConfigErrorsTest {

    @TempDir
    Path dir;

    private Path good;

    @BeforeEach
    void report() throws IOException {
        good = Files.writeString(dir.resolve("good.txt"), Fixtures.text("/fixtures/elements/complete.txt"),
                StandardCharsets.UTF_8);
    }

    /** Runs check with the config; returns its one error line (without "huibao: "). */
    private String refused(String name, byte[] yaml) throws IOException {
        Path cfg = Files.write(dir.resolve(name), yaml);
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run("check", "--config", cfg.toString(), good.toString()));
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out(), "no report is checked with a broken config");
        assertEquals(1, r.err().lines().count(), "one line:\n" + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        String line = r.err().strip();
        assertTrue(line.startsWith("huibao: " + cfg), "names the file: " + line);
        return line.substring(("huibao: " + cfg).length());
    }

    private String refused(String name, String yaml) throws IOException {
        return refused(name, yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unknownKeySuggestsTheNearestOne() throws IOException {
        assertEquals(":2: unknown key \"thershold\" (did you mean \"threshold\"?)",
                refused("typo.yaml", "language: zh\nthershold: 85\n"));
        assertEquals(":3: unknown key \"rules.overrides.HB104.severty\" (did you mean \"rules.overrides.HB104.severity\"?)",
                refused("nested.yaml", "rules:\n  overrides:\n    HB104: {severty: error}\n"));
    }

    @Test
    void wrongTypesNameThePathAndLine() throws IOException {
        assertTrue(refused("type.yaml", "threshold: high\n").startsWith(":1: threshold must be a number"));
        assertTrue(refused("list.yaml", "scoring:\n  quality: [1, 2]\n").startsWith(":2: "));
        assertTrue(refused("bool.yaml", "rules:\n  overrides:\n    HB101: {enabled: maybe}\n").startsWith(":3: "));
    }

    @Test
    void yamlSyntaxErrorsHaveLineAndColumn() throws IOException {
        assertTrue(refused("syntax.yaml", "threshold: 80\nscoring:\n  quality: [1, 2\n")
                .matches(":\\d+:\\d+: YAML syntax error: .*"));
        assertTrue(refused("indent.yaml", "threshold: 80\n  language: zh\n").matches(":2:\\d+: YAML syntax error: .*"));
    }

    @Test
    void typeTagsAreRefusedNotConstructed() throws IOException {
        Path marker = dir.resolve("created-by-yaml");
        String message = refused("tag.yaml", "threshold: 80\nlanguage: !!java.io.FileOutputStream [" + marker + "]\n");
        assertEquals(":2:11: tag !!java.io.FileOutputStream is not allowed (a config file holds plain values only)",
                message);
        assertFalse(Files.exists(marker), "no object was built from the tag");
        assertEquals(":1:1: tag !!javax.script.ScriptEngineManager is not allowed (a config file holds plain values only)",
                refused("gadget.yaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                        + "[[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n"));
        assertTrue(refused("local.yaml", "elements:\n  leadership:\n    body: !regex 领导\n")
                .startsWith(":3: tag !regex is not allowed"));
    }

    @Test
    void foundByFuzzing() throws IOException {
        // A flow key that spans lines used to break the message in two.
        assertTrue(refused("multiline-key.yaml", "scoring: {ing*\n\ncont}\n").contains("\\n"));
        // A tag that decodes to a control character used to escape as an IllegalArgumentException.
        assertTrue(refused("escaped-tag.yaml", "!%00").contains("YAML syntax error"));
    }

    @Test
    void aliasBombsAndDeepNestingEndQuickly() throws IOException {
        // Ten levels of nine aliases each: a billion strings if anything expanded them.
        StringBuilder laughs = new StringBuilder("elements:\n  leadership:\n    body: [&a0 [\"lol\",\"lol\"]");
        for (int i = 1; i < 10; i++) {
            laughs.append(", &a").append(i).append(" [");
            for (int k = 0; k < 9; k++) {
                laughs.append(k == 0 ? "" : ",").append("*a").append(i - 1);
            }
            laughs.append("]");
        }
        laughs.append("]\n");
        String message = refused("laughs.yaml", laughs.toString());
        assertEquals(": YAML syntax error: Number of aliases for non-scalar nodes exceeds the specified max=50", message);
        String deep = "elements:\n  leadership:\n    body: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        assertTrue(refused("deep.yaml", deep).contains("YAML syntax error"));
    }

    @Test
    void unreadableConfigFiles() throws IOException {
        assertTrue(refused("latin1.yaml", new byte[] {'l', 'a', 'n', 'g', 'u', 'a', 'g', 'e', ':', ' ', (byte) 0xE9, '\n'})
                .contains("not valid UTF-8"));
        Path folder = Files.createDirectories(dir.resolve("folder.yaml"));
        CliTest.Run r = run("check", "--config", folder.toString(), good.toString());
        assertEquals(2, r.code());
        assertEquals("huibao: " + folder + ": cannot read config file: it is a directory", r.err().strip());
        CliTest.Run missing = run("rules", "--config", dir.resolve("nope.yaml").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.yaml: config file not found"), missing.err());
    }
}
