package org.huibao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.huibao.model.ReportResult;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Markdown syntax in a Markdown report is markup, not an unfilled field; the same brackets in text are. */
class MarkdownMarkupTest {

    private static final String REPORT = "关于2024年度工作情况的报告\n一、主要工作\n全年完成投资120亿元。\n%s\n"
            + "二、存在的问题\n个别项目推进较慢。\n三、下一步打算\n加快项目建设。\n";

    private static List<String> placeholders(ReportResult r) {
        return r.findings().stream().filter(f -> f.rule().equals("HB301")).map(f -> f.location().text()).toList();
    }

    @Test
    void anImageOrALinkWithoutTextIsNoEmptyBracket() {
        assertEquals(List.of(), placeholders(Fixtures.check("a.md", REPORT.formatted("![](/images/badge.png)"))));
        assertEquals(List.of(), placeholders(Fixtures.check("a.md", REPORT.formatted("详见[](https://www.example.gov.cn/a.html)。"))));
        // an empty pair where a figure or a name belongs stays a placeholder, in Markdown as in text
        assertEquals(List.of("[]"), placeholders(Fixtures.check("a.md", REPORT.formatted("共培训[]人次。"))));
        // in a plain-text draft the same syntax is pasted Markdown (HB306), not an unfilled field
        ReportResult text = Fixtures.check("a.txt", REPORT.formatted("![](/images/badge.png)"));
        assertEquals(List.of(), placeholders(text));
        assertEquals(List.of("HB306"), text.findings().stream().map(f -> f.rule()).filter(r -> r.equals("HB306")).toList());
    }

    @Test
    void emphasisOpeningOrClosingALineAndShortcodesAreMarkup() {
        assertEquals(List.of(), placeholders(Fixtures.check("a.md",
                REPORT.formatted("**全年重点抓好以下工作：\n（一）抓好项目建设。**"))));
        assertEquals(List.of(), placeholders(Fixtures.check("a.md", REPORT.formatted("***政府工作报告**"))));
        assertEquals(List.of(), placeholders(Fixtures.check("a.md", REPORT.formatted("{{% pageinfo %}}"))));
        assertEquals(List.of(), placeholders(Fixtures.check("a.md", REPORT.formatted("**（一）抗击非典** 面对疫情，全力救治。"))));
        assertEquals(List.of(), placeholders(Fixtures.check("a.md", REPORT.formatted("（一）抗击非典** 面对疫情，全力救治。"))));
        // stars inside a sentence stand for a name, and {name} for a value, in Markdown too
        assertEquals(List.of("**"), placeholders(Fixtures.check("a.md", REPORT.formatted("由**同志负责。"))));
        assertEquals(List.of("{name}"), placeholders(Fixtures.check("a.md", REPORT.formatted("由{name}负责。"))));
    }
}
