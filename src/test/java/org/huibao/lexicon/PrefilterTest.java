package org.huibao.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrefilterTest {

    @Test
    void anchorsAreTheLiteralTextEveryMatchContains() {
        assertEquals(List.of("把挥"), Prefilter.of("把挥(?![洒舞动手])").anchors());
        assertEquals(List.of("潮聚"), Prefilter.of("(?<![热浪思风])潮聚").anchors());
        assertEquals(List.of("两个维护"), Prefilter.of("(?:增强|坚定)([“\"‘]?)两个维护([”\"’]?)").anchors());
        assertEquals(List.of("报名名单", "提名名单"), Prefilter.of("报名名单|提名名单").anchors());
        assertEquals(List.of("建建"), Prefilter.of("[福新在]建建").anchors());
        assertEquals(List.of("严格", "要求"), Prefilter.of("严格要?求|要求").anchors());
        assertEquals(List.of("年"), Prefilter.of("\\d+年").anchors());
        assertEquals(List.of("研究研究", "讨论讨论"), Prefilter.of("(研究|讨论)\\1").anchors(), "a word repeated");
        assertEquals(List.of("XX", "Xx", "xX", "xx", "某某"), Prefilter.of("[xX]{2,}|某某").anchors(), "two of a small class");
        assertEquals(List.of("成立", "组建"), Prefilter.of("(成立|组建)[^，]{0,24}?(领导小组|专班)").anchors());
        assertEquals(List.of("领导小组"), Prefilter.of("(成立|组建)[^，]{0,24}?领导小组").anchors());
        assertEquals(List.of("组长"), Prefilter.of("(任|担任)(副)?组长").anchors());
        assertEquals(List.of(), Prefilter.of("(副)?(组|队)?长?").anchors());
        assertEquals(List.of("三严", "严三实"), Prefilter.of("(?<!两)(?:[两二]严三实|三严[两二]实)").anchors(), "each alternative's own text");
        assertEquals(List.of(), Prefilter.of("(?:[两二]|三严)").anchors(), "an alternative without any: no filter");
        assertEquals(List.of(), Prefilter.of("(?:(?=严)|三严)").anchors(), "a look-around alone holds no text");
    }

    @Test
    void anEscapeWithAnArgumentIsNoTextTheMatchContains() {
        // each pattern matches its text; a filter built from the escape's argument ("IsHan", "3000") let none through
        List<List<String>> cases = List.of(
                List.of("\\p{IsHan}{2}的工作", "我们的工作"),
                List.of("(?:\\p{IsHan}{2}、){3}\\p{IsHan}{2}(?=的新发展理念)", "创新、协调、绿色、开放、共享的新发展理念"),
                List.of("\\u3000同志", "张\u3000同志"),
                List.of("\\x{4E00}的", "一的"),
                List.of("\\0101的", "A的"),
                List.of("\\cA的", "\u0001的"),
                List.of("\\pL{3}局", "abc局"),
                List.of("(?<n>\\p{IsHan})\\k<n>问题", "重重问题"),
                List.of("\\Q(a|b)\\E问题", "(a|b)问题"));
        for (List<String> c : cases) {
            assertTrue(Pattern.compile(c.get(0)).matcher(c.get(1)).find(), c.get(0));
            assertTrue(Prefilter.of(c.get(0)).mayMatch(c.get(1)), c.get(0) + " " + Prefilter.of(c.get(0)).anchors());
        }
        assertEquals(List.of("同志"), Prefilter.of("\\u3000同志").anchors());
        assertFalse(Prefilter.of("\\p{IsHan}{2}的工作").mayMatch("我们的任务"), "the literal part still filters");
    }

    @Test
    void whereItCannotBeSureThereIsNoFilter() {
        for (String regex : List.of("(\\p{IsHan})\\1", "[x-z]{2,}|某某", "(?i)todo", "a(?i:b)c|d", ".", "a?b?")) {
            assertTrue(Prefilter.of(regex).anchors().isEmpty() || regex.equals("a(?i:b)c|d"), regex);
        }
        assertTrue(Prefilter.NONE.mayMatch("anything at all"), "no filter lets everything through");
        assertFalse(Prefilter.of("x").mayMatch("no such letter here"));
    }

    @Test
    void aDoubledChineseCharacterIsARequirementOfItsOwn() {
        Prefilter p = Prefilter.of("(\\p{IsHan})\\1(?<=[局组].)|报名名单");
        assertTrue(p.repeat());
        assertTrue(p.mayMatch("县局局长"), "a doubled character");
        assertTrue(p.mayMatch("报名名单"), "an anchor");
        assertFalse(p.mayMatch("县局长和组长"), "neither");
        assertFalse(p.mayMatch("2000年"), "doubled digits are not Chinese characters");
        assertTrue(Prefilter.hasRepeat("\uD840\uDC00\uD840\uDC00"), "a character outside the BMP");
        assertFalse(Prefilter.of("一(\\p{IsHan})\\1").repeat(), "an anchor of its own: 一");
    }

    @Test
    void aLookAheadAfterTheLeadingCharacterStillNeedsTheDoubling() {
        Prefilter p = Prefilter.of("\\p{IsHan}(?![的了])(\\p{IsHan})\\1(?<=[王李].)");
        assertTrue(p.repeat(), "runs only where a character is doubled");
        assertTrue(p.mayMatch("王婷婷同志"));
        assertFalse(p.mayMatch("王婷同志"), "no doubled character: the pattern cannot match");
        assertFalse(Prefilter.of("\\p{IsHan}(?!的)(\\p{IsHan})\\1").repeat(), "only a class is read as one character");
    }

    @Test
    void longWordListsWrittenOverSeveralLinesAreFiltered() {
        Prefilter p = Prefilter.of("(?x)\n  息息相关|井井有条\n  |源源不断|生机勃勃|硕果累累|一一对应\n");
        assertEquals(6, p.anchors().size());
        assertTrue(p.mayMatch("各项工作井井有条。"));
        assertTrue(p.mayMatch("成果硕果累累"));
        assertFalse(p.mayMatch("工作作风扎实，井然有序。"));
    }

    /** The filter may let through lines that do not match, but never rules out one that does. */
    @Test
    void neverRulesOutAMatch() {
        List<String> regexes = List.of("把挥(?![洒舞])", "(?<![热浪])潮聚", "坚定([“\"]?)四个意识([”\"]?)",
                "报名名单|提名名单|排名名次", "[实苦若]干干|骨干干部", "截止(?=目前|当前)", "做为(?=一名)|(?<=把)做为",
                "a+b", "ab{1,3}c", "ab{0,2}c", "(?:x|y)z", "建设设[施备]",
                "(成立|组建)[^，]{0,24}?(领导小组|专班)", "(任|担任)(副)?组长", "(?:a|b)+c", "(?<n>甲|乙)丙",
                "(研究|讨论)\\1", "[一二三]{2,}", "(\\p{IsHan})\\1(?<=[局组].)", "\\p{IsHan}(\\p{IsHan})\\1");
        List<String> texts = List.of("要把挥洒汗水", "把挥全局", "思潮聚集", "人心潮聚", "坚定“四个意识”", "坚定四个意识",
                "报名名单", "排名名次", "实干干事", "骨干干部", "截止目前", "做为一名", "把做为", "aab", "abbbc", "ac",
                "abbc", "xz", "yz", "建设设施", "无关文字", "成立了领导小组", "组建专班", "担任副组长", "任组长",
                "ababc", "乙丙", "研究研究", "一二", "三一三", "县局局长", "张婷婷");
        for (String r : regexes) {
            Prefilter p = Prefilter.of(r);
            for (String t : texts) {
                if (Pattern.compile(r).matcher(t).find()) {
                    assertTrue(p.mayMatch(t), r + " on " + t);
                }
            }
        }
    }
}
