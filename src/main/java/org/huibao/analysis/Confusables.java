package org.huibao.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huibao.api.Term;
import org.huibao.parse.Columns;

/**
 * A wrong character in a common word, found without a list of the wrong forms: two characters that make
 * no word, each standing alone (no dictionary word joins either of them with its other neighbour), which
 * become a word of official texts when one of them is swapped for a character alike in shape or sound (政策对现:
 * 对现 is nothing, 兑现 is a word; 力量簿弱 → 薄弱; 出廷应诉 → 出庭; 招骋会 → 招聘; 短版明显 → 短板). The
 * table of look-alike and sound-alike characters is the one proofreaders use for official texts; the
 * words looked up around the pair are the segmenter's core dictionary and the words of official texts it lacks;
 * the word a swap makes must be one of those official words. Four characters that become an idiom are a slip too.
 *
 * <p>Precision: the pair must be no word itself, both its characters must be orphans (对现有 is 对 +
 * 现有, nothing is wrong). Immutable; shared.
 */
final class Confusables {
    /**
     * A character typed for another alike in shape or sound, and the characters it stands for (版 for 板 in
     * 短版, 对 for 兑 in 对现): the direction proofreaders of official texts see. Only this direction is
     * tried, so that a correct character in an abbreviation the dictionary lacks (卫健委, 治边稳藏, 专精特新专板)
     * is not taken for a slip.
     */
    private static final String[] ALIKE = {
        "版板", "廷庭", "簿薄", "骋聘", "对兑", "消销", "暴曝", "布部", "暑署", "辩辨", "辨辩", "竟竞", "竞竟兢", "拔拨",
        "侯候", "历厉励", "励厉", "厉励", "象像", "型形", "形型", "记纪", "纪记", "须需", "需须", "练炼",
        "宗综", "帐账", "惯贯", "切彻", "屡履", "带戴", "泄懈", "坐座", "座坐", "捡检", "迹绩", "积绩", "付副负", "冶治",
        "错措", "藉籍", "脏赃", "燥躁", "概慨", "峻竣", "篮蓝", "焕涣", "换涣", "勾钩", "戒诫", "济剂", "复覆", "幅辐",
        "蔽弊", "瞩嘱", "嘱瞩", "揭竭", "援缓", "彰障", "愁筹", "册策", "溶融", "交缴", "洛落", "滩摊", "篇编", "钢纲",
        "粹萃", "喧暄", "委诿", "签鉴", "懒赖", "辑缉", "祟崇", "默墨", "誉誊", "聘骋", "浅渐",
        // sound-alike or sharing a component with the character of a common word of reports: 杨尘, 立按, 震憾,
        // 针贬, 讫今, 攻艰, 坚督, 问提, 题高, 归范, 换界, 建全, 健设, 预妨, 提昌, 付责, 措失; and of idioms: 赴汤滔火
        "杨扬", "按案", "憾撼", "贬砭", "讫迄", "坚艰监", "艰坚", "提题", "题提", "归规", "界届", "建健", "健建", "妨防",
        "昌倡", "失施", "滔蹈", "漏陋", "证正", "谈淡",
    };
    /**
     * The words of official texts a look-alike swap may make: on 850 published reports, swaps into any frequent
     * dictionary word were mostly abbreviations and names the dictionary lacks (产消平衡, 促消纳, 曹妃甸大钢,
     * 庙滩子, 成形起势), so a pair is reported only when the swap makes one of these.
     */
    private static final Set<String> OFFICIAL = Set.of("短板", "堵点", "痛点", "赋能", "销号", "兜底", "托底", "弱项",
        "清单", "台账", "闭环", "督办", "帮办", "代办", "网格", "接诉", "即办", "整改", "约谈", "问责", "履职", "述职",
        "廉政", "党建", "营商", "惠企", "纾困", "减负", "帮扶", "结对", "摸排", "排查", "调度", "研判", "督导", "督查",
        "考核", "巡察", "稽察", "卫健", "健委", "贷款", "补贴", "奖补", "兑现", "招聘", "出庭", "应诉", "薄弱", "撤销", "部署", "落实", "统筹", "谋划",
        "开庭", "聘请", "注销", "吊销", "叮嘱", "形成", "拥戴", "策划", "样板", "曝光", "辨别", "竞争", "履行", "综合", "贯彻", "彻底", "懈怠", "检查", "业绩", "措施",
        "扬尘", "弘扬", "立案", "备案", "结案", "办案", "震撼", "针砭", "迄今", "陋习", "攻坚", "艰巨", "艰苦", "监督", "问题", "提高",
        "提升", "规范", "换届", "健全", "建设", "预防", "提倡", "负责", "正名", "淡薄", "淡化");
    /** The characters of the table that are prepositions of their own. */
    private static final String PREPOSITIONS = "对";
    /** The longest dictionary word looked for around a character when deciding whether it stands alone. */
    private static final int LONGEST = 4;
    /** The length of the idioms a swap is tried against. */
    private static final int IDIOM = 4;
    /**
     * How often the dictionary's corpus has, as a word of its own, a character that an input method offers:
     * 勠 and 儉 (0) it does not; bound characters (辩, 励) are there once.
     */
    private static final int COMMON = 1;
    /**
     * How often the dictionary's corpus has a word that makes four characters read as words, not as an idiom
     * with a slip: 实体 of 实体经济 (22), 农业 after 科技型农 (not 科技兴农); 开方 of 对外开方 (1) is too rare to.
     */
    private static final int FREQUENT = 10;
    /**
     * The same for the half of four characters that holds the slip when both halves are words: 繁琐|哲学, 自由|执业,
     * 和睦|相助, 托位数|不少于, 拾遗|补缺 are words as written. Two words are what a writer meant whenever the
     * dictionary has seen the half at all; an idiom that reads as two words when mistyped (共商|国事) is listed.
     */
    private static final int HALF = 1;
    /** The longest quotation a slogan playing on an idiom takes, marks included. */
    private static final int QUOTED = 12;

    private final Segmenter segmenter;
    private final Idioms idioms = Idioms.get();
    private final Map<Character, String> alike = new HashMap<>();
    /** The keys of {@link #alike}: a line's characters are nearly all none of them, told without boxing each. */
    private final CharTable alikeKeys;

    Confusables(Segmenter segmenter) {
        this.segmenter = segmenter;
        for (String entry : ALIKE) {
            alike.merge(entry.charAt(0), entry.substring(1), String::concat);
        }
        StringBuilder keys = new StringBuilder();
        alike.keySet().forEach(keys::append);
        this.alikeKeys = CharTable.of(keys);
    }

    /** The wrong characters of a line, as "confusions" word-list hits; none overlapping {@code known}. */
    List<Term> find(String t, int lineId, Columns columns, List<Term> known) {
        List<Term> out = new ArrayList<>();
        idioms(t, lineId, columns, known, out);
        for (int i = 0; i < t.length(); i++) {
            if (!alikeKeys.has(t.charAt(i))) {
                continue;
            }
            String others = alike.get(t.charAt(i));
            for (int p = i - 1; p <= i; p++) {
                if (p < 0 || p + 2 > t.length() || !Han.is(t.charAt(p)) || !Han.is(t.charAt(p + 1))) {
                    continue;
                }
                String pair = t.substring(p, p + 2);
                // the official-word swap first: it rules out nearly every pair without a dictionary look-up
                String swapped = officialSwap(pair, p == i ? 0 : 1, others);
                if (swapped == null || word(pair) || overlaps(out, known, columns, p)) {
                    continue;
                }
                // the swapped character's neighbour outside the pair: 在坐|诊 — 诊 cannot stand alone, so 坐
                // makes a word with it the dictionary lacks (坐诊), and nothing is wrong
                int outer = p == i ? p - 1 : p + 2;
                if (alone(t, p, p) && alone(t, p + 1, p) && free(t, outer, i) && !opensPhrase(t, i)) {
                    out.add(new Term("confusions", lineId, columns.span(p, p + 2), pair, swapped,
                            "“" + pair + "”不成词，“" + swapped + "”是常用词：形近或音近字之误", swapped));
                }
            }
        }
        return out;
    }

    /**
     * A preposition written where its clause starts opens a phrase: 对现症病人实施… is 对 + a noun the dictionary
     * lacks (现症), not 兑现 with 对 typed for 兑 — that slip follows what is paid out (政策对现).
     */
    private static boolean opensPhrase(String t, int i) {
        return PREPOSITIONS.indexOf(t.charAt(i)) >= 0 && (i == 0 || !Han.is(t.charAt(i - 1)) && !Character.isLetterOrDigit(t.charAt(i - 1)));
    }

    /** The first of the {@link #OFFICIAL} words that putting one of {@code others} at {@code at} of the pair makes, or null. */
    private static String officialSwap(String pair, int at, String others) {
        for (int k = 0; k < others.length(); k++) {
            char[] swapped = pair.toCharArray();
            swapped[at] = others.charAt(k);
            String word = new String(swapped);
            if (OFFICIAL.contains(word)) {
                return word;
            }
        }
        return null;
    }

    /**
     * 明辩是非 for 明辨是非, 集思广议 for 集思广益: four characters that make no word and become an idiom or set
     * phrase of the dictionary when one character is put back — one alike in shape (the table
     * above) or one it sounds as, the slip of a pinyin input method. Idioms are rare in the dictionary's
     * corpus, so no frequency is asked of them; that a fixed four-character phrase comes out of one swap is
     * evidence enough, where the four characters are not read otherwise:
     * <ul>
     * <li>not two words (实体经济 is not 集体经济, 民主形式 not 民族形式), nor a word with the character before or
     *     after them (城市化建设 holds 市化建设, 科技型农业 holds 科技型农);
     * <li>the written character is in no word reaching out of the four (信息化建设: 信息);
     * <li>it is a common character: an input method offers those first, and a rare one is the idiom's variant
     *     form (勠力同心);
     * <li>not in quotation marks: a slogan plays on an idiom on purpose (“一视铜仁”, “鹏城万里”).
     * </ul>
     */
    private void idioms(String t, int lineId, Columns columns, List<Term> known, List<Term> out) {
        char[] c = t.toCharArray();
        // the first character from p on that is not Han: a window holding it is no idiom's, so the windows up
        // to it are skipped at once and each character is tested once, not in each of its four windows
        int nonHan = -1;
        for (int p = 0; p + IDIOM <= c.length; p++) {
            if (nonHan < p) {
                nonHan = p;
                while (nonHan < c.length && Han.is(c[nonHan])) {
                    nonHan++;
                }
            }
            if (nonHan < p + IDIOM) {
                p = nonHan;
                continue;
            }
            if (!idioms.mayBeNear(c, p)) {
                continue;
            }
            for (int k = 0; k < IDIOM; k++) {
                Term slip = idiom(t, c, p, k, lineId, columns, known, out);
                if (slip != null) {
                    out.add(slip);
                    p += IDIOM - 1;
                    break;
                }
            }
        }
    }

    /** The idiom that the four characters from {@code p} are with the one at {@code p + k} put back, or null. */
    private Term idiom(String t, char[] c, int p, int k, int lineId, Columns columns, List<Term> known,
                       List<Term> out) {
        if (!idioms.mayHaveHole(c, p, k)) {
            return null;
        }
        String window = t.substring(p, p + IDIOM);
        List<Idioms.Idiom> candidates = idioms.differingAt(c, p, k);
        int i = p + k;
        String slipped = k < 2 ? window.substring(0, 2) : window.substring(2);
        if (candidates.isEmpty() || word(window)
                || word(window.substring(0, 2)) && word(window.substring(2)) && segmenter.frequency(slipped) >= HALF
                && !commonerIdiom(candidates, slipped)
                || p > 0 && Han.is(t.charAt(p - 1)) && segmenter.frequency(t.substring(p - 1, p + 1)) >= FREQUENT
                || p + IDIOM < t.length() && Han.is(t.charAt(p + IDIOM)) && segmenter.frequency(t.substring(p + IDIOM - 1, p + IDIOM + 1)) >= FREQUENT
                || reachesOut(t, p, i) || segmenter.frequency(String.valueOf(t.charAt(i))) < COMMON || quoted(t, p)
                || overlaps(out, known, columns, p, p + IDIOM)) {
            return null;
        }
        String others = alike.getOrDefault(t.charAt(i), "");
        for (Idioms.Idiom candidate : candidates) {
            char right = candidate.text().charAt(k);
            if (others.indexOf(right) >= 0 || idioms.soundsAs(t.charAt(i), candidate.readings().get(k))) {
                return new Term("confusions", lineId, columns.span(p, p + IDIOM), window, candidate.text(),
                        "“" + window + "”不成词，“" + candidate.text() + "”是成语：形近或音近字之误", candidate.text());
            }
        }
        return null;
    }

    /**
     * 坚定不宜 for 坚定不移: two words, but an idiom of reports commoner than the word that holds the slip (坚定不移
     * 35, 不宜 14 in the dictionary's corpus) is what was meant; 繁琐|哲学 is read as the words.
     */
    private boolean commonerIdiom(List<Idioms.Idiom> candidates, String slipped) {
        int half = segmenter.frequency(slipped);
        for (Idioms.Idiom candidate : candidates) {
            int f = segmenter.frequency(candidate.text());
            if (f >= FREQUENT && f > half) {
                return true;
            }
        }
        return false;
    }

    /** True when a dictionary word holds the character at {@code i} and a character outside {@code p…p+4}. */
    private boolean reachesOut(String t, int p, int i) {
        for (int len = 2; len <= LONGEST; len++) {
            for (int from = Math.max(0, i - len + 1); from <= i && from + len <= t.length(); from++) {
                if ((from < p || from + len > p + IDIOM) && allHan(t.substring(from, from + len)) && word(t.substring(from, from + len))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Inside a short quotation: “一视铜仁”. */
    private static boolean quoted(String t, int p) {
        int open = t.lastIndexOf('“', p);
        int close = open < 0 ? -1 : t.indexOf('”', open);
        return open >= 0 && close > p && close - open <= QUOTED;
    }

    private static boolean allHan(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Han.is(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when no dictionary word of two to four characters in the line covers the character at {@code at},
     * other than the pair at {@code pair} under test.
     */
    private boolean alone(String t, int at, int pair) {
        for (int len = 2; len <= LONGEST; len++) {
            for (int from = Math.max(0, at - len + 1); from <= at && from + len <= t.length(); from++) {
                if (!Han.is(t.charAt(from)) || !Han.is(t.charAt(from + len - 1))) {
                    continue;
                }
                if (!(len == 2 && from == pair) && word(t.substring(from, from + len))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when the character at {@code j} is no bound morpheme left over: outside the line or not Chinese,
     * inside a dictionary word that leaves {@code swapped} out, or a word of its own.
     */
    private boolean free(String t, int j, int swapped) {
        if (j < 0 || j >= t.length() || !Han.is(t.charAt(j))) {
            return true;
        }
        for (int len = 2; len <= LONGEST; len++) {
            for (int from = Math.max(0, j - len + 1); from <= j && from + len <= t.length(); from++) {
                boolean leavesOut = swapped < from || swapped >= from + len;
                if (leavesOut && word(t.substring(from, from + len))) {
                    return true;
                }
            }
        }
        return segmenter.freeWord(t.charAt(j));
    }

    private boolean overlaps(List<Term> found, List<Term> known, Columns columns, int p) {
        return overlaps(found, known, columns, p, p + 2);
    }

    private boolean overlaps(List<Term> found, List<Term> known, Columns columns, int p, int q) {
        int start = columns.span(p, q).start();
        int end = columns.span(p, q).end();
        for (List<Term> list : List.of(found, known)) {
            for (Term k : list) {
                // a slip inside a standard formulation (赴汤滔火 in the 训词) is a wrong character too, said as such
                if (k.span().start() < end && k.span().end() > start && !k.vocabulary().endsWith("formulations")) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean word(String s) {
        return OFFICIAL.contains(s) || segmenter.isWord(s);
    }

}
