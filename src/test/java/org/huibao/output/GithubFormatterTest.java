package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.huibao.api.Lang;
import org.huibao.model.RunResult;
import org.junit.jupiter.api.Test;

class GithubFormatterTest {

    private static final String F = "材料/2024年 工作汇报（草稿）.txt";

    private static List<String> render(RunResult run, OutputOptions options) throws IOException {
        StringWriter out = new StringWriter();
        new GithubFormatter().write(run, options, out);
        String s = out.toString();
        assertTrue(s.isEmpty() || s.endsWith("\n"));
        return s.lines().toList();
    }

    private static List<String> render(Lang lang) throws IOException {
        return render(Fixtures.fullRun(), new OutputOptions(lang, false, false, Fixtures.rules()));
    }

    @Test
    void oneCommandPerFindingThenTheGateThenUnreadableFiles() throws IOException {
        int c403 = Fixtures.column(Fixtures.SPECIAL_LINE3, ",,");
        int c404 = Fixtures.column(Fixtures.SPECIAL_LINE3, "成效,,成");
        int c107 = Fixtures.column(Fixtures.SPECIAL_LINE3, "<A&B>");
        assertEquals(List.of(
                "::error file=a.txt,title=HB102 缺少存在问题部分"
                        + "::报告没有写本单位存在的问题和不足%0A建议: 补写存在问题部分",
                "::warning file=a.txt,line=3,col=5,endLine=3,endColumn=62,title=HB301 有未填写的占位符 (一票否决)"
                        + "::日期占位符未填写",
                "::error file=a.txt,title=huibao::得分 62.0 低于阈值 80；一票否决: HB102",
                "::error file=missing.docx,title=huibao::无法读取文件",
                "::error file=" + F + ",title=HB102 缺少存在问题部分"
                        + "::报告没有写本单位存在的问题和不足%0A建议: 补写存在问题部分",
                "::warning file=" + F + ",line=2,col=1,endLine=2,endColumn=3,title=XB900::自定义规则, 无元数据: 测试",
                "::notice file=" + F + ",line=3,col=" + c107 + ",endLine=3,endColumn=" + (c107 + 14)
                        + ",title=HB107 成绩没有数据支撑::成绩没有数据支撑",
                "::error file=" + F + ",line=3,col=" + c404 + ",endLine=3,endColumn=" + (c404 + 5)
                        + ",title=HB404 标点重复或连用::标点重复",
                "::warning file=" + F + ",line=3,col=" + c403 + ",endLine=3,endColumn=" + (c403 + 2)
                        + ",title=HB403 中文中使用半角标点::中文中使用半角标点“,”",
                // Over two lines: GitHub takes no columns then.
                "::error file=" + F + ",line=4,endLine=5,title=HB301 有未填写的占位符 (一票否决)"
                        + "::日期占位符未填写：%0A请填写具体日期 <日期> & \"时间\", 100%25%0A建议: 填写具体日期",
                "::error file=" + F + ",title=huibao::得分 58.0 低于阈值 80；一票否决: HB301"),
                render(Lang.ZH));
    }

    @Test
    void englishMessagesAndTitles() throws IOException {
        List<String> lines = render(Lang.EN);
        assertTrue(lines.contains("::error file=a.txt,title=huibao::score 62.0 < threshold 80; blocked by HB102"), lines.toString());
        assertTrue(lines.contains("::error file=missing.docx,title=huibao::cannot read the file"));
        assertTrue(lines.contains("::warning file=a.txt,line=3,col=5,endLine=3,endColumn=62,"
                + "title=HB301 Unfilled placeholder (blocking)::unfilled date placeholder"));
    }

    @Test
    void withoutMetadataTitlesAreRuleIds() throws IOException {
        List<String> lines = render(Fixtures.run(), OutputOptions.defaults());
        assertTrue(lines.contains("::warning file=a.txt,line=3,col=5,endLine=3,endColumn=62,title=HB301::日期占位符未填写"),
                lines.toString());
    }

    @Test
    void passingRunPrintsNothing() throws IOException {
        assertEquals(List.of(), render(new RunResult("0.1.0", List.of(Fixtures.passing())), OutputOptions.defaults()));
    }

    @Test
    void escapingFollowsTheWorkflowCommandRules() {
        assertEquals("100%25 a%0D%0Ab: c, d", GithubFormatter.data("100% a\r\nb: c, d"));
        assertEquals("100%25 a%0D%0Ab%3A c%2C d", GithubFormatter.property("100% a\r\nb: c, d"));
        // Escaping % first: an input "%0A" must not become a line break.
        assertEquals("%250A", GithubFormatter.data("%0A"));
        assertEquals("", GithubFormatter.data(null));
    }

    @Test
    void propertiesWithCommasAndColonsStayOneValue() throws IOException {
        var failing = Fixtures.failing();
        var r = new org.huibao.model.ReportResult("d:\\x,y.txt", failing.title(), failing.elements(),
                failing.findings().subList(1, 2), failing.score(), null, "report", failing.text());
        List<String> lines = render(new RunResult("0.1.0", List.of(r)), OutputOptions.defaults());
        assertTrue(lines.get(0).startsWith("::warning file=d%3A\\x%2Cy.txt,line=3,"), lines.get(0));
    }
}
