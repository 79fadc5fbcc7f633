package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huibao.api.Lang;
import org.huibao.api.Message;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;
import org.junit.jupiter.api.Test;

/** The Markdown summary a CI job shows (GitHub's step summary), as text. */
class MarkdownFormatterTest {

    private static String markdown(RunResult run, Lang lang, boolean quiet) throws IOException {
        StringWriter out = new StringWriter();
        new MarkdownFormatter().write(run, new OutputOptions(lang, false, quiet, Fixtures.rules()), out);
        return out.toString();
    }

    @Test
    void oneRowPerReportTheTotalsAndTheRulesMostFrequentFirst() throws IOException {
        assertEquals("""
                ### 汇报审读结果

                | 文件 | 结论 | 得分 | 错误 | 警告 | 提示 | 说明 |
                | --- | --- | ---: | ---: | ---: | ---: | --- |
                | drafts/ok.txt | ✅ 通过 | 100.0 | 0 | 0 | 0 |  |
                | a.txt | ❌ 不通过 | 62.0 | 1 | 1 | 0 | 得分 62.0 低于阈值 80；一票否决\\: HB102 |
                | missing.docx | ⚠️ 无法读取 |  |  |  |  | 无法读取文件 |

                共 3 个文件：通过 1，不通过 1，无法读取 1

                #### 各规则发现的问题

                | 规则 | 规则名称 | 级别 | 问题数 | 涉及报告数 |
                | --- | --- | --- | ---: | ---: |
                | HB102 | 缺少存在问题部分 | 错误 | 1 | 1 |
                | HB301 | 有未填写的占位符 \\(一票否决\\) | 警告 | 1 | 1 |
                """, markdown(Fixtures.run(), Lang.ZH, false));
    }

    @Test
    void inEnglish() throws IOException {
        String md = markdown(Fixtures.run(), Lang.EN, false);
        assertTrue(md.startsWith("### Report review\n\n| File | Verdict | Score | Errors | Warnings | Info | Note |\n"), md);
        assertTrue(md.contains("| a.txt | ❌ failed | 62.0 | 1 | 1 | 0 | score 62.0 \\< threshold 80; blocked by HB102 |\n"), md);
        assertTrue(md.contains("\n3 files: 1 passed, 1 failed, 1 unreadable\n"), md);
        assertTrue(md.contains("| HB301 | Unfilled placeholder \\(blocking\\) | warning | 1 | 1 |\n"), md);
    }

    @Test
    void quietLeavesOutPassingReportsButCountsThem() throws IOException {
        String md = markdown(Fixtures.run(), Lang.ZH, true);
        assertFalse(md.contains("drafts/ok.txt"), md);
        assertTrue(md.contains("| a.txt |"), md);
        assertTrue(md.contains("共 3 个文件：通过 1，不通过 1，无法读取 1"), md);
    }

    @Test
    void markupInNamesAndMessagesStaysText() throws IOException {
        String name = "x|y [link](http://e.example)\n<b>&amp;$x$.txt";
        ReportResult r = ReportResult.error(name, new Message("坏 | 文件 *强调* `代码`\n第二行", "bad"));
        String md = markdown(new RunResult("0.1.0", List.of(r)), Lang.ZH, false);
        String row = md.lines().filter(l -> l.contains("⚠️")).findFirst().orElseThrow();
        assertEquals("| x\\|y \\[link\\]\\(http\\://e.example\\)\\\\n\\<b\\>\\&amp;\\$x\\$.txt | ⚠️ 无法读取 |  |  |  |  | "
                + "坏 \\| 文件 \\*强调\\* \\`代码\\` 第二行 |", row);
        // every row has the table's seven cells: nothing in the text added a column
        assertEquals(8, row.split("(?<!\\\\)\\|", -1).length - 1);
    }

    @Test
    void aBatchTooLargeForAStepSummaryIsCutAndCounted() throws IOException {
        List<ReportResult> reports = new ArrayList<>();
        for (int i = 0; i < MarkdownFormatter.MAX_ROWS + 5; i++) {
            reports.add(new ReportResult(String.format("r%05d.txt", i), "", Map.of(), List.of(),
                    Fixtures.passing().score(), null, "report"));
        }
        String md = markdown(new RunResult("0.1.0", reports), Lang.ZH, false);
        assertEquals(MarkdownFormatter.MAX_ROWS, md.lines().filter(l -> l.startsWith("| r")).count());
        assertTrue(md.contains("另有 5 份报告未列出"), md.substring(md.length() - 300));
        assertTrue(md.contains("共 1005 个文件：通过 1005，不通过 0，无法读取 0"));
        // a long name is cut
        String longName = "长".repeat(2000) + ".txt";
        String one = markdown(new RunResult("0.1.0", List.of(ReportResult.error(longName, Message.NONE))), Lang.ZH, false);
        assertTrue(one.contains("长".repeat(MarkdownFormatter.MAX_CELL - 1) + "…"), "cut with an ellipsis");
    }
}
