package org.huibao.check;

import static org.huibao.testing.Fixtures.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.junit.jupiter.api.Test;

/**
 * Tens of thousands of sibling headings under one parent. Rules that report "once per group" used to
 * ask of every heading whether no earlier sibling was the same, which took 80 s for 43,000 headings and
 * ran out of memory at 60,000; now they join on facts found once per report. The bound is many times
 * what the check needs, far below what the quadratic rules took.
 */
class ManySiblingsTest {

    @Test
    void fortyThousandSiblingHeadingsAreCheckedOnceEachAndReportedOncePerGroup() {
        StringBuilder sb = new StringBuilder("关于2025年工作情况的报告\n一、主要工作\n");
        for (int i = 1; i <= 40_000; i++) {
            // every ordinal wrongly punctuated ("1、"): one HB204 for the whole group
            sb.append(i).append("、抓好落实\n");
        }
        ReportResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> check("many.txt", sb.toString()));
        assertEquals(null, r.error(), "checked, not abandoned");
        long hb204 = r.findings().stream().map(Finding::rule).filter("HB204"::equals).count();
        assertEquals(1, hb204, "one finding for the group of 40,000 siblings written alike");
    }
}
