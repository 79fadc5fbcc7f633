package org.huibao.cli;

import static org.huibao.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.huibao.output.Visible;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real files whose names try to clear the terminal (ESC[2J), forge a finding line (a line feed, then
 * {@code b.txt:1:1 error HB000 forged}) or reverse what is read (U+202E): every line of standard
 * output and standard error shows them as escapes, and the name of an ordinary Chinese report is
 * printed as it was.
 */
class ForgedNamesTest {
    private static final ObjectMapper JSON = new org.huibao.testing.SchemaCheckedJson();
    private static final String FORGED = "b.txt:1:1 error HB000 forged";
    private static final String HOSTILE = "\u001B[2J\n" + FORGED;
    private static final String SHOWN = "\\x1b[2J\\n" + FORGED;

    @TempDir
    Path dir;

    private Path chinese;
    private Path hostile;
    private Path empty;

    @BeforeEach
    void files() throws IOException {
        chinese = write("工作汇报（定稿）.txt", Fixtures.text("/fixtures/elements/complete.txt"));
        hostile = write(HOSTILE + ".txt", Fixtures.text("/fixtures/elements/shortcomings-absent.txt"));
        empty = write(HOSTILE + ".md", "");
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** No character {@link Visible} hides on either stream but the line feeds and tabs of the layout. */
    private static void assertSafe(CliTest.Run r) {
        for (String stream : List.of(r.out(), r.err())) {
            stream.codePoints().forEach(cp -> assertTrue(cp == '\n' || cp == '\t' || !Visible.hidden(cp),
                    () -> "raw U+" + String.format("%04X", cp) + " in\n" + stream));
            assertTrue(stream.lines().noneMatch(l -> l.startsWith("b.txt")), () -> "forged line in\n" + stream);
        }
    }

    @Test
    void textShowsTheNamesEscapedOneLineEach() {
        CliTest.Run r = run("check", dir.toString());
        assertEquals(3, r.code(), r.err());
        assertSafe(r);
        String shown = dir + "/" + SHOWN;
        assertTrue(r.out().lines().anyMatch(l -> l.equals(shown + ".md: 错误: 文件为空")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(shown + ".txt:1:1 error HB102 ")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(shown + ".txt  不通过")), r.out());
        // the ordinary name, as before
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(chinese + "  通过  得分 ")), r.out());
        assertEquals("", r.err());
    }

    @Test
    void githubAnnotationsShowTheNamesEscaped() {
        CliTest.Run r = run("check", "--format", "github", hostile.toString(), empty.toString(), chinese.toString());
        assertEquals(3, r.code(), r.err());
        assertSafe(r);
        assertTrue(r.out().lines().allMatch(l -> l.startsWith("::")), r.out());
        assertTrue(r.out().contains("file=" + dir + "/\\x1b[2J\\nb.txt%3A1%3A1 error HB000 forged.txt,line=1,"), r.out());
    }

    @Test
    void jsonKeepsTheNameAsItIsOnDisk() throws IOException {
        CliTest.Run r = run("check", "--format", "json", hostile.toString(), chinese.toString());
        assertEquals(1, r.code(), r.err());
        assertSafe(r);
        JsonNode json = JSON.readTree(r.out());
        assertEquals(hostile.toString(), json.at("/reports/0/file").asText());
        assertEquals(chinese.toString(), json.at("/reports/1/file").asText());
        assertTrue(r.out().contains("\"file\": \"" + chinese + "\""), "Chinese is written as it is");
    }

    @Test
    void errorLinesOnStandardErrorShowTheNamesEscaped() {
        CliTest.Run config = run("check", "--config", dir.resolve(HOSTILE + ".yaml").toString(), chinese.toString());
        assertEquals(ExitCode.USAGE, config.code());
        assertSafe(config);
        // The config package escapes its own messages, in its own notation; either way, one line.
        assertEquals(1, config.err().lines().count(), config.err());
        assertTrue(config.err().startsWith("huibao: " + dir + "/"), config.err());
        assertTrue(config.err().contains("[2J\\nb.txt:1:1 error HB000 forged.yaml: config file not found"), config.err());

        Path out = dir.resolve(HOSTILE).resolve("out.json");
        CliTest.Run output = run("check", "--format", "json:" + out, chinese.toString());
        assertEquals(ExitCode.USAGE, output.code());
        assertSafe(output);
        assertEquals(1, output.err().lines().count(), output.err());
        assertTrue(output.err().startsWith("huibao: " + dir + "/" + SHOWN + "/out.json: 无法写出结果"), output.err());

        CliTest.Run option = run("check", "--" + HOSTILE, chinese.toString());
        assertEquals(ExitCode.USAGE, option.code());
        assertSafe(option);
        assertTrue(option.err().lines().findFirst().orElse("").contains(SHOWN), option.err());
    }

    @Test
    void bidiAndLineSeparatorsInANameAreShown() throws IOException {
        Path reversed;
        try {
            reversed = write("报告\u202Etxt.exe\u2028" + "\u2066.txt", Fixtures.text("/fixtures/elements/complete.txt"));
        } catch (InvalidPathException e) {
            Assumptions.abort("the platform cannot name a file with these characters: " + e.getMessage());
            return;
        }
        CliTest.Run r = run("check", reversed.toString());
        assertEquals(0, r.code(), r.err());
        assertSafe(r);
        assertTrue(r.out().startsWith(dir + "/报告\\u202etxt.exe\\u2028\\u2066.txt  通过"), r.out());
    }
}
