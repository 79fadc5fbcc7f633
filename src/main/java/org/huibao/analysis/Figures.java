package org.huibao.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;

/**
 * Figures that say something other than the writer meant, or say it twice (GB/T 15835-2011 and the
 * usage of official texts): a currency sign before an amount that already names its unit (￥9.6亿元), an
 * approximation after an exact decimal (5.84万余人), a fall of more than all of something (压缩136%), a
 * change of a percentage given in per cent instead of percentage points (由61%提高了83%), 廿 and 卅 in a
 * date (3月廿日), and one name numbering its sessions half in Chinese and half in Arabic numerals
 * (第十八届…第21次会议). Each pattern runs only on a line that has the character it starts with.
 */
final class Figures implements Detector {
    private static final String NUMBER = "\\d+(?:\\.\\d+)?";
    /** ￥9.6亿元, ¥ 300万元, $5万美元: the sign and the unit say the same thing. */
    private static final Pattern SIGN = Pattern.compile("[￥¥$＄]\\s*(" + NUMBER + "\\s*(?:[万亿千]|万亿)?(?:美元|元))");
    private static final StartsAt.Test SIGN_START = FirstChars.of(SIGN).orElse(null);
    /**
     * 5.84万余人, 3.56余万元: a figure exact to two decimal places, then the formal 余. One decimal place is
     * rounding, and published texts write 6.5万余件; 多 after two places is left alone too (1.08万多个 in a
     * published report of the Central Commission for Discipline Inspection).
     */
    private static final Pattern DECIMAL_APPROXIMATE = Pattern.compile(
            "(?<![\\d.])(\\d+\\.\\d{2,})(?:([万亿千])(余)(?=[\\p{IsHan}])|(余)([万亿千]))");
    private static final StartsAt.Test DECIMAL_APPROXIMATE_START = FirstChars.of(DECIMAL_APPROXIMATE).orElse(null);
    /** 压缩136%, 下降了120%: what falls cannot fall by more than all of it. */
    private static final Pattern FALL = Pattern.compile(
            "(?:压缩|减少|下降|降低|缩短|缩减|减轻|减小|削减|降幅为?|减幅为?|节约|节省)了?(?:达到|达|约|近|超过)?(" + NUMBER + ")[%％]");
    private static final StartsAt.Test FALL_START = FirstChars.of(FALL).orElse(null);
    /**
     * 减少3倍, 缩短了2倍, 降低一倍: a fall is a fraction or a percentage, never a multiple (倍 counts what grows);
     * 减少到原来的1/3 or 减少67% says it.
     */
    private static final Pattern FALL_TIMES = Pattern.compile(
            "(压缩|减少|下降|降低|缩短|缩减|缩小|减轻|减小|削减|节约|节省)了?(?:约|近|达|超过)?(" + NUMBER + "|[一两二三四五六七八九十])倍");
    private static final StartsAt.Test FALL_TIMES_START = FirstChars.of(FALL_TIMES).orElse(null);
    /** 2点1万例, 3点5%: a decimal point spoken as 点 between Arabic digits (2.1万例); 3点30分 is a clock time. */
    private static final Pattern SPOKEN_POINT = Pattern.compile(
            "(?<![\\d.．点])(\\d+)点(\\d+)(?=[万亿%％倍]|个百分点|元|公里|千米|平方|亩|吨)");
    private static final StartsAt.Test SPOKEN_POINT_START = FirstChars.of(SPOKEN_POINT).orElse(null);
    /**
     * 71.2和68.5%, 35、40和45%: the last of figures listed with 和, 与, 及, 或 or 、 keeps its per cent sign
     * and the ones before it lost theirs (71.2%和68.5%; a range is {@link Numbers}').
     */
    private static final Pattern BARE_BEFORE_PERCENT = Pattern.compile(
            "(?<![\\d.．第%％])((?:" + NUMBER + "[、和与及或])+)(" + NUMBER + ")[%％]");
    private static final StartsAt.Test BARE_BEFORE_PERCENT_START = FirstChars.of(BARE_BEFORE_PERCENT).orElse(null);
    /** 18.6亿万元: 亿万 after a figure is two units (亿万 alone is “countless”: 亿万人民); 万亿 is a unit. */
    private static final Pattern TWO_UNITS = Pattern.compile("(\\d+(?:\\.\\d+)?)亿万(?=[元人户个项件台辆吨亩])");
    private static final StartsAt.Test TWO_UNITS_START = FirstChars.of(TWO_UNITS).orElse(null);
    private static final Pattern LISTED = Pattern.compile(NUMBER + "|[、和与及或]");
    /** 由61%提高了83%: a percentage that changes by per cent of itself, where percentage points are meant. */
    private static final Pattern POINTS = Pattern.compile(
            "由(?:[^，。；：、%％]{0,12}?)(" + NUMBER + ")[%％]"
            + "(提高|上升|增长|增加|下降|降低|减少|提升)了(" + NUMBER + ")[%％]");
    private static final StartsAt.Test POINTS_START = FirstChars.of(POINTS).orElse(null);
    /** 3月廿日, 廿三日, 卅一日: dates are written in Arabic numerals. */
    private static final Pattern OLD_TENS = Pattern.compile("(?<=月)([廿卅][一二三四五六七八九]?)(?=日)|(?<![\\p{IsHan}])([廿卅][一二三四五六七八九]?)(?=日)");
    private static final StartsAt.Test OLD_TENS_START = FirstChars.of(OLD_TENS).orElse(null);
    /** 第十八届…第21次会议, 第18届…第二十一次会议: one name, one way of numbering. */
    private static final Pattern SESSIONS = Pattern.compile(
            "第([〇一二三四五六七八九十百]+|\\d+)届[^，。；：！？\\n]{0,30}?第([〇一二三四五六七八九十百]+|\\d+)次(?:全体)?会议");
    private static final StartsAt.Test SESSIONS_START = FirstChars.of(SESSIONS).orElse(null);
    private static final String DIGITS = "〇一二三四五六七八九";

    @Override
    public void detect(LineContext c, List<Spot> out) {
        String t = c.text();
        if (t.indexOf('￥') >= 0 || t.indexOf('¥') >= 0 || t.indexOf('$') >= 0 || t.indexOf('＄') >= 0) {
            Search s = new Search(SIGN, t, SIGN_START);
            Matcher m = s.matcher();
            while (s.find()) {
                String plain = m.group(1).replace(" ", "");
                out.add(c.spot(SpotKind.NUMBER_FORM, m.start(), m.end(), plain, plain));
            }
        }
        if (t.indexOf('余') >= 0 || t.indexOf('多') >= 0) {
            Search s = new Search(DECIMAL_APPROXIMATE, t, DECIMAL_APPROXIMATE_START);
            Matcher m = s.matcher();
            while (s.find()) {
                String unit = m.group(2) != null ? m.group(2) : m.group(5);
                String exact = m.group(1) + unit;
                out.add(c.spot(SpotKind.NUMBER_FORM, m.start(), m.end(), exact + "”或“约" + exact, null));
            }
        }
        if (t.indexOf('%') >= 0 || t.indexOf('％') >= 0) {
            falls(c, out);
            points(c, out);
            barePercents(c, out);
        }
        if (t.contains("亿万")) {
            Search s = new Search(TWO_UNITS, t, TWO_UNITS_START);
            Matcher m = s.matcher();
            while (s.find()) {
                String plain = m.group(1) + "亿";
                out.add(c.spot(SpotKind.NUMBER_FORM, m.start(), m.end(), plain + "”或“" + m.group(1) + "万", null));
            }
        }
        if (t.indexOf('倍') >= 0) {
            fallTimes(c, out);
        }
        if (t.indexOf('点') >= 0) {
            Search s = new Search(SPOKEN_POINT, t, SPOKEN_POINT_START);
            Matcher m = s.matcher();
            while (s.find()) {
                String plain = m.group(1) + "." + m.group(2);
                out.add(c.spot(SpotKind.NUMBER_FORM, m.start(), m.end(), plain, plain));
            }
        }
        if (t.indexOf('廿') >= 0 || t.indexOf('卅') >= 0) {
            Search s = new Search(OLD_TENS, t, OLD_TENS_START);
            Matcher m = s.matcher();
            while (s.find()) {
                int g = m.group(1) != null ? 1 : 2;
                String arabic = String.valueOf(tens(m.group(g)));
                out.add(c.spot(SpotKind.DATE_FORM, m.start(g), m.end(g), arabic, arabic));
            }
        }
        if (t.indexOf('届') >= 0 && t.indexOf('次') >= 0) {
            sessions(c, out);
        }
    }

    private static void falls(LineContext c, List<Spot> out) {
        Search s = new Search(FALL, c.text(), FALL_START);
        Matcher m = s.matcher();
        while (s.find()) {
            if (new BigDecimal(m.group(1)).compareTo(BigDecimal.valueOf(100)) > 0) {
                out.add(c.spot(SpotKind.NUMBER_FORM, m.start(), m.end(), "降幅（不超过100%）", null));
            }
        }
    }

    private static void fallTimes(LineContext c, List<Spot> out) {
        Search s = new Search(FALL_TIMES, c.text(), FALL_TIMES_START);
        Matcher m = s.matcher();
        while (s.find()) {
            String verb = m.group(1);
            String n = m.group(2);
            double times = Character.isDigit(n.charAt(0)) ? Double.parseDouble(n) : Numbers.value(n.replace('两', '二'));
            // 减少3倍 is read as 减少到原来的1/3 by most writers who use it; the percentage is the other reading
            String written = n.contains(".") ? n : String.valueOf(Math.round(times));
            String detail = times > 1
                    ? verb + "到原来的1/" + written + "”或“" + verb + "了" + Math.round(100.0 - 100.0 / times) + "%"
                    : verb + "了一半”或“" + verb + "了百分之几";
            out.add(c.spot(SpotKind.NUMBER_FORM, m.start(), m.end(), detail, null));
        }
    }

    private static void barePercents(LineContext c, List<Spot> out) {
        String t = c.text();
        Search s = new Search(BARE_BEFORE_PERCENT, t, BARE_BEFORE_PERCENT_START);
        Matcher m = s.matcher();
        while (s.find()) {
            String listed = m.group(1);
            StringBuilder fixed = new StringBuilder();
            Matcher n = LISTED.matcher(listed);
            while (n.find()) {
                fixed.append(n.group()).append(Character.isDigit(n.group().charAt(0)) ? t.charAt(m.end() - 1) : "");
            }
            String plain = fixed + m.group(2) + t.charAt(m.end() - 1);
            out.add(c.spot(SpotKind.NUMBER_FORM, m.start(), m.end(), plain, plain));
        }
    }

    private static void points(LineContext c, List<Spot> out) {
        Search s = new Search(POINTS, c.text(), POINTS_START);
        Matcher m = s.matcher();
        while (s.find()) {
            BigDecimal from = new BigDecimal(m.group(1));
            String verb = m.group(2);
            BigDecimal by = new BigDecimal(m.group(3));
            boolean up = !verb.equals("下降") && !verb.equals("降低") && !verb.equals("减少");
            BigDecimal to = by;
            // 提高了83% from 61%: either the new value (提高到83%) or the difference in points (22个百分点)
            boolean newValue = up ? to.compareTo(from) > 0 : to.compareTo(from) < 0;
            String points = newValue ? to.subtract(from).abs().stripTrailingZeros().toPlainString() : by.stripTrailingZeros().toPlainString();
            String detail = (newValue ? verb + "到" + m.group(3) + "%”或“" : "") + verb + "了" + points + "个百分点";
            out.add(c.spot(SpotKind.NUMBER_FORM, m.start(2), m.end(), detail, null));
        }
    }

    private static void sessions(LineContext c, List<Spot> out) {
        Search s = new Search(SESSIONS, c.text(), SESSIONS_START);
        Matcher m = s.matcher();
        while (s.find()) {
            boolean termArabic = Character.isDigit(m.group(1).charAt(0));
            boolean sessionArabic = Character.isDigit(m.group(2).charAt(0));
            if (termArabic == sessionArabic) {
                continue;
            }
            // official names number terms and sessions in Chinese numerals: the Arabic one is the odd one out
            int g = termArabic ? 1 : 2;
            String fixed = chineseOf(Integer.parseInt(m.group(g)));
            if (fixed == null) {
                continue;
            }
            out.add(c.spot(SpotKind.NUMBER_FORM, m.start(g), m.end(g), fixed, fixed));
        }
    }

    /** 廿 20, 廿三 23, 卅 30, 卅一 31. */
    private static int tens(String s) {
        int v = s.charAt(0) == '廿' ? 20 : 30;
        return s.length() > 1 ? v + DIGITS.indexOf(s.charAt(1)) : v;
    }

    /** 21 → 二十一, 18 → 十八, 105 → 一百零五; null above 999. */
    static String chineseOf(int n) {
        if (n <= 0 || n > 999) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        if (h > 0) {
            b.append(DIGITS.charAt(h)).append('百');
        }
        if (t > 0) {
            if (!(h == 0 && t == 1)) {
                b.append(DIGITS.charAt(t));
            }
            b.append('十');
        } else if (h > 0 && u > 0) {
            b.append('零');
        }
        if (u > 0) {
            b.append(DIGITS.charAt(u));
        }
        return b.toString();
    }
}
