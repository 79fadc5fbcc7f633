package org.huibao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "[n/total] name" line of a long batch: on a terminal's stderr only, cleared at the end. */
class ProgressTest {

    private static final int FILES = Progress.MIN_INPUTS + 2;
    private static final Pattern DRAWN = Pattern.compile("\r\\[(\\d+)/(\\d+)\\] ([^\r]*)");

    @TempDir
    Path dir;

    @BeforeEach
    void batch() throws IOException {
        String text = Fixtures.text("/fixtures/elements/shortcomings-absent.txt");
        for (int i = 0; i < FILES; i++) {
            Files.writeString(dir.resolve(String.format("第%02d号报告.txt", i)), text, StandardCharsets.UTF_8);
        }
    }

    private static CliTest.Run run(boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                () -> terminal);
        return new CliTest.Run(code, out.toString(), err.toString());
    }

    @Test
    void aTerminalSeesEveryCountAndTheLineIsClearedAtTheEnd() {
        CliTest.Run r = run(true, "check", "--quiet", dir.toString());
        assertEquals(1, r.code(), r.err());
        Matcher m = DRAWN.matcher(r.err());
        int expected = 1;
        while (m.find()) {
            assertEquals(String.valueOf(expected), m.group(1), r.err());
            assertEquals(String.valueOf(FILES), m.group(2));
            assertTrue(m.group(3).strip().endsWith(String.format("第%02d号报告.txt", expected - 1)), m.group(3));
            expected++;
        }
        assertEquals(FILES + 1, expected, "one line per report: " + r.err());
        // Cleared: the last thing on stderr blanks the line and returns to its start, and nothing else is there.
        assertTrue(r.err().matches("(?s).*\r {20,}\r"), r.err());
        assertEquals("", DRAWN.matcher(r.err()).replaceAll("").replaceAll("[\r ]", ""), "no other output on stderr");
        assertFalse(r.out().contains("\r"), "the reports and summary are plain");
        assertTrue(r.out().contains("共 " + FILES + " 个文件：通过 0，不通过 " + FILES + "，无法读取 0"), r.out());
    }

    @Test
    void aFileOrPipeNeverGetsIt() {
        CliTest.Run r = run(false, "check", "--quiet", dir.toString());
        assertEquals(1, r.code());
        assertEquals("", r.err());
        assertTrue(r.out().contains("共 " + FILES + " 个文件"), r.out());
    }

    @Test
    void noProgressAndShortBatchesHaveNone() {
        CliTest.Run off = run(true, "check", "--quiet", "--no-progress", dir.toString());
        assertEquals(1, off.code());
        assertEquals("", off.err());

        CliTest.Run shortRun = run(true, "check", "--quiet", dir.toString(), "--include", "第0*");
        assertEquals(1, shortRun.code());
        assertEquals("", shortRun.err(), "ten files show no progress");
        assertTrue(shortRun.out().contains("共 10 个文件"), shortRun.out());
    }

    @Test
    void longNamesKeepTheirEndWithinTheLine() {
        String name = "/srv/报告/" + "很长的目录名".repeat(20) + "/第12号报告.txt";
        String fitted = Progress.fit(name, 40);
        assertTrue(fitted.startsWith("…") && fitted.endsWith("/第12号报告.txt"), fitted);
        int columns = fitted.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
        assertTrue(columns <= 40, fitted + " takes " + columns + " columns");
        assertEquals("a.txt", Progress.fit("a.txt", 40));
    }
}
