package org.huibao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A text that opens with a YAML front matter block (Markdown from a static-site tool, the published texts
 * of state organs as collected online): the block is metadata, its title: names the report when the body
 * has none, nothing in it is a finding, and every finding keeps the line and column it has in the file.
 */
class FrontMatterTest {

    /** A body without a title line; its half-width colon (line 6 of the body) is a finding. */
    private static final String BODY = String.join("\n",
            "",
            "根据县委巡察组反馈意见，局党组认真研究部署，现将整改情况报告如下：",
            "",
            "一、整改落实情况",
            "",
            "反馈的12个问题已整改完成10个:完成率83.3%。修订制度6项，追回资金15.2万元。",
            "",
            "二、存在的问题",
            "",
            "个别问题整改还不够彻底，长效机制建设有待加强。",
            "",
            "三、下一步打算",
            "",
            "持续抓好剩余2个问题整改，2025年3月底前全部完成。",
            "");

    /** Seven lines whose URL, slashed date and half-width colons would each be a finding in a body. */
    private static final String META = String.join("\n",
            "---",
            "title: 市林业局2024年巡察整改情况报告",
            "source: https://www.example.gov.cn/art/2024/12/30/art_1_2.html",
            "date: 2024/12/30",
            "tags:",
            "  - 整改",
            "---",
            "");

    private static List<Finding> located(ReportResult r) {
        // findings about the whole report point at the empty span at 1:1, which is no line's text
        return r.findings().stream()
                .filter(f -> !(f.location().line() == 1 && f.location().column() == 1 && f.location().text().isEmpty()))
                .toList();
    }

    private static Finding only(ReportResult r, String rule) {
        List<Finding> fs = r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, fs.size(), r.findings().toString());
        return fs.get(0);
    }

    @Test
    void theBlockIsMetadataItsTitleNamesTheReportAndFindingsKeepTheirLines() {
        ReportResult with = Fixtures.check("a.md", META + BODY);
        assertEquals("市林业局2024年巡察整改情况报告", with.title());
        assertEquals("rectification", with.genre(), "整改情况报告 in title: decides the genre");
        for (Finding f : located(with)) {
            assertTrue(f.location().line() > 7, "nothing in the block is a finding: " + f);
        }
        assertFalse(with.findings().stream().anyMatch(f -> f.rule().equals("HB201")), "the report has a title");
        Finding colon = only(with, "HB403");
        assertEquals(13, colon.location().line(), "line 6 of the body is line 13 of the file");
        assertEquals(17, colon.location().column());

        ReportResult without = Fixtures.check("b.md", BODY);
        assertEquals("", without.title());
        assertEquals("report", without.genre());
        assertTrue(without.findings().stream().anyMatch(f -> f.rule().equals("HB201")), "no title anywhere");
        Finding bare = only(without, "HB403");
        assertEquals(6, bare.location().line());
        assertEquals(17, bare.location().column());
    }

    @Test
    void theBodysOwnTitleLineWinsAndADatelineFollowsTheBlocksTitle() {
        String own = META + "\n关于2024年度安全生产工作情况的报告\n" + BODY;
        assertEquals("关于2024年度安全生产工作情况的报告", Fixtures.check("a.md", own).title());

        String dateline = META.replace("市林业局2024年巡察整改情况报告", "关于全市安全生产工作情况的报告")
                + "\n——2024年6月25日在市人大常委会第十二次会议上\n" + BODY;
        assertEquals("关于全市安全生产工作情况的报告——2024年6月25日在市人大常委会第十二次会议上",
                Fixtures.check("a.md", dateline).title());
    }

    @Test
    void aBoldTitleLineIsItsWordsAndAQuotedNoteIsNoTitle() {
        String bold = "---\ntitle: 文件\n---\n\n**关于进一步加强机关公文处理工作的通知**\n\n各单位要严格执行本通知。\n";
        ReportResult notice = Fixtures.check("n.md", bold);
        assertEquals("关于进一步加强机关公文处理工作的通知", notice.title());
        assertEquals("not-a-report", notice.genre(), "a notice, told by its title's last word");

        String noted = META + "\n> [!NOTE] 相关通知\n>\n> 新华社北京电 近日印发了整改方案。\n" + BODY;
        assertEquals("市林业局2024年巡察整改情况报告", Fixtures.check("q.md", noted).title(),
                "a quoted note under the block is page furniture; the block's title: names the report");
    }

    @Test
    void aQuotedTitleAndListsOfAnyIndentReadAsYaml() {
        String quoted = "---\nauthors:\n- 中共中央\ntitle: '市林业局2024年巡察整改情况报告'\n# a comment\ndate: '2024-12-30'\n...\n" + BODY;
        ReportResult r = Fixtures.check("a.md", quoted);
        assertEquals("市林业局2024年巡察整改情况报告", r.title());
        assertEquals(13, only(r, "HB403").location().line());
    }

    @Test
    void aRuleLineOpeningTheBodyIsNotFrontMatter() {
        // prose between two --- lines (full-width colons, a title, headings) is body, and its findings stand
        String ruled = "---\n关于2024年度工作情况的报告\n一、主要工作\n全年完成投资:120亿元。\n---\n"
                + "二、存在的问题\n个别项目推进较慢。\n三、下一步打算\n加快项目建设。\n";
        ReportResult r = Fixtures.check("r.md", ruled);
        Finding colon = only(r, "HB403");
        assertEquals(4, colon.location().line());
        assertEquals(7, colon.location().column());

        // a block never closed is no front matter either: its lines are the report's
        String open = "---\ntitle: 关于2024年度工作情况的报告\n" + BODY;
        assertEquals(8, only(Fixtures.check("o.md", open), "HB403").location().line());
    }
}
