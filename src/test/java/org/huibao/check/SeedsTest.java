package org.huibao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.huibao.api.Element;
import org.huibao.model.ReportResult;
import org.huibao.read.SourceText;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The five real reports the project was created from (kept outside the repository, in
 * ../shared/seeds) against a reviewer's reading of them (../shared/seeds/EXPECTED.md). Skipped where
 * the seeds are not beside the checkout.
 */
class SeedsTest {
    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "000_55b354638405501e.txt, present, absent,  present, ok",
            "001_ac691891f344dd0a.txt, present, absent,  present, ok",
            "002_1d2e19b65b4abc49.txt, present, present, present, weak",
            "003_9b796a64e49f5dc7.txt, present, absent,  present, ok",
            "004_71d5212a2d8988ed.txt, present, present, present, ok",
    })
    void elementsMatchTheReviewersReading(String file, String leadership, String shortcomings, String nextSteps,
                                          String shortcomingsQuality) throws IOException {
        Path seed = SEEDS.resolve(file);
        assumeTrue(Files.isRegularFile(seed), "seeds not available");
        ReportResult r = Fixtures.checker().check(new SourceText(file, Files.readString(seed, StandardCharsets.UTF_8),
                "UTF-8"));
        assertEquals(leadership, presence(r, Element.LEADERSHIP), "leadership");
        assertEquals(shortcomings, presence(r, Element.SHORTCOMINGS), "shortcomings");
        assertEquals(nextSteps, presence(r, Element.NEXT_STEPS), "next_steps");
        assertEquals(shortcomingsQuality, r.elements().get(Element.SHORTCOMINGS).quality(), "shortcomings quality");
    }

    private static String presence(ReportResult r, Element e) {
        return r.elements().get(e).present() ? "present" : "absent";
    }
}
