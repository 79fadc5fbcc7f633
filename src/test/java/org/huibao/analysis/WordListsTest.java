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

    @Test
    void findsWhatEveryPatternOverTheWholeLineFinds() throws Exception {
        Map<String, Lexicon> lexicons = RuleLoader.load(ConfigLoader.defaults(), List.of()).lexicons();
        Vocabulary.Builder words = new Vocabulary.Builder();
        WordLists lists = new WordLists(lexicons, words);
        Vocabulary vocabulary = words.build();
        Random random = new Random(3);
        Span at = new Span(0, 0, 1, 1, 1, 1);
        for (int round = 0; round < 4000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(round % 10 == 0 ? 80 : 12); k > 0; k--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String line = b.toString();
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
