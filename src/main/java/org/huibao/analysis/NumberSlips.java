package org.huibao.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;

/**
 * Figures a drafter writes half one way and half another, or leaves half-written (GB/T 15835-2011 and the
 * usage of official texts), found by the shape of the figure and the words around it, never by a list of
 * slips: a per cent sign and 百分点 on one change (3.2%个百分点); a year and month joined by a dot (截至2024.12);
 * a month and day without 日 before the next word (7月12组织); Arabic digits in the name of a plenum or a
 * congress, which official texts write in Chinese numerals (二十届3中全会, 党的20大); and two adjacent numbers
 * giving an estimate with a 顿号 between them (3、4个 → 三四个). Each runs only on a line that has the
 * character it needs.
 */
final class NumberSlips implements Detector {
    /** 3.2%个百分点, 5％百分点, 12.5个百分点%: the change is in percentage points; the per cent sign says it twice. */
    private static final Pattern PERCENT_POINTS = Pattern.compile("(\\d+(?:\\.\\d+)?)(?:[%％](个)?百分点|个?百分点[%％])");
    private static final StartsAt.Test PERCENT_POINTS_START = FirstChars.of(PERCENT_POINTS).orElse(null);
    /**
     * 截至2024.12, 2024.12—2025.3, （2023.9）, 截至2024/6: a year of 19xx or 20xx and a month 1–12 joined by a dot or a slash, with no
     * day after it. A figure with a unit after it is an amount (2082.8亿元), one inside a version or section
     * number is no date (V2024.12, 第2024.1条).
     */
    static final Pattern YEAR_MONTH = Pattern.compile(
            "(?<![0-9A-Za-z.．/_第])((?:19|20)\\d{2})[.．/／](0?[1-9]|1[0-2])(?![0-9.．/／%％A-Za-z])");
    /**
     * 20251103, 于20251103至20251114: a date written as eight digits (the compact form of data interchange,
     * GB/T 7408) in running text, where GB/T 15835-2011 writes 2025年11月3日. Only a valid month and day, and
     * never inside a longer run of digits or letters (a serial number, a telephone number).
     */
    private static final Pattern DIGITS_DATE = Pattern.compile(
            "(?<![0-9A-Za-z.．/／_\\-－])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z.．/／_%％\\-－])");
    private static final StartsAt.Test DIGITS_DATE_START = FirstChars.of(DIGITS_DATE).orElse(null);
    /** Words before eight digits that make them a code, not a date: 编号20251103, 文号, 批次. */
    private static final String[] CODE_BEFORE = {"号", "码", "编", "批次", "代码", "账户", "账号", "证"};
    /** Words before a year-month that make it a point of time: 截至2024.12, 于2024.3, 自2023.9. */
    private static final String[] TIME_BEFORE = {"截至", "截止", "截止到", "于", "自", "从", "在", "至", "到", "—", "～", "~", "-", "－",
        "（", "(", "、", "和", "与", "及"};
    /** Words after it that do: 2024.12以来, 2024.12前完成, 2024.12—2025.3. */
    private static final String[] TIME_AFTER = {"以来", "以前", "以后", "之前", "之后", "前", "后", "起", "底", "初", "末", "中旬", "上旬",
        "下旬", "期间", "至", "到", "—", "～", "~", "-", "－", "开始", "完成", "召开", "印发", "出台", "建成", "投用", "启动", "结束"};
    /** Verbs of growth before 至/到: 增至2024.5 and 提高到2023.6 are amounts reached, not dates. */
    private static final String GROWTH = "达长高加增升超降减";
    /**
     * 7月12组织, 6月30召开: a month, a day 1–31 and straight on a word, 日 left out. What counts things after the
     * digits (7月12个乡镇, 1至7月12家企业) or joins another day (7月12、13日) is a figure, not a date.
     */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![0-9.．０-９])(1[0-2]|[1-9])月([12][0-9]|3[01]|[1-9])(?=\\p{IsHan})");
    private static final StartsAt.Test MONTH_DAY_START = FirstChars.of(MONTH_DAY).orElse(null);
    /** Characters that count or measure what a figure stands before, and approximations after it. */
    private static final String MEASURES = "日号个项件人次元万亿名家户条起宗批类所座期天时点分岁年亩吨台套处支门位篇份场轮余多至到周倍成米公"
        + "千百克斤辆架艘栋间张本册部股只头匹笔单片户栏级届季班列段层组卷幅首节";
    /** Words a measure character starts that follow a date as a verb (7月12组织, 6月30批复): 日 is missing there. */
    private static final String[] VERBS_FROM_MEASURES = {"组织", "组建", "批复", "批准", "批示", "召开", "开展", "部署", "支持",
        "印发", "起草", "起步", "启动", "召集", "完成", "举行", "举办", "成立", "出台", "前后", "前往", "期间"};
    /** 二十届3中全会, 20届三中全会, 十九届6中全会: a plenum named with an Arabic digit in it. */
    private static final Pattern PLENUM = Pattern.compile(
            "(?:(第?)([一二三四五六七八九十]+|\\d{1,2})届(?:中央委员会|中央)?(第?))?(\\d{1,2}|[一二三四五六七八九十]+)中全会");
    private static final StartsAt.Test PLENUM_START = FirstChars.of(PLENUM).orElse(null);
    /** 党的20大: the Party congress by its number, in Chinese numerals as every official text has it. */
    private static final Pattern CONGRESS = Pattern.compile("党的(\\d{1,2})(大)");
    /**
     * 十四届全国人大2次会议, 14届全国人大二次会议: one name numbering its term and its session in two ways; the
     * 第…届…第…次 form with both 第 is {@link Figures}'.
     */
    private static final Pattern SESSION = Pattern.compile(
            "(?<!第)([一二三四五六七八九十]+|\\d{1,2})届(?:全国|省|市|县|区|州|旗)?(?:人大|人民代表大会|政协|委员会|党代会|纪委)"
            + "(?:常委会)?(?!第)(\\d{1,2}|[一二三四五六七八九十]+)次(?:全体)?会议");
    /**
     * 3、4个, 三、四名: two adjacent numbers giving an estimate take no 顿号 and are written in Chinese numerals
     * (三四个; GB/T 15835-2011). Only before a word that counts (not 3、4月 or 1、2号楼, which list months and
     * buildings), and never after 第 (第3、4季度 lists).
     */
    static final Pattern ESTIMATE = Pattern.compile(
            "(?<![0-9.．第])([1-8])、([2-9])(?=个|名|人|次|家|户|天|倍|岁|万|亿|周|期|批|场|轮|篇|所(?![列述属在有示])|处(?![理置分])|小时|分钟|年(?!级|度))"
            + "|(?<![一二三四五六七八九十第百千万])([一二三四五六七八])、([二三四五六七八九])(?=个|名|人|次|家|户|天|倍|岁|周|期|批|场|轮|篇|所(?![列述属在有示])|处(?![理置分])|小时|分钟|年(?!级|度))");
    private static final String CHINESE = "〇一二三四五六七八九";
    /** Where a match of {@link #YEAR_MONTH} may start: four digits before its dot or slash. */
    static final StartsAt.Test YEAR_MONTH_START = StartsAt.charAt(4, ".．/／");
    /** Where a match of {@link #ESTIMATE} may start: one numeral before its 顿号. */
    static final StartsAt.Test ESTIMATE_START = StartsAt.charAt(1, "、");

    @Override
    public void detect(LineContext c, List<Spot> out) {
        String t = c.text();
        if (t.contains("百分点")) {
            Search s = new Search(PERCENT_POINTS, t, PERCENT_POINTS_START);
            Matcher m = s.matcher();
            while (s.find()) {
                String fix = m.group(1) + "个百分点";
                out.add(c.spot(SpotKind.NUMBER_FORM, m.start(), m.end(), fix, fix));
            }
        }
        if (t.indexOf('.') >= 0 || t.indexOf('．') >= 0 || t.indexOf('/') >= 0 || t.indexOf('／') >= 0) {
            yearMonths(c, out);
        }
        if (t.length() >= 8) {
            digitsDates(c, out);
        }
        if (t.indexOf('月') >= 0) {
            monthDays(c, out);
        }
        if (t.indexOf('届') >= 0 || t.contains("中全会") || t.contains("党的")) {
            names(c, out);
        }
        if (t.indexOf('、') >= 0) {
            estimates(c, out);
        }
    }

    private static void yearMonths(LineContext c, List<Spot> out) {
        String t = c.text();
        Search s = new Search(YEAR_MONTH, t, YEAR_MONTH_START);
        Matcher m = s.matcher();
        while (s.find()) {
            int from = m.start();
            int to = m.end();
            boolean timeBefore = from == 0 || !Han.is(t.charAt(from - 1)) && !Character.isDigit(t.charAt(from - 1))
                    || timeWordBefore(t, from);
            boolean timeAfter = to == t.length() || "，。；：）)、".indexOf(t.charAt(to)) >= 0 || timeAfterWord(t, to);
            // an amount has a unit or a measure straight after it (2082.8亿元), which is no word of time
            if (timeBefore && timeAfter) {
                String fix = m.group(1) + "年" + Integer.parseInt(m.group(2)) + "月";
                out.add(c.spot(SpotKind.DATE_FORM, from, to, "", fix));
            }
        }
    }

    /** A word of time right before {@code from}; not 至 or 到 after a verb of growth (增至2025, 提高到2026: amounts). */
    private static boolean timeWordBefore(String t, int from) {
        for (String w : TIME_BEFORE) {
            if (from >= w.length() && t.startsWith(w, from - w.length())
                    && !((w.equals("至") || w.equals("到")) && from > 1 && GROWTH.indexOf(t.charAt(from - 2)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static void digitsDates(LineContext c, List<Spot> out) {
        String t = c.text();
        Search s = new Search(DIGITS_DATE, t, DIGITS_DATE_START);
        Matcher m = s.matcher();
        while (s.find()) {
            int from = m.start();
            int to = m.end();
            boolean code = Adjacent.endsWithAny(t, from, CODE_BEFORE);
            boolean timeBefore = timeWordBefore(t, from);
            // a unit or a measure after the digits makes an amount of them (20251103元)
            boolean measured = to < t.length() && MEASURES.indexOf(t.charAt(to)) >= 0 && !timeAfterWord(t, to);
            if (!code && !measured && (timeBefore || timeAfterWord(t, to))) {
                String fix = m.group(1) + "年" + Integer.parseInt(m.group(2)) + "月" + Integer.parseInt(m.group(3)) + "日";
                out.add(c.spot(SpotKind.DATE_FORM, from, to, "", fix));
            }
        }
    }

    private static boolean timeAfterWord(String t, int at) {
        return Adjacent.startsWithAny(t, at, TIME_AFTER);
    }

    private static void monthDays(LineContext c, List<Spot> out) {
        String t = c.text();
        Search s = new Search(MONTH_DAY, t, MONTH_DAY_START);
        Matcher m = s.matcher();
        while (s.find()) {
            int to = m.end();
            if (MEASURES.indexOf(t.charAt(to)) >= 0 && !Adjacent.startsWithAny(t, to, VERBS_FROM_MEASURES)) {
                continue;
            }
            String fix = m.group(1) + "月" + m.group(2) + "日";
            out.add(c.spot(SpotKind.DATE_FORM, m.start(), to, "", fix));
        }
    }

    private static void names(LineContext c, List<Spot> out) {
        String t = c.text();
        Search s = new Search(PLENUM, t, PLENUM_START);
        Matcher m = s.matcher();
        while (s.find()) {
            String term = m.group(2);
            String plenum = m.group(4);
            if (arabic(plenum) || term != null && arabic(term)) {
                String fix = m.group(2) == null ? chinese(plenum) + "中全会"
                        : m.group(1) + chinese(term) + t.substring(m.end(2), m.start(4)) + chinese(plenum) + "中全会";
                out.add(c.spot(SpotKind.NUMBER_FORM, m.start(), m.end(), fix, fix));
            }
        }
        m = CONGRESS.matcher(t);
        while (m.find()) {
            String fix = "党的" + chinese(m.group(1)) + m.group(2);
            out.add(c.spot(SpotKind.NUMBER_FORM, m.start(), m.end(), fix, fix));
        }
        m = SESSION.matcher(t);
        while (m.find()) {
            if (arabic(m.group(1)) != arabic(m.group(2))) {
                String fix = chinese(m.group(1)) + t.substring(m.end(1), m.start(2)) + chinese(m.group(2)) + t.substring(m.end(2), m.end());
                out.add(c.spot(SpotKind.NUMBER_FORM, m.start(), m.end(), fix, fix));
            }
        }
    }

    private static void estimates(LineContext c, List<Spot> out) {
        String t = c.text();
        Search s = new Search(ESTIMATE, t, ESTIMATE_START);
        Matcher m = s.matcher();
        while (s.find()) {
            boolean arabic = m.group(1) != null;
            String a = arabic ? m.group(1) : m.group(3);
            String b = arabic ? m.group(2) : m.group(4);
            int first = arabic ? a.charAt(0) - '0' : CHINESE.indexOf(a.charAt(0));
            int second = arabic ? b.charAt(0) - '0' : CHINESE.indexOf(b.charAt(0));
            // 三、 at the start of a line is a heading's ordinal, not an estimate; 一、二、三次产业, 第二、四、五、六次
            // and 一、二期 list items one by one (an estimate is two numbers, never a run, and phases are numbered)
            boolean run = m.start() >= 2 && t.charAt(m.start() - 1) == '、' || m.end() + 1 < t.length() && t.charAt(m.end()) == '、';
            boolean phases = t.startsWith("期", m.end()) && !arabic || t.startsWith("次产业", m.end());
            if (second != first + 1 || m.start() == 0 || run || phases) {
                continue;
            }
            String fix = chinese(a) + chinese(b);
            out.add(c.spot(SpotKind.NUMBER_FORM, m.start(), m.end(), fix, fix));
        }
    }

    private static boolean arabic(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }

    /** 3 → 三, 20 → 二十, 14 → 十四, 21 → 二十一; Chinese numerals are returned as they are. */
    private static String chinese(String s) {
        if (!arabic(s)) {
            return s;
        }
        int v = Integer.parseInt(s);
        if (v < 10) {
            return String.valueOf(CHINESE.charAt(v));
        }
        String tens = v / 10 == 1 ? "十" : CHINESE.charAt(v / 10) + "十";
        return v % 10 == 0 ? tens : tens + CHINESE.charAt(v % 10);
    }
}
