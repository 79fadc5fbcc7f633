package org.huibao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.huibao.cli.Main;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .ofd and .wps through the command line, as a user runs it over a folder: good files of both kinds
 * are found and checked, each broken one gets its own line and the run exits 3.
 */
class OfdWpsCliTest {
    private static final ObjectMapper JSON = new org.huibao.testing.SchemaCheckedJson();

    @TempDir
    Path dir;

    private Path good;
    private Path goodOfd;
    private Path goodWps;
    private Path corruptOfd;
    private Path zipOfd;
    private Path zipWps;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void files() throws IOException {
        good = Files.writeString(dir.resolve("good.txt"), Fixtures.text("/fixtures/elements/complete.txt"), StandardCharsets.UTF_8);
        goodOfd = Files.write(dir.resolve("报告.ofd"), OfdReaderTest.reportOfd());
        goodWps = dir.resolve("汇报.wps");
        try (InputStream in = OfdWpsCliTest.class.getResourceAsStream("/fixtures/word/report-libreoffice.doc")) {
            Files.copy(in, goodWps);
        }
        byte[] ofd = OfdReaderTest.reportOfd();
        corruptOfd = Files.write(dir.resolve("损坏.ofd"), Arrays.copyOf(ofd, ofd.length * 2 / 3));
        zipOfd = Files.write(dir.resolve("压缩包.ofd"), OfdSamples.zip(Map.of("readme.txt", OfdSamples.utf8("x"))));
        zipWps = Files.write(dir.resolve("压缩包.wps"), OfdSamples.zip(Map.of("readme.txt", OfdSamples.utf8("x"))));
    }

    private static Run run(String... args) {
        return runWithInput(new byte[0], args);
    }

    private static Run runWithInput(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void standardInputNamedOfdOrWps() throws IOException {
        Run ofd = runWithInput(OfdReaderTest.reportOfd(), "check", "-", "--stdin-filename", "报告.ofd");
        assertEquals(0, ofd.code(), ofd.out() + ofd.err());
        assertTrue(ofd.out().contains("报告.ofd  通过"), ofd.out());
        Run wps = runWithInput(Files.readAllBytes(zipWps), "check", "-", "--stdin-filename", "稿.wps");
        assertEquals(3, wps.code(), wps.out() + wps.err());
        assertTrue(wps.out().contains("稿.wps: 错误: WPS 文档格式无法读取"), wps.out());
    }

    @Test
    void aFolderWithOfdAndWpsFiles() throws IOException {
        Run r = run("check", "--format", "json", dir.toString());
        assertEquals(3, r.code(), r.out() + r.err());
        assertEquals("", r.err());
        JsonNode json = JSON.readTree(r.out());
        assertEquals(6, json.at("/reports").size(), "every .txt, .ofd and .wps in the folder");
        for (Path p : new Path[] {good, goodOfd, goodWps}) {
            JsonNode report = report(json, p);
            assertFalse("error".equals(report.at("/status").asText()), report.toString());
        }
        assertEquals("pass", report(json, goodOfd).at("/status").asText(), report(json, goodOfd).toString());
        assertEquals(OfdFiles.MSG_NOT_OFD.substring(0, OfdFiles.MSG_NOT_OFD.indexOf(" (")),
                report(json, corruptOfd).at("/error/message").asText());
        assertEquals(OfdFiles.MSG_NO_OFD_XML.substring(0, OfdFiles.MSG_NO_OFD_XML.indexOf(" (")),
                report(json, zipOfd).at("/error/message").asText());
        assertEquals("WPS 文档格式无法读取，请在 WPS 中另存为 .docx 后再检查", report(json, zipWps).at("/error/message").asText());
    }

    @Test
    void eachBrokenFileGetsOneLineInTheTextOutput() {
        Run r = run("check", good.toString(), corruptOfd.toString(), zipOfd.toString(), zipWps.toString(), goodOfd.toString());
        assertEquals(3, r.code(), r.out() + r.err());
        assertEquals("", r.err());
        assertFalse(r.out().contains("Exception") || r.out().contains("\tat "), r.out());
        assertTrue(r.out().contains(corruptOfd + ": 错误: 不是 OFD 文件，或文件已损坏\n"), r.out());
        assertTrue(r.out().contains(zipOfd + ": 错误: 压缩包中没有 OFD.xml，不是 OFD 文件\n"), r.out());
        assertTrue(r.out().contains(zipWps + ": 错误: WPS 文档格式无法读取，请在 WPS 中另存为 .docx 后再检查\n"), r.out());
        assertTrue(r.out().contains(goodOfd + "  通过"), r.out());
    }

    @Test
    void maxCharsReachesTheOfdReader() throws IOException {
        Path ofd = Files.write(dir.resolve("长.ofd"), OfdSamples.zip(OfdSamples.pagesOfText(5, 3_000)));
        Run r = run("check", "--max-chars", "1000", ofd.toString());
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.out().contains(ofd + ": 错误: 报告过长：OFD 中的字符超过 12,000 个，远超 1,000 字符的上限（--max-chars），未读完\n"),
                r.out());
    }

    @Test
    void inEnglish() {
        Run r = run("check", "--lang", "en", zipWps.toString(), corruptOfd.toString());
        assertEquals(3, r.code());
        assertTrue(r.out().contains(zipWps + ": error: this WPS document format cannot be read; save it as .docx in WPS and check it again"),
                r.out());
        assertTrue(r.out().contains(corruptOfd + ": error: not an OFD file, or the file is damaged"), r.out());
    }

    private static JsonNode report(JsonNode json, Path file) {
        for (JsonNode r : json.at("/reports")) {
            if (r.at("/file").asText().equals(file.toString())) {
                return r;
            }
        }
        throw new AssertionError("no report for " + file + " in " + json);
    }
}
