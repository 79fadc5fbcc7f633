package org.huibao.cli;

import static org.huibao.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile inputs, through the command line as a user runs it. For each: the file's own
 * one-line error naming the reason, exit code 3, nothing of Java's internals on either stream, and
 * the good report of the same run still checked and reported.
 */
class HostileInputsTest {
    private static final ObjectMapper JSON = new org.huibao.testing.SchemaCheckedJson();

    @TempDir
    Path dir;

    private Path good;

    @BeforeEach
    void goodReport() throws IOException {
        good = dir.resolve("good.txt");
        Files.writeString(good, Fixtures.text("/fixtures/elements/complete.txt"), StandardCharsets.UTF_8);
    }

    /** Checks {@code hostile} beside the good report; returns the hostile file's error message. */
    private String refused(Path hostile, String reason, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        args.addAll(List.of(options));
        args.add(good.toString());
        args.add(hostile.toString());
        CliTest.Run r = run(args.toArray(String[]::new));
        assertEquals(3, r.code(), r.out() + r.err());
        assertClean(r);
        JsonNode json = JSON.readTree(r.out());
        assertGoodChecked(json);
        JsonNode bad = report(json, hostile.toString());
        assertEquals("error", bad.at("/status").asText(), bad.toString());
        String message = bad.at("/error/message").asText();
        assertOneLine(message);
        assertTrue(message.contains(reason), "expected \"" + reason + "\" in: " + message);

        List<String> textArgs = new ArrayList<>(List.of("check"));
        textArgs.addAll(List.of(options));
        textArgs.add(good.toString());
        textArgs.add(hostile.toString());
        CliTest.Run text = run(textArgs.toArray(String[]::new));
        assertEquals(3, text.code());
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith(hostile + ": 错误: ") && l.contains(reason)),
                "one line naming the file and the reason:\n" + text.out());
        return message;
    }

    private void assertGoodChecked(JsonNode json) {
        JsonNode g = report(json, good.toString());
        assertEquals("pass", g.at("/status").asText(), g.toString());
        assertTrue(g.at("/score").asDouble() >= 80, g.toString());
        assertEquals("section", g.at("/elements/shortcomings/status").asText());
    }

    static JsonNode report(JsonNode json, String file) {
        for (JsonNode r : json.at("/reports")) {
            if (r.at("/file").asText().equals(file)) {
                return r;
            }
        }
        throw new AssertionError("no report for " + file + " in " + json);
    }

    static void assertClean(CliTest.Run r) {
        for (String stream : List.of(r.out(), r.err())) {
            assertFalse(stream.contains("\tat ") || stream.contains("Exception") || stream.contains("内部错误"),
                    "Java internals reached the user:\n" + stream);
        }
        assertEquals("", r.err(), "nothing on standard error");
    }

    static void assertOneLine(String message) {
        assertFalse(message.isBlank());
        assertFalse(message.contains("\n") || message.contains("\r"), message);
        assertTrue(message.matches(".*\\p{IsHan}.*"), "Chinese first: " + message);
    }

    // ---- Word ----------------------------------------------------------------------------------

    private Path docx(String name, String... paragraphs) throws IOException {
        Path p = dir.resolve(name);
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(p)) {
            for (String text : paragraphs) {
                d.createParagraph().createRun().setText(text);
            }
            d.write(out);
        }
        return p;
    }

    @Test
    void truncatedDocx() throws IOException {
        Path p = docx("truncated.docx", "关于工作情况的报告", "一、主要工作");
        byte[] whole = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(whole, whole.length / 2));
        refused(p, "无法打开 Word 文件");
    }

    @Test
    void corruptDocx() throws IOException {
        Path p = docx("corrupt.docx", "关于工作情况的报告", "一、主要工作".repeat(200));
        byte[] bytes = Files.readAllBytes(p);
        for (int i = 200; i < bytes.length - 200; i += 7) {
            bytes[i] ^= 0x5A;
        }
        Files.write(p, bytes);
        refused(p, "无法打开 Word 文件");
    }

    @Test
    void zipBombDisguisedAsDocx() throws IOException {
        // POI's zip-bomb guard is a process-wide default that nothing in huibao may switch off.
        assertTrue(ZipSecureFile.getMinInflateRatio() > 0, "inflate ratio check on");
        assertTrue(ZipSecureFile.getMaxEntrySize() <= 0xFFFFFFFFL, "entry size check on");
        Path p = dir.resolve("bomb.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            entry(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 40; i++) {
                z.write(block);
            }
            z.closeEntry();
        }
        assertTrue(Files.size(p) < 200_000, "40 MB packed into " + Files.size(p) + " bytes");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> refused(p, "疑似压缩炸弹"));
    }

    private static void entry(ZipOutputStream z, String name, String content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    @Test
    void textFileNamedDocx() throws IOException {
        Path p = dir.resolve("renamed.docx");
        Files.writeString(p, "关于工作情况的报告\n一、主要工作\n", StandardCharsets.UTF_8);
        refused(p, "这是纯文本文件，不是 Word 文档");
    }

    @Test
    void docxNamedTxt() throws IOException {
        Path p = docx("report.txt", "关于工作情况的报告", "一、主要工作");
        String message = refused(p, "这是 Word 文档（.docx），不是纯文本");
        assertTrue(message.contains("请使用 .docx 扩展名"), message);
    }

    @Test
    void zipAndPdfNamedTxt() throws IOException {
        Path zip = dir.resolve("archive.txt");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(z, "notes.md", "笔记");
        }
        refused(zip, "ZIP 压缩包");
        Path pdf = dir.resolve("scan.txt");
        Files.write(pdf, org.huibao.read.PdfSamples.simpleReport("关于工作情况的报告", "正文一段。"));
        refused(pdf, "这是 PDF 文件");
    }

    // ---- size ----------------------------------------------------------------------------------

    @Test
    void aHundredMegabyteTextFileIsRefusedBeforeItIsRead() throws IOException {
        Path p = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.write("关于工作情况的报告\n".getBytes(StandardCharsets.UTF_8));
            f.setLength(100L << 20); // sparse: costs no disk and no time
        }
        String message = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refused(p, "文件过大"));
        assertTrue(message.contains("100.0 MB") && message.contains("20.0 MB"), message);
        refused(p, "上限 50.0 MB", "--max-size", "50MB");
    }

    @Test
    void aOneMegabyteLineWithoutLineBreakIsCheckedWithinTheLimitAndRefusedAboveIt() throws IOException {
        String sentence = "我们加强组织领导，成立领导小组，每季度召开专题会议研究部署工作。";
        byte[] unit = sentence.getBytes(StandardCharsets.UTF_8);
        Path p = dir.resolve("one-line.txt");
        try (OutputStream out = Files.newOutputStream(p)) {
            for (long written = 0; written < (1 << 20); written += unit.length) {
                out.write(unit);
            }
        }
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> run("check", "--format", "json", good.toString(), p.toString()));
        assertClean(r);
        JsonNode line = report(JSON.readTree(r.out()), p.toString());
        assertTrue(line.at("/score").isNumber(), "checked, not refused: " + line.at("/error"));
        assertGoodChecked(JSON.readTree(r.out()));

        String message = refused(p, "文件过大", "--max-size", "500KB");
        assertTrue(message.contains("上限 500.0 KB"), message);
    }

    @Test
    void invalidMaxSizeIsAUsageError() {
        for (String bad : List.of("20XB", "0", "-1MB", "MB", "99999999999TB")) {
            CliTest.Run r = run("check", "--max-size", bad, good.toString());
            assertEquals(2, r.code(), bad);
            assertTrue(r.err().contains("--max-size"), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void standardInputIsBoundedByMaxSize() throws IOException {
        byte[] big = new byte[3 << 20];
        Arrays.fill(big, (byte) 'a');
        CliTest.Run r = CliTest.runWithInput(big, "check", "--format", "json", "--max-size", "1MB", "-");
        assertEquals(3, r.code());
        assertClean(r);
        String message = JSON.readTree(r.out()).at("/reports/0/error/message").asText();
        assertTrue(message.contains("标准输入过大") && message.contains("1.0 MB"), message);
    }

    // ---- damaged and empty text ----------------------------------------------------------------

    @Test
    void nulBytesInTheMiddleOfTextNameTheLine() throws IOException {
        Path p = dir.resolve("nul.txt");
        Files.write(p, Fixtures.concat("关于工作情况的报告\n一、主要工作\n成立领导".getBytes(StandardCharsets.UTF_8), new byte[] {0, 0},
                "小组。\n".getBytes(StandardCharsets.UTF_8)));
        refused(p, "第 3 行有 NUL 空字符");
        CliTest.Run en = run("check", "--lang", "en", p.toString());
        assertTrue(en.out().lines().anyMatch(l -> l.equals(p + ": error: a NUL character, byte 0x00, on line 3: "
                + "the file may be damaged; not read as text")), en.out());
    }

    @Test
    void invalidUtf8InTheMiddleOfTextNamesTheLine() throws IOException {
        Path p = dir.resolve("broken-utf8.txt");
        StringBuilder text = new StringBuilder("关于工作情况的报告\n");
        for (int i = 0; i < 20; i++) {
            text.append("我们持续加强组织领导，压实主体责任。\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] damaged = Fixtures.concat(Arrays.copyOf(bytes, bytes.length / 2 + 1), new byte[] {(byte) 0xC3, (byte) 0x28},
                Arrays.copyOfRange(bytes, bytes.length / 2 + 1, bytes.length));
        Files.write(p, damaged);
        String message = refused(p, "行有无效的 UTF-8 字节");
        assertTrue(message.matches("第 \\d+ 行有无效的 UTF-8 字节.*"), message);
        int line = Integer.parseInt(message.replaceAll("第 (\\d+) 行.*", "$1"));
        assertTrue(line > 1 && line < 22, message);
    }

    @Test
    void emptyAndWhitespaceOnlyFiles() throws IOException {
        refused(Files.write(dir.resolve("empty.txt"), new byte[0]), "文件为空");
        refused(Files.writeString(dir.resolve("blank.md"), " \n\u3000\u3000\r\n\t\n", StandardCharsets.UTF_8), "文件为空");
        refused(Files.write(dir.resolve("empty.docx"), new byte[0]), "文件为空");
        refused(Files.write(dir.resolve("empty.pdf"), new byte[0]), "文件为空");
    }

    @Test
    void binaryGarbageNamedPdf() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(11).nextBytes(garbage);
        refused(Files.write(dir.resolve("garbage.pdf"), garbage), "PDF");
        byte[] headed = Fixtures.concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), garbage);
        refused(Files.write(dir.resolve("headed.pdf"), headed), "PDF");
    }

    // ---- structure -----------------------------------------------------------------------------

    @Test
    void thousandsOfHeadingsAreCheckedInBoundedTime() throws IOException {
        StringBuilder sb = new StringBuilder("关于工作情况的报告\n");
        for (int i = 0; i < 300; i++) {
            sb.append("一、主要工作\n（一）加强领导\n1.成立小组\n（1）召开会议。\n①明确分工\n一是开展调研。二是推进整改。\n");
        }
        Path p = Files.writeString(dir.resolve("deep.txt"), sb.toString(), StandardCharsets.UTF_8);
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> run("check", "--format", "json", p.toString()));
        assertClean(r);
        assertTrue(JSON.readTree(r.out()).at("/reports/0/score").isNumber(), r.out());
    }

    // ---- what is not a file --------------------------------------------------------------------

    @Test
    void symbolicLinkLoopsInADirectoryEndAndAreReported() throws IOException {
        Path tree = dir.resolve("tree");
        Files.createDirectories(tree.resolve("sub"));
        Files.copy(good, tree.resolve("sub/report.txt"));
        Files.createSymbolicLink(tree.resolve("sub/up"), tree);            // folder loop: not followed
        Files.createSymbolicLink(tree.resolve("sub/again"), Path.of(".."));
        Files.createSymbolicLink(tree.resolve("self.txt"), tree.resolve("self.txt"));
        Files.createSymbolicLink(tree.resolve("ping.md"), tree.resolve("pong.md"));
        Files.createSymbolicLink(tree.resolve("pong.md"), tree.resolve("ping.md"));
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> run("check", "--format", "json", tree.toString()));
        assertEquals(3, r.code(), r.out());
        assertClean(r);
        JsonNode json = JSON.readTree(r.out());
        assertEquals(4, json.at("/summary/files").asInt(), "the report once, and the three link loops: " + r.out());
        assertEquals("pass", report(json, tree.resolve("sub/report.txt").toString()).at("/status").asText());
        for (String loop : List.of("self.txt", "ping.md", "pong.md")) {
            String message = report(json, tree.resolve(loop).toString()).at("/error/message").asText();
            assertOneLine(message);
            assertTrue(message.contains("符号链接"), message);
        }
        refused(tree.resolve("self.txt"), "符号链接循环");
    }

    @Test
    void brokenLinkGivenOrFoundInADirectory() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("moved.txt"), dir.resolve("gone/moved.txt"));
        refused(link, "符号链接指向的文件不存在");
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.copy(good, folder.resolve("ok.txt"));
        Files.createSymbolicLink(folder.resolve("old.docx"), dir.resolve("nowhere.docx"));
        CliTest.Run r = run("check", "--format", "json", folder.toString());
        assertEquals(3, r.code());
        assertClean(r);
        JsonNode json = JSON.readTree(r.out());
        assertEquals("pass", report(json, folder.resolve("ok.txt").toString()).at("/status").asText());
        String message = report(json, folder.resolve("old.docx").toString()).at("/error/message").asText();
        assertTrue(message.contains("符号链接指向的文件不存在") && message.contains("nowhere.docx"), message);
    }

    @Test
    void aDirectoryNamedLikeAReport() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("x.txt"));
        refused(folder, "目录中没有可检查的报告");
        Files.copy(good, folder.resolve("inner.txt"));
        CliTest.Run r = run("check", "--format", "json", folder.toString());
        assertEquals(0, r.code(), "a folder named x.txt is walked like any folder: " + r.out());
    }

    @Test
    void namedPipes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pipes"));
        Files.copy(good, folder.resolve("ok.txt"));
        Path fifo = folder.resolve("live.txt");
        mkfifo(fifo);
        // In a directory a pipe is never opened: nothing may wait for a writer that never comes.
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> run("check", "--format", "json", folder.toString()));
        assertEquals(3, r.code());
        assertClean(r);
        JsonNode json = JSON.readTree(r.out());
        assertEquals("pass", report(json, folder.resolve("ok.txt").toString()).at("/status").asText());
        assertTrue(report(json, fifo.toString()).at("/error/message").asText().contains("不是普通文件"));

        // Named on the command line, a pipe is read (process substitution); an empty one is empty.
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        CliTest.Run piped = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> run("check", "--format", "json", good.toString(), fifo.toString()));
        writer.join();
        assertEquals(3, piped.code());
        assertTrue(report(JSON.readTree(piped.out()), fifo.toString()).at("/error/message").asText().contains("文件为空"));
    }

    private static void mkfifo(Path p) throws IOException, InterruptedException {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor(), "mkfifo");
    }

    // ---- all at once ---------------------------------------------------------------------------

    @Test
    void mixedBatchOfHostileAndGoodFiles() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.copy(good, batch.resolve("a-good.txt"));
        Files.writeString(batch.resolve("b-failing.txt"), Fixtures.text("/fixtures/elements/shortcomings-absent.txt"),
                StandardCharsets.UTF_8);
        Files.write(batch.resolve("c-empty.txt"), new byte[0]);
        Files.writeString(batch.resolve("d-renamed.docx"), "一、主要工作\n", StandardCharsets.UTF_8);
        Files.write(batch.resolve("e-garbage.pdf"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 0, 0});
        Files.write(batch.resolve("f-nul.txt"), Fixtures.concat("标题报告\n正文".getBytes(StandardCharsets.UTF_8), new byte[] {0},
                "。\n".getBytes(StandardCharsets.UTF_8)));
        Files.createSymbolicLink(batch.resolve("g-broken.md"), batch.resolve("missing.md"));
        try (RandomAccessFile f = new RandomAccessFile(batch.resolve("h-huge.txt").toFile(), "rw")) {
            f.setLength(30L << 20);
        }
        Path docx = docx("i-good.docx", "关于工作情况的报告");
        Files.move(docx, batch.resolve("i-good.docx"));
        Files.copy(good, batch.resolve("j-good.md"));

        for (String jobs : List.of("1", "2")) {
            CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> run("check", "--format", "json", "--jobs", jobs, batch.toString()));
            assertEquals(3, r.code());
            assertClean(r);
            JsonNode json = JSON.readTree(r.out());
            assertEquals(10, json.at("/summary/files").asInt());
            assertEquals(6, json.at("/summary/errors").asInt(), r.out());
            assertEquals("pass", report(json, batch.resolve("a-good.txt").toString()).at("/status").asText());
            assertEquals("fail", report(json, batch.resolve("b-failing.txt").toString()).at("/status").asText());
            assertEquals("absent", report(json, batch.resolve("b-failing.txt").toString())
                    .at("/elements/shortcomings/status").asText());
            assertTrue(report(json, batch.resolve("i-good.docx").toString()).at("/score").isNumber());
            assertEquals("pass", report(json, batch.resolve("j-good.md").toString()).at("/status").asText());
            for (JsonNode rep : json.at("/reports")) {
                if (rep.at("/status").asText().equals("error")) {
                    assertOneLine(rep.at("/error/message").asText());
                }
            }
        }
    }

}
