package org.huibao.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The gated, narrowed search finds what a plain search of the region finds, on many random stretches. */
class StretchGateTest {
    private static final List<Pattern> PATTERNS = List.of(
            // balance.concrete of config.yaml
            Pattern.compile("\\d"),
            Pattern.compile("[一二三四五六七八九十两]+(个|项|次|场|批|期|条|名|家|所|类)"),
            Pattern.compile("(年底|年内|月底|季度|上半年|下半年|年中|前完成|之前|以前|本周|本月|近期)"),
            Pattern.compile("由[^，。；]{1,20}(负责|牵头|实施|落实|承办)|责任单位|责任人|牵头单位|[^，。；]{2,12}牵头"),
            // what a user might write: look-arounds and anchors (not narrowed), surrogates, lazy and
            // possessive quantifiers, classes with escapes
            Pattern.compile("(?<![一二])牵头[^，]{0,3}"),
            Pattern.compile("^由.{0,4}负责"),
            Pattern.compile("[^，。]{1,5}?落实"),
            Pattern.compile("(?:\\p{IsHan}|𠀀){2,3}负责"),
            Pattern.compile(".{1,3}𠀀"),
            Pattern.compile("[\\[\\]a-z]{0,2}+年底\\b"),
            Pattern.compile("负责(?=人)"),
            Pattern.compile("(负责|责任)\\1"));
    private static final String[] PIECES = {"负责", "牵头", "落实", "年底", "由", "人", "，", "。", "；", "一", "两",
        "个", "项", "a", "z", "[", "]", "7", " ", "𠀀", "𠀁", "\uD840", "\uDC00", "单位", "责任", "工作", "本月", "之前", "以"};

    @Test
    void sameFirstMatchAsAPlainRegionSearch() {
        StretchGate gate = new StretchGate(PATTERNS);
        Random random = new Random(42);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int pieces = random.nextInt(round % 10 == 0 ? 200 : 40);
            for (int k = 0; k < pieces; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            StretchGate.Text anchors = gate.in(text);
            for (int q = 0; q < 20; q++) {
                int from = random.nextInt(text.length() + 1);
                int to = from + random.nextInt(text.length() - from + 1);
                for (int n = 0; n < PATTERNS.size(); n++) {
                    int i = n;
                    Matcher plain = PATTERNS.get(i).matcher(text).region(from, to);
                    int expected = plain.find() ? plain.start() : -1;
                    int actual = -1;
                    if (anchors.mayFind(i, from, to)) {
                        int start = anchors.searchFrom(i, from, text);
                        assertTrue(start >= from && start <= to);
                        Matcher m = PATTERNS.get(i).matcher(text).region(start, to);
                        actual = m.find() ? m.start() : -1;
                    }
                    assertEquals(expected, actual, () -> PATTERNS.get(i) + " in [" + from + ", " + to + ") of " + text);
                }
            }
        }
    }

    @Test
    void longestMatch() {
        assertEquals(43, MatchLength.maxChars("由[^，。；]{1,20}(负责|牵头|实施|落实|承办)|责任单位|责任人|牵头单位|[^，。；]{2,12}牵头"));
        assertEquals(3, MatchLength.maxChars("(年底|年内|月底|季度|上半年|下半年|年中|前完成)"));
        assertEquals(2, MatchLength.maxChars("\\d"));
        assertEquals(3, MatchLength.maxChars("a\\.b?"));
        assertEquals(4, MatchLength.maxChars("𠀀𠀀"));
        assertEquals(-1, MatchLength.maxChars("[一二]+个"));
        assertEquals(-1, MatchLength.maxChars("a{2,}"));
        assertEquals(-1, MatchLength.maxChars("(?<!x)a"));
        assertEquals(-1, MatchLength.maxChars("^a"));
        assertEquals(-1, MatchLength.maxChars("a$"));
        assertEquals(-1, MatchLength.maxChars("\\ba"));
        assertEquals(-1, MatchLength.maxChars("(a)\\1"));
        assertEquals(-1, MatchLength.maxChars("(?i)a"));
        assertEquals(-1, MatchLength.maxChars("\\Qa\\E"));
        assertEquals(-1, MatchLength.maxChars("[]a]"));
        assertEquals(-1, MatchLength.maxChars("a)"));
    }

    @Test
    void noMatchIsLongerThanItsBound() {
        Random random = new Random(7);
        for (Pattern p : PATTERNS) {
            int max = MatchLength.maxChars(p.pattern());
            if (max < 0) {
                continue;
            }
            for (int round = 0; round < 500; round++) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(60); k > 0; k--) {
                    b.append(PIECES[random.nextInt(PIECES.length)]);
                }
                Matcher m = p.matcher(b);
                while (m.find()) {
                    assertTrue(m.end() - m.start() <= max, p + " matched " + m.group());
                }
            }
        }
    }
}
