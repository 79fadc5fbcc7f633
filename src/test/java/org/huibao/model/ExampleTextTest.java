package org.huibao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.huibao.api.Lang;
import org.huibao.api.PageSetup;
import org.huibao.api.ParagraphFormat;
import org.junit.jupiter.api.Test;

/** The notation of rule examples and test cases: marks, whole documents, layout directives. */
class ExampleTextTest {

    @Test
    void marksAreTakenOutAndRememberWhereTheyWere() {
        ExampleText e = ExampleText.parse("以党建为[[抓手]]、以项目为[[抓手]]。");
        assertEquals("以党建为抓手、以项目为抓手。", e.text());
        assertEquals(List.of(new ExampleText.Mark(4, "抓手"), new ExampleText.Mark(11, "抓手")), e.marks());
        assertFalse(e.wholeDocument());
        assertEquals("关于2024年度党建工作情况的报告\n市委：\n以党建为抓手、以项目为抓手。\n特此报告。\n", e.document());
        assertEquals("以党建为抓手", e.document().substring(e.offset(), e.offset() + 6));
    }

    @Test
    void anUnmatchedBracketIsText() {
        ExampleText e = ExampleText.parse("完成[[任务；另有]一项");
        assertEquals("完成[[任务；另有]一项", e.text());
        assertTrue(e.marks().isEmpty());
    }

    @Test
    void aLineBreakMakesAWholeDocument() {
        ExampleText e = ExampleText.parse("[[凝心聚力谋发展]]\n市委：\n特此报告。");
        assertTrue(e.wholeDocument());
        assertEquals("凝心聚力谋发展\n市委：\n特此报告。\n", e.document());
        assertEquals(0, e.offset());
        assertEquals(List.of(new ExampleText.Mark(0, "凝心聚力谋发展")), e.marks());
    }

    @Test
    void layoutDirectivesBecomeFormatsAndMarginsAndAreShownInWords() {
        ExampleText e = ExampleText.parse("{margins=25.4,25.4,31.8,31.8}\n{font=宋体 size=18 center}[[标题]]\n{font=仿宋 size=16 indent=0}正文。");
        assertEquals("标题\n正文。", e.text());
        assertEquals(Optional.of(new PageSetup(25.4, 25.4, 31.8, 31.8)), e.page());
        assertEquals(List.of(new ParagraphFormat(1, "宋体", 18, 2, true, ""), new ParagraphFormat(2, "仿宋", 16, 0, false, "")),
                e.formats());
        assertEquals(List.of(new ExampleText.Mark(0, "标题")), e.marks());
        assertEquals("［页边距 上/下/左/右 25.4/25.4/31.8/31.8 毫米］\n标题［宋体，18 磅，居中］\n正文。［仿宋，16 磅，缩进 0 字符］",
                ExampleText.display("{margins=25.4,25.4,31.8,31.8}\n{font=宋体 size=18 center}[[标题]]\n{font=仿宋 size=16 indent=0}正文。", Lang.ZH));
        // on a line of its own in a one-line example, the format moves to the report's line 3
        ExampleText line = ExampleText.parse("{font=宋体 size=12}全年开展集中学习24次。");
        assertEquals(3, line.documentFormats().get(0).line());
    }

    @Test
    void bracesThatAreNotADirectiveAreText() {
        for (String raw : List.of("{{ template }}正文", "{font=}正文", "{size=大}正文", "{colour=red}正文", "{}正文")) {
            ExampleText e = ExampleText.parse(raw);
            assertEquals(raw, e.text(), raw);
            assertTrue(e.formats().isEmpty(), raw);
        }
    }
}
