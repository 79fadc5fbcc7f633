package org.huibao.analysis;

import java.math.BigDecimal;
import java.util.List;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;

/**
 * Numbers and dates GB/T 15835-2011 wants written otherwise, found by looking at characters around the
 * digits: dates with dots (2024.6.1), a two-digit year standing alone (24年以来), 百分之 before Arabic
 * digits (百分之98.6), a full-width comma inside a number (1，260), 千 or 百 as a unit (5千万元), a day the
 * month does not have (6月31日) and 号 for 日 (3月15号). {@link PunctuationSpots#DATE_FORM}
 * keeps the zero-padded forms and a two-digit year before a month.
 */
final class Numbers {
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
    /** Days in each month, 29 for February (a leap year's). */
    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    /** Financial capitals (大写数字): the first twelve are digits and units a count never needs, then 万, 亿. */
    private static final String CAPITALS = "壹贰叁肆伍陆柒捌玖拾佰仟零万亿";
    private static final String PLAIN_OF_CAPITALS = "一二三四五六七八九十百千零万亿";

    /** Chinese numerals as a number's digits and units. */
    private static final String CHINESE_DIGITS = "〇零一二两三四五六七八九";
    private static final String CHINESE_NUMERALS = CHINESE_DIGITS + "十百千";

    private Numbers() {
    }

    static void find(LineContext c, List<Spot> out) {
        String t = c.text();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (CAPITALS.indexOf(ch) >= 0 && CAPITALS.indexOf(ch) < 12) {
                i = capitals(c, i, out);
                continue;
            }
            if (ch >= '０' && ch <= '９' && halfWidthDigits(t)) {
                // 2024年…党员１２８７名: full-width digits among half-width ones, one way of setting figures per text
                // (a text set in full-width digits throughout, as some official ones are, is left alone)
                int k = i;
                StringBuilder plain = new StringBuilder();
                while (k < t.length() && (t.charAt(k) >= '０' && t.charAt(k) <= '９' || t.charAt(k) == '．' && k + 1 < t.length()
                        && t.charAt(k + 1) >= '０' && t.charAt(k + 1) <= '９')) {
                    plain.append(t.charAt(k) == '．' ? '.' : (char) (t.charAt(k) - '０' + '0'));
                    k++;
                }
                out.add(c.spot(SpotKind.NUMBER_FORM, i, k, plain.toString(), plain.toString()));
                i = k - 1;
                continue;
            }
            if ((ch == '%' || ch == '％') && i > 0 && CHINESE_NUMERALS.indexOf(t.charAt(i - 1)) >= 0) {
                // 九十%: a percent sign wants Arabic digits (90%)
                int from = i;
                while (from > 0 && CHINESE_NUMERALS.indexOf(t.charAt(from - 1)) >= 0) {
                    from--;
                }
                long v = value(t.substring(from, i));
                if (v >= 0) {
                    out.add(c.spot(SpotKind.NUMBER_FORM, from, i + 1, v + "%", v + "%"));
                }
                continue;
            }
            if (CHINESE_DIGITS.indexOf(ch) >= 0 && (i == 0 || CHINESE_NUMERALS.indexOf(t.charAt(i - 1)) < 0)) {
                i = chineseYear(c, i, out);
                continue;
            }
            if (digit(ch) && (i == 0 || !digit(t.charAt(i - 1)) && t.charAt(i - 1) != '.')) {
                i = number(c, i, out);
            } else if (ch == '百' && t.startsWith("百分之", i) && i + 3 < t.length() && digit(t.charAt(i + 3))) {
                int k = i + 3;
                while (k < t.length() && (digit(t.charAt(k)) || t.charAt(k) == '.' && k + 1 < t.length() && digit(t.charAt(k + 1)))) {
                    k++;
                }
                String percent = t.substring(i + 3, k) + "%";
                out.add(c.spot(SpotKind.NUMBER_FORM, i, k, percent, percent));
                i = k - 1;
            }
        }
    }

    /**
     * A year in Chinese numerals at {@code i} written with an Arabic digit among them (二0二五年) or
     * followed by an Arabic month (二〇二五年7月10日): one way of writing per date. Returns where to go on.
     */
    private static int chineseYear(LineContext c, int i, List<Spot> out) {
        String t = c.text();
        int k = i;
        boolean arabic = false;
        // 二0二五年, 二〇24年: Arabic digits among the Chinese numerals of a year
        while (k < t.length() && k - i < 4 && ("〇零○一二三四五六七八九".indexOf(t.charAt(k)) >= 0 || digit(t.charAt(k)))) {
            arabic |= digit(t.charAt(k));
            k++;
        }
        if (k - i == 4 && k < t.length() && t.charAt(k) == '年' && (k + 4 >= t.length() || t.charAt(k + 1) != '年')) {
            boolean arabicMonth = k + 1 < t.length() && digit(t.charAt(k + 1));
            if (arabic || arabicMonth) {
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

    /**
     * 叁个, 拾万元: financial capitals in a report's figures, where Arabic digits belong; left alone where a sum
     * is written out as on a cheque (人民币…元整, 大写…). Returns where to go on.
     */
    private static int capitals(LineContext c, int i, List<Spot> out) {
        String t = c.text();
        int k = i;
        StringBuilder plain = new StringBuilder();
        while (k < t.length() && CAPITALS.indexOf(t.charAt(k)) >= 0) {
            plain.append(PLAIN_OF_CAPITALS.charAt(CAPITALS.indexOf(t.charAt(k))));
            k++;
        }
        // 肆, 伍, 陆 and 拾 are also characters of words (放肆, 队伍, 陆续, 大陆, 收拾): a counter after the run
        // makes a figure of it, unless its one capital ends such a word
        boolean counted = k < t.length() && "个项件人次元万亿名家户条起宗批类所座期".indexOf(t.charAt(k)) >= 0
                && !(i > 0 && k - i == 1 && wordOf(t.charAt(i - 1), t.charAt(i)));
        String before = t.substring(Math.max(0, i - 6), i);
        String after = t.substring(k, Math.min(t.length(), k + 3));
        // 叁零陆零超级电容: a name spelt in capitals counts nothing; a figure has a counter after it
        if (before.contains("人民币") || before.contains("大写") || after.startsWith("元整") || after.startsWith("圆整")
                || after.startsWith("整") || !counted) {
            return k - 1;
        }
        String p = plain.toString();
        // 拾万 → 10万: the figure before 万 or 亿 in Arabic digits, the unit kept
        String unit = p.endsWith("万") || p.endsWith("亿") ? p.substring(p.length() - 1) : "";
        String figure = p.substring(0, p.length() - unit.length());
        long v = figure.contains("万") || figure.contains("亿") || figure.isEmpty() ? -1 : value(figure);
        String fix = v >= 0 ? v + unit : null;
        out.add(c.spot(SpotKind.NUMBER_FORM, i, k, fix == null ? p : fix, fix));
        return k - 1;
    }

    private static boolean halfWidthDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (digit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** 队伍, 入伍, 大陆, 登陆, 收拾, 放肆: a capital that ends a word with the character before it. */
    private static boolean wordOf(char before, char capital) {
        return switch (capital) {
            case '伍' -> "队入退".indexOf(before) >= 0;
            case '陆' -> "大登着水海内".indexOf(before) >= 0;
            case '拾' -> before == '收';
            case '肆' -> before == '放';
            default -> false;
        };
    }

    /** Arabic digits as Chinese numerals: 二0二五年 → 二〇二五年, 二〇24年 → 二〇二四年. */
    private static String chineseDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(digit(ch) ? "〇一二三四五六七八九".charAt(ch - '0') : ch);
        }
        return b.toString();
    }

    /** The value of a number in Chinese numerals and Arabic digits (九十 → 90, 3千8百60 → 3860), or -1. */
    static long value(String s) {
        long total = 0;
        long digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            int d = ch >= '0' && ch <= '9' ? ch - '0' : "〇一二三四五六七八九".indexOf(ch);
            if (ch == '零' || ch == '○') {
                d = 0;
            } else if (ch == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = digit < 0 || !(s.charAt(i - 1) >= '0' && s.charAt(i - 1) <= '9') ? d : digit * 10 + d;
                continue;
            }
            int unit = switch (ch) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }

    /** The number starting at {@code i}: a dotted date, a two-digit year, a full-width comma; returns where to go on. */
    private static int number(LineContext c, int i, List<Spot> out) {
        String t = c.text();
        int k = run(t, i);
        int n = k - i;
        // 一千零42件, 三百5十: Chinese numerals with 十, 百, 千 or 零 run on in Arabic digits — one way of writing
        // per number (1042件); a year (二〇24年) is chineseYear's
        int cn = i;
        boolean spelled = false;
        while (cn > 0 && "〇一二三四五六七八九十百千零两".indexOf(t.charAt(cn - 1)) >= 0) {
            spelled |= "十百千零".indexOf(t.charAt(cn - 1)) >= 0;
            cn--;
        }
        if (spelled && i - cn >= 2 && !(cn > 0 && t.charAt(cn - 1) == '第')) {
            int end = k;
            while (end < t.length() && (digit(t.charAt(end)) || "十百千".indexOf(t.charAt(end)) >= 0)) {
                end++;
            }
            long v = value(t.substring(cn, end));
            if (v >= 0) {
                out.add(c.spot(SpotKind.NUMBER_FORM, cn, end, String.valueOf(v), String.valueOf(v)));
                return end - 1;
            }
        }
        // 3千8百60万: Arabic digits with 千 or 百 between them — one way of writing per number (3860万)
        if (k + 1 < t.length() && (t.charAt(k) == '千' || t.charAt(k) == '百') && digit(t.charAt(k + 1))) {
            int end = k;
            while (end < t.length() && (digit(t.charAt(end)) || t.charAt(end) == '千' || t.charAt(end) == '百'
                    || t.charAt(end) == '十')) {
                end++;
            }
            long v = value(t.substring(i, end));
            if (v >= 0) {
                out.add(c.spot(SpotKind.NUMBER_FORM, i, end, String.valueOf(v), String.valueOf(v)));
                return end - 1;
            }
        }
        // 61,2%, 3，5万元: a comma for the decimal point — one or two digits after it, then a unit, is no grouping
        if (k + 1 < t.length() && (t.charAt(k) == ',' || t.charAt(k) == '，') && digit(t.charAt(k + 1)) && !(i > 0 && t.charAt(i - 1) == '第')) {
            int f = run(t, k + 1);
            boolean listed = i >= 2 && (t.charAt(i - 1) == ',' || t.charAt(i - 1) == '，') && digit(t.charAt(i - 2));
            if (f - k - 1 <= 2 && f < t.length() && "万亿%％".indexOf(t.charAt(f)) >= 0 && !listed) {
                String plain = t.substring(i, k) + "." + t.substring(k + 1, f);
                out.add(c.spot(SpotKind.NUMBER_FORM, i, f, plain, plain));
                return f - 1;
            }
        }
        // 2024年五月至七月: an Arabic year with its month in Chinese numerals — one way of writing per date
        if (n == 4 && k + 1 < t.length() && t.charAt(k) == '年' && "一二三四五六七八九十".indexOf(t.charAt(k + 1)) >= 0) {
            int m = k + 1;
            while (m < t.length() && "一二三四五六七八九十".indexOf(t.charAt(m)) >= 0) {
                m++;
            }
            long month = value(t.substring(k + 1, m));
            if (m < t.length() && t.charAt(m) == '月' && m - k - 1 <= 3 && month >= 1 && month <= 12) {
                out.add(c.spot(SpotKind.DATE_FORM, i, m + 1, "", t.substring(i, k + 1) + month + "月"));
                return m;
            }
        }
        // 提高到93.5个百分点: a rate is raised to a percentage; 百分点 measure the change (提高了32.3个百分点)
        int points = k + 1 < t.length() && t.charAt(k) == '.' && digit(t.charAt(k + 1)) ? run(t, k + 1) : k;
        if (t.startsWith("个百分点", points) && i >= 2 && "到至".indexOf(t.charAt(i - 1)) >= 0 && "高升低长少降达增减".indexOf(t.charAt(i - 2)) >= 0) {
            String plain = t.substring(i, points) + "%";
            out.add(c.spot(SpotKind.NUMBER_FORM, i, points + 4, plain, plain));
            return points + 3;
        }
        // 12。4万元, 3．5%: a full stop for the decimal point, read as one when a unit follows the digits after it
        if (k + 1 < t.length() && (t.charAt(k) == '。' || t.charAt(k) == '．') && digit(t.charAt(k + 1))) {
            int f = run(t, k + 1);
            if (f - k - 1 <= 3 && f < t.length() && "万亿元%％千百".indexOf(t.charAt(f)) >= 0) {
                String plain = t.substring(i, k) + "." + t.substring(k + 1, f);
                out.add(c.spot(SpotKind.NUMBER_FORM, i, f, plain, plain));
                return f - 1;
            }
        }
        int whole = k + 1 < t.length() && t.charAt(k) == '.' && digit(t.charAt(k + 1)) ? run(t, k + 1) : k;
        // 约4600余份, 近100多人, 约5%左右: two words of approximation on one number
        int approx = approximation(t, i, whole);
        if (approx > 0) {
            int from = t.startsWith("大约", i - 2) || t.startsWith("将近", i - 2) ? i - 2 : t.charAt(i - 1) == '约' || t.charAt(i - 1) == '近' ? i - 1 : i;
            // 约 far before (约需资金2.3亿多元): the word after the number goes, 约 stays where it is
            String plain = from == i ? t.substring(i, t.startsWith("左右", approx - 2) ? approx - 2 : approx - 1) : t.substring(i, approx);
            out.add(c.spot(SpotKind.NUMBER_FORM, from, approx, plain, plain));
            return approx - 1;
        }
        // 4000～4500万元, 15～30%: a range keeps 万, 亿 or % on both numbers (GB/T 15835: 13万元～17万元, not 13～17万元)
        int range = whole < t.length() && "～~—－-至到".indexOf(t.charAt(whole)) >= 0 ? whole + 1 : -1;
        if (range > 0 && range < t.length() && digit(t.charAt(range)) && !(i > 0 && t.charAt(i - 1) == '第')) {
            int second = run(t, range);
            if (second + 1 < t.length() && t.charAt(second) == '.' && digit(t.charAt(second + 1))) {
                second = run(t, second + 1);
            }
            if (second < t.length() && "万亿%％".indexOf(t.charAt(second)) >= 0) {
                char unit = t.charAt(second);
                String plain = t.substring(i, whole) + unit + t.charAt(whole) + t.substring(range, second) + unit;
                out.add(c.spot(SpotKind.NUMBER_FORM, i, second + 1, plain, plain));
                return second;
            }
        }
        // 7.15前, 于6.30完成: a month and a day with a dot (7月15日)
        if (n <= 2 && whole > k && whole - k - 1 <= 2 && dottedDay(t, i, k, whole)) {
            String fix = Integer.parseInt(t.substring(i, k)) + "月" + Integer.parseInt(t.substring(k + 1, whole)) + "日";
            out.add(c.spot(SpotKind.DATE_FORM, i, whole, "", fix));
            return whole - 1;
        }
        // 5千万元, 3.5千万, 2百万: 千 or 百 as a unit before 万 or 亿 (GB/T 15835: 5000万元, 3500万, 200万)
        int units = k + 1 < t.length() && t.charAt(k) == '.' && digit(t.charAt(k + 1)) ? run(t, k + 1) : k;
        if (units + 1 < t.length() && (t.charAt(units) == '千' || t.charAt(units) == '百')
                && (t.charAt(units + 1) == '万' || t.charAt(units + 1) == '亿') && n <= 4) {
            BigDecimal v = new BigDecimal(t.substring(i, units)).multiply(BigDecimal.valueOf(t.charAt(units) == '千' ? 1000 : 100));
            String plain = v.stripTrailingZeros().toPlainString() + t.charAt(units + 1);
            out.add(c.spot(SpotKind.NUMBER_FORM, i, units + 2, plain, plain));
            return units + 1;
        }
        // 6月31日, 2月30日, 13月5日: a day the month does not have; 3月15号: 号 for 日 in a written date
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
            }
        }
        // 3万6千元, 1亿2千万: 万 or 亿 between Arabic digits that go on with 千, 百 or 十 (3.6万元)
        if (k + 1 < t.length() && (t.charAt(k) == '万' || t.charAt(k) == '亿') && digit(t.charAt(k + 1)) && n <= 4) {
            int m = run(t, k + 1);
            if (m < t.length() && "千百十".indexOf(t.charAt(m)) >= 0) {
                int end = m;
                while (end < t.length() && (digit(t.charAt(end)) || "千百十".indexOf(t.charAt(end)) >= 0)) {
                    end++;
                }
                long lower = value(t.substring(k + 1, end));
                long unit = t.charAt(k) == '万' ? 10_000L : 100_000_000L;
                // 19万7千多名: an approximate count ends on its unit, as it is said; 19.7万多 reads worse
                boolean approximate = end < t.length() && (t.charAt(end) == '多' || t.charAt(end) == '余');
                if (lower >= 0 && lower < unit && !approximate) {
                    BigDecimal v = BigDecimal.valueOf(Long.parseLong(t.substring(i, k)) * unit + lower)
                            .divide(BigDecimal.valueOf(unit));
                    String plain = v.stripTrailingZeros().toPlainString() + t.charAt(k);
                    out.add(c.spot(SpotKind.NUMBER_FORM, i, end, plain, plain));
                    return end - 1;
                }
            }
        }
        // 2024.6.1, 2024.06.01, 2024/6/1, 2025-7-10: a year of 19xx or 20xx, then a month and a day (GB/T
        // 15835 allows 2024-06-01, the ISO form with two-digit month and day, and no other)
        char sep = k < t.length() ? t.charAt(k) : ' ';
        if (n == 4 && (t.startsWith("19", i) || t.startsWith("20", i)) && k + 1 < t.length() && ".／/-".indexOf(sep) >= 0) {
            int m = run(t, k + 1);
            if (m - k - 1 >= 1 && m - k - 1 <= 2 && m + 1 < t.length() && t.charAt(m) == sep) {
                int d = run(t, m + 1);
                if (sep == '-' && m - k - 1 == 2 && d - m - 1 == 2) {
                    return d - 1; // 2024-06-01, the ISO form GB/T 15835 allows; 2025-7-10 is not it
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
        // 24年以来: a two-digit year of 00–39 or 90–99 standing alone
        if (n == 2 && k < t.length() && t.charAt(k) == '年' && !(i > 0 && t.charAt(i - 1) == '.')) {
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
            if (plausible && yearBefore(t, i) && yearBefore(t, first) && (second || yearAfter(t, k + 1))
                    && !(k + 1 < t.length() && (digit(t.charAt(k + 1)) || t.startsWith("上半年", k + 1) || t.startsWith("下半年", k + 1)))) {
                out.add(c.spot(SpotKind.DATE_FORM, i, k + 1, ""));
            }
            return k;
        }
        // 1，260: a full-width comma before a group of exactly three digits, not in an enumeration (1，2，3)
        if (n >= 1 && n <= 3 && t.charAt(i) != '0' && k < t.length() && t.charAt(k) == '，'
                && !(i >= 2 && t.charAt(i - 1) == '，' && digit(t.charAt(i - 2))) && !(i > 0 && t.charAt(i - 1) == '第')) {
            int end = k;
            StringBuilder plain = new StringBuilder(t.substring(i, k));
            while (end + 4 <= t.length() && t.charAt(end) == '，' && run(t, end + 1) == end + 4) {
                plain.append(t, end + 1, end + 4);
                end += 4;
            }
            boolean enumeration = end + 1 < t.length() && t.charAt(end) == '，' && digit(t.charAt(end + 1));
            if (end > k && !enumeration) {
                out.add(c.spot(SpotKind.NUMBER_FORM, i, end, plain.toString(), plain.toString()));
                return end - 1;
            }
        }
        return k - 1;
    }

    /**
     * Where 余, 多 or 左右 ends after the number ending at {@code end} when 约, 大约, 近 or 将近 stands right
     * before it at {@code i}; -1 otherwise. A unit (万, 亿, %) may stand between.
     */
    private static int approximation(String t, int i, int end) {
        if (i == 0 || t.charAt(i - 1) != '约' && t.charAt(i - 1) != '近' && !aboutBefore(t, i)) {
            return -1;
        }
        int k = end < t.length() && "万亿%％".indexOf(t.charAt(end)) >= 0 ? end + 1 : end;
        // 约50万元左右, 约1.2万亩左右: a measure word between the number and the second approximation
        int yuan = k < t.length() && "元亩人户家个项次件名吨台套座所处".indexOf(t.charAt(k)) >= 0 ? k + 1 : k;
        if (t.startsWith("左右", k) || yuan > k && t.startsWith("左右", yuan)) {
            k = t.startsWith("左右", k) ? k : yuan;
            return k + 2;
        }
        return k < t.length() && (t.charAt(k) == '余' || t.charAt(k) == '多') ? k + 1 : -1;
    }

    /**
     * 约 a few characters before the number, in its clause, as a verb's adverb: 约需资金2.3亿多元, 约有群众300余人,
     * 约占全市的30%左右. Not the 约 of a word (节约, 制约, 签约, 约束, 约谈).
     */
    private static boolean aboutBefore(String t, int i) {
        for (int j = i - 2; j >= 0 && j >= i - 8; j--) {
            char ch = t.charAt(j);
            if (!Character.isLetterOrDigit(ch)) {
                return false;
            }
            if (ch == '约' && j + 1 < t.length() && "需有计合为占达用".indexOf(t.charAt(j + 1)) >= 0
                    && (j == 0 || "节制签合公集契履违预缔婉隐盟特".indexOf(t.charAt(j - 1)) < 0)) {
                return true;
            }
        }
        return false;
    }

    /** A month, a dot and a day read as a date: a time word before it or 前, 后, 起… after it, and a real day. */
    private static boolean dottedDay(String t, int i, int dot, int end) {
        int month = Integer.parseInt(t.substring(i, dot));
        int day = Integer.parseInt(t.substring(dot + 1, end));
        if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]) {
            return false;
        }
        boolean before = false;
        // not 于, 在, 至, 到: 低于2.5, 保持在2.5以上, 下降至6.08, 增至5.7公里 are amounts
        for (String w : new String[] {"截至", "截止", "每年"}) {
            before |= i >= w.length() && t.startsWith(w, i - w.length());
        }
        boolean after = false;
        for (String w : new String[] {"前", "后", "起", "以前", "之前", "以后", "之后", "当天", "开始", "完成", "召开", "举行"}) {
            after |= t.startsWith(w, end);
        }
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
                // 达到13年, 延长至15年, 提高到12年: an amount of years reached, not a year
                boolean amount = (w.equals("到") || w.equals("至")) && i > w.length()
                        && "达长高加增升超".indexOf(t.charAt(i - w.length() - 1)) >= 0;
                return !amount;
            }
        }
        return false;
    }

    private static boolean yearAfter(String t, int k) {
        for (String w : AFTER_YEAR) {
            if (t.startsWith(w, k)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the run of ASCII digits at {@code i}. */
    private static int run(String t, int i) {
        int k = i;
        while (k < t.length() && digit(t.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean digit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean latin(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '_';
    }
}
