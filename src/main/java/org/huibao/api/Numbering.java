package org.huibao.api;


/**
 * Helpers of the structure rules (rules/structure.drl), imported there as functions. They live in
 * Java rather than in DRL "function" blocks because those are compiled with the Java compiler at every
 * start, and the structure rules should cost no more to load than the rest.
 */
public final class Numbering {

    private Numbering() {
    }

    /** Chinese numeral of 1–99: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十. */
    public static String cn(int v) {
        String d = "零一二三四五六七八九";
        if (v <= 0 || v >= 100) {
            return String.valueOf(v);
        }
        if (v < 10) {
            return String.valueOf(d.charAt(v));
        }
        String tens = v / 10 == 1 ? "十" : d.charAt(v / 10) + "十";
        return v % 10 == 0 ? tens : tens + d.charAt(v % 10);
    }

    /** The ordinal as written with its number replaced by {@code v}: "（二）" → "（三）", "2、" → "3、", "二是" → "三是". */
    public static String renumber(Heading h, int v) {
        String o = h.ordinal();
        if (h.style() == OrdinalStyle.CIRCLED) {
            return v >= 1 && v <= 20 ? String.valueOf((char) (0x2460 + v - 1)) : o;
        }
        if (o.matches(".*\\d.*")) {
            return o.replaceFirst("\\d+", String.valueOf(v));
        }
        return o.replaceFirst("[一二三四五六七八九十百零〇两]+", cn(v));
    }

    /** The written form with the number taken out: "（二）" → "（#）", "3." → "#.", "3．" → "#．". */
    public static String shape(String ordinal) {
        StringBuilder sb = new StringBuilder(ordinal.length());
        boolean inNumber = false;
        for (int i = 0; i < ordinal.length(); i++) {
            char c = ordinal.charAt(i);
            if (c >= '0' && c <= '9' || "一二三四五六七八九十百零〇两".indexOf(c) >= 0) {
                if (!inNumber) {
                    sb.append('#');
                }
                inNumber = true;
            } else {
                sb.append(c);
                inNumber = false;
            }
        }
        return sb.toString();
    }

    /** Which numbering a heading belongs to: its GB/T 9704 level, circled numbers apart. */
    public static int family(OrdinalStyle s) {
        return s == OrdinalStyle.CIRCLED ? 5 : s.level();
    }

    /**
     * A mis-punctuated ordinal (GB/T 15834): 一. 一， (一) （一）、 1、 1， (1) （1）. — but not 1． with a
     * full-width full stop, which is the same 下脚点 typed in a Chinese input method.
     */
    public static boolean wrongForm(Heading h) {
        OrdinalStyle s = h.style();
        if (s == OrdinalStyle.ARABIC_OTHER_PUNCT) {
            return !h.ordinal().endsWith("．");
        }
        return s == OrdinalStyle.CHINESE_OTHER_PUNCT || s == OrdinalStyle.CHINESE_PAREN_VARIANT
                || s == OrdinalStyle.ARABIC_PAREN_VARIANT;
    }

    /** The canonical GB/T 9704 form of a numbered heading's ordinal: 一、 （一） 1. （1）. */
    public static String canonical(Heading h) {
        return levelForm(h.style().level(), h.ordinalValue());
    }

    public static String levelForm(int level, int v) {
        switch (level) {
            case 1: return cn(v) + "、";
            case 2: return "（" + cn(v) + "）";
            case 3: return v + ".";
            default: return "（" + v + "）";
        }
    }

    /**
     * Whether a text mentions the ordinal {@code value} of the heading's numbering, in any punctuation:
     * the item is there, the parser just could not see it as a heading (it follows a comma, or shares a
     * line with the item before it). Runs a pattern on every call: in rules, ask the
     * {@link OrdinalMention} facts instead ({@code OrdinalMention(names($h, v))}), which the analysis
     * stage finds once per report with exactly this meaning.
     */
    public static boolean mentions(String text, Heading h, int value) {
        if (value < 1 || text == null) {
            return false;
        }
        String n = cn(value);
        String re;
        switch (h.style()) {
            case SHI: re = "(^|[^一二三四五六七八九十])" + n + "是"; break;
            case DI: re = "第" + n + "[，,、：:]"; break;
            case CIRCLED: re = String.valueOf((char) (0x2460 + Math.min(value, 20) - 1)); break;
            default:
                switch (h.style().level()) {
                    case 1: re = "(^|[^一二三四五六七八九十百])" + n + "[、.．,，\\s　]"; break;
                    case 2: re = "[（(]" + n + "[）)]"; break;
                    case 3: re = "(^|[^0-9.．])" + value + "([.．](?![0-9])|[、,，])"; break;
                    default: re = "[（(]" + value + "[）)]"; break;
                }
        }
        return java.util.regex.Pattern.compile(re).matcher(text).find();
    }

    /** The characters of a heading's ordinal. */
    public static Span ordinalSpan(Heading h) {
        Span s = h.span();
        String o = h.ordinal();
        int n = o.codePointCount(0, o.length());
        return new Span(s.start(), s.start() + o.length(), s.line(), s.column(), s.line(), s.column() + n);
    }

    /** The last character of a one-line node. */
    public static Span lastChar(Span s) {
        return new Span(s.end() - 1, s.end(), s.endLine(), s.endColumn() - 1, s.endLine(), s.endColumn());
    }
}
