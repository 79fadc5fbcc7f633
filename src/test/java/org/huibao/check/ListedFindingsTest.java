package org.huibao.check;

import static org.huibao.testing.Fixtures.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.junit.jupiter.api.Test;

/** A slip repeated on every line is listed a hundred times, and the rest summed up in one finding. */
class ListedFindingsTest {

    private static String report(int lines) {
        StringBuilder sb = new StringBuilder("关于2025年工作情况的报告\n");
        for (int i = 0; i < lines; i++) {
            sb.append("我们抓好学习,推进工作。\n");
        }
        return sb.toString();
    }

    private static List<Finding> halfWidth(ReportResult r) {
        return r.findings().stream().filter(f -> f.rule().equals("HB403")).toList();
    }

    @Test
    void aHundredAreListedThenOneFindingCountsTheRestAtTheFirstLeftOut() {
        ReportResult r = check("many.txt", report(250));
        List<Finding> found = halfWidth(r);
        assertEquals(101, found.size());
        Finding more = found.get(100);
        assertTrue(more.message().zh().contains("另有 150 处同类问题未逐一列出"), more.message().zh());
        assertTrue(more.message().en().contains("and 150 more findings of this rule"), more.message().en());
        assertEquals(found.get(99).location().line() + 1, more.location().line(), "at the first one left out");
        assertTrue(found.subList(0, 100).stream().noneMatch(f -> f.message().zh().contains("另有")));
    }

    @Test
    void aHundredOrFewerAreAllListedWithoutASummary() {
        List<Finding> found = halfWidth(check("few.txt", report(100)));
        assertEquals(100, found.size());
        assertTrue(found.stream().noneMatch(f -> f.message().zh().contains("另有")));
    }

    @Test
    void theScoreIsTheSameWhateverTheCount() {
        assertEquals(check("few.txt", report(100)).score().total(), check("many.txt", report(250)).score().total());
    }
}
