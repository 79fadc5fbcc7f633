package org.huibao.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Heading;
import org.huibao.api.NodeType;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;
import org.huibao.parse.LineIndex;

/**
 * Paired marks, half-width marks, doubled marks, ellipses, range dashes and date forms (GB/T 15834,
 * GB/T 15835) in every line. Each pattern runs only on a line that has a character it needs.
 */
final class PunctuationSpots implements Detector {
    private static final String OPENERS = "“‘《〈（【〔";
    private static final String CLOSERS = "”’》〉）】〕";
    static final String PAIRED = "“”‘’《》〈〉（）()【】〔〕";
    // Group 1: the marks; list markers ("：1）", "a)"), apostrophes ("Smith’s", "90’s") and minutes and
    // seconds written with quotation marks (3’25”) are read past.
    static final Pattern MARKS = Pattern.compile(
            // an item number closed by ） alone (：1）…); not the minutes of a clock time (9:00）, 9：00）)
            "(?:^|(?<=[；，。、;,\\s])|(?<=(?<![0-9０-９])[：:]))[0-9A-Za-z一二三四五六七八九十]{1,2}[）)]"
            + "|(?<=[A-Za-z0-9])’(?=[A-Za-z])"
            + "|\\d{1,3}’\\d{1,2}(?:\\.\\d+)?”"
            + "|([“”‘’《》〈〉（）()【】〔〕])");
    private static final String CN = "\\p{IsHan}，。、；：？！“”‘’《》〈〉（）【】…";
    // Group 1: a half-width mark or pair; the alternatives before it read past what is not one (a
    // heading ordinal at the line's start, a list marker's closer, a Markdown link target, a URL, a pair
    // that touches no Chinese text).
    private static final Pattern HALF_WIDTH = Pattern.compile(
            "^[(（](?:\\d{1,2}|[一二三四五六七八九十]{1,3})[)）][、.．,，]?"
            + "|^(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[,.]"
            + "|(?:^|(?<=[：；，。、:;,\\s]))[0-9A-Za-z]{1,2}\\)"
            + "|\\]\\([^()\\s]*\\)"
            + "|(?:https?|ftp)://[!-~]+"
            + "|("
            + "(?<=[" + CN + "])\\([^()（）]{0,80}\\)"
            + "|\\([^()（）]{0,80}\\)(?=[" + CN + "])"
            + "|\\([" + CN + "](?:[^()（）]{0,78}[" + CN + "])?\\)"
            + "|(?<=[" + CN + "])\"[^\"]{1,80}\""
            + "|\"[^\"]{1,80}\"(?=[" + CN + "])"
            + "|\"[" + CN + "](?:[^\"]{0,78}[" + CN + "])?\""
            + "|(?<=[" + CN + "])(?:[,;:?!)]|\\((?![^()（）]{0,80}\\))|\"(?![^\"]{0,80}\"))"
            + "|(?:[,;:?!)]|\\((?![^()（）]{0,80}\\))|\"(?![^\"]{0,80}\"))(?=[" + CN + "])"
            + "|(?<=\\p{IsHan})\\.(?=\\p{IsHan}|$)"
            // 仅为58%. and 共计12.: a sentence of Chinese text that ends on a figure with a half-width stop
            + "|(?<=[%％])\\.(?=\\p{IsHan}|$)|(?<=\\p{IsHan}[^。，；：]{0,12}\\d)\\.$"
            + ")"
            + "|\\([^()（）]{0,80}\\)|\"[^\"]{0,80}\"");
    /** {@link #HALF_WIDTH}'s first two alternatives: a line's ordinal, consumed before group 1 is tried. */
    private static final Pattern LEADING_ORDINAL = Pattern.compile(
            "[(（](?:\\d{1,2}|[一二三四五六七八九十]{1,3})[)）][、.．,，]?|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[,.]");
    private static final String HALF_WIDTH_CHARS = ",;:?!().\"";
    private static final Pattern DOUBLED = Pattern.compile(
            "(?<![，、；：。？！])(?![？！]+(?![，、；：。？！]))(?!。{3,}(?![，、；：。？！]))[，、；：。？！]{2,}");
    private static final String STOPS = "，、；：。？！";
    private static final Pattern ELLIPSIS = Pattern.compile(
            "(?:…+|。{3,}|\\.{3,}|[·・]{3,})等等?"
            + "|。{3,}"
            + "|(?<=[\\p{IsHan}，。、；：？！“”‘’《》（）])(?:\\.{3,}|[·・]{3,})"
            + "|(?:\\.{3,}|[·・]{3,})(?=[\\p{IsHan}，。、；：？！“”‘’《》（）])"
            + "|(?<!…)…(?!…)"
            // ……… (three or five), ．．．: not the six dots of the ellipsis; ……。: the ellipsis takes no full stop after it
            + "|(?<!…)(?:…{3}|…{5})(?!…)|．{3,}|(?<=……)。");
    private static final Pattern RANGE_DASH = Pattern.compile(
            "(?<=\\d|\\d[年月日号%％])(—{2,}|―{2,}|－{2,}|-{2,})(?=\\d)"
            + "|(?<![A-Za-z/.\\s\\-－–~]\\d{1,4})(?<=\\d)([-~])(?=\\d{1,4}[年月日]|\\d{4}学年)"
            + "|(?<=\\d[年月日])([-~])(?=\\d)"
            // 10%-20%, 3万-5万元: both ends carry their unit, so the mark can only join a range
            + "|(?<=\\d[%％万亿])([-~])(?=\\d+(?:\\.\\d+)?[%％万亿])");
    static final Pattern DATE_FORM = Pattern.compile(
            "(?<![0-9０-９.])0[1-9](?=[月日])"
            + "|(?<=月|〕)0[1-9](?=号)"
            + "|(?<![0-9０-９.]|徒刑|刑期|满|近|历时|长达|超过|共|约|龄)[0-9]{2}年(?=[0-9]{1,2}月|[上下]半年)");

    @Override
    public void detect(LineContext c, List<Spot> out) {
        String text = c.text();
        if (c.has(CharSets.PAIRED)) {
            unpaired(c, out);
        }
        if (text.indexOf('《') >= 0 || text.indexOf('〈') >= 0) {
            nestedTitles(c, out);
        }
        if (c.line().type() != NodeType.ADDRESSEE && halfWidthTouchesChinese(text)) {
            halfWidth(c, out);
        }
        if (hasTwoStops(text)) {
            doubled(c, out);
        }
        if (text.contains("”、“") || text.contains("’、‘") || text.contains("》、《")) {
            enumerationCommas(c, out);
        }
        if (text.indexOf('…') >= 0 || text.contains("。。。") || text.contains("...") || text.contains("．．．") || dots(text)) {
            c.find(ELLIPSIS, 0, SpotKind.ELLIPSIS, out);
        }
        if (dashAfterNumber(text)) {
            c.find(RANGE_DASH, 0, SpotKind.RANGE_DASH, out);
        }
        if (hasDigitOrPercent(text)) {
            Numbers.find(c, out);
        }
        if (mayHaveDateForm(text)) {
            StartsAt m = new StartsAt(DATE_FORM, text, PunctuationSpots::dateFormMayStart);
            while (m.find()) {
                int from = m.matcher().start();
                int to = m.matcher().end();
                // 05日, 〔2023〕05号: the zero goes; 23年4月 needs its century, which a person knows
                String digits = text.substring(from, to);
                boolean padded = digits.length() == 2 && digits.charAt(0) == '0';
                out.add(c.spot(SpotKind.DATE_FORM, from, to, "", padded ? digits.substring(1) : null));
            }
        }
    }

    /**
     * Whether a half-width mark stands next to a Chinese character or mark: every alternative of
     * {@link #HALF_WIDTH}'s group 1 needs one (a pair touches Chinese text outside or just inside).
     */
    private static boolean halfWidthTouchesChinese(String t) {
        Matcher ordinal = LEADING_ORDINAL.matcher(t);
        for (int i = ordinal.lookingAt() ? ordinal.end() : 0; i < t.length(); i++) {
            if (HALF_WIDTH_CHARS.indexOf(t.charAt(i)) >= 0
                    && (i > 0 && chinese(t.charAt(i - 1)) || i + 1 < t.length() && chinese(t.charAt(i + 1)))) {
                return true;
            }
            // a figure's stop at the end of a sentence (58%.): the alternatives of a figure say more
            if (t.charAt(i) == '.' && i > 0 && (t.charAt(i - 1) == '%' || t.charAt(i - 1) == '％' || i == t.length() - 1 && Character.isDigit(t.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** A character of {@link #CN}; a surrogate counts, so that Han characters beyond the BMP are never missed. */
    private static boolean chinese(char c) {
        return Character.isSurrogate(c) || Han.is(c) || "，。、；：？！“”‘’《》〈〉（）【】…".indexOf(c) >= 0;
    }

    /** Three of · and ・ in a row. */
    private static boolean dots(String t) {
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            run = c == '·' || c == '・' ? run + 1 : 0;
            if (run == 3) {
                return true;
            }
        }
        return false;
    }

    /** A dash after a digit or after 年/月/日/号: where every alternative of {@link #RANGE_DASH} starts. */
    private static boolean dashAfterNumber(String t) {
        for (int i = 1; i < t.length(); i++) {
            if ("—―－-~".indexOf(t.charAt(i)) >= 0) {
                char b = t.charAt(i - 1);
                if (b >= '0' && b <= '9' || "年月日号%％万亿".indexOf(b) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An ASCII digit, or 百 (百分之): what every number {@link Numbers} looks at starts with. */
    private static boolean hasDigitOrPercent(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            // and the false zeros of a year in Chinese numerals (二零二六年, 二○二六年)
            if (c >= '0' && c <= '9' || c == '百' || c == '%' || c == '％' || c >= '０' && c <= '９' || "壹贰叁肆伍陆柒捌玖拾佰仟".indexOf(c) >= 0
                    || "零○ＯO".indexOf(c) >= 0 && i > 0 && t.charAt(i - 1) == '二') {
                return true;
            }
        }
        return false;
    }

    /** 0 before 1–9, or two digits before 年: what every alternative of {@link #DATE_FORM} starts with. */
    private static boolean mayHaveDateForm(String t) {
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (t.charAt(i - 1) == '0' && c >= '1' && c <= '9') {
                return true;
            }
            if (c == '年' && i >= 2 && digit(t.charAt(i - 1)) && digit(t.charAt(i - 2))) {
                return true;
            }
        }
        return false;
    }

    /** Two digits, then 月, 日, 号 or 年: how every match of {@link #DATE_FORM} starts. */
    static boolean dateFormMayStart(String t, int i) {
        return i + 2 < t.length() && digit(t.charAt(i)) && digit(t.charAt(i + 1)) && "月日号年".indexOf(t.charAt(i + 2)) >= 0;
    }

    /**
     * A paired mark (the apostrophe among them), or a letter, digit or Chinese numeral with a closing
     * parenthesis or ’ in the next three characters: where every match of {@link #MARKS} starts.
     */
    static boolean markMayStart(String t, int i) {
        char c = t.charAt(i);
        if (PAIRED.indexOf(c) >= 0) {
            return true;
        }
        if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || "一二三四五六七八九十".indexOf(c) >= 0) {
            for (int k = i + 1; k <= i + 3 && k < t.length(); k++) {
                char d = t.charAt(k);
                if (d == '）' || d == ')' || d == '’') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasTwoStops(String t) {
        for (int i = 1; i < t.length(); i++) {
            if (STOPS.indexOf(t.charAt(i)) >= 0 && STOPS.indexOf(t.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** One stack per kind of mark; what is left open or closes nothing is a spot. */
    private static void unpaired(LineContext c, List<Spot> out) {
        Map<Character, Deque<int[]>> open = new HashMap<>();
        List<int[]> lone = new ArrayList<>();
        StartsAt marks = new StartsAt(MARKS, c.text(), PunctuationSpots::markMayStart);
        Matcher m = marks.matcher();
        while (marks.find()) {
            if (m.group(1) == null) {
                // （见附表一、二）, （详见附件1、2）: an item number's ） closes a parenthesis left open before it
                Deque<int[]> paren = open.get('（');
                char end = m.group().charAt(m.group().length() - 1);
                if ((end == '）' || end == ')') && paren != null && !paren.isEmpty()) {
                    paren.pop();
                }
                continue;
            }
            char ch = m.group(1).charAt(0);
            char k = ch == '(' ? '（' : ch == ')' ? '）' : ch;
            int[] at = {m.start(1), m.end(1)};
            if (OPENERS.indexOf(k) >= 0) {
                open.computeIfAbsent(k, x -> new ArrayDeque<>()).push(at);
            } else {
                Deque<int[]> st = open.get(OPENERS.charAt(CLOSERS.indexOf(k)));
                if (st == null || st.isEmpty()) {
                    lone.add(at);
                } else {
                    st.pop();
                }
            }
        }
        Deque<int[]> quotes = open.get('“');
        if (quotes != null && !quotes.isEmpty() && c.line().type() == NodeType.PARAGRAPH && c.quotationGoesOn()) {
            quotes.pop();
        }
        // a mark opened in the last sentence of a text cut off mid-sentence lost its partner with the rest
        int sentence = c.cutOff() ? lastSentence(c.text()) : Integer.MAX_VALUE;
        for (Deque<int[]> st : open.values()) {
            for (int[] at : st) {
                if (at[0] < sentence) {
                    lone.add(at);
                }
            }
        }
        for (int[] at : lone) {
            out.add(c.spot(SpotKind.UNPAIRED_MARK, at[0], at[1], ""));
        }
    }

    /** Where the line's last sentence begins: after its last 。！？；. */
    private static int lastSentence(String t) {
        for (int i = t.length() - 1; i >= 0; i--) {
            if ("。！？；!?;".indexOf(t.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The inner pairs of a title nested in a title that is itself closed on the line, and a title in the
     * single marks 〈〉 outside any 《》.
     */
    private static void nestedTitles(LineContext c, List<Spot> out) {
        String t = c.text();
        Deque<Integer> st = new ArrayDeque<>();
        List<int[]> inner = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '〈' && st.isEmpty()) {
                // 〈…〉 outside any 《…》: the single marks stand only inside a title (学习〈条例〉 → 《条例》)
                int close = t.indexOf('〉', i + 1);
                int other = t.indexOf('〈', i + 1);
                if (close > i + 1 && (other < 0 || other > close) && titleLike(t.substring(i + 1, close))) {
                    String title = "《" + t.substring(i + 1, close) + "》";
                    out.add(c.spot(SpotKind.NESTED_TITLE, i, close + 1, title, title));
                    i = close;
                }
            } else if (ch == '《') {
                st.push(i);
            } else if (ch == '》' && !st.isEmpty()) {
                int o = st.pop();
                if (st.size() == 1) {
                    inner.add(new int[] {o, i + 1});
                } else if (st.isEmpty()) {
                    for (int[] s : inner) {
                        String single = "〈" + t.substring(s[0] + 1, s[1] - 1) + "〉";
                        out.add(c.spot(SpotKind.NESTED_TITLE, s[0], s[1], single, single));
                    }
                    inner.clear();
                }
            }
        }
    }

    /**
     * What 〈〉 hold reads as a title: six characters or more, or a name of a kind of document (〈…条例〉);
     * not an editor's insertion into a word (执行委员〈会〉).
     */
    private static boolean titleLike(String inside) {
        if (inside.length() >= 6) {
            return true;
        }
        for (String kind : new String[] {"法", "条例", "办法", "规定", "意见", "通知", "决定", "方案", "规划", "纲要", "准则",
            "细则", "规则", "报告", "决议", "章程", "制度", "指南", "标准"}) {
            if (inside.length() > kind.length() && inside.endsWith(kind)) {
                return true;
            }
        }
        return false;
    }

    private static void halfWidth(LineContext c, List<Spot> out) {
        Matcher m = HALF_WIDTH.matcher(c.text());
        while (m.find()) {
            if (m.group(1) == null || m.end(1) == m.start(1)) {
                continue;
            }
            String t = m.group(1);
            String full;
            String fix;
            if (t.length() > 1) {
                full = (t.startsWith("(") ? "（" : "“") + t.substring(1, t.length() - 1) + (t.startsWith("(") ? "）" : "”");
                fix = full;
            } else if (t.equals("\"")) {
                // a lone straight quote may open or close: a person says which
                full = "“ 或 ”";
                fix = null;
            } else {
                int k = ",;:?!().".indexOf(t);
                full = "，；：？！（）。".substring(k, k + 1);
                fix = full;
            }
            out.add(c.spot(SpotKind.HALF_WIDTH_MARK, m.start(1), m.end(1), full, fix));
        }
    }

    /**
     * The half-width mark that ends a heading line ("（1）抽查高费用科室;", "一、主要工作:"): the parser keeps a
     * heading's closing punctuation out of its text, so the line the detectors read never holds it. A
     * heading with no Chinese in it (a Latin caption) may end as Latin text does.
     */
    static void headingEnd(Heading h, int lineId, LineIndex index, List<Spot> out) {
        if (h.inline() || h.textSpan().end() <= h.textSpan().start() || h.span().end() <= h.textSpan().end()) {
            return;
        }
        String tail = index.text(h.textSpan().end(), h.span().end());
        if (h.text().chars().noneMatch(ch -> chinese((char) ch))) {
            return;
        }
        for (int i = 0; i < tail.length(); i++) {
            int k = ",;:?!.".indexOf(tail.charAt(i));
            if (k >= 0) {
                String full = "，；：？！。".substring(k, k + 1);
                int at = h.textSpan().end() + i;
                out.add(new Spot(SpotKind.HALF_WIDTH_MARK, lineId, index.span(at, at + 1), tail.substring(i, i + 1), full, full));
                return;
            }
            if (!Character.isWhitespace(tail.charAt(i))) {
                return;
            }
        }
    }

    /** Marks in a row; one mark typed twice or more (，，) keeps one, different marks (，。) need a person. */
    private static void doubled(LineContext c, List<Spot> out) {
        Matcher m = DOUBLED.matcher(c.text());
        while (m.find()) {
            String marks = m.group();
            boolean one = marks.chars().allMatch(ch -> ch == marks.charAt(0));
            out.add(c.spot(SpotKind.DOUBLED_MARK, m.start(), m.end(), "", one ? marks.substring(0, 1) : null));
        }
    }

    private static void enumerationCommas(LineContext c, List<Spot> out) {
        String t = c.text();
        for (int i = 1; i + 1 < t.length(); i++) {
            if (t.charAt(i) == '、') {
                char before = t.charAt(i - 1);
                char after = t.charAt(i + 1);
                if (before == '”' && after == '“' || before == '’' && after == '‘' || before == '》' && after == '《') {
                    out.add(c.spot(SpotKind.ENUMERATION_COMMA, i, i + 1, t.substring(i - 1, i + 2)));
                }
            }
        }
    }
}
