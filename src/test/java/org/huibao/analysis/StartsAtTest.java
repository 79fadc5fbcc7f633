package org.huibao.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Differential: a pattern tried only where its start test allows finds exactly what the plain search
 * finds (the old code, kept here as the oracle), on tricky and on many random lines.
 */
class StartsAtTest {
    private static final String[] PIECES = {"1", "0", "9", "12", "05", "a", "Z", "x", "一", "二", "十", "两", "（", "）",
        "(", ")", "“", "”", "‘", "’", "《", "》", "〈", "〉", "【", "】", "〔", "〕", "\"", "：", "；", "，", "。", "、",
        ":", ";", ",", " ", "\t", "月", "日", "号", "年", "半年", "上", "徒刑", "满", "约", ".", "０", "５", "工作", "的",
        "𠀀", "\uD840", "\uDC00", "Smith", "’s", "3’25”", "http://a.b/c", "](x)", "1.", "?", "!", "…", "—", "-", "~"};
    private static final String[] LINES = {
        "", "（一）加强学习", "1）完成了", "：a) 其次", "Smith’s 90’s 书", "用时3’25”完成", "12’5.5”", "2023年05月08日",
        "〔2023〕05号文", "判处徒刑05年3月", "19年3月，20年上半年", "05月06日", ".05月", "０5月", "“引号没关", "（括号）》",
        "^1)首先", "第（2）项", "𠀀（）𠀀", "\uDC00）", "一二三）", "十）", "a’b", "’a", "9’", "0’1", "12’34.”", "123’45.6”",
    };

    @Test
    void marks() {
        compare(PunctuationSpots.MARKS, PunctuationSpots::markMayStart);
    }

    @Test
    void dateForms() {
        compare(PunctuationSpots.DATE_FORM, PunctuationSpots::dateFormMayStart);
    }

    private static void compare(Pattern p, StartsAt.Test test) {
        for (String line : LINES) {
            assertEquals(plain(p, line), sparse(p, line, test), () -> p + " on " + line);
        }
        Random random = new Random(11);
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(round % 50 == 0 ? 120 : 16); k > 0; k--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String line = b.toString();
            assertEquals(plain(p, line), sparse(p, line, test), () -> p + " on " + line);
        }
    }

    private static List<String> plain(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(describe(m));
        }
        return out;
    }

    private static List<String> sparse(Pattern p, String text, StartsAt.Test test) {
        List<String> out = new ArrayList<>();
        StartsAt s = new StartsAt(p, text, test);
        while (s.find()) {
            out.add(describe(s.matcher()));
        }
        return out;
    }

    private static String describe(Matcher m) {
        StringBuilder b = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            b.append(' ').append(m.start(g)).append('-').append(m.end(g));
        }
        return b.toString();
    }
}
