package org.huibao.cli;

import static org.huibao.cli.CliTest.run;
import static org.huibao.cli.CliTest.runWithInput;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.huibao.read.DocxSamples;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format docx:DIR}: one annotated copy per checked report, named so that none is lost. */
class DocxOutputTest {

    @TempDir
    Path dir;

    private Path corpus;
    private Path out;

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.createDirectories(corpus.resolve("sub"));
        out = dir.resolve("out/docs");
        DocxSamples.report(corpus, "汇报.docx", DocxSamples.WRONG);
        DocxSamples.report(corpus.resolve("sub"), "汇报.docx", DocxSamples.RIGHT);
        Files.writeString(corpus.resolve("bad.txt"), Fixtures.text("/fixtures/elements/shortcomings-absent.txt"),
                StandardCharsets.UTF_8);
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
    }

    private List<String> written() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eachCheckedReportGetsItsCopyAndTheUnreadableOneNone() throws IOException {
        CliTest.Run r = run("check", "--format", "docx:" + out, corpus.toString());
        assertEquals(3, r.code(), "the exit code is the run's: an unreadable input: " + r.err());
        assertEquals(List.of("共 4 个文件：通过 2，不通过 1，无法读取 1", "结果已写入：" + out), r.out().lines().toList(),
                "docx:DIR alone leaves only the summary and where the copies went on standard output");
        assertEquals(List.of("bad.huibao.docx", "sub_汇报.docx.huibao.docx", "汇报.docx.huibao.docx"), written(),
                "the two 汇报.docx in different folders do not overwrite each other");
        for (String name : written()) {
            byte[] docx = Files.readAllBytes(out.resolve(name));
            assertTrue(entry(docx, "word/comments.xml").contains("w:author=\"huibao\""), name);
        }
        // the copy of a .docx keeps the reviewer's comment the original had
        assertTrue(entry(Files.readAllBytes(out.resolve("汇报.docx.huibao.docx")), "word/comments.xml").contains("审稿人"));
    }

    @Test
    void theSameRunWritesTheSameBytesAndWithOtherFormats() throws IOException {
        Path json = dir.resolve("r.json");
        CliTest.Run first = run("check", "-f", "json:" + json, "-f", "docx:" + out, "-f", "text", "--lang", "en",
                corpus.toString());
        assertEquals(3, first.code(), first.err());
        assertTrue(first.out().contains("bad.txt"), "text still on standard output");
        assertTrue(Files.size(json) > 0);
        byte[] before = Files.readAllBytes(out.resolve("bad.huibao.docx"));
        assertTrue(entry(before, "word/comments.xml").contains("Missing elements: Shortcomings"));
        CliTest.Run second = run("check", "-f", "docx:" + out, "--lang", "en", "--jobs", "1", corpus.toString());
        assertEquals(3, second.code());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("bad.huibao.docx")), "replaced by the same bytes");
    }

    @Test
    void aReportFromStandardInputIsNamedByStdinFilename() throws IOException {
        byte[] text = Fixtures.text("/fixtures/elements/complete.txt").getBytes(StandardCharsets.UTF_8);
        CliTest.Run r = runWithInput(text, "check", "-f", "docx:" + out, "-", "--stdin-filename", "草稿.txt");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("草稿.huibao.docx"), written());
    }

    @Test
    void aCopyNeverOverwritesAnInput() throws IOException {
        Path here = Files.createDirectories(dir.resolve("here"));
        Files.writeString(here.resolve("a.txt"), Fixtures.text("/fixtures/elements/complete.txt"), StandardCharsets.UTF_8);
        Files.writeString(here.resolve("a.huibao.docx"), "一、主要工作\n", StandardCharsets.UTF_8); // a text file, unreadable
        byte[] input = Files.readAllBytes(here.resolve("a.huibao.docx"));
        CliTest.Run r = run("check", "-f", "docx:" + here, here.resolve("a.txt").toString(),
                here.resolve("a.huibao.docx").toString());
        assertEquals(3, r.code(), r.err());
        assertArrayEquals(input, Files.readAllBytes(here.resolve("a.huibao.docx")));
        assertTrue(Files.isRegularFile(here.resolve("a-2.huibao.docx")));
    }

    @Test
    void docxNeedsADirectory() throws IOException {
        CliTest.Run r = run("check", "--format", "docx", corpus.resolve("bad.txt").toString());
        assertEquals(2, r.code());
        assertEquals("huibao: --format docx 需要目录：--format docx:DIR (writes one file per report into a directory:"
                + " give it as docx:DIR)\n", r.err());

        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        r = run("check", "--format", "docx:" + file, corpus.resolve("bad.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("huibao: --format docx:" + file + ": " + file + " 不是目录 (is not a directory)"),
                r.err());
        assertEquals("x", Files.readString(file));

        r = run("check", "--format", "pdf:x", corpus.resolve("bad.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("docx, github, html, json, junit, markdown, sarif, text"), r.err());
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
