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
 * Differential: a pattern tried only where its start test allows finds exactly what the plain search
 * finds (the old code, kept here as the oracle), on tricky and on many random lines: the punctuation
 * detectors' patterns, the placeholders', the number slips' and config.yaml's cue and context patterns.
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

    private static final String[] PLACEHOLDER_PIECES = {"x", "X", "ｘ", "×", "XX", "xx", "2", "20", "19", "年", "月", "日",
        "号", "某", "某某", "王", "同志", "待补充", "待填", "有待", "此处", "填写", "请", "【", "】", "[", "]", "（", "）", "(", ")",
        "TODO", "TBD", "FIXME", "a", "○", "〇", "零", "一", "十", "□", "△", "▲", "■", "{", "}", "N", "Ｎ", "个", "应用", "？",
        "?", "#", "＃", "件", "%", "。", "，", "、", ".", "．", "0", "5", "2024", "工作", "型", "光", " ", "-", "_", "+"};
    private static final String[] CUE_PIECES = {"存在", "问题", "不足", "差距", "短板", "还", "仍", "尚", "不够", "深入", "有待",
        "加强", "下一步", "今后", "明年", "我们", "我局", "将", "要", "计划", "成立", "领导小组", "书记", "局长", "任", "担任",
        "组长", "主体责任", "落实", "履行", "党组", "党委", "会议", "研究", "部署", "专题", "亲自", "由", "负责", "牵头", "已",
        "整改", "到位", "完成", "上级", "要求", "预计", "取得", "成效", "一", "二", "要", "2025", "年", "，", "。", "；", "：",
        ",", ":", "、", "的", "工作", "不", "没有", "主要", "表现", "在", "为", "x", " "};

    @Test
    void marks() {
        compare(PunctuationSpots.MARKS, PunctuationSpots::markMayStart);
    }

    @Test
    void dateForms() {
        compare(PunctuationSpots.DATE_FORM, PunctuationSpots::dateFormMayStart);
    }

    private static final String[] NUMBER_PIECES = {"1", "2", "3", "4", "8", "9", "0", "19", "20", "2024", "１", "２０２４",
        "一", "二", "三", "八", "九", "十", "第", "、", ".", "．", "个", "名", "年", "级", "所", "列", "处", "理", "小时", "月", "%",
        "V", "x", "_", "/", "／", "工作", "，", " "};

    @Test
    void numberSlips() {
        compare(NumberSlips.YEAR_MONTH, NumberSlips.YEAR_MONTH_START, NUMBER_PIECES);
        compare(NumberSlips.ESTIMATE, NumberSlips.ESTIMATE_START, NUMBER_PIECES);
    }

    @Test
    void placeholders() {
        compare(WordingSpots.PLACEHOLDER, FirstChars.of(WordingSpots.PLACEHOLDER).orElseThrow(), PLACEHOLDER_PIECES);
    }

    private static final String[] DETECTOR_PIECES = {"1", "2", "0", "9", "12", "2024", "20240503", "3.5", "12,600", ",", "１",
        "一", "二", "三", "十", "百", "千", "两", "第", "是", "首先", "其次", "其一", "、", "：", ":", "，", "。", "；", "（", "）", "(",
        ")", "〔", "〕", "【", "】", "[", "]", "《", "》", "<", ">", "＜", "＞", "'", "＇", "`", "＂", "『", "』", "«", "»", "‘", "’",
        "达到", "增长", "下降", "降低", "减少", "压缩", "共计", "合计", "累计", "单位", "约", "超过", "逾", "多", "余", "以上", "左右",
        "上下", "%", "％", "‰", "个百分点", "百分点", "百分之", "千分之", "万", "亿", "元", "人次", "人", "名", "个", "次", "倍", "点",
        "年", "月", "日", "号", "届", "中全会", "中央", "周", "星期", "—", "-", "～", "~", "至", "到", "和", "与", "廿", "卅", "%s",
        "$", "会议", "座谈会", "条例", "的", "工作", "我们", " ", "　", ".", "．", "/", "a", "x", "|"};

    /**
     * Every pattern of the line detectors that is searched through a start test read from its text: each
     * constant {@code X} with a {@code X_START} beside it.
     */
    @Test
    void detectors() throws Exception {
        int tested = 0;
        for (Class<?> c : List.of(MarkMisuses.class, NumberHabits.class, Placeholders.class, NumberSlips.class,
                Figures.class, DateSlips.class, NumberWords.class)) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (f.getType() != Pattern.class) {
                    continue;
                }
                java.lang.reflect.Field start;
                try {
                    start = c.getDeclaredField(f.getName() + "_START");
                } catch (NoSuchFieldException e) {
                    continue;
                }
                f.setAccessible(true);
                start.setAccessible(true);
                StartsAt.Test test = (StartsAt.Test) start.get(null);
                if (test != null) {
                    compare((Pattern) f.get(null), test, DETECTOR_PIECES, 3000);
                    tested++;
                }
            }
        }
        assertTrue(tested >= 30, tested + " patterns");
    }

    @Test
    void anchoredPatterns() {
        assertTrue(StartsAt.anchored(Pattern.compile("^(?=[^。；]*$)(?:a|b)[|]c")));
        assertTrue(StartsAt.anchored(Pattern.compile("^[^。；]{0,20}(?:问题|不足)")));
        assertFalse(StartsAt.anchored(Pattern.compile("^a|b")), "the ^ binds the first alternative only");
        assertFalse(StartsAt.anchored(Pattern.compile("(?:^a|b)")));
        assertFalse(StartsAt.anchored(Pattern.compile("^a", Pattern.MULTILINE)), "a line start, not the text's");
        assertFalse(StartsAt.anchored(Pattern.compile("a^")));
        assertFalse(StartsAt.anchored(Pattern.compile("^a?")), "it matches the empty text, where no position is tried");
        assertTrue(StartsAt.anchored(Pattern.compile("^\\|a")), "an escaped bar is no alternative");
        for (String p : List.of("^(?=[^。；]*$)[^，]{0,6}(?:问题|不足)", "^[（(]?[一二三四十][、）)]", "^\\|a", "^第[一二三]")) {
            compare(Pattern.compile(p), StartsAt.AT_START, CUE_PIECES, 3000);
        }
    }

    /** Every cue and context pattern of the built-in config.yaml that has a start test, as CueGates uses them. */
    @Test
    void cues() throws Exception {
        List<Pattern> all = BuiltInCues.of(ConfigLoader.defaults());
        int tested = 0;
        for (Pattern p : all) {
            Optional<StartsAt.Test> first = StartsAt.of(p);
            if (first.isPresent()) {
                compare(p, first.get(), CUE_PIECES, 500);
                tested++;
            }
        }
        assertTrue(tested > all.size() / 2, tested + " of " + all.size());
    }

    private static void compare(Pattern p, StartsAt.Test test) {
        compare(p, test, PIECES);
    }

    private static void compare(Pattern p, StartsAt.Test test, String[] pieces) {
        compare(p, test, pieces, 20000);
    }

    private static void compare(Pattern p, StartsAt.Test test, String[] pieces, int rounds) {
        for (String line : LINES) {
            assertEquals(plain(p, line), sparse(p, line, test), () -> p + " on " + line);
        }
        Random random = new Random(11);
        for (int round = 0; round < rounds; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(round % 50 == 0 ? 120 : 16); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
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
