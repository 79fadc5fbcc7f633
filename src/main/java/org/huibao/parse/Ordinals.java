package org.huibao.parse;

import org.huibao.api.OrdinalStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises heading and enumeration ordinals at a position in the text. */
final class Ordinals {

    /** An ordinal found at the start of a line or sentence; {@code length} includes its punctuation. */
    record Match(OrdinalStyle style, int value, int length, String text) {
    }

    private static final String CN = "[一二三四五六七八九十百零〇两]+";
    private static final String OPEN = "[（(]";
    private static final String CLOSE = "[）)]";

    // "一、二季度" is a range of quarters, not a level-1 heading.
    private static final Pattern CHINESE = Pattern.compile("(" + CN + ")([、.．,，])(?!" + CN + "[季月年级类批等])");
    private static final Pattern CHINESE_PAREN = Pattern.compile(OPEN + "(" + CN + ")" + CLOSE + "([、.．,，])?");
    // A dot followed by a digit is a decimal (1.5万元), and "3、4月" is a range, not an ordinal.
    private static final Pattern ARABIC = Pattern.compile("(\\d{1,2})(\\.(?!\\d)|．|、(?!\\d)|，|,(?!\\d))");
    private static final Pattern ARABIC_PAREN = Pattern.compile(OPEN + "(\\d{1,2})" + CLOSE + "([、.．,，])?");
    /**
     * A glossary entry whose term opens with a figure (2.10大价值创新园区：…, 11.3项国家营商环境改革试点：…,
     * 5.2010年“两路二环”：是指…): the item's number, then the term up to its colon — no sentence opens on a
     * decimal and names a term with a colon before its first comma.
     */
    private static final Pattern ARABIC_TERM = Pattern.compile("(\\d{1,2})(\\.)(?=\\d[^，,。；;：:]{1,24}[：:])");
    private static final Pattern CIRCLED = Pattern.compile("[\\u2460-\\u2473]");
    private static final Pattern SHI = Pattern.compile("([一二三四五六七八九十]+)是(?=[^的否不])");
    // (not 第九、十污水处理厂, 第一、二季度: two ordinals of one noun, the 顿号 between them)
    private static final Pattern DI = Pattern.compile("第([一二三四五六七八九十]+)(?:[，,：:]|、(?![一二三四五六七八九十]))");
    private static final Pattern SEQUENCE = Pattern.compile("(首先|其次|再次|最后)[，,]");

    /**
     * The characters each pattern's match begins with. Ordinals are tried at the start of every line
     * and sentence, most of which begin with none of them; a look at one character spares those a
     * matcher per pattern.
     */
    private static final String CN_CHARS = "一二三四五六七八九十百零〇两";
    private static final String OPEN_CHARS = "（(";
    private static final String SHI_CHARS = "一二三四五六七八九十";
    private static final String SEQUENCE_CHARS = "首其再最";

    private Ordinals() {
    }

    /** Whether the text from {@code from} to {@code to} is not empty and begins with one of {@code chars}. */
    private static boolean beginsWith(CharSequence s, int from, int to, String chars) {
        return from < to && chars.indexOf(s.charAt(from)) >= 0;
    }

    private static boolean beginsWithDigit(CharSequence s, int from, int to) {
        return from < to && s.charAt(from) >= '0' && s.charAt(from) <= '9';
    }

    /** A GB/T 9704 heading ordinal (or a mis-punctuated variant) at {@code from}. */
    static Optional<Match> heading(CharSequence s, int from, int to) {
        if (beginsWith(s, from, to, OPEN_CHARS)) {
            Matcher m = CHINESE_PAREN.matcher(s).region(from, to);
            if (m.lookingAt()) {
                boolean halfWidth = s.charAt(from) == '(' || s.charAt(m.end(1)) == ')';
                OrdinalStyle style = halfWidth || m.group(2) != null
                        ? OrdinalStyle.CHINESE_PAREN_VARIANT : OrdinalStyle.CHINESE_PAREN;
                return Optional.of(match(style, chineseValue(m.group(1)), m, s, from));
            }
            m = ARABIC_PAREN.matcher(s).region(from, to);
            if (m.lookingAt()) {
                boolean halfWidth = s.charAt(from) == '(' || s.charAt(m.end(1)) == ')';
                OrdinalStyle style = halfWidth || m.group(2) != null
                        ? OrdinalStyle.ARABIC_PAREN_VARIANT : OrdinalStyle.ARABIC_PAREN;
                return Optional.of(match(style, Integer.parseInt(m.group(1)), m, s, from));
            }
        }
        if (beginsWith(s, from, to, CN_CHARS)) {
            Matcher m = CHINESE.matcher(s).region(from, to);
            if (m.lookingAt() && !digitByDigit(m.group(1))) {
                OrdinalStyle style = m.group(2).equals("、") ? OrdinalStyle.CHINESE_COMMA : OrdinalStyle.CHINESE_OTHER_PUNCT;
                return Optional.of(match(style, chineseValue(m.group(1)), m, s, from));
            }
        }
        if (beginsWithDigit(s, from, to)) {
            Matcher m = ARABIC.matcher(s).region(from, to);
            if (!m.lookingAt()) {
                m = ARABIC_TERM.matcher(s).region(from, to);
                m.useTransparentBounds(true);
            }
            if (m.lookingAt() && m.end() < to) {
                OrdinalStyle style = m.group(2).equals(".") ? OrdinalStyle.ARABIC_DOT : OrdinalStyle.ARABIC_OTHER_PUNCT;
                return Optional.of(match(style, Integer.parseInt(m.group(1)), m, s, from));
            }
        }
        if (from < to && s.charAt(from) >= '\u2460' && s.charAt(from) <= '\u2473') {
            Matcher m = CIRCLED.matcher(s).region(from, to);
            if (m.lookingAt()) {
                return Optional.of(match(OrdinalStyle.CIRCLED, s.charAt(from) - 0x2460 + 1, m, s, from));
            }
        }
        return Optional.empty();
    }

    /**
     * Numerals read digit by digit (一九五八，将积极发展…, 二〇〇〇、): a year, not an ordinal — an ordinal past
     * nine is always spelt with 十 (十一、, 二十、).
     */
    private static boolean digitByDigit(String numeral) {
        return numeral.length() >= 2 && numeral.indexOf('十') < 0 && numeral.indexOf('百') < 0;
    }

    /** An enumeration marker (一是 / 第一， / 首先，) at {@code from}. */
    static Optional<Match> enumeration(CharSequence s, int from, int to) {
        if (beginsWith(s, from, to, SHI_CHARS)) {
            Matcher m = SHI.matcher(s).region(from, to);
            m.useTransparentBounds(true);
            if (m.lookingAt()) {
                return Optional.of(match(OrdinalStyle.SHI, chineseValue(m.group(1)), m, s, from));
            }
        }
        if (beginsWith(s, from, to, "第")) {
            Matcher m = DI.matcher(s).region(from, to);
            if (m.lookingAt()) {
                return Optional.of(match(OrdinalStyle.DI, chineseValue(m.group(1)), m, s, from));
            }
        }
        if (!beginsWith(s, from, to, SEQUENCE_CHARS)) {
            return Optional.empty();
        }
        Matcher m = SEQUENCE.matcher(s).region(from, to);
        if (m.lookingAt()) {
            int value = switch (m.group(1)) {
                case "首先" -> 1;
                case "其次" -> 2;
                case "再次" -> 3;
                default -> 4;
            };
            return Optional.of(match(OrdinalStyle.SEQUENCE, value, m, s, from));
        }
        return Optional.empty();
    }

    static boolean startsList(CharSequence s, int from, int to) {
        return heading(s, from, to).isPresent() || enumeration(s, from, to).isPresent();
    }

    private static Match match(OrdinalStyle style, int value, Matcher m, CharSequence s, int from) {
        return new Match(style, value, m.end() - from, s.subSequence(from, m.end()).toString());
    }

    /** Value of a Chinese numeral up to 百: 一 → 1, 十二 → 12, 二十 → 20, 一百零三 → 103. */
    static int chineseValue(String numeral) {
        int total = 0;
        int digit = 0;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                d = 0;
            } else if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
            } else if (c == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (c == '百') {
                total += (digit == 0 ? 1 : digit) * 100;
                digit = 0;
            }
        }
        return total + digit;
    }
}
