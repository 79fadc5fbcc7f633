package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice opens the corrected Word copy without complaint and sees each of huibao's edits as a
 * tracked change by huibao (a deletion and an insertion), beside the author's own. Needs Debian's
 * {@code libreoffice-writer-nogui} ({@code .ci/run} installs it); skipped without {@code soffice}.
 */
class DocxRevisionsLibreOfficeTest {

    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    Path dir;

    @Test
    void libreOfficeSeesEachEditAsATrackedChangeByHuibao() throws Exception {
        Optional<String> soffice = soffice();
        assumeTrue(soffice.isPresent(), "soffice is not installed");
        Path original = WordSamples.draft(dir, "draft.docx");
        ReportResult r = DocxFormatterTest.check(original);
        DocxRevisions.Copy copy = DocxRevisions.copy(original, r.text(),
                r.findings().stream().map(Finding::fix).filter(f -> f != null).toList(), Instant.now()).orElseThrow();
        Path fixed = Files.createDirectories(dir.resolve("fixed")).resolve("draft.docx");
        Files.write(fixed, copy.bytes());

        Path out = Files.createDirectories(dir.resolve("out"));
        Path log = dir.resolve("soffice.log");
        Process p = new ProcessBuilder(soffice.get(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--norestore", "--convert-to", "odt", "--outdir", out.toString(), fixed.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("soffice did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String said = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), said);
        assertTrue(!said.toLowerCase(Locale.ROOT).contains("error"), said);
        String content = new String(WordPackage.of(Files.readAllBytes(out.resolve("draft.odt"))).parts().get("content.xml"),
                StandardCharsets.UTF_8);
        assertEquals(2, count(content, "<text:deletion>"), "huibao's two deletions");
        assertEquals(3, count(content, "<text:insertion>"), "huibao's two insertions and the author's own");
        assertEquals(4, count(content, "<dc:creator>huibao</dc:creator>"));
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Optional<String> soffice() {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path p = Path.of(d, "soffice");
            if (Files.isExecutable(p)) {
                return Optional.of(p.toString());
            }
        }
        return List.of("/usr/bin/soffice").stream().filter(s -> Files.isExecutable(Path.of(s))).findFirst();
    }
}
