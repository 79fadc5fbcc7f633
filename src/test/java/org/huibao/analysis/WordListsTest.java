package org.huibao.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import org.huibao.api.Span;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoader;
import org.huibao.lexicon.Lexicon;
import org.huibao.parse.Columns;
import org.junit.jupiter.api.Test;

/**
 * Differential: the built-in word lists, gated by the line's scan and tried only where a match may
 * begin, find exactly what running every entry's pattern over the whole line finds (the oracle below).
 */
class WordListsTest {
    private static final String[] PIECES = {"一", "二", "两", "三三", "个个", "年年", "人人", "常常", "研究研究", "学习学习",
        "一天天", "一个个", "一步一步", "王明明", "某某", "所有有关", "把挥", "截止目前", "建设设施", "骨干干部", "的", "工作",
        "，", "。", "、", "1", "２０", "　", " ", "𠀀𠀀", "𠀀", "\uD840", "\uDC00", "亮亮", "湖湖", "局局", "期期", "项项",
        "四个意识", "政治意识、", "大局意识、", "核心意识和", "看齐意识", "新时代中国特色社会主义思想", "十九大", "党的十九大",
        "雪白雪白", "干干", "好好", "慢慢", "目的的"};

    /**
     * Lists of items before the text that names them: the entries tried only within reach of 新发展理念,
     * 产业兴旺… or 意识 ({@link AnchorWindow}) must still find every list, at the edges of that reach too.
     */
    private static final String[][] ITEMS = {
        {"创新", "协调", "绿色", "开放", "共享", "发展", "和平", "公平", "正义", "民主", "自由", "安全", "中华"},
        {"政治意识", "大局意识", "核心意识", "看齐意识", "宗旨意识", "忧患意识"},
        {"道路自信", "理论自信", "制度自信", "文化自信", "历史自信"},
        {"产业兴旺", "生态宜居", "乡风文明", "治理有效", "生活富裕", "产业振兴", "组织振兴"}};
    private static final String[] SEPARATORS = {"、", "、", "、", "，", ",", "和"};
    private static final String[] FRAMES = {"新发展理念", "的新发展理念", "全人类共同价值", "的全人类共同价值", "", "。", "等",
        "的总要求", "意识", "，"};
    private static final String[] AROUND = {"", "坚持", "、", "贯彻", "工作", "𠀀", "，", "践行", "牢固树立", "增强"};

    @Test
    void findsWhatEveryPatternOverTheWholeLineFinds() throws Exception {
        compare(PIECES, 3, 4000, 12);
    }

    @Test
    void listsBeforeTheirFrameFindWhatTheWholeLineFinds() throws Exception {
        Random random = new Random(5);
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < 2000; round++) {
            String[] items = ITEMS[random.nextInt(ITEMS.length)];
            StringBuilder b = new StringBuilder(AROUND[random.nextInt(AROUND.length)]);
            for (int k = 2 + random.nextInt(7); k > 0; k--) {
                b.append(items[random.nextInt(items.length)]);
                b.append(k > 1 ? SEPARATORS[random.nextInt(SEPARATORS.length)] : "");
            }
            lines.add(b.append(FRAMES[random.nextInt(FRAMES.length)]).append(AROUND[random.nextInt(AROUND.length)]).toString());
        }
        compare(lines);
    }

    private static void compare(String[] pieces, long seed, int rounds, int shortLine) throws Exception {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(round % 10 == 0 ? 80 : shortLine); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            lines.add(b.toString());
        }
        compare(lines);
    }

    private static void compare(List<String> lines) throws Exception {
        Map<String, Lexicon> lexicons = RuleLoader.load(ConfigLoader.defaults(), List.of()).lexicons();
        Vocabulary.Builder words = new Vocabulary.Builder();
        WordLists lists = new WordLists(lexicons, words);
        Vocabulary vocabulary = words.build();
        Span at = new Span(0, 0, 1, 1, 1, 1);
        for (String line : lines) {
            LineScan scan = vocabulary.scan(line);
            for (String name : lists.names()) {
                List<String> expected = oracle(lexicons.get(name), line);
                List<String> actual = lists.find(name, line, scan, new Columns(at, line)).stream()
                        .map(m -> m.span().start() + "-" + m.span().end() + " " + m.text() + " " + m.replacement())
                        .toList();
                assertEquals(expected, actual, () -> name + " on " + line);
            }
        }
    }

    /** Every entry's pattern over the whole line, in entry order, as the word lists promise to find. */
    private static List<String> oracle(Lexicon lexicon, String text) {
        List<String> out = new ArrayList<>();
        for (Lexicon.Entry e : lexicon.entries()) {
            Matcher m = e.pattern().matcher(text);
            while (m.find()) {
                if (m.end() == m.start() || e.unless() != null && covered(e, text, m.start(), m.end())) {
                    continue;
                }
                Matcher single = e.pattern().matcher(m.group());
                String replacement = single.matches() ? single.replaceFirst(e.right()) : e.right();
                out.add(m.start() + "-" + m.end() + " " + m.group() + " " + replacement);
            }
        }
        return out;
    }

    private static boolean covered(Lexicon.Entry e, String text, int start, int end) {
        Matcher u = e.unless().matcher(text);
        while (u.find()) {
            if (u.start() <= start && u.end() >= end) {
                return true;
            }
        }
        return false;
    }
}
