package org.huibao.analysis;

import org.huibao.api.CueHit;
import org.huibao.api.Where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.huibao.config.Config;
import org.huibao.config.ConfigLoader;
import org.huibao.config.ElementCues;
import org.huibao.api.Element;
import org.huibao.parse.Report;
import org.huibao.parse.StructureParser;
import org.junit.jupiter.api.Test;

/** Cue matching over one enormous paragraph stays linear in its length. */
class CueMatcherLongInputTest {

    @Test
    void manyCuesInAMillionCharacterParagraph() throws Exception {
        Config config = ConfigLoader.defaults();
        List<ElementCues> cues = new ArrayList<>();
        for (Element e : Element.BUILT_IN) {
            cues.add(config.cues(e));
        }
        CueMatcher matcher = new CueMatcher(cues, config.context(), config.balance());
        String sentence = "我们成立领导小组，每季度召开专题会议研究部署。";
        int count = 1_000_000 / sentence.length();
        String paragraph = sentence.repeat(count);
        Report report = new StructureParser().parse("long.txt", "关于工作情况的报告\n" + paragraph + "\n");

        // Computed afresh for every cue, the text from a cue's sentence to the paragraph end made this
        // take minutes.
        List<CueHit> hits = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> matcher.match(report));

        List<CueHit> body = hits.stream().filter(h -> h.where() == Where.BODY).toList();
        assertTrue(body.size() >= count, "a cue in every sentence: " + body.size());
        assertEquals(Han.contentLength(paragraph), body.get(0).extent(), "the first cue's part is the paragraph");
        CueHit last = body.get(body.size() - 1);
        assertEquals(Han.contentLength(sentence), last.extent(), "the last cue's part is its sentence");
        assertTrue(body.get(0).concrete(), "每季度 makes the part concrete");
        assertTrue(last.concrete());
    }

    /**
     * A line that never ends a clause, thick with cues, excluded phrases, problems and doubled characters:
     * every cue reads only its neighbourhood (context phrases, clause, specificity), or the whole check
     * takes minutes (it took 395 s for 240,000 characters before).
     */
    @Test
    void cuesInALineThatNeverEndsAClauseReadOnlyTheirNeighbourhood() throws Exception {
        Config config = ConfigLoader.defaults();
        List<ElementCues> cues = new ArrayList<>();
        for (Element e : Element.BUILT_IN) {
            cues.add(config.cues(e));
        }
        CueMatcher matcher = new CueMatcher(cues, config.context(), config.balance());
        String unit = "部分支部存在问题的的落实不到位下一步我们将加强领导小组建建设根据市委领导小组部署";
        String line = unit.repeat(200_000 / unit.length());
        Report report = new StructureParser().parse("long.txt", "关于工作情况的报告\n" + line + "\n");

        List<CueHit> hits = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> matcher.match(report));

        assertTrue(hits.size() > 10_000, "cues all along the line: " + hits.size());
    }
}
