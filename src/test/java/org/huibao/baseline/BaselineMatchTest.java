package org.huibao.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.huibao.api.Element;
import org.huibao.api.Message;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a baseline recognises a finding: by rule, text and context, then by rule and text; each entry once. */
class BaselineMatchTest {

    @TempDir
    Path dir;

    /** A finding of {@code rule} on {@code what}, at its first place in line {@code line} of {@code text}. */
    private static Finding at(String text, int line, String what, String rule) {
        String l = text.split("\n", -1)[line - 1];
        int col = l.codePointCount(0, l.indexOf(what)) + 1;
        return new Finding(rule, Severity.ERROR, Message.NONE,
                new Location(line, col, line, col + what.codePointCount(0, what.length()), what), Message.NONE, null);
    }

    private static List<Boolean> known(Baseline.Judgement j) {
        return j.findings().stream().map(Finding::known).toList();
    }

    @Test
    void contextTellsTwoPlaceholdersApartAndAnEditNextToOneStillFindsIt() {
        String before = "标题\n召开xx次会议。\n培训xx人次。\n";
        List<Finding> found = List.of(at(before, 2, "xx", "HB301"), at(before, 3, "xx", "HB301"));
        Baseline b = Baseline.of(Map.of("r.txt", Baseline.NO_SCORE), Fingerprints.of("r.txt", found, before));

        String moved = "标题\n新加的一段。\n\n召开xx次会议。\n培训xx人次。\n";
        Baseline.Judgement same = b.judge("r.txt", List.of(at(moved, 4, "xx", "HB301"), at(moved, 5, "xx", "HB301")), moved);
        assertEquals(List.of(true, true), known(same));
        assertEquals(0, same.stale());

        String edited = "标题\n共召开xx次专题会议。\n培训xx人次。\n再培训xx人次。\n";
        Baseline.Judgement j = b.judge("r.txt", List.of(at(edited, 2, "xx", "HB301"), at(edited, 3, "xx", "HB301"),
                at(edited, 4, "xx", "HB301")), edited);
        assertEquals(3, known(j).size());
        assertEquals(2, known(j).stream().filter(k -> k).count(), "two accepted, the third is new: " + known(j));
        assertTrue(known(j).get(1), "the unchanged one is matched by its context");
        assertEquals(0, j.stale());
    }

    @Test
    void aFixedFindingIsStaleAndAReportTheBaselineDoesNotListHasNothingKnown() {
        String text = "标题\n召开xx次会议。\n";
        Baseline b = Baseline.of(Map.of("r.txt", 68.0), Fingerprints.of("r.txt", List.of(at(text, 2, "xx", "HB301")), text));
        Baseline.Judgement fixed = b.judge("r.txt", List.of(), "标题\n召开3次会议。\n");
        assertTrue(fixed.listed());
        assertEquals(1, fixed.stale());
        assertEquals(68.0, fixed.score());
        Baseline.Judgement other = b.judge("s.txt", List.of(at(text, 2, "xx", "HB301")), text);
        assertFalse(other.listed());
        assertEquals(List.of(false), known(other));
    }

    @Test
    void aMissingPartIsKnownByItsRuleWhateverItIsPinnedTo() {
        Finding absent = new Finding("HB102", Severity.ERROR, Message.NONE, new Location(1, 1, 1, 5, "旧的标题"), Message.NONE,
                Element.SHORTCOMINGS);
        Baseline b = Baseline.of(Map.of("r.txt", Baseline.NO_SCORE), Fingerprints.of("r.txt", List.of(absent), "旧的标题\n"));
        Finding moved = new Finding("HB102", Severity.ERROR, Message.NONE, new Location(1, 1, 1, 5, "新的标题"), Message.NONE,
                Element.SHORTCOMINGS);
        assertEquals(List.of(true), known(b.judge("./r.txt", List.of(moved), "新的标题\n")));
    }

    @Test
    void namesAreKeyedWithSlashesAndWithoutLeadingDot() {
        assertEquals("drafts/a.txt", Fingerprints.file("./drafts\\a.txt"));
        assertEquals("-", Fingerprints.file("-"));
    }

    @Test
    void writtenAndReadBackTheEntriesAreTheSame() throws Exception {
        List<Entry> entries = List.of(new Entry("b.txt", "HB302", "真真", "认", "落实"),
                new Entry("a.txt", "HB301", "\"x\\x\"", "", "万元"), new Entry("a.txt", "HB301", "\"x\\x\"", "", "万元"));
        Path file = dir.resolve("b.json");
        Baseline.write(file, Map.of("c.txt", 71.5), entries);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("{\"file\": \"b.txt\", \"rule\": \"HB302\", \"text\": \"真真\", \"before\": \"认\", \"after\": \"落实\"}"),
                text);
        assertTrue(text.indexOf("\"a.txt\", \"rule\"") < text.indexOf("\"b.txt\", \"rule\""), "sorted");
        Baseline read = Baseline.read(file);
        assertTrue(text.contains("    {\"file\": \"c.txt\", \"score\": 71.5}"), text);
        assertEquals(java.util.Set.of("a.txt", "b.txt", "c.txt"), read.files());
        assertEquals(71.5, read.score("c.txt"));
        assertTrue(Double.isNaN(read.score("a.txt")), "a file known only from its findings has no score");
        List<Entry> sorted = new java.util.ArrayList<>(entries);
        sorted.sort(null);
        assertEquals(sorted, read.entriesOutside(java.util.Set.of()));
    }
}
