package org.huibao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.huibao.api.Element;
import org.huibao.model.ReportResult;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Published government work reports in the corpora (corpus/dev and corpus/heldout, labelled
 * government-work-report) pass their genre's profile unless the label finds a required element missing,
 * and a report whose problems are only denied fails as a user sees it.
 */
class PublishedReportsTest {

    @Test
    void publishedGovernmentWorkReportsPassTheirProfile() throws IOException {
        int checked = 0;
        for (String set : List.of("dev", "heldout")) {
            Path dir = Path.of("corpus", set);
            for (String row : Files.readAllLines(dir.resolve("LABELS.csv"), StandardCharsets.UTF_8)) {
                String[] cells = row.split(",", 7);
                if (cells.length < 5 || !cells[1].equals("government-work-report")) {
                    continue;
                }
                ReportResult r = Fixtures.check(cells[0], Files.readString(dir.resolve(cells[0]), StandardCharsets.UTF_8));
                assertEquals("government-work-report", r.genre(), cells[0]);
                assertFalse(r.elements().get(Element.LEADERSHIP).required(), cells[0]);
                // the label's reading: problems and tasks both there (a report cut short may lack them)
                boolean complete = cells[3].equals("present") && cells[4].equals("present");
                assertEquals(complete ? "pass" : "fail", r.status(), cells[0] + ": " + r.findings());
                checked++;
            }
        }
        assertTrue(checked >= 12, "the corpora hold the published reports: " + checked);
    }

    /**
     * corpus/precision holds 15 published reports copied without their title line, as a reviewer pastes one
     * from a web page: "——…在…人民代表大会…会议上", "市长 …", "各位代表：". The speaker and the occasion make
     * it a government work report, and every one passes; the one with pasted web residue (&rdquo;) is told of it.
     */
    @Test
    void governmentWorkReportsWithoutTheirTitleLineAreToldByTheirSpeakerAndOccasion() throws IOException {
        int checked = 0;
        try (var files = Files.list(Path.of("corpus", "precision"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().contains("-gwr-")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                ReportResult r = Fixtures.check(f.getFileName().toString(), text);
                assertEquals("government-work-report", r.genre(), f.toString());
                // the genre's profile: tasks and difficulties written inline score in full, so each passes — the
                // one with pasted web residue too, which still reports it (a warning, not a gate)
                assertEquals("pass", r.status(), f + ": " + r.findings());
                if (text.contains("&rdquo;")) {
                    assertTrue(r.findings().stream().anyMatch(x -> x.rule().equals("HB306")), f.toString());
                }
                if (text.startsWith("——")) {
                    // the same report given as a speech at some other meeting stays what it was
                    ReportResult other = Fixtures.check("o.txt", text.replaceFirst("人民代表大会", "党员代表大会"));
                    assertFalse(other.genre().equals("government-work-report"), f.toString());
                }
                checked++;
            }
        }
        assertEquals(15, checked);
    }

    @Test
    void onlyDeniedProblemsFailTheReport() {
        ReportResult denied = Fixtures.checkFixture("shortcomings-denied-section.txt");
        assertFalse(denied.elements().get(Element.SHORTCOMINGS).present());
        assertEquals("fail", denied.status());
        List<String> missing = new ArrayList<>();
        denied.findings().stream().filter(f -> f.rule().equals("HB102")).forEach(f -> missing.add(f.message().zh()));
        assertEquals(List.of("报告没有写本单位存在的问题和不足"), missing);

        String admitted = Fixtures.text("/fixtures/elements/shortcomings-denied-section.txt")
                .replace("经自查，我局不存在文山会海反弹回潮问题。", "经自查，我局存在部分股室会议偏多偏长问题，全年1小时以上的会议有14次。");
        ReportResult r = Fixtures.check("a.txt", admitted);
        assertTrue(r.elements().get(Element.SHORTCOMINGS).present(), r.elements().toString());
        assertEquals("pass", r.status(), r.findings().toString());
    }
}
