package org.huibao.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Helpers of the Word layout rules (rules/layout.drl, GB/T 9704): which font names are which
 * typeface, the tolerances, and the one-line summaries the rules report. Imported there as functions
 * rather than written as DRL "function" blocks, which would be compiled with the Java compiler at every
 * start.
 */
public final class Typesetting {

    /** 二号, the title. */
    public static final double TITLE_PT = 22;
    /** 三号, body text and headings. */
    public static final double BODY_PT = 16;
    /** Sizes are set in whole or half points; anything closer than this is the same size. */
    static final double SIZE_TOLERANCE = 0.25;
    public static final double INDENT_CHARS = 2;
    /** A first-line indent within this of two characters is two characters (rounding of twips and spaces). */
    static final double INDENT_TOLERANCE = 0.25;
    /** GB/T 9704: top 37, bottom 35, left (binding) 28, right 26 mm, each ±1 mm. */
    static final double[] MARGINS_MM = {37, 35, 28, 26};
    static final double MARGIN_TOLERANCE_MM = 1;

    private static final String[][] SIZE_NAMES = {
        {"42", "初号"}, {"36", "小初"}, {"26", "一号"}, {"24", "小一"}, {"22", "二号"}, {"18", "小二"},
        {"16", "三号"}, {"15", "小三"}, {"14", "四号"}, {"12", "小四"}, {"10.5", "五号"}, {"9", "小五"},
        {"7.5", "六号"}, {"6.5", "小六"}, {"5.5", "七号"}, {"5", "八号"},
    };

    private Typesetting() {
    }

    // ---- typefaces ---------------------------------------------------------------------------------

    /** 小标宋: 方正小标宋简体, 方正小标宋_GBK, 小标宋体 (and their Latin names, FZXiaoBiaoSong-B05S, FZXBSJW). */
    public static boolean isXiaobiaosong(String font) {
        String f = lower(font);
        return f.contains("小标宋") || f.contains("xiaobiaosong") || f.contains("fzxbs");
    }

    /** 仿宋: 仿宋, 仿宋_GB2312, FangSong, 方正仿宋_GBK, 华文仿宋 (STFangsong). */
    public static boolean isFangsong(String font) {
        String f = lower(font);
        return f.contains("仿宋") || f.contains("fangsong") || f.contains("fzfs");
    }

    /** 黑体: 黑体, SimHei, 方正黑体_GBK, 华文黑体 (STHeiti); not 微软雅黑. */
    public static boolean isHeiti(String font) {
        String f = lower(font);
        return f.contains("黑体") || f.contains("simhei") || f.contains("heiti") || f.contains("fzht");
    }

    /** 楷体: 楷体, 楷体_GB2312, KaiTi, 方正楷体_GBK, 华文楷体 (STKaiti). */
    public static boolean isKaiti(String font) {
        String f = lower(font);
        return f.contains("楷体") || f.contains("kaiti") || f.contains("fzkt");
    }

    public static boolean knownFont(ParagraphFormat f) {
        return f.font() != null && !f.font().isBlank();
    }

    // ---- judgements --------------------------------------------------------------------------------

    /** A size that is known (above 0) and not {@code pt}. */
    public static boolean wrongSize(double size, double pt) {
        return size > 0 && Math.abs(size - pt) > SIZE_TOLERANCE;
    }

    /** The title is not in 二号小标宋 (as far as the file says: an unknown font or size is not held against it). */
    public static boolean titleWrong(ParagraphFormat f) {
        return knownFont(f) && !isXiaobiaosong(f.font()) || wrongSize(f.sizePt(), TITLE_PT);
    }

    /** Body text is not in 三号仿宋. */
    public static boolean bodyWrong(ParagraphFormat f) {
        return knownFont(f) && !isFangsong(f.font()) || wrongSize(f.sizePt(), BODY_PT);
    }

    /** The first line is not indented two characters. */
    public static boolean indentWrong(ParagraphFormat f) {
        return Math.abs(f.firstLineIndentChars() - INDENT_CHARS) > INDENT_TOLERANCE;
    }

    public static boolean marginsWrong(PageSetup p) {
        double[] m = margins(p);
        for (int i = 0; i < m.length; i++) {
            if (Math.abs(m[i] - MARGINS_MM[i]) > MARGIN_TOLERANCE_MM + 1e-9) {
                return true;
            }
        }
        return false;
    }

    // ---- what the findings say ---------------------------------------------------------------------

    /** The start of a line, at most {@code max} characters: where a finding about a whole paragraph points. */
    public static Span lead(Span s, String text) {
        int max = 20;
        if (s.line() != s.endLine()) {
            return s;
        }
        int n = text.codePointCount(0, text.length());
        if (n <= max) {
            return s;
        }
        int end = text.offsetByCodePoints(0, max);
        return new Span(s.start(), s.start() + end, s.line(), s.column(), s.line(), s.column() + max);
    }

    /** "方正小标宋简体、二号（22 磅）" — the title's font and size, for the message. */
    public static String setZh(ParagraphFormat f) {
        return fontZh(f) + "、" + sizeZh(f.sizePt());
    }

    public static String setEn(ParagraphFormat f) {
        return fontEn(f) + ", " + sizeEn(f.sizePt());
    }

    /**
     * "12 段不符：宋体、小四（12 磅）10 段，仿宋_GB2312、四号（14 磅）2 段；第一处在第 5 段": how many
     * paragraphs (or headings: {@code unit} "个"), grouped by how they are set, and the first.
     */
    public static String summaryZh(Collection<?> formats, int firstLine, String unit) {
        return formats.size() + " " + unit + "不符：" + groups(formats, true, unit) + "；第一处在第 " + firstLine + " 段";
    }

    /** "12 paragraphs are not: SimSun, 12 pt ×10, 仿宋_GB2312, 14 pt ×2; the first is paragraph 5". */
    public static String summaryEn(Collection<?> formats, int firstLine, String unit) {
        return formats.size() + " " + unit + (formats.size() == 1 ? " is" : "s are") + " not: "
                + groups(formats, false, "") + "; the first is paragraph " + firstLine;
    }

    /** "30 段不符：首行缩进 0 字符 28 段，首行缩进 1.33 字符 2 段；第一处在第 3 段". */
    public static String indentsZh(Collection<?> formats, int firstLine) {
        return formats.size() + " 段不符：" + indentGroups(formats, true) + "；第一处在第 " + firstLine + " 段";
    }

    public static String indentsEn(Collection<?> formats, int firstLine) {
        return formats.size() + " paragraph" + (formats.size() == 1 ? " is" : "s are") + " not: "
                + indentGroups(formats, false) + "; the first is paragraph " + firstLine;
    }

    /** The margins that are off, with their size: "上 25.4 毫米、左 31.8 毫米". */
    public static String marginsZh(PageSetup p) {
        return wrongMargins(p, new String[] {"上", "下", "左", "右"}, " 毫米", "、");
    }

    public static String marginsEn(PageSetup p) {
        return wrongMargins(p, new String[] {"top", "bottom", "left", "right"}, " mm", ", ");
    }

    private static String wrongMargins(PageSetup p, String[] names, String unit, String sep) {
        double[] m = margins(p);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < m.length; i++) {
            if (Math.abs(m[i] - MARGINS_MM[i]) > MARGIN_TOLERANCE_MM + 1e-9) {
                if (sb.length() > 0) {
                    sb.append(sep);
                }
                sb.append(names[i]).append(' ').append(number(m[i])).append(unit);
            }
        }
        return sb.toString();
    }

    private static double[] margins(PageSetup p) {
        return new double[] {p.topMm(), p.bottomMm(), p.leftMm(), p.rightMm()};
    }

    private static String groups(Collection<?> formats, boolean zh, String unit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Object o : formats) {
            ParagraphFormat f = (ParagraphFormat) o;
            String key = zh ? fontZh(f) + "、" + sizeZh(f.sizePt()) : fontEn(f) + ", " + sizeEn(f.sizePt());
            counts.merge(key, 1, Integer::sum);
        }
        return join(counts, unit, zh ? "，" : "; ", zh);
    }

    private static String indentGroups(Collection<?> formats, boolean zh) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Object o : formats) {
            ParagraphFormat f = (ParagraphFormat) o;
            double chars = f.firstLineIndentChars();
            String v = number(Math.abs(chars));
            String key = chars < 0
                    ? zh ? "悬挂缩进 " + v + " 字符" : "hanging indent " + v + " characters"
                    : zh ? "首行缩进 " + v + " 字符" : "first-line indent " + v + " characters";
            counts.merge(key, 1, Integer::sum);
        }
        return join(counts, "段", zh ? "，" : "; ", zh);
    }

    private static String join(Map<String, Integer> counts, String unit, String sep, boolean zh) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (shown == 4) {
                sb.append(sep).append(zh ? "等" : "…");
                break;
            }
            if (shown > 0) {
                sb.append(sep);
            }
            String key = e.getKey();
            String space = key.endsWith("）") ? "" : " ";
            sb.append(key).append(zh ? space + e.getValue() + " " + unit : " ×" + e.getValue());
            shown++;
        }
        return sb.toString();
    }

    private static String fontZh(ParagraphFormat f) {
        return knownFont(f) ? f.font() : "字体不明";
    }

    private static String fontEn(ParagraphFormat f) {
        return knownFont(f) ? f.font() : "unknown font";
    }

    /** "三号（16 磅）", or "15.5 磅" for a size with no name. */
    static String sizeZh(double pt) {
        if (pt <= 0) {
            return "字号不明";
        }
        for (String[] s : SIZE_NAMES) {
            if (Math.abs(Double.parseDouble(s[0]) - pt) < 0.01) {
                return s[1] + "（" + number(pt) + " 磅）";
            }
        }
        return number(pt) + " 磅";
    }

    static String sizeEn(double pt) {
        return pt <= 0 ? "unknown size" : number(pt) + " pt";
    }

    /** 16 → "16", 10.5 → "10.5", 1.3333 → "1.33". */
    static String number(double v) {
        double r = Math.round(v * 100) / 100.0;
        if (r == Math.rint(r)) {
            return String.valueOf((long) r);
        }
        return String.format(Locale.ROOT, "%s", r).replaceAll("0+$", "");
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
