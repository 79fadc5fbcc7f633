package org.huibao.analysis;

import java.util.List;
import java.util.Set;

/**
 * The edits that make a near miss of a standard phrase, read at the place an anchor of the phrase was
 * found ({@link NearMisses}): a character or a short word replaced, left out or put in, two neighbours
 * exchanged, a near synonym at either end. Which edits are slips and which make another correct phrase
 * is the knowledge of this class; where the phrases are found is the index's. Immutable.
 */
final class PhraseEdits {
    private static final int MAX_EDIT = 2;
    /** Characters of the phrase an edit keeps before and after it (学习强军思想 is no 习近平强军思想). */
    private static final int KEPT = 2;
    private static final String LINKS = "、，,和与及的之其";
    /**
     * Conjunctions a standard phrase is published with in turn (巩固拓展脱贫攻坚成果同乡村振兴有效衔接, 与乡村振兴…):
     * one put for another is no misquote. 同 is not a linking word elsewhere (共同, 同步), so only a swap counts.
     */
    private static final String CONJUNCTIONS = "同与和及";
    /** Words that drafts put for each other in a standard phrase. */
    private static final Set<String> SWAPS = swaps("战略/总体", "思想/理论", "理念/思想", "意识/自信", "确立/树立",
            "维护/拥护", "中心/核心", "规定/条例", "严格/从严", "永远/始终", "永远/一直", "过程/方位", "政治/思想",
            "方针/要求", "首要/中心", "治理/管理", "体系/体制", "能力/水平", "加强/增强", "深化/深入",
            // issue 13: 法治社会一体建设 written 同步建设, 积极应对 主动应对, 以人民为中心 以人民为本
            "一体/同步", "积极/主动", "中心/本",
            // i13-form4: the near synonyms drafts put into the fixed wordings of the fields a unit reports on
            // (整体国家安全观, 法治社会统一建设, 非公有制经济人士健康发展, 宗教本土化方向,
            // 各民族交往交流融合, 总揽全局、统筹各方); 治理/防治 only at an end (系统防治): 污染治理攻坚战 is published
            // for 防治; not 和美/美丽: reports of 2022–2023 write 宜居宜业美丽乡村
            "总体/整体", "一体/统一", "成长/发展", "中国/本土", "交融/融合",
            "协调/统筹",
            // issue 13 (s8-form): 放在重点发展的战略位置 for 优先发展; 中央八项规定及其实施办法精神 for 实施细则
            "优先/重点", "细则/办法");
    /**
     * Near synonyms a draft puts for the first or last word of a phrase. Few: at an end most swaps make a
     * phrase published texts use (以人民为中心的发展理念, 坚持以人民为本, “乡村振兴”总体方案).
     */
    private static final Set<String> EDGE_SWAPS = swaps("积极/主动", "总体/整体", "成长/发展", "治理/防治", "交融/融合",
            // s14-form: the head noun of a task or a goal the formula fixes (立德树人根本目标, 首要目标)
            "任务/目标");
    private static final String NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十百千零〇两第";
    /**
     * What a phrase's word is replaced by where the phrase has ended rather than been misspelt: a mark
     * (扫黑除恶，争创…), a linking word (人与自然和谐的生态), a preposition opening a construction of its
     * own (坚持把加强党的全面领导贯穿… is no 坚持和加强党的全面领导).
     */
    private static final String ENDS = "，。；：、！？,.;:!?（）()《》“”‘’的和与及之把以将对";

    /** One edit found: the span of the line, its correct form and the phrase. */
    record Candidate(int start, int end, String replacement, int phrase, int cost) {
    }

    private final List<NearMisses.Phrase> phrases;
    private final AllowedPhrases allowed;

    PhraseEdits(List<NearMisses.Phrase> phrases, AllowedPhrases allowed) {
        this.phrases = phrases;
        this.allowed = allowed;
    }

    /** The edit that a hit of an anchor at {@code at} (of the folded line) vouches for, or null. */
    Candidate verify(NearMisses.Anchor a, Folded f, int at, String line, LineScan scan, Dated dated) {
        NearMisses.Phrase p = phrases.get(a.phrase());
        String phrase = p.folded();
        String text = f.text();
        int m = phrase.length();
        Candidate best = null;
        if (a.left()) {
            int start = at - a.offset();
            if (start < 0 || text.startsWith(phrase, start)) {
                return null;
            }
            for (int t = m - MAX_EDIT; t <= m + MAX_EDIT && start + t <= text.length(); t++) {
                best = better(best, edit(a.phrase(), f, start, start + t, line, scan, dated));
                best = p.harvested() ? best : better(better(best, edgeSwap(a.phrase(), f, start, start + t, line, scan, dated)),
                        transposed(a.phrase(), f, start, start + t, line, scan, dated));
            }
        } else {
            int end = at + a.length() + m - a.offset() - a.length();
            if (end > text.length() || end - m >= 0 && text.startsWith(phrase, end - m)) {
                return null;
            }
            for (int t = m - MAX_EDIT; t <= m + MAX_EDIT && end - t >= 0; t++) {
                best = better(best, edit(a.phrase(), f, end - t, end, line, scan, dated));
                best = p.harvested() ? best : better(better(best, edgeSwap(a.phrase(), f, end - t, end, line, scan, dated)),
                        transposed(a.phrase(), f, end - t, end, line, scan, dated));
            }
        }
        return best;
    }

    private static Candidate better(Candidate a, Candidate b) {
        return a == null || b != null && b.cost() < a.cost() ? b : a;
    }

    /**
     * Whether {@code text[s, e)} is the phrase with one edit inside it: a common start and end, and between
     * them at most two characters of the phrase replaced by at most two others.
     */
    private Candidate edit(int index, Folded f, int s, int e, String line, LineScan scan, Dated dated) {
        String phrase = phrases.get(index).folded();
        String text = f.text();
        int m = phrase.length();
        int t = e - s;
        int a = 0;
        while (a < Math.min(m, t) && phrase.charAt(a) == text.charAt(s + a)) {
            a++;
        }
        int b = 0;
        while (b < Math.min(m, t) && phrase.charAt(m - 1 - b) == text.charAt(e - 1 - b)) {
            b++;
        }
        int kept = Math.min(a + b, Math.min(m, t));
        int x = m - kept;
        int y = t - kept;
        if (x > MAX_EDIT || y > MAX_EDIT || x + y == 0) {
            return null;
        }
        // inside the phrase however it is aligned: a common start and a common end that the edit cannot
        // be moved into (共建共享 is 共商共建共享 without its first word, not without 商共)
        // and with two characters of the phrase before it (学习强军思想 is not 习近平强军思想 cut short,
        // 坚定维护 and 党员学习教育 are not slips for 坚决维护, 党纪学习教育) and two after it, or one after a
        // character replaced (全过程人民名主)
        // (a word swapped for its near synonym needs only one: 全方位人民民主)
        int after = x == 1 && y == 1 ? 1 : 2;
        int before = x == 2 && y == 2 ? 1 : 2;
        int i = Math.min(a, kept - after);
        if (a >= kept || b >= kept || i < before || i < kept - b) {
            return null;
        }
        String wrote = text.substring(s + i, s + i + y);
        String meant = phrase.substring(i, i + x);
        if (!(phrases.get(index).harvested() ? TypingSlips.typed(x, y, meant, wrote, text, s + i, phrase, i) && !TypingSlips.cutsWord(text, s, e)
                : shape(x, y, meant, wrote, phrases.get(index).name())) || only(wrote, LINKS) && only(meant, LINKS)
                || y > 0 && only(wrote, ENDS) && !NearMisses.any(meant, ENDS)
                || x == 1 && y == 1 && CONJUNCTIONS.indexOf(meant.charAt(0)) >= 0 && "把以将对".indexOf(wrote.charAt(0)) >= 0
                || countryForPlace(phrase, i, x, wrote)
                || x == 1 && y == 1 && CONJUNCTIONS.indexOf(wrote.charAt(0)) >= 0 && CONJUNCTIONS.indexOf(meant.charAt(0)) >= 0 || !SWAPS.contains(meant + "/" + wrote) && (NearMisses.any(wrote, NUMERALS) || NearMisses.any(meant, NUMERALS))
                || x == 0 && (wrote.charAt(0) == text.charAt(s + i - 1) || wrote.charAt(y - 1) == text.charAt(s + i + y))) {
            return null;
        }
        int[] raw = f.toRaw();
        // what was written instead, in the line (an insertion point when nothing was)
        int editFrom = raw[s + i];
        int editTo = y == 0 ? editFrom : raw[s + i + y - 1] + 1;
        if (allowed.insideLegit(scan, editFrom, editTo, dated, phrases.get(index).harvested())) {
            return null;
        }
        int start = raw[s];
        int end = raw[e - 1] + 1;
        if (start > 0 && opens(line.charAt(start - 1)) && line.indexOf(closer(line.charAt(start - 1)), start) >= 0
                && line.indexOf(closer(line.charAt(start - 1)), start) < end) {
            start--;
        }
        if (end < line.length() && closes(line.charAt(end)) && line.lastIndexOf(opener(line.charAt(end)), end) >= start) {
            end++;
        }
        String replacement = line.substring(start, editFrom) + meant + line.substring(editTo, end);
        return new Candidate(start, end, replacement, index, x + y);
    }

    /**
     * The phrase with two neighbours exchanged inside it: two characters typed in the other order into no
     * word (习近平新时代中国特色会社主义思想), or two of its words of two characters or more
     * (习近平新时代中国社会主义特色思想), as a drafter who moves a word writes them. The tail of a phrase moved
     * to its front is another sentence, not a slip, so the edit keeps {@link #KEPT} characters of the phrase
     * on either side, as the other edits do; words with a linking word, a mark or a number in them are the lists' and the counts' (ListOrders, EnumeratedFormulas).
     */
    private Candidate transposed(int index, Folded f, int s, int e, String line, LineScan scan, Dated dated) {
        String phrase = phrases.get(index).folded();
        String text = f.text();
        int m = phrase.length();
        if (s < 0 || e > text.length() || e - s != m) {
            return null;
        }
        int a = 0;
        while (a < m && phrase.charAt(a) == text.charAt(s + a)) {
            a++;
        }
        int b = 0;
        while (b < m - a && phrase.charAt(m - 1 - b) == text.charAt(e - 1 - b)) {
            b++;
        }
        int len = m - a - b;
        if (a < KEPT || b < KEPT || len < 2) {
            return null;
        }
        String meant = phrase.substring(a, m - b);
        String wrote = text.substring(s + a, e - b);
        if (NearMisses.any(meant, LINKS) || NearMisses.any(meant, ENDS) || NearMisses.any(meant, NUMERALS)) {
            return null;
        }
        // two characters the other way round are a word of their own now and then, and then mostly a word of
        // the same sense (互相 for 相互, 累积 for 积累): a slip only where they make no word, or break a longer
        // word of the phrase (会社 in 特色会社主义)
        if (len == 2) {
            return wrote.charAt(0) != meant.charAt(1) || wrote.charAt(1) != meant.charAt(0) ? null
                    : !Segmenter.inDictionary(wrote) || inLongerWord(phrase, a) ? swapped(index, f, s, e, s + a, e - b, meant, line, scan, 2, dated) : null;
        }
        for (int k = 1; k < len; k++) {
            // two modifiers of one head are written in either order (义务教育均衡优质发展, 房地产市场健康平稳发展
            // in published reports)
            if (wrote.equals(meant.substring(k) + meant.substring(0, k))
                    && !(Segmenter.modifier(meant.substring(0, k)) && Segmenter.modifier(meant.substring(k)))) {
                return swapped(index, f, s, e, s + a, e - b, meant, line, scan, 3, dated);
            }
        }
        return null;
    }

    /** Whether a dictionary word of three or four characters of the phrase holds its characters {@code i} and {@code i + 1}. */
    private static boolean inLongerWord(String phrase, int i) {
        for (int from = Math.max(0, i - 2); from <= i; from++) {
            for (int to = Math.max(i + 2, from + 3); to <= Math.min(phrase.length(), from + 4); to++) {
                if (Segmenter.inDictionary(phrase.substring(from, to))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The edit replaces (part of) 中国 in the phrase with Chinese characters: a place's own campaign (平安中山建设). */
    private static boolean countryForPlace(String phrase, int at, int length, String wrote) {
        int c = phrase.indexOf("中国");
        // the Party's name and 中国特色… are no campaign of a place
        if (c < 0 || phrase.startsWith("中国共产党", c) || phrase.startsWith("中国特色", c) || phrase.startsWith("中国式", c) || length == 0 || wrote.isEmpty() || at >= c + 2 || at + length <= c) {
            return false;
        }
        // a campaign names the country last (健康中国) or before 建设 (平安中国建设); 宗教中国化 is no campaign,
        // and 本土/本国 name no place
        if (!(c + 2 == phrase.length() || phrase.startsWith("建设", c + 2)) || wrote.startsWith("本")) {
            return false;
        }
        for (int k = 0; k < wrote.length(); k++) {
            if (!Han.is(wrote.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word at either end of the phrase replaced by a near synonym of {@link #EDGE_SWAPS} (主动应对人口
     * 老龄化国家战略 for 积极应对…): the rest of the phrase is intact, and the swap is one that makes no
     * other phrase, unlike most edits at an end.
     */
    private Candidate edgeSwap(int index, Folded f, int s, int e, String line, LineScan scan, Dated dated) {
        String phrase = phrases.get(index).folded();
        String text = f.text();
        int m = phrase.length();
        int t = e - s;
        if (s < 0 || e > text.length()) {
            return null;
        }
        for (int x = 1; x <= MAX_EDIT; x++) {
            int y = t - (m - x);
            if (y < 1 || y > MAX_EDIT || m - x < NearMisses.MIN_LENGTH - MAX_EDIT) {
                continue;
            }
            // the swap at the start, then at the end
            if (text.regionMatches(s + y, phrase, x, m - x) && EDGE_SWAPS.contains(phrase.substring(0, x) + "/" + text.substring(s, s + y))) {
                return swapped(index, f, s, e, s, s + y, phrase.substring(0, x), line, scan, x + y, dated);
            }
            if (text.regionMatches(s, phrase, 0, m - x) && EDGE_SWAPS.contains(phrase.substring(m - x) + "/" + text.substring(e - y, e))) {
                return swapped(index, f, s, e, e - y, e, phrase.substring(m - x), line, scan, x + y, dated);
            }
        }
        return null;
    }

    /** The candidate for {@code text[s, e)} with {@code text[from, to)} (folded) written for {@code meant}. */
    private Candidate swapped(int index, Folded f, int s, int e, int from, int to, String meant, String line, LineScan scan, int cost,
                              Dated dated) {
        int[] raw = f.toRaw();
        int editFrom = raw[from];
        int editTo = raw[to - 1] + 1;
        if (allowed.insideLegit(scan, editFrom, editTo, dated, false)) {
            return null;
        }
        int start = raw[s];
        int end = raw[e - 1] + 1;
        return new Candidate(start, end, line.substring(start, editFrom) + meant + line.substring(editTo, end), index, cost);
    }

    /**
     * The edits that are slips rather than another phrase: a character replaced and a word replaced by
     * its near synonym (战略/总体); in a name also one or two characters left out and one put in. Published
     * texts shorten a descriptive phrase (党风廉政建设责任, 防范化解风险) and put words into it (统筹好发展
     * 和安全); two characters put in, or a word replaced by any other, mostly make a correct phrase of
     * their own (习近平新时代中国特色社会主义经济思想, 全心全意为患者服务).
     */
    private static boolean shape(int x, int y, String meant, String wrote, boolean name) {
        return x == 1 && y == 1 || SWAPS.contains(meant + "/" + wrote)
                || name && (y == 0 || x == 0 && y == 1);
    }

    private static boolean opens(char c) {
        return c == '“' || c == '‘' || c == '「';
    }

    private static boolean closes(char c) {
        return c == '”' || c == '’' || c == '」';
    }

    private static char closer(char open) {
        return open == '“' ? '”' : open == '‘' ? '’' : '」';
    }

    private static char opener(char close) {
        return close == '”' ? '“' : close == '’' ? '‘' : '「';
    }

    private static Set<String> swaps(String... pairs) {
        Set<String> out = new java.util.HashSet<>();
        for (String p : pairs) {
            out.add(p);
            out.add(p.substring(p.indexOf('/') + 1) + "/" + p.substring(0, p.indexOf('/')));
        }
        return Set.copyOf(out);
    }

    private static boolean only(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
