package org.huibao.analysis;

import java.math.BigDecimal;
import java.util.List;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;

/**
 * Numbers GB/T 15835-2011 wants written otherwise, found by looking at characters around the digits: 百分之
 * before Arabic digits (百分之98.6), a full-width comma inside a number (1，260), 千 or 百 as a unit (5千万元), a
 * number half in Chinese numerals (一千零42件), two words of approximation on one number (约4600余份). The
 * same pass hands each run of digits to {@link Dates} (2024.6.1, 24年以来, 6月31日); {@link
 * PunctuationSpots#DATE_FORM} keeps the zero-padded forms and a two-digit year before a month.
 */
final class Numbers {
    /** Financial capitals (大写数字): the first twelve are digits and units a count never needs, then 万, 亿. */
    private static final String CAPITALS = "壹贰叁肆伍陆柒捌玖拾佰仟零万亿";
    private static final String PLAIN_OF_CAPITALS = "一二三四五六七八九十百千零万亿";

    /** Chinese numerals as a number's digits and units. */
    private static final String CHINESE_DIGITS = "〇零一二两三四五六七八九";
    private static final String CHINESE_NUMERALS = CHINESE_DIGITS + "十百千";

    /**
     * The characters a branch of {@link #find}'s pass acts on: the union of the branches' first tests. A
     * branch added to the pass adds its characters here, or it never runs.
     */
    private static final CharTable OPENS = CharTable.where(ch -> {
        char c = (char) ch;
        return CAPITALS.indexOf(c) >= 0 && CAPITALS.indexOf(c) < 12 || c >= '０' && c <= '９' || c == '%' || c == '％'
                || CHINESE_DIGITS.indexOf(c) >= 0 || digit(c) || c == '百';
    });

    private Numbers() {
    }

    static void find(LineContext c, List<Spot> out) {
        String t = c.text();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (!OPENS.has(ch)) {
                continue;
            }
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
                i = Dates.chineseYear(c, i, out);
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

    /** The number starting at {@code i}: a number written half one way, a date ({@link Dates}), a full-width comma; returns where to go on. */
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
        int date = Dates.chineseMonth(c, i, k, out);
        if (date >= 0) {
            return date;
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
        if (approx > 0 && !recentYears(t, i - 1, approx)) {
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
        date = Dates.dottedDay(c, i, k, whole, out);
        if (date >= 0) {
            return date;
        }
        // 5千万元, 3.5千万, 2百万: 千 or 百 as a unit before 万 or 亿 (GB/T 15835: 5000万元, 3500万, 200万)
        int units = k + 1 < t.length() && t.charAt(k) == '.' && digit(t.charAt(k + 1)) ? run(t, k + 1) : k;
        if (units + 1 < t.length() && (t.charAt(units) == '千' || t.charAt(units) == '百')
                && (t.charAt(units + 1) == '万' || t.charAt(units + 1) == '亿') && n <= 4
                // 百亿亿次 (10^18, the unit computing power is counted in) and 千万亿 name one magnitude together
                && !(units + 2 < t.length() && (t.charAt(units + 2) == '万' || t.charAt(units + 2) == '亿'))) {
            BigDecimal v = new BigDecimal(t.substring(i, units)).multiply(BigDecimal.valueOf(t.charAt(units) == '千' ? 1000 : 100));
            String plain = v.stripTrailingZeros().toPlainString() + t.charAt(units + 1);
            out.add(c.spot(SpotKind.NUMBER_FORM, i, units + 2, plain, plain));
            return units + 1;
        }
        date = Dates.monthDay(c, i, k, out);
        if (date >= 0) {
            return date;
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
        date = Dates.yearFirst(c, i, k, out);
        if (date >= 0) {
            return date;
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
     * 近十余年来, 近20多年以来: 近 before a span of years followed by 来 or 间 means "the recent", not "nearly", so
     * 余 or 多 after the number is the only word of approximation. {@code at} is where 近 may stand, {@code end}
     * where 余 or 多 ends.
     */
    static boolean recentYears(String t, int at, int end) {
        return at >= 0 && t.charAt(at) == '近' && (at == 0 || "将接".indexOf(t.charAt(at - 1)) < 0)
                && (t.startsWith("年来", end) || t.startsWith("年以来", end) || t.startsWith("年间", end));
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

    /** The end of the run of ASCII digits at {@code i}. */
    static int run(String t, int i) {
        int k = i;
        while (k < t.length() && digit(t.charAt(k))) {
            k++;
        }
        return k;
    }

    static boolean digit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean latin(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '_';
    }
}
