package org.huibao.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.config.Config;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoader;
import org.huibao.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * A rewritten class holds exactly the characters of the class it replaces (every character of the Basic
 * Multilingual Plane asked), for every class the built-in config.yaml and word lists hold; what is not a plain
 * class is left as written.
 */
class QuickClassesTest {
    private static final Pattern PLAIN_CLASS = Pattern.compile("\\[[^\\[\\]\\\\]*\\]");

    @Test
    void escapesEveryCharacterAsTheFormatterDoes() {
        for (int c = 0; c < 1 << 16; c++) {
            assertEquals(String.format("\\u%04x", c), QuickClasses.escape((char) c));
        }
    }

    @Test
    void rewritesPlainClasses() {
        assertEquals("a[\\u4e00-\\u9fff[^。；！？]]{0,40}b", QuickClasses.rewrite("a[^。；！？]{0,40}b"));
        assertEquals("[[\\u4e00-\\u4e94\\u516b-\\u516d\\u56db]&&[一二三四五六七八九]]是",
                QuickClasses.rewrite("[一二三四五六七八九]是"));
    }

    @Test
    void leavesOtherClassesAsWritten() {
        for (String r : List.of("[^。的]", "[一二三]", "[^a-z，。]", "[^，[。]]", "[^，。&&[；]]", "\\[^，。]", "\\Q[^，。]\\E",
                "(?i)[^，。]", "(?x:[^，。])", "[\\u3002，]", "[^ ，。]", "[]，。]", "[^]，。]", "[，。；]", "[^，")) {
            assertEquals(r, QuickClasses.rewrite(r), r);
        }
        Pattern flagged = Pattern.compile("[^，。]", Pattern.CASE_INSENSITIVE);
        assertSame(flagged, QuickClasses.of(flagged));
    }

    @Test
    void builtInClassesHoldTheSameCharacters() throws Exception {
        List<Pattern> all = builtInPatterns();
        TreeSet<String> classes = new TreeSet<>();
        for (Pattern p : all) {
            Matcher m = PLAIN_CLASS.matcher(p.pattern());
            while (m.find()) {
                if (!QuickClasses.quick(m.group()).equals(m.group())) {
                    classes.add(m.group());
                }
            }
        }
        assertTrue(classes.size() > 10, classes.toString());
        for (String cls : classes) {
            Pattern before = Pattern.compile(cls);
            Pattern after = Pattern.compile(QuickClasses.quick(cls));
            for (int c = 0; c < 0x10000; c++) {
                String s = String.valueOf((char) c);
                assertEquals(before.matcher(s).matches(), after.matcher(s).matches(), () -> cls + " at U+" + Integer.toHexString(s.charAt(0)));
            }
        }
    }

    /** Whole patterns: the same matches, groups included, on random lines of their own pieces and punctuation. */
    @Test
    void builtInPatternsFindTheSame() throws Exception {
        String[] pieces = {"一", "二", "三", "五", "八", "十", "两", "个", "项", "由", "负责", "牵头", "，", "。", "；", "！", "？",
            "、", "：", "“", "”", "\"", "《", "》", "国务院", "机构", "改革", "工作", "的", "1", "a", " ", "王", "同志", "局"};
        Random random = new Random(7);
        int rewritten = 0;
        for (Pattern p : builtInPatterns()) {
            Pattern q = QuickClasses.of(p);
            if (q == p) {
                continue;
            }
            rewritten++;
            for (int round = 0; round < 40; round++) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(60); k > 0; k--) {
                    b.append(pieces[random.nextInt(pieces.length)]);
                }
                String line = b.toString();
                assertEquals(matches(p, line), matches(q, line), () -> p + " on " + line);
            }
        }
        assertTrue(rewritten > 10, String.valueOf(rewritten));
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            StringBuilder b = new StringBuilder(m.start() + "-" + m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                b.append(' ').append(m.start(g)).append(':').append(m.end(g));
            }
            out.add(b.toString());
        }
        return out;
    }

    private static List<Pattern> builtInPatterns() throws Exception {
        Config config = ConfigLoader.defaults();
        List<Pattern> all = new ArrayList<>(config.balance().concrete());
        all.addAll(BuiltInCues.of(config));
        for (Lexicon lexicon : RuleLoader.load(config, List.of()).lexicons().values()) {
            for (Lexicon.Entry e : lexicon.entries()) {
                all.add(e.pattern());
            }
        }
        return all;
    }
}
