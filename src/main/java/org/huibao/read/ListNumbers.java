package org.huibao.read;

import java.util.Locale;

/**
 * Word's list-number formats (ECMA-376 ST_NumberFormat), rendered as Word shows them: the ordinals
 * of an auto-numbered heading ("一、", "（一）", "1.") are part of what a reviewer reads, so the
 * readers put them into the text. Pure Java; shared by the .docx and .doc readers.
 */
final class ListNumbers {

    private static final String DIGITS_CN = "〇一二三四五六七八九";
    private static final String DIGITS_LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖";
    private static final String DIGITS_LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    /** [MS-OSHARED] MSONFC: the number formats of the binary .doc format, in ST_NumberFormat names. */
    private static final String[] MSONFC = {
        "decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal", "cardinalText",
        "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo", "iroha",
        "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
        "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero",
        "bullet", "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen",
        "decimalEnclosedCircleChinese", "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac",
        "ideographZodiacTraditional", "taiwaneseCounting", "ideographLegalTraditional",
        "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting", "chineseLegalSimplified",
        "chineseCountingThousand",
    };

    private ListNumbers() {
    }

    /** The ST_NumberFormat name of a .doc number format code; "none" for 0xFF, "decimal" if unknown. */
    static String fromMsonfc(int nfc) {
        if (nfc == 0xFF) {
            return "none";
        }
        return nfc >= 0 && nfc < MSONFC.length ? MSONFC[nfc] : "decimal";
    }

    /** True for formats that draw a symbol rather than a number. */
    static boolean isBullet(String numFmt) {
        return "bullet".equals(numFmt);
    }

    /**
     * The number {@code value} in format {@code numFmt}. Formats this does not know (Hebrew, Hindi,
     * Korean, …) come out as Arabic digits: still a number the parser can read.
     */
    static String format(int value, String numFmt) {
        String f = numFmt == null ? "decimal" : numFmt;
        switch (f) {
            case "none":
            case "bullet":
                return "";
            case "decimalZero":
                return value >= 0 && value < 10 ? "0" + value : String.valueOf(value);
            case "upperRoman":
                return roman(value).toUpperCase(Locale.ROOT);
            case "lowerRoman":
                return roman(value);
            case "upperLetter":
                return letter(value).toUpperCase(Locale.ROOT);
            case "lowerLetter":
                return letter(value);
            case "ordinal":
                return value + ordinalSuffix(value);
            case "chineseCounting":
            case "chineseCountingThousand":
            case "taiwaneseCounting":
            case "taiwaneseCountingThousand":
            case "japaneseCounting":
                return chinese(value, DIGITS_CN, "十百千");
            case "ideographDigital":
            case "taiwaneseDigital":
            case "japaneseDigitalTenThousand":
                return digitwise(value, DIGITS_CN);
            case "chineseLegalSimplified":
                return chinese(value, DIGITS_LEGAL_SIMPLIFIED, "拾佰仟");
            case "ideographLegalTraditional":
            case "japaneseLegal":
                return chinese(value, DIGITS_LEGAL_TRADITIONAL, "拾佰仟");
            case "ideographTraditional":
                return cycle(value, STEMS);
            case "ideographZodiac":
                return cycle(value, BRANCHES);
            case "decimalEnclosedCircle":
            case "decimalEnclosedCircleChinese":
                return enclosed(value, 0x2460, 20);
            case "decimalEnclosedParen":
                return enclosed(value, 0x2474, 20);
            case "decimalEnclosedFullstop":
                return enclosed(value, 0x2488, 20);
            case "ideographEnclosedCircle":
                return enclosed(value, 0x3220, 10);
            case "decimalFullWidth":
            case "decimalFullWidth2":
                return fullWidth(value);
            default:
                return String.valueOf(value);
        }
    }

    /**
     * Chinese counting numerals as Word writes them: 一 … 九, 十, 十一, 二十, 一百, 一百〇五, 一千…
     * (a leading 一 is dropped before 十 only at the start: 十一, but 一百一十; 壹拾壹 keeps it).
     */
    static String chinese(int value, String digits, String units) {
        if (value <= 0) {
            return value == 0 ? String.valueOf(digits.charAt(0)) : String.valueOf(value);
        }
        if (value >= 10000) {
            return digitwise(value, digits);
        }
        int[] place = {value / 1000, value / 100 % 10, value / 10 % 10, value % 10};
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            int d = place[i];
            if (d == 0) {
                zero = sb.length() > 0;
                continue;
            }
            if (zero) {
                sb.append(digits.charAt(0));
                zero = false;
            }
            boolean tens = i == 2;
            // 十一, but 壹拾壹: financial numerals keep the leading one
            if (!(tens && d == 1 && sb.length() == 0 && digits.charAt(1) == '一')) {
                sb.append(digits.charAt(d));
            }
            if (i < 3) {
                sb.append(units.charAt(2 - i));
            }
        }
        return sb.toString();
    }

    private static String digitwise(int value, String digits) {
        String s = String.valueOf(Math.abs(value));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            sb.append(digits.charAt(s.charAt(i) - '0'));
        }
        return sb.toString();
    }

    private static String cycle(int value, String symbols) {
        if (value <= 0) {
            return String.valueOf(value);
        }
        return String.valueOf(symbols.charAt((value - 1) % symbols.length()));
    }

    private static String enclosed(int value, int first, int count) {
        return value >= 1 && value <= count ? String.valueOf((char) (first + value - 1)) : String.valueOf(value);
    }

    private static String fullWidth(int value) {
        String s = String.valueOf(value);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '0' && c <= '9' ? (char) (0xFF10 + c - '0') : c);
        }
        return sb.toString();
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return String.valueOf(value);
        }
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] r = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder sb = new StringBuilder();
        int n = value;
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                sb.append(r[i]);
                n -= v[i];
            }
        }
        return sb.toString();
    }

    /** Word's letters: a … z, then aa … zz, aaa … (the letter repeated, not spreadsheet columns). */
    private static String letter(int value) {
        if (value <= 0) {
            return String.valueOf(value);
        }
        char c = (char) ('a' + (value - 1) % 26);
        return String.valueOf(c).repeat((value - 1) / 26 + 1);
    }

    private static String ordinalSuffix(int value) {
        int mod100 = value % 100;
        if (mod100 >= 11 && mod100 <= 13) {
            return "th";
        }
        switch (value % 10) {
            case 1: return "st";
            case 2: return "nd";
            case 3: return "rd";
            default: return "th";
        }
    }
}
