package org.huibao.analysis;

import java.util.List;
import org.huibao.api.NodeType;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;

import static org.huibao.analysis.Numbers.digit;
import static org.huibao.analysis.Numbers.latin;
import static org.huibao.analysis.Numbers.run;
import static org.huibao.analysis.Numbers.value;

/**
 * Dates GB/T 15835-2011 and GB/T 9704-2012 want written otherwise, read from the characters around a run of
 * digits that {@link Numbers} found: dates with dots or slashes (2024.6.1, 2024/6/1), a two-digit year
 * standing alone (24年以来), a year or month half in Chinese numerals (二〇24年, 2024年五月), a month and
 * day joined by a dot (7.15前), a day the month does not have (6月31日) and 号 for 日 (3月15号). Each method
 * takes the run of digits at {@code i} ending at {@code k}, and returns where to go on, or -1 when the run
 * is not such a date.
 */
final class Dates {
    /**
     * What may follow a two-digit year for it to be a year: 24年以来, 24年初, 23年底, 24年全年, 24年第一季度,
     * 23年、24年, 24年，. Not 来 (10年来: a count of years), 前 (24年前), 代 (90年代), 间, 内, 多, 余.
     */
    private static final String[] AFTER_YEAR = {"以来", "初", "底", "末", "年初", "年底", "年末", "度", "全年", "第", "同期",
        "一季度", "二季度", "三季度", "四季度", "前三季度", "春节", "工作", "，", "、", "；", "。", "至", "到", "—", "～"};
    /**
     * What may stand before a two-digit year for it to be a year: the start of the line, a mark or a
     * blank, or a word that names a time (于, 在, 自, 从, 至, 到, 截至, 和, 与, 及). Any other Chinese
     * character makes it a count (工作了24年, 成立24年以来, 有期徒刑10年).
     */
    private static final String[] BEFORE_YEAR = {"于", "在", "自", "从", "至", "到", "截至", "截止", "和", "与", "及", "是",
        "较", "比"};
    /** Words right before a two-digit year that make it a point of time whatever follows (于24年完成, 较23年增加). */
    private static final String[] TIME_BEFORE = {"于", "在", "自", "从", "截至", "截止", "较", "比", "同"};
    /** What follows a number of years, not a year: 在24年间, 于10年前, 在20年里, 较10年以上. */
    private static final String[] COUNT_AFTER = {"来", "前", "间", "内", "里", "中", "多", "余", "代", "以上", "以下", "以内", "之", "的",
        "左右", "时间", "期", "后", "整", "零", "半", "工龄", "党龄", "教龄"};
    /** Days in each month, 29 for February (a leap year's). */
    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Dates() {
    }

    /**
     * A year in Chinese numerals at {@code i} written with an Arabic digit among them (二0二五年) or
     * followed by an Arabic month (二〇二五年7月10日): one way of writing per date. Returns where to go on.
     */
    static int chineseYear(LineContext c, int i, List<Spot> out) {
        String t = c.text();
        int k = i;
        boolean arabic = false;
        boolean wrongZero = false;
        // 二0二五年, 二〇24年: Arabic digits among the Chinese numerals of a year; 二零二六年, 二○二六年, 二Ｏ三五年:
        // the zero of a year is 〇 (GB/T 15835-2011: 二〇一二, not 二零一二 — 零 is the zero of a quantity), not
        // the geometric circle ○ or a Latin O that look like it
        while (k < t.length() && k - i < 4 && ("〇零○ＯO一二三四五六七八九".indexOf(t.charAt(k)) >= 0 || digit(t.charAt(k)))) {
            arabic |= digit(t.charAt(k));
            wrongZero |= "零○ＯO".indexOf(t.charAt(k)) >= 0;
            k++;
        }
        // 零 in 二零零零年 of a text older than GB/T 15835-2011 was the usage of its day; ○ and O never were
        if (wrongZero && k - i == 4 && t.substring(i, k).matches("[〇零一二三四五六七八九0-9]{4}")) {
            wrongZero = yearValue(t.substring(i, k)) >= 2012;
        }
        if (k - i == 4 && k < t.length() && t.charAt(k) == '年' && (k + 4 >= t.length() || t.charAt(k + 1) != '年')) {
            boolean arabicMonth = k + 1 < t.length() && digit(t.charAt(k + 1));
            if (arabic || arabicMonth || wrongZero) {
                int end = arabicMonth ? run(t, k + 1) : k + 1;
                if (arabicMonth && end < t.length() && t.charAt(end) == '月') {
                    end++;
                }
                // 二0二五年 → 二〇二五年; with an Arabic month, which way to write the date is the writer's choice
                String fix = arabicMonth ? null : chineseDigits(t.substring(i, end));
                out.add(c.spot(SpotKind.DATE_FORM, i, end, "", fix));
                return end - 1;
            }
        }
        return i;
    }

    /** The year of four Chinese numerals or digits: 二零二六 → 2026. */
    private static int yearValue(String s) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            v = v * 10 + (digit(ch) ? ch - '0' : Math.max(0, "〇一二三四五六七八九".indexOf(ch)));
        }
        return v;
    }

    /** Arabic digits and false zeros as Chinese numerals: 二0二五年 → 二〇二五年, 二〇24年 → 二〇二四年, 二零二六年 → 二〇二六年. */
    private static String chineseDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(digit(ch) ? "〇一二三四五六七八九".charAt(ch - '0') : "零○ＯO".indexOf(ch) >= 0 ? '〇' : ch);
        }
        return b.toString();
    }

    /** Events named by their month (六月起义, 十月革命, 五月风暴). */
    private static final String[] EVENTS = {"起义", "革命", "事变", "风暴", "暴动", "危机"};

    /** 2024年五月: an Arabic year with its month in Chinese numerals — one way of writing per date. */
    static int chineseMonth(LineContext c, int i, int k, List<Spot> out) {
        String t = c.text();
        int n = k - i;
        if (n == 4 && k + 1 < t.length() && t.charAt(k) == '年' && "一二三四五六七八九十".indexOf(t.charAt(k + 1)) >= 0) {
            int m = k + 1;
            while (m < t.length() && "一二三四五六七八九十".indexOf(t.charAt(m)) >= 0) {
                m++;
            }
            long month = value(t.substring(k + 1, m));
            // 1938年五六月间: two neighbouring months, an approximation GB/T 15835 spells in Chinese numerals;
            // 1848年六月起义, 1830年七月革命: the month names the event
            boolean approximate = m - k - 1 == 2 && t.charAt(k + 1) != '十';
            boolean event = m + 1 < t.length() && Adjacent.startsWithAny(t, m + 1, EVENTS);
            if (m < t.length() && t.charAt(m) == '月' && m - k - 1 <= 3 && month >= 1 && month <= 12 && !approximate && !event) {
                out.add(c.spot(SpotKind.DATE_FORM, i, m + 1, "", t.substring(i, k + 1) + month + "月"));
                return m;
            }
        }
        return -1;
    }

    /** 7.15前, 于6.30完成: a month and a day with a dot (7月15日); {@code whole} ends the digits after the dot. */
    static int dottedDay(LineContext c, int i, int k, int whole, List<Spot> out) {
        String t = c.text();
        int n = k - i;
        if (n <= 2 && whole > k && whole - k - 1 <= 2 && isDottedDay(t, i, k, whole)) {
            String fix = Integer.parseInt(t.substring(i, k)) + "月" + Integer.parseInt(t.substring(k + 1, whole)) + "日";
            out.add(c.spot(SpotKind.DATE_FORM, i, whole, "", fix));
            return whole - 1;
        }
        return -1;
    }

    /** 6月31日, 2月30日, 13月5日: a day the month does not have; 3月15号: 号 for 日 in a written date. */
    static int monthDay(LineContext c, int i, int k, List<Spot> out) {
        String t = c.text();
        int n = k - i;
        if (n <= 2 && k + 1 < t.length() && t.charAt(k) == '月' && digit(t.charAt(k + 1))
                && !(i > 0 && (digit(t.charAt(i - 1)) || t.charAt(i - 1) == '.'))) {
            int d = run(t, k + 1);
            if (d - k - 1 <= 2 && d < t.length() && (t.charAt(d) == '日' || t.charAt(d) == '号')) {
                int month = Integer.parseInt(t.substring(i, k));
                int day = Integer.parseInt(t.substring(k + 1, d));
                // 2025年2月29日: February of a year given before it has 28 days unless the year is a leap year
                int year = i >= 5 && t.charAt(i - 1) == '年' && run(t, i - 5) == i - 1 && (i < 6 || !digit(t.charAt(i - 6)))
                        ? Integer.parseInt(t.substring(i - 5, i - 1)) : 0;
                boolean common = year > 0 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
                boolean impossible = month < 1 || month > 12 || day < 1 || day > DAYS[Math.min(Math.max(month, 1), 12) - 1]
                        || month == 2 && common && day == 29;
                boolean hao = t.charAt(d) == '号' && !(d + 1 < t.length() && "文令楼院线台码机位".indexOf(t.charAt(d + 1)) >= 0);
                if (impossible || hao) {
                    String fix = impossible ? null : t.substring(i, d) + "日";
                    out.add(c.spot(SpotKind.DATE_FORM, i, d + 1, "", fix));
                    return d;
                }
                // 5月11日至22号: the day that ends a range is a 日 as well
                int e = d + 2 < t.length() && "至到—－-～~".indexOf(t.charAt(d + 1)) >= 0 ? run(t, d + 2) : -1;
                if (e > d + 2 && e - d - 2 <= 2 && e < t.length() && t.charAt(e) == '号'
                        && !(e + 1 < t.length() && "文令楼院线台码机位".indexOf(t.charAt(e + 1)) >= 0)
                        && Integer.parseInt(t.substring(d + 2, e)) <= 31) {
                    out.add(c.spot(SpotKind.DATE_FORM, d + 2, e + 1, "", t.substring(d + 2, e) + "日"));
                    return e;
                }
            }
        }
        return -1;
    }

    /**
     * A run of four digits that starts a date written with dots, slashes or hyphens (2024.6.1, 2024/6/1,
     * 2025-7-10), or two digits standing for a year (24年以来).
     */
    static int yearFirst(LineContext c, int i, int k, List<Spot> out) {
        String t = c.text();
        int n = k - i;
        // 2024.6.1, 2024.06.01, 2024/6/1, 2025-7-10: a year of 19xx or 20xx, then a month and a day (GB/T
        // 15835 allows 2024-06-01, the ISO form with two-digit month and day, and no other)
        char sep = k < t.length() ? t.charAt(k) : ' ';
        if (n == 4 && (t.startsWith("19", i) || t.startsWith("20", i)) && k + 1 < t.length() && ".．／/-".indexOf(sep) >= 0) {
            int m = run(t, k + 1);
            // 2024.6月, 2024/6月: a year joined to its month by the mark, the month then named (2024年6月)
            if (sep != '-' && m - k - 1 >= 1 && m - k - 1 <= 2 && m < t.length() && t.charAt(m) == '月'
                    && !(i > 0 && (latin(t.charAt(i - 1)) || t.charAt(i - 1) == '第'))) {
                int month = Integer.parseInt(t.substring(k + 1, m));
                if (month >= 1 && month <= 12) {
                    out.add(c.spot(SpotKind.DATE_FORM, i, m + 1, "", t.substring(i, k) + "年" + month + "月"));
                    return m;
                }
            }
            if (m - k - 1 >= 1 && m - k - 1 <= 2 && m + 1 < t.length() && t.charAt(m) == sep) {
                int d = run(t, m + 1);
                if (sep == '-' && m - k - 1 == 2 && d - m - 1 == 2) {
                    // 2024-06-01, the ISO form GB/T 15835 allows in tables and data; a sentence of a report writes
                    // 2024年6月1日 (GB/T 9704), so only the form standing in Chinese text is reported
                    boolean running = (i > 0 && Han.is(t.charAt(i - 1)) || d < t.length() && Han.is(t.charAt(d)))
                            && c.line().type() == NodeType.PARAGRAPH && t.indexOf('|') < 0;
                    int month = Integer.parseInt(t.substring(k + 1, m));
                    int day = d - m - 1 == 2 ? Integer.parseInt(t.substring(m + 1, d)) : 0;
                    if (running && month >= 1 && month <= 12 && day >= 1 && day <= DAYS[month - 1]) {
                        out.add(c.spot(SpotKind.DATE_FORM, i, d, "", t.substring(i, k) + "年" + month + "月" + day + "日"));
                    }
                    return d - 1;
                }
                boolean before = i > 0 && (latin(t.charAt(i - 1)) || t.charAt(i - 1) == '第');
                boolean after = d < t.length() && (t.charAt(d) == '.' && d + 1 < t.length() && digit(t.charAt(d + 1))
                        || latin(t.charAt(d)) || "条款节版".indexOf(t.charAt(d)) >= 0);
                int month = Integer.parseInt(t.substring(k + 1, m));
                if (d - m - 1 >= 1 && d - m - 1 <= 2 && !before && !after && month >= 1 && month <= 12) {
                    int day = Integer.parseInt(t.substring(m + 1, d));
                    if (day >= 1 && day <= 31) {
                        // 2024.06.01 → 2024年6月1日, unless a 日 follows already (a person reads that one)
                        boolean dayMark = d < t.length() && "日号".indexOf(t.charAt(d)) >= 0;
                        String fix = dayMark ? null : t.substring(i, k) + "年" + month + "月" + day + "日";
                        out.add(c.spot(SpotKind.DATE_FORM, i, d, "", fix));
                        return d - 1;
                    }
                }
            }
            return k - 1;
        }
        // 23、24年, 23至24年: two recent years, the first without its 年 and both without their century
        if (n == 2 && k + 3 < t.length() && "、和至到—～".indexOf(t.charAt(k)) >= 0 && run(t, k + 1) == k + 3 && t.charAt(k + 3) == '年'
                && !(i > 0 && t.charAt(i - 1) == '.') && (k + 4 >= t.length() || !digit(t.charAt(k + 4)))) {
            int a = Integer.parseInt(t.substring(i, k));
            int b = Integer.parseInt(t.substring(k + 1, k + 3));
            if (b == a + 1 && (a >= 90 || b <= 39) && yearBefore(t, i) && !countAfter(t, k + 4)) {
                out.add(c.spot(SpotKind.DATE_FORM, i, k + 4, ""));
                return k + 3;
            }
        }
        // 24年以来: a two-digit year of 00–39 or 90–99 standing alone
        // (2024-25年度: the second year of a range, which DateSlips reports with its first)
        boolean rangeEnd = i >= 5 && "—－-～~至到".indexOf(t.charAt(i - 1)) >= 0 && (digit(t.charAt(i - 2)) || t.charAt(i - 2) == '年');
        if (n == 2 && k < t.length() && t.charAt(k) == '年' && !(i > 0 && t.charAt(i - 1) == '.') && !rangeEnd) {
            int y = Integer.parseInt(t.substring(i, k));
            // a recent year; 10年以来, 20年以来 are as often counts of years as years
            boolean plausible = (y <= 39 || y >= 90) && !(y % 10 == 0 && t.startsWith("以来", k + 1));
            // the second of two years (23年、24年连续两年) needs nothing after it
            boolean second = i >= 2 && "、和至到—～".indexOf(t.charAt(i - 1)) >= 0 && t.charAt(i - 2) == '年'
                    && i >= 4 && digit(t.charAt(i - 3)) && digit(t.charAt(i - 4)) && !(i >= 5 && digit(t.charAt(i - 5)));
            // a list is read as its first item is: 满10年、15年、20年以上 are counts of years
            int first = i;
            while (first >= 4 && "、和至到—～".indexOf(t.charAt(first - 1)) >= 0 && t.charAt(first - 2) == '年'
                    && digit(t.charAt(first - 3)) && digit(t.charAt(first - 4)) && !(first >= 5 && digit(t.charAt(first - 5)))) {
                first -= 4;
            }
            if (plausible && yearBefore(t, i) && yearBefore(t, first) && (second || yearAfter(t, k + 1) || timeBefore(t, i) && !countAfter(t, k + 1))
                    && !(k + 1 < t.length() && (digit(t.charAt(k + 1)) || t.startsWith("上半年", k + 1) || t.startsWith("下半年", k + 1)))) {
                out.add(c.spot(SpotKind.DATE_FORM, i, k + 1, ""));
            }
            return k;
        }
        return -1;
    }

    /** A month, a dot and a day read as a date: a time word before it or 前, 后, 起… after it, and a real day. */
    private static boolean isDottedDay(String t, int i, int dot, int end) {
        int month = Integer.parseInt(t.substring(i, dot));
        int day = Integer.parseInt(t.substring(dot + 1, end));
        // not PM2.5, V1.2: a figure in a name after letters
        if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1] || i > 0 && latin(t.charAt(i - 1))) {
            return false;
        }
        // not 于, 在, 至, 到: 低于2.5, 保持在2.5以上, 下降至6.08, 增至5.7公里 are amounts
        boolean before = Adjacent.endsWithAny(t, i, "截至", "截止", "每年");
        boolean after = Adjacent.startsWithAny(t, end, "前", "后", "起", "以前", "之前", "以后", "之后", "当天", "开始", "完成", "召开", "举行");
        boolean unit = end < t.length() && (digit(t.charAt(end)) || "%％万亿元倍米吨个次人年月日号".indexOf(t.charAt(end)) >= 0);
        return !unit && (after || before);
    }

    private static boolean yearBefore(String t, int i) {
        if (i == 0) {
            return true;
        }
        char b = t.charAt(i - 1);
        if (!Han.is(b) && !latin(b)) {
            return true;
        }
        for (String w : BEFORE_YEAR) {
            if (i >= w.length() && t.startsWith(w, i - w.length())) {
                // 达到13年, 延长至15年, 提高到12年, 减至15年, 缩短到10年: an amount of years reached, not a year
                boolean amount = (w.equals("到") || w.equals("至")) && i > w.length()
                        && "达长高加增升超减降短低少缩放".indexOf(t.charAt(i - w.length() - 1)) >= 0;
                return !amount;
            }
        }
        return false;
    }

    /** 于24年, 在24年, 较23年: a word that names a point of time stands right before the number. */
    private static boolean timeBefore(String t, int i) {
        return Adjacent.endsWithAny(t, i, TIME_BEFORE);
    }

    /** 在24年间, 较10年前, 于20年来: what makes the years before it a span of time, not a year. */
    private static boolean countAfter(String t, int k) {
        for (String w : COUNT_AFTER) {
            if (t.startsWith(w, k)) {
                return true;
            }
        }
        return k < t.length() && (digit(t.charAt(k)) || t.startsWith("上半年", k) || t.startsWith("下半年", k));
    }

    private static boolean yearAfter(String t, int k) {
        for (String w : AFTER_YEAR) {
            if (t.startsWith(w, k)) {
                return true;
            }
        }
        return false;
    }

}
