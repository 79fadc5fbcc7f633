package org.huibao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadersTest {

    private final Readers readers = Readers.defaults();

    @ParameterizedTest
    @ValueSource(strings = {"报告.txt", "报告.TXT", "notes.md", "NOTES.Md", "dir/sub/总结.txt", "a.b.md"})
    void textAndMarkdownAreSupported(String name) {
        assertInstanceOf(TextReader.class, readers.forPath(Path.of(name)).orElseThrow());
        assertTrue(readers.supports(Path.of(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"setup.exe", "报告.et", "txt", "报告.", "README", "报告.txt.bak"})
    void otherFilesAreNot(String name) {
        assertTrue(readers.forPath(Path.of(name)).isEmpty());
        assertFalse(readers.supports(Path.of(name)));
    }

    @Test
    void rootHasNoFileName() {
        assertTrue(readers.forPath(Path.of("/")).isEmpty());
    }

    @Test
    void extensionsAreSortedAndImmutable() {
        assertEquals(List.of("doc", "docx", "md", "ofd", "pdf", "txt", "wps"), List.copyOf(readers.extensions()));
        assertThrows(UnsupportedOperationException.class, () -> readers.extensions().add("doc"));
    }

    @Test
    void overlappingReadersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Readers.of(new TextReader(1), new TextReader(2)));
    }

    @Test
    void customReaderSet() {
        DocumentReader fake = new DocumentReader() {
            @Override
            public Set<String> extensions() {
                return Set.of("docx");
            }

            @Override
            public SourceText read(Path path, String displayName) {
                return new SourceText(displayName, "", "UTF-8");
            }
        };
        Readers custom = Readers.of(new TextReader(10), fake);
        assertEquals(List.of("docx", "md", "txt"), List.copyOf(custom.extensions()));
        assertTrue(custom.forPath(Path.of("报告.DOCX")).orElseThrow() == fake);
    }

    @Test
    void defaultReaderReadsAFile(@TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("报告.TXT"), Samples.REPORT, StandardCharsets.UTF_8);
        SourceText s = readers.forPath(p).orElseThrow().read(p, "报告.TXT");
        assertEquals(Samples.REPORT, s.text());
    }
}
