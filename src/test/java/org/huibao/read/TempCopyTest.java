package org.huibao.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TempCopyTest {

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void copiesIntoAFreshDirectoryAndDeletesBothOnClose() throws Exception {
        Path first;
        Path second;
        try (TempCopy a = TempCopy.of(bytes("关于工作情况的报告"), "txt", 1024);
             TempCopy b = TempCopy.of(bytes("关于工作情况的报告"), "txt", 1024)) {
            first = a.path();
            second = b.path();
            assertArrayEquals("关于工作情况的报告".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(first));
            assertNotEquals(first.getParent(), second.getParent());
        }
        assertFalse(Files.exists(first));
        assertFalse(Files.exists(first.getParent()));
        assertFalse(Files.exists(second.getParent()));
    }

    @Test
    void onlyLettersAndDigitsOfTheExtensionAreUsed() throws Exception {
        try (TempCopy c = TempCopy.of(bytes("x"), "../../etc/passwd", 10)) {
            assertEquals("report.etcpasswd", c.path().getFileName().toString());
            assertTrue(c.path().getParent().getFileName().toString().startsWith("huibao-"));
        }
        try (TempCopy c = TempCopy.of(bytes("x"), "DOCX", 10)) {
            assertEquals("report.docx", c.path().getFileName().toString());
        }
    }

    @Test
    void tooLargeLeavesNothingBehind() throws Exception {
        String marker = "tooLargeLeavesNothingBehind-" + System.nanoTime();
        ReadException e = assertThrows(ReadException.class, () -> TempCopy.of(bytes(marker), "txt", 10));
        assertEquals(ReadException.Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("10 B"), e.getMessage());
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (var dirs = Files.list(tmp)) {
            assertTrue(dirs.filter(d -> d.getFileName().toString().startsWith("huibao-"))
                    .map(d -> d.resolve("report.txt"))
                    .noneMatch(f -> {
                        try {
                            return Files.isRegularFile(f) && Files.readString(f).startsWith(marker.substring(0, 10));
                        } catch (java.io.IOException ex) {
                            return false;
                        }
                    }), "the partial copy is deleted");
        }
    }
}
