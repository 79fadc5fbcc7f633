package org.huibao.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Span;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;

/**
 * The words around a figure that GB/T 15835-2011 wants used once or not at all: two words of approximation
 * on one number, in either kind of numerals (约一百多名, 大概100多名, 100多名左右, 约在100人左右); an exact count
 * of things written out in Chinese numerals where the report's figures are Arabic (开展培训三十六次 →
 * 36次; 三十多人, 十四个坚持, 一百周年 are not such counts); a percentage spelt with a word (百分之 94.6, 94.6个
 * 百分比); and a dot grouping the thousands of a count (12.600人次). A spot that {@link Numbers} already made on
 * the same characters is not made again.
 */
final class NumberWords implements Detector {
    private static final String NUMBER = "(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十百千两]+)";
    /** Words before a number that make it approximate: 约, 大约, 大概, 近, 将近, 接近 — with 有/在/为/达 between. */
    private static final String ABOUT = "(?:大约|大概|大致|将近|接近|约莫|约|近)(?:有|在|为|达|计)?";
    /** A word before the number and another after it: 约100多名, 大概100多名, 约一百多, 约在100人左右. */
    private static final Pattern TWICE = Pattern.compile(
            "(?<![节制签合公集契履违预缔婉隐盟特相])" + ABOUT + NUMBER + "[万亿]?(?:(?:多|余|来)(?=[\\p{IsHan}])|[\\p{IsHan}]{0,2}?(?:以上|以下)?(?:左右|上下))"
            + "|(?<![\\d.一二三四五六七八九十百千两])" + NUMBER + "[万亿]?(?:多|余)[\\p{IsHan}]{0,2}?(?:左右|上下|以上)");
    private static final StartsAt.Test TWICE_START = FirstChars.of(TWICE).orElse(null);
    /**
     * A Chinese numeral, a counter of things or sums, and the end of the clause: 开展培训三十六次，. What runs on
     * after the counter makes a name or a set phrase of it (十二次全会, 十七户湿地, 十三亿人民, 十二件实事, 二十七所的),
     * and so does a list of them (十届十次、十一次、十二次全会).
     */
    private static final Pattern SPELT_COUNT = Pattern.compile(
            "(?<![第初周期届〇零一二三四五六七八九十百千万两数几约近余])([一二三四五六七八九十两][一二三四五六七八九十百千零两]+)"
            + "([万亿]?(?:人次|次|名|人|件|家|户|元|亩|篇|场|起|所|座|台|套|辆|吨|例|宗|份))(?=[，。；）]|、(?![一二三四五六七八九十])|$)");
    private static final StartsAt.Test SPELT_COUNT_START = FirstChars.of(SPELT_COUNT).orElse(null);
    /**
     * 超过15.6万人以上, 不低于80%以上, 超100多家, 逾百余人, 约80%以上: a bound (超过, 不少于…) or 约 and a word of approximation
     * (以上, 多, 余) on one figure say the same thing twice; one of them goes. The measure between may be
     * one to three characters (人, 个月, 万元), but no word of a list or a range.
     */
    private static final Pattern BOUND_TWICE = Pattern.compile(
            "(?<![赶节制签合公集契履违预缔婉隐盟特相])(超过|超出|多于|高于|大于|不少于|不低于|不下于|不小于|逾|超|大约|大概|约)(?:了|达|有|为)?(" + NUMBER + "|半数|百)"
            + "([万亿]?[%％]?)(?:(多|余)(?=[\\p{IsHan}])|([\\p{IsHan}&&[^的和与及或至到是为]]{0,3}?)以上)");
    /** 2714万元, 1.8万户: a large amount in Arabic digits — not a year, a month or a rate (1979年, 1到10月, 54%). */
    private static final Pattern ARABIC_AMOUNT = Pattern.compile("\\d(?:\\.\\d+)?[万亿]");
    private static final StartsAt.Test ARABIC_AMOUNT_START = FirstChars.of(ARABIC_AMOUNT).orElse(null);
    /** 百分之 94.6 (a blank between), 94.6个百分比, 94.6百分比: a percentage in Arabic digits takes %. */
    private static final Pattern PERCENT_WORD = Pattern.compile("百分之\\s+(\\d+(?:\\.\\d+)?)|(\\d+(?:\\.\\d+)?)个?百分比");
    private static final StartsAt.Test PERCENT_WORD_START = FirstChars.of(PERCENT_WORD).orElse(null);
    /** 3.2%, 1.5倍, 0.8个百分点: a decimal or a rate in Arabic digits. */
    private static final Pattern ARABIC_RATE = Pattern.compile("\\d\\.\\d|\\d(?:[%％倍]|个百分点)");
    private static final StartsAt.Test ARABIC_RATE_START = FirstChars.of(ARABIC_RATE).orElse(null);
    /** 千分之3: a per mille in Arabic digits takes ‰ (GB/T 15835-2011), as a percentage takes %. */
    private static final Pattern PER_MILLE_WORD = Pattern.compile("千分之\\s*(\\d+(?:\\.\\d+)?)");
    private static final StartsAt.Test PER_MILLE_WORD_START = FirstChars.of(PER_MILLE_WORD).orElse(null);
    /**
     * 一点八个百分点, 二点五倍: a decimal spelt in Chinese numerals where the passage states its figures in
     * Arabic digits (1.8个百分点).
     */
    private static final Pattern SPELT_DECIMAL = Pattern.compile(
            "(?<![一二三四五六七八九十百千万两〇零点第])([一二三四五六七八九十]{1,3})点([〇零一二三四五六七八九]{1,3})(?=个百分点|[%％倍万亿])");
    private static final StartsAt.Test SPELT_DECIMAL_START = FirstChars.of(SPELT_DECIMAL).orElse(null);
    /**
     * 平均年龄五十一点三岁, 增长六点五个百分点: a decimal spelt in Chinese numerals before a unit is a measured
     * figure, which takes Arabic digits where the passage writes its rates so; not a time of day (九点三十分, 八点一
     * 刻) or an idiom (一点一滴), which take no unit. After 百分之 it is {@link NumberHabits}'s: the whole text says
     * whether percentages are written with %.
     */
    private static final Pattern SPELT_MEASURE = Pattern.compile(
            "(?<![一二三四五六七八九十百千万两〇零点第之])([一二三四五六七八九十]{1,3})点([〇零一二三四五六七八九]{1,3})"
            + "(?=岁|年|个月|天|小时|公里|千米|米|平方米|公顷|亩|吨|元|千克|公斤|分贝|微克|毫克|摄氏度|度|人|户|次)");
    /** 2.86个亿, 300个万: the 个 of speech between a figure and its 万 or 亿 (2.86亿元). */
    // a whole number of 万 or 亿 before a measure counts things of that class (4个万亿级产业集群, 16个万亩公园, 300个亿元以上
    // 项目): only a decimal, or a sum the clause ends on (投资3个亿，), is the spoken 个
    private static final Pattern SPOKEN_UNIT = Pattern.compile(
            "(?<![\\d.])(\\d+\\.\\d+)个([万亿])(?![分])|(?<![\\d.])(\\d+)个([万亿])(?=[，。；、！？）)的]|$)");
    /** 1.2余万次, 3.5多亿元: a word of approximation after the decimals of a figure, before its 万 or 亿 (1.2万余次). */
    private static final Pattern DECIMAL_ABOUT = Pattern.compile("(?<![\\d.])(\\d+\\.\\d+)([余多])([万亿])");
    /**
     * 12.600人次: a dot before a group of three digits, then a counter of whole things — no count of ten or more
     * persons has a decimal (a rate does: 死亡人数1.089人, 0.059人).
     */
    private static final Pattern DOT_GROUP = Pattern.compile(
            "(?<![\\d.．])([1-9]\\d{1,2})[.．](\\d{3})(?![\\d.．])(?=人次|人|名|个|件|户|家|次|起|篇|场|所|辆|台|套|宗|例)");
    private static final StartsAt.Test DOT_GROUP_START = FirstChars.of(DOT_GROUP).orElse(null);

    @Override
    public void detect(LineContext c, List<Spot> out) {
        String t = c.text();
        if (t.indexOf('多') >= 0 || t.indexOf('余') >= 0 || t.indexOf('来') >= 0 || t.contains("左右") || t.contains("上下")) {
            Search s = new Search(TWICE, t, TWICE_START);
            Matcher m = s.matcher();
            while (s.find()) {
                // the word after the number goes (约100多名 → 约100名, 100多名左右 → 100多名)
                String g = m.group();
                if (Numbers.recentYears(t, m.start(), m.end())) {
                    continue;
                }
                String fix = g.endsWith("左右") || g.endsWith("上下") || g.endsWith("以上") ? g.substring(0, g.length() - 2) : g.substring(0, g.length() - 1);
                add(c, out, m.start(), m.end(), fix, fix);
            }
        }
        if (t.contains("以上") || t.indexOf('多') >= 0 || t.indexOf('余') >= 0) {
            Matcher m = BOUND_TWICE.matcher(t);
            while (m.find()) {
                // either word may go: 超过15.6万人 or 15.6万人以上
                String figure = m.group(2) + m.group(3);
                String detail = m.group(4) != null
                        ? m.group(1) + figure + "”或“" + figure + m.group(4)
                        : m.group(1) + figure + m.group(5) + "”或“" + figure + m.group(5) + "以上";
                add(c, out, m.start(), m.end(), detail, null);
            }
        }
        if (t.indexOf('十') >= 0 || t.indexOf('百') >= 0 || t.indexOf('千') >= 0) {
            Search s = new Search(SPELT_COUNT, t, SPELT_COUNT_START);
            Matcher m = s.matcher();
            while (s.find() && arabicFigures(t)) {
                long v = Numbers.value(m.group(1));
                // 二千八百六十万元 beside 2714万元: before 万 or 亿 only where the passage writes its other large
                // amounts in Arabic digits (a text of 1981 gives 五百二十亿元 beside 54%, and 1979年的一百七十亿元)
                boolean large = m.group(2).charAt(0) == '万' || m.group(2).charAt(0) == '亿';
                if (exact(m.group(1)) && v > 10 && (!large || new Search(ARABIC_AMOUNT, t, ARABIC_AMOUNT_START).find())) {
                    String fix = v + m.group(2);
                    add(c, out, m.start(), m.end(), fix, fix);
                }
            }
        }
        if (t.contains("百分")) {
            Search s = new Search(PERCENT_WORD, t, PERCENT_WORD_START);
            Matcher m = s.matcher();
            while (s.find()) {
                String fix = (m.group(1) != null ? m.group(1) : m.group(2)) + "%";
                add(c, out, m.start(), m.end(), fix, fix);
            }
        }
        if (t.contains("千分之")) {
            Search s = new Search(PER_MILLE_WORD, t, PER_MILLE_WORD_START);
            Matcher m = s.matcher();
            while (s.find()) {
                add(c, out, m.start(), m.end(), m.group(1) + "‰", m.group(1) + "‰");
            }
        }
        // only where the passage writes its decimals or rates in Arabic digits (1981's 增长八点一倍 beside 1952年 is not)
        if (t.indexOf('点') >= 0 && new Search(ARABIC_RATE, t, ARABIC_RATE_START).find()) {
            Search s = new Search(SPELT_DECIMAL, t, SPELT_DECIMAL_START);
            Matcher m = s.matcher();
            while (s.find()) {
                spelt(c, out, m);
            }
            Matcher measure = SPELT_MEASURE.matcher(t);
            while (measure.find()) {
                spelt(c, out, measure);
            }
        }
        if (t.contains("个亿") || t.contains("个万")) {
            Matcher m = SPOKEN_UNIT.matcher(t);
            while (m.find()) {
                String fix = m.group(1) != null ? m.group(1) + m.group(2) : m.group(3) + m.group(4);
                add(c, out, m.start(), m.end(), fix, fix);
            }
        }
        if (t.indexOf('.') >= 0 && (t.indexOf('余') >= 0 || t.indexOf('多') >= 0)) {
            Matcher m = DECIMAL_ABOUT.matcher(t);
            while (m.find()) {
                String fix = m.group(1) + m.group(3) + m.group(2);
                add(c, out, m.start(), m.end(), fix, fix);
            }
        }
        if (t.indexOf('.') >= 0 || t.indexOf('．') >= 0) {
            Search s = new Search(DOT_GROUP, t, DOT_GROUP_START);
            Matcher m = s.matcher();
            while (s.find()) {
                String fix = m.group(1) + m.group(2);
                add(c, out, m.start(), m.end(2), fix, fix);
            }
        }
    }

    /** The digits of a decimal part spelt in Chinese numerals: 〇六 → 06. */
    /** A decimal spelt in Chinese numerals (group 1 the whole part, group 2 the decimals), reported in Arabic digits. */
    private static void spelt(LineContext c, List<Spot> out, Matcher m) {
        String fix = Numbers.value(m.group(1)) + "." + decimals(m.group(2));
        add(c, out, m.start(), m.end(), fix, fix);
    }

    static String decimals(String spelt) {
        StringBuilder digits = new StringBuilder();
        for (char d : spelt.toCharArray()) {
            digits.append(Math.max(0, "〇一二三四五六七八九".indexOf(d == '零' ? '〇' : d)));
        }
        return digits.toString();
    }

    /**
     * A Chinese numeral that states an exact count: two digits that are not zero (三十六, 一百二十, not 三百, 两千),
     * and no two digits side by side, which give an estimate (六七十人, 一二百人).
     */
    private static boolean exact(String numeral) {
        int digits = 0;
        for (int i = 0; i < numeral.length(); i++) {
            boolean d = "一二三四五六七八九两".indexOf(numeral.charAt(i)) >= 0;
            if (d && i > 0 && "一二三四五六七八九两".indexOf(numeral.charAt(i - 1)) >= 0) {
                return false;
            }
            digits += d || i == 0 && numeral.charAt(0) == '十' ? 1 : 0;
        }
        return digits >= 2;
    }

    /** The paragraph states figures in Arabic digits: one way of writing the counts of one passage (GB/T 15835-2011). */
    private static boolean arabicFigures(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A spot unless one of the line's figures already covers any of its characters. */
    private static void add(LineContext c, List<Spot> out, int from, int to, String detail, String fix) {
        Spot s = c.spot(SpotKind.NUMBER_FORM, from, to, detail, fix);
        for (Spot o : out) {
            Span a = o.span();
            if (o.lineId() == s.lineId() && (o.kind() == SpotKind.NUMBER_FORM || o.kind() == SpotKind.DATE_FORM)
                    && a.start() < s.span().end() && s.span().start() < a.end()) {
                return;
            }
        }
        out.add(s);
    }
}
