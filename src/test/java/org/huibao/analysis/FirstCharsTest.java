package org.huibao.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/**
 * Differential: a pattern tried only where its first characters allow finds exactly what the plain
 * search finds, on many random lines; and patterns this reading cannot be sure of get no test.
 */
class FirstCharsTest {
    private static final List<Pattern> READABLE = List.of(
            // balance.figures of the built-in config.yaml, and what a user might write
            Pattern.compile("(\\d+(\\.\\d+)?|[*＊×xX]{1,4})\\s*(%|％|个|次|人|项|万|亿|元|家|场|篇|期|名|件|天|户|公里|千米|米|吨|亩"
                    + "|条|批|套|份|集|部|本|册|所|座|台|处|倍|余|多)"),
            Pattern.compile("[一二三四五六七八九十两]+(个|项|次|场|批|期|条|名|家|所|类)"),
            Pattern.compile("(年底|年内|月底|季度|上半年|下半年|年中|前完成|之前|以前|本周|本月|近期)"),
            Pattern.compile("(?<![一二])牵头[^，]{0,3}"),
            Pattern.compile("^由.{0,4}负责"),
            Pattern.compile("\\b\\d+\\s*%"),
            Pattern.compile("(?:\\p{IsHan}|x){2,3}负责"),
            Pattern.compile("(\\p{IsHan})\\1(?<=[年月日].)"),
            Pattern.compile("一?(\\p{IsHan})\\1"),
            Pattern.compile("a*b|[c-e]+|\\.{2}"),
            Pattern.compile("(?<n>[\\d-])x"),
            Pattern.compile("(?:[\\w\\s])++年底"),
            Pattern.compile("[-x]{1,}?(?=人)"),
            Pattern.compile("(负责|责任)\\1"));
    private static final List<String> UNREADABLE = List.of(
            "a?", "(?:x)*", "\\d|", "(?i)x", ".负责", "[^，]负责", "\\D", "\\Qx\\E", "𠀀", "[𠀀]", "(?=a)",
            "\\1a", "[[a]b]", "[a&&b]", "\\x41", "\\p{L}");
    private static final String[] PIECES = {"负责", "牵头", "年底", "由", "人", "，", "。", "%", "％", "一", "两",
        "个", "项", "次", "a", "b", "c", "x", "X", "*", "＊", "×", "7", "0", ".", "1.5", " ", "\t", "𠀀", "𠀀𠀀",
        "\uD840", "\uDC00", "年年", "月", "责任", "工作", "本月", "之前", "-", "_", "名"};

    @Test
    void findsWhatThePlainSearchFinds() {
        Random random = new Random(7);
        for (Pattern p : READABLE) {
            Optional<FirstChars> first = FirstChars.of(p);
            assertTrue(first.isPresent(), p::pattern);
            for (int round = 0; round < 3000; round++) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(round % 10 == 0 ? 120 : 20); k > 0; k--) {
                    b.append(PIECES[random.nextInt(PIECES.length)]);
                }
                String line = b.toString();
                assertEquals(plain(p, line), sparse(p, line, first.get()), () -> p + " on " + line);
            }
        }
    }

    @Test
    void noTestWhereItCannotBeSure() {
        for (String regex : UNREADABLE) {
            assertFalse(FirstChars.of(Pattern.compile(regex)).isPresent(), regex);
        }
        assertFalse(FirstChars.of(Pattern.compile("x", Pattern.CASE_INSENSITIVE)).isPresent());
    }

    @Test
    void figuresBeginOnADigitOrAMask() throws Exception {
        assertEquals(READABLE.get(0).pattern(), ConfigLoader.defaults().balance().figures().pattern());
        FirstChars f = FirstChars.of(ConfigLoader.defaults().balance().figures()).orElseThrow();
        assertTrue(f.mayStart("9次", 0));
        assertTrue(f.mayStart("＊＊项", 0));
        assertFalse(f.mayStart("开展学习", 0));
    }

    private static List<String> plain(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> sparse(Pattern p, String text, FirstChars first) {
        List<String> out = new ArrayList<>();
        StartsAt s = new StartsAt(p, text, first);
        while (s.find()) {
            out.add(s.matcher().start() + "-" + s.matcher().end());
        }
        return out;
    }
}
