package org.huibao.cli;

import static org.huibao.cli.CliTest.run;
import static org.huibao.cli.CliTest.runWithInput;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.huibao.read.DocxSamples;
import org.huibao.read.PdfSamples;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mixed corpus (text, Markdown, Word, PDF, and files that cannot be read): no kind of run changes
 * a byte or a timestamp of it or leaves anything in it, and the machine-readable outputs are the
 * same bytes however often and with however many threads it is checked.
 */
class UntouchedAndDeterministicTest {

    private static final FileTime PAST = FileTime.fromMillis(1_600_000_000_000L);

    @TempDir
    Path dir;

    private Path corpus;
    private Path out;

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(corpus.resolve("sub"));
        Files.writeString(corpus.resolve("a-pass.txt"), Fixtures.text("/fixtures/elements/complete.txt"), StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("b-fail.md"), Fixtures.text("/fixtures/elements/shortcomings-absent.txt"),
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("sub/c-gbk.txt"), Fixtures.text("/fixtures/elements/complete-enum.txt"),
                java.nio.charset.Charset.forName("GBK"));
        DocxSamples.report(corpus.resolve("sub"), "d-word.docx", DocxSamples.RIGHT);
        Files.write(corpus.resolve("e-report.pdf"), PdfSamples.simpleReport("关于2024年工作情况的报告",
                "一、主要工作", "成立领导小组，全年召开会议12次。", "二、存在的问题", "学习不够深入，督查不够有力。",
                "三、下一步工作打算", "下一步，我们将于年底前完成整改。"));
        Files.write(corpus.resolve("f-empty.txt"), new byte[0]);
        Files.write(corpus.resolve("g-garbage.pdf"), new byte[] {7, 7, 7, 0, 1, 2, 3});
        Files.writeString(corpus.resolve("h-renamed.docx"), "一、主要工作\n", StandardCharsets.UTF_8);
        try (Stream<Path> all = Files.walk(corpus)) {
            for (Path p : all.toList()) {
                Files.setLastModifiedTime(p, PAST);
            }
        }
    }

    /** Every path below the corpus with its content hash (folders: their listing) and modification time. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> all = Files.walk(corpus)) {
            for (Path p : all.toList()) {
                String content = Files.isDirectory(p) ? listing(p) : sha256(Files.readAllBytes(p));
                state.put(corpus.relativize(p).toString(), content + " " + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return state;
    }

    private static String listing(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return String.join(",", list.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void noRunChangesOrAddsAnythingInTheInputs() throws IOException {
        Map<String, String> before = snapshot();
        assertEquals(10, before.size(), "two folders and eight files: " + before);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(corpus)) {
            all.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        List<List<String>> runs = new ArrayList<>();
        for (String format : List.of("text", "json", "sarif", "junit", "github", "html")) {
            runs.add(List.of("check", "--format", format, corpus.toString()));
        }
        runs.add(List.of("check", "-f", "json:" + out.resolve("r.json"), "-f", "sarif:" + out.resolve("r.sarif"),
                "-f", "junit:" + out.resolve("r.xml"), "-f", "html:" + out.resolve("r.html"), "-f", "text",
                "-o", out.resolve("r.txt").toString(), "-f", "docx:" + out.resolve("docx"), corpus.toString()));
        for (String jobs : List.of("1", "2", "4")) {
            runs.add(List.of("check", "--jobs", jobs, "--format", "json", corpus.toString()));
        }
        List<String> each = new ArrayList<>(List.of("check", "--quiet", "--min-severity", "error", "--lang", "en"));
        files.forEach(f -> each.add(f.toString()));
        runs.add(each);
        for (List<String> args : runs) {
            CliTest.Run r = run(args.toArray(String[]::new));
            assertEquals(3, r.code(), "unreadable files are in every run: " + args);
            assertEquals(before, snapshot(), "after " + args);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            CliTest.Run r = runWithInput(Files.readAllBytes(f), "check", "--format", "json", "-", "--stdin-filename", name);
            assertTrue(r.code() <= 3, r.err());
            assertEquals(before, snapshot(), "after standard input as " + name);
        }
        assertTrue(Files.size(out.resolve("r.json")) > 0 && Files.size(out.resolve("r.txt")) > 0);
        try (Stream<Path> docs = Files.list(out.resolve("docx"))) {
            assertEquals(5, docs.count(), "an annotated copy of each report that could be read");
        }
    }

    @Test
    void outputsAreByteIdenticalAcrossRunsAndThreadCounts() throws IOException {
        List<String> formats = List.of("json", "sarif", "junit", "html", "github", "text");
        Map<String, byte[]> first = new TreeMap<>();
        int round = 0;
        for (String jobs : List.of("1", "1", "2", "4", "4")) {
            round++;
            List<String> args = new ArrayList<>(List.of("check", "--jobs", jobs));
            for (String f : formats) {
                args.add("--format");
                args.add(f + ":" + out.resolve(round + "." + f));
            }
            args.add(corpus.toString());
            CliTest.Run r = run(args.toArray(String[]::new));
            assertEquals(3, r.code(), r.err());
            for (String f : formats) {
                byte[] bytes = Files.readAllBytes(out.resolve(round + "." + f));
                assertTrue(bytes.length > 0, f);
                byte[] expected = first.putIfAbsent(f, bytes);
                if (expected != null) {
                    assertArrayEquals(expected, bytes, f + " differs in round " + round + " (--jobs " + jobs + ")");
                }
            }
        }
        JsonNode json = new org.huibao.testing.SchemaCheckedJson().readTree(first.get("json"));
        assertEquals(8, json.at("/summary/files").asInt());
        assertEquals(3, json.at("/summary/errors").asInt(), "the three unreadable files are in the batch");
    }
}
