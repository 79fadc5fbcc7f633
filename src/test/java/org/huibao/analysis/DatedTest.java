package org.huibao.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatedTest {

    @Test
    void aYearTheTextSpeaksOfAsReachedCounts() {
        assertEquals(2025, Dated.reached("2024年，全县完成投资；2025年以来，新开工项目12个。"));
        assertEquals(2024, Dated.reached("截至２０２４年底，累计完成整改。"));
    }

    @Test
    void targetsAndTheEndsOfRangesAreNotReached() {
        assertEquals(2016, Dated.reached("2016年，我们力争到2020年全面建成小康社会，确保2020年脱贫，2030年前碳达峰，2035年远景目标，"
                + "实施2016—2020年规划，预计2025年完成，将于2028年建成。"));
        assertEquals(0, Dated.reached("12345年，第20248年，十年来"));
    }

    @Test
    void aTextShowsItsTimeByItsDateOrAReachedYear() {
        assertTrue(new Dated(0, false, 2025).shows(2020));
        assertFalse(new Dated(0, false, 2019).shows(2020));
        // a title's year (the period reported on) is written a year later; a dateline on its day
        assertTrue(new Dated(2019, false, 0).shows(2020));
        assertFalse(new Dated(2019, true, 0).shows(2020));
        assertFalse(Dated.UNKNOWN.shows(2020));
    }
}
