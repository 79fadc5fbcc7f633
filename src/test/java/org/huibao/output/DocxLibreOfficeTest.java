package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Lang;
import org.huibao.model.ReportResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice opens both kinds of annotated copy without complaint and sees every comment huibao
 * wrote. Needs Debian's {@code libreoffice-writer-nogui} ({@code .ci/run} installs it); skipped
 * without {@code soffice}.
 */
class DocxLibreOfficeTest {

    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsLibreOffice() throws Exception {
        assumeTrue(soffice().isPresent(), "soffice is not installed");
        DocxFormatterTest.rules();
    }

    @Test
    void everyKindOfCopyConvertsToPdfAndKeepsItsComments() throws Exception {
        Path original = WordSamples.draft(dir, "draft.docx");
        Path copy = dir.resolve("draft.huibao.docx");
        Files.write(copy, DocxFormatterTest.annotate(DocxFormatterTest.check(original), Optional.of(original), Lang.ZH));
        Path txt = dir.resolve("text.txt");
        Files.writeString(txt, WordSamples.TEXT, StandardCharsets.UTF_8);
        Path fresh = dir.resolve("text.huibao.docx");
        Files.write(fresh, DocxFormatterTest.annotate(DocxFormatterTest.check(txt), Optional.of(txt), Lang.EN));

        Path tricky = dir.resolve("tricky.huibao.docx");
        Files.write(tricky, DocxAnchorsTest.copy(DocxAnchorsTest.draft(dir)));

        // One LibreOffice start per format for all files: a start takes many seconds on a busy machine.
        for (Path pdf : convert("pdf", copy, fresh, tricky)) {
            assertTrue(Files.size(pdf) > 1000, "a PDF with pages");
            assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        }
        List<Path> odt = convert("odt", copy, fresh, tricky);
        assertEquals(3 + 1, annotations(odt.get(0)), "huibao's three comments and the reviewer's");
        assertEquals(3, annotations(odt.get(1)));
        assertEquals(WordPackage.of(Files.readAllBytes(tricky)).huibaoComments().size(), annotations(odt.get(2)),
                "comments in hyperlinks, fields, content controls, tracked changes");
    }

    /** The comments LibreOffice read: annotations in the converted document's content, by huibao. */
    private static int annotations(Path odt) throws IOException {
        String content = new String(WordPackage.of(Files.readAllBytes(odt)).parts().get("content.xml"), StandardCharsets.UTF_8);
        assertTrue(content.contains("huibao"), "the author");
        Matcher m = Pattern.compile("<office:annotation[ >]").matcher(content);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Converts the files; LibreOffice must end well, say no error, and write each result. */
    private List<Path> convert(String format, Path... docx) throws IOException, InterruptedException {
        Path out = Files.createDirectories(dir.resolve("out-" + format));
        Path profile = dir.resolve("lo-profile");
        Path log = dir.resolve("soffice-" + format + ".log");
        List<String> command = new java.util.ArrayList<>(List.of(soffice().orElseThrow(),
                // A profile of its own, so that a LibreOffice the user has open (or another test run) does not interfere.
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--convert-to", format,
                "--outdir", out.toString()));
        for (Path d : docx) {
            command.add(d.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("soffice did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String said = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), said);
        assertTrue(!said.toLowerCase(java.util.Locale.ROOT).contains("error"), said);
        List<Path> results = new java.util.ArrayList<>();
        for (Path d : docx) {
            String name = d.getFileName().toString();
            Path result = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
            assertTrue(Files.isRegularFile(result), "no " + format + " written for " + name + ": " + said);
            results.add(result);
        }
        return results;
    }

    static Optional<String> soffice() {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path p = Path.of(d, "soffice");
            if (Files.isExecutable(p)) {
                return Optional.of(p.toString());
            }
        }
        return List.of("/usr/bin/soffice").stream().filter(s -> Files.isExecutable(Path.of(s))).findFirst();
    }
}
