package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.huibao.api.Lang;
import org.huibao.model.RunResult;
import org.junit.jupiter.api.Test;

class TextFormatterTest {

    private static final String ESC = "\u001B[";

    private static String render(RunResult run, Lang lang, boolean color, boolean quiet) throws IOException {
        StringWriter out = new StringWriter();
        new TextFormatter().write(run, new OutputOptions(lang, color, quiet), out);
        return out.toString();
    }

    private static String render(Lang lang) throws IOException {
        return render(Fixtures.run(), lang, false, false);
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static String lineStartingWith(String text, String prefix) {
        return lines(text).stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in\n" + text));
    }

    @Test
    void findingLinesFollowTheCompilerFormat() throws IOException {
        List<String> lines = lines(render(Lang.ZH));
        assertTrue(lines.contains("a.txt:3:5 warning HB301 日期占位符未填写"), String.join("\n", lines));
        assertTrue(lines.contains("a.txt: error HB102 报告没有写本单位存在的问题和不足"), "about the whole report: no line");
    }

    @Test
    void findingLinesKeepSeverityUntranslatedInEnglish() throws IOException {
        List<String> lines = lines(render(Lang.EN));
        assertTrue(lines.contains("a.txt:3:5 warning HB301 unfilled date placeholder"));
        assertTrue(lines.contains("a.txt: error HB102 the report does not state the unit's own shortcomings"));
    }

    @Test
    void chineseLayout() throws IOException {
        String text = render(Lang.ZH);
        assertEquals("drafts/ok.txt  通过  得分 100.0 / 阈值 80", lineStartingWith(text, "drafts/ok.txt"));
        assertEquals("a.txt  不通过  得分 62.0 / 阈值 80  一票否决: HB102", lineStartingWith(text, "a.txt  "));
        assertEquals("  组织领导    ✓ 专门成节  第5行: 一、加强组织领导", lineStartingWith(text, "  组织领导    ✓ 专门成节  第5行: 一"));
        assertEquals("  存在问题    ✗ 缺失", lineStartingWith(text, "  存在问题    ✗"));
        assertEquals("  下一步措施  ! 行文提及  弱: 只有套话，没有具体措施  第20行: 下一步，我们将继续深入学习贯彻党的二十大精神，推动各项工作再…",
                lineStartingWith(text, "  下一步措施  !"));
        assertEquals("      建议: 补写存在问题部分", lineStartingWith(text, "      建议"));
        assertEquals("  得分明细: 组织领导 25/25 · 存在问题 0/25 · 下一步措施 5/25 · 行文质量 23/25 (HB301 -2)",
                lineStartingWith(text, "  得分明细: 组织领导 25/25 · 存在问题 0"));
        assertEquals("missing.docx: 错误: 无法读取文件", lineStartingWith(text, "missing.docx"));
        assertTrue(text.endsWith("\n共 3 个文件：通过 1，不通过 1，无法读取 1\n"), text);
    }

    @Test
    void englishLayout() throws IOException {
        String text = render(Lang.EN);
        assertEquals("drafts/ok.txt  passed  score 100.0 / threshold 80", lineStartingWith(text, "drafts/ok.txt"));
        assertEquals("a.txt  failed  score 62.0 / threshold 80  blocked by HB102", lineStartingWith(text, "a.txt  "));
        assertEquals("  Leadership    ✓ section  line 5: 成立局主题教育领导小组", lineStartingWith(text, "  Leadership    ✓ section  line 5: 成"));
        assertEquals("  Shortcomings  ✗ missing", lineStartingWith(text, "  Shortcomings  ✗"));
        assertTrue(lineStartingWith(text, "  Next steps    ! inline   weak: slogans only, no concrete measure  line 20: ")
                .endsWith("…"));
        assertEquals("      suggestion: add a section on shortcomings", lineStartingWith(text, "      suggestion"));
        assertEquals("  breakdown: Leadership 25/25 · Shortcomings 0/25 · Next steps 5/25 · Quality 23/25 (HB301 -2)",
                lineStartingWith(text, "  breakdown: Leadership 25/25 · Shortcomings 0"));
        assertEquals("missing.docx: error: cannot read the file", lineStartingWith(text, "missing.docx"));
        assertTrue(text.endsWith("\n3 files: 1 passed, 1 failed, 1 unreadable\n"), text);
    }

    @Test
    void checklistColumnsAlignAcrossCjkNames() throws IOException {
        String text = render(Lang.ZH);
        List<String> checklist = lines(text).stream()
                .filter(l -> l.startsWith("  ") && (l.contains("✓") || l.contains("✗") || l.contains("!")))
                .toList();
        assertEquals(6, checklist.size(), text);
        for (String l : checklist) {
            // "  " + the widest name (下一步措施, 10 columns) + a 2-column gap.
            assertEquals(14, TextWidth.of(l.substring(0, indexOfMark(l))), "mark column in: " + l);
        }
    }

    private static int indexOfMark(String l) {
        for (String m : List.of("✓", "✗", "!")) {
            int i = l.indexOf(m);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void excerptIsTruncatedToFortyCodePoints() throws IOException {
        String excerpt = lineStartingWith(render(Lang.ZH), "      > ");
        String expected = Fixtures.LONG_EXCERPT.substring(0,
                Fixtures.LONG_EXCERPT.offsetByCodePoints(0, TextFormatter.EXCERPT_MAX)) + "…";
        // The line's indentation is left out; what follows the text found is context.
        assertEquals("      > 【" + expected + "】明显。", excerpt);
        assertEquals(40, TextFormatter.EXCERPT_MAX);
    }

    @Test
    void excerptShowsTenCharactersOfContextEitherSideWithTheTextFoundMarked() throws IOException {
        String text = render(new RunResult("0.1.0", List.of(Fixtures.special())), Lang.ZH, false, false);
        // HB403 ",," on 　　今年以来，我们在<A&B>"试点"中取得成效,,成绩显著。
        List<String> lines = lines(text);
        int i = lines.indexOf("材料/2024年 工作汇报（草稿）.txt:3:25 warning HB403 中文中使用半角标点“,”");
        assertTrue(i >= 0, text);
        assertEquals("      > …>\"试点\"中取得成效【,,】成绩显著。", lines.get(i + 1));
        // A finding spanning two lines: its own text, the context before it on the first and after it on the last.
        int j = lines.indexOf(lines.stream().filter(l -> l.contains(" error HB301 ")).findFirst().orElseThrow());
        assertEquals("      > …小组，书记任组长，于【x月 x日】召开会议。下一步，我…", lines.get(j + 1));
    }

    @Test
    void excerptIsUnderlinedInsteadOfBracketedInColour() throws IOException {
        String coloured = render(new RunResult("0.1.0", List.of(Fixtures.special())), Lang.ZH, true, false);
        assertTrue(coloured.contains("      > …>\"试点\"中取得成效" + ESC + "4m,," + ESC + "0m成绩显著。\n"), coloured);
        assertFalse(coloured.contains("【,,】"));
    }

    @Test
    void findingsAboutTheWholeReportHaveNoLineAndNoExcerpt() throws IOException {
        String text = render(new RunResult("0.1.0", List.of(Fixtures.special())), Lang.ZH, false, false);
        List<String> lines = lines(text);
        int i = lines.indexOf("材料/2024年 工作汇报（草稿）.txt: error HB102 报告没有写本单位存在的问题和不足");
        assertTrue(i >= 0, text);
        assertEquals("      建议: 补写存在问题部分", lines.get(i + 1), "no excerpt of the title");
        assertFalse(text.contains("txt:1:1 "), text);
    }

    @Test
    void emptyExcerptAndEmptySuggestionAreLeftOut() throws IOException {
        String text = render(Lang.ZH);
        // HB102 has an empty excerpt: its finding line is followed directly by the suggestion.
        List<String> lines = lines(text);
        int i = lines.indexOf("a.txt: error HB102 报告没有写本单位存在的问题和不足");
        assertEquals("      建议: 补写存在问题部分", lines.get(i + 1));
        // HB301 has no suggestion: its excerpt is followed by the next part.
        int j = lines.indexOf("a.txt:3:5 warning HB301 日期占位符未填写");
        assertTrue(lines.get(j + 1).startsWith("      > "));
        assertTrue(lines.get(j + 2).startsWith("  得分明细"));
    }

    @Test
    void quietShowsOnlyFailingAndUnreadableReports() throws IOException {
        String text = render(Fixtures.run(), Lang.ZH, false, true);
        assertEquals(List.of(
                "a.txt  不通过  得分 62.0 / 阈值 80  一票否决: HB102",
                "a.txt: error HB102 报告没有写本单位存在的问题和不足",
                "a.txt:3:5 warning HB301 日期占位符未填写",
                "missing.docx: 错误: 无法读取文件",
                "文件          得分  结论      缺少的要素",
                "a.txt         62.0  不通过    存在问题",
                "missing.docx  -     无法读取",
                "",
                "共 3 个文件：通过 1，不通过 1，无法读取 1"), lines(text));
        assertFalse(text.contains("drafts/ok.txt"));
    }

    @Test
    void noEscapesWithoutColour() throws IOException {
        assertFalse(render(Lang.ZH).contains("\u001B"));
        assertFalse(render(Fixtures.run(), Lang.EN, false, true).contains("\u001B"));
    }

    @Test
    void colourPaintsByMeaningAndChangesNothingElse() throws IOException {
        String coloured = render(Fixtures.run(), Lang.ZH, true, false);
        assertTrue(coloured.contains(ESC + "32m通过" + ESC + "0m"), "pass is green");
        assertTrue(coloured.contains(ESC + "31m不通过" + ESC + "0m"), "fail is red");
        assertTrue(coloured.contains(ESC + "31merror" + ESC + "0m"), "error is red");
        assertTrue(coloured.contains(ESC + "33mwarning" + ESC + "0m"), "warning is yellow");
        assertTrue(coloured.contains(ESC + "31m✗" + ESC + "0m"), "missing element is red");
        assertTrue(coloured.contains(ESC + "32m✓" + ESC + "0m"));
        // Only the marks of the text found differ: an underline instead of 【】.
        assertEquals(render(Lang.ZH).replace("【", "").replace("】", ""), coloured.replaceAll("\u001B\\[[0-9;]*m", ""));
    }

    @Test
    void infoIsCyan() throws IOException {
        var failing = Fixtures.failing();
        var f = failing.findings().get(1);
        var info = new org.huibao.model.Finding(f.rule(), org.huibao.model.Severity.INFO, f.message(), f.location(),
                f.suggestion(), f.element());
        var report = new org.huibao.model.ReportResult(failing.file(), failing.title(), failing.elements(),
                List.of(info), failing.score(), null, "report", failing.text());
        String coloured = render(new RunResult("0.1.0", List.of(report)), Lang.ZH, true, false);
        assertTrue(coloured.contains(ESC + "36minfo" + ESC + "0m"));
    }

    @Test
    void singleFileSummaryInEnglish() throws IOException {
        String text = render(new RunResult("0.1.0", List.of(Fixtures.passing())), Lang.EN, false, false);
        assertTrue(text.endsWith("\n1 file: 1 passed, 0 failed, 0 unreadable\n"), text);
    }

    @Test
    void emptyRunPrintsOnlyTheSummary() throws IOException {
        assertEquals("共 0 个文件：通过 0，不通过 0，无法读取 0\n", render(new RunResult("0.1.0", List.of()), Lang.ZH,
                false, false));
    }
}
