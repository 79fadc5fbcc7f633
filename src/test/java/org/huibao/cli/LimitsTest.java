package org.huibao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --max-chars: a text too long to be a report is that file's error; the others are checked. */
class LimitsTest {

    @TempDir
    Path dir;

    @Test
    void aTextLongerThanMaxCharsIsThatFilesError() throws IOException {
        String report = Fixtures.text("/fixtures/elements/complete.txt");
        Files.writeString(dir.resolve("a-report.txt"), report, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-book.txt"), report.repeat(20), StandardCharsets.UTF_8);
        int limit = report.length() * 2;
        CliTest.Run r = CliTest.run("check", "--format", "json", "--max-chars", Integer.toString(limit), dir.toString());
        assertEquals(ExitCode.UNREADABLE, r.code(), r.err());
        JsonNode reports = r.json().path("reports");
        assertEquals("pass", reports.get(0).path("status").asText());
        assertEquals("error", reports.get(1).path("status").asText());
        String message = reports.get(1).path("error").path("message").asText();
        assertTrue(message.startsWith("报告过长：") && message.contains("--max-chars"), message);
        assertFalse(r.err().contains("\tat "));
    }

    @Test
    void maxCharsMustBePositive() {
        CliTest.Run r = CliTest.run("check", "--max-chars", "0", dir.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("--max-chars"), r.err());
    }
}
