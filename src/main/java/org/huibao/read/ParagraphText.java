package org.huibao.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * One Word paragraph being read: its ordinal, its text run by run, and which font and size its
 * characters are set in, so that the paragraph's dominant font and size can be told. Pure Java.
 */
final class ParagraphText {

    /** Stands for a manual line break until the paragraph is complete. */
    private static final char BREAK = '\u2028';

    private String ordinal = "";
    private final StringBuilder text = new StringBuilder();
    private final Map<String, Integer> eastAsianChars = new HashMap<>();
    private final Map<String, Integer> fontChars = new HashMap<>();
    private final Map<Double, Integer> sizeChars = new HashMap<>();
    private List<Mark> marks;

    void ordinal(String o) {
        ordinal = o == null ? "" : o;
    }

    boolean numbered() {
        return !ordinal.isEmpty();
    }

    /** Text of one run, set in East Asian font {@code font} at {@code sizePt} (0 if unknown). */
    void append(String s, String font, double sizePt) {
        text.append(s);
        int cjk = 0;
        int visible = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                continue;
            }
            visible++;
            if (isEastAsian(cp)) {
                cjk++;
            }
        }
        String f = font == null ? "" : font;
        if (cjk > 0) {
            eastAsianChars.merge(f, cjk, Integer::sum);
        }
        if (visible > 0) {
            fontChars.merge(f, visible, Integer::sum);
            if (sizePt > 0) {
                sizeChars.merge(sizePt, visible, Integer::sum);
            }
        }
    }

    /** A line break inside the paragraph (Shift+Enter): joins the lines, with a space only between Latin words. */
    void lineBreak() {
        text.append(BREAK);
    }

    /** True once the paragraph has any characters other than white space. */
    boolean hasText() {
        return !fontChars.isEmpty();
    }

    /** A Word comment's range starting or ending at {@code at}, an index into the text read so far. */
    record Mark(String id, boolean start, int at) {
    }

    /** Marks the place a comment's range starts or ends: the end of the text read so far. */
    void mark(String id, boolean start) {
        if (marks == null) {
            marks = new ArrayList<>(2);
        }
        marks.add(new Mark(id, start, text.length()));
    }

    List<Mark> marks() {
        return marks == null ? List.of() : marks;
    }

    /**
     * The 1-based code-point column, in the paragraph's line as the report text has it (ordinal written out,
     * line breaks joined, control characters dropped), of the place {@code at} in the text read.
     */
    int column(int at) {
        String before = WordFiles.clean(render(Math.min(at, text.length())));
        return before.codePointCount(0, before.length()) + 1;
    }

    /** The paragraph as one line: ordinal and text. */
    String line() {
        return render(text.length());
    }

    private String render(int end) {
        StringBuilder sb = new StringBuilder(ordinal.length() + end);
        sb.append(ordinal);
        join(sb, end, false, i -> { });
        return sb.toString();
    }

    /**
     * The text without the ordinal as the report has it: the line breaks joined as in {@link #line()},
     * and the characters {@link WordFiles#clean} drops left out.
     *
     * @param from for each character of the result, the index in the text as appended that it comes from
     */
    String cleanText(IntConsumer from) {
        StringBuilder sb = new StringBuilder(text.length());
        join(sb, text.length(), true, from);
        return sb.toString();
    }

    /** Characters appended so far, each line break one. */
    int length() {
        return text.length();
    }

    /** A break becomes a space between Latin words and nothing elsewhere; {@code clean} as WordFiles.clean. */
    private void join(StringBuilder sb, int end, boolean clean, IntConsumer from) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == BREAK) {
                if (i > 0 && i + 1 < text.length() && isLatin(text.charAt(i - 1)) && isLatin(text.charAt(i + 1))) {
                    sb.append(' ');
                    from.accept(i);
                }
            } else if (!clean || !WordFiles.dropped(c)) {
                sb.append(c);
                from.accept(i);
            }
        }
    }

    /** The text before the first visible character (spaces typed to indent the first line). */
    String leadingWhitespace() {
        if (numbered()) {
            return "";
        }
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
            i++;
        }
        return text.substring(0, i);
    }

    /**
     * The font most characters are set in: East Asian characters count (they are what a reviewer sees
     * in 仿宋 or 黑体); a paragraph without any falls back to all its characters.
     */
    String dominantFont(String fallback) {
        Map<String, Integer> counts = eastAsianChars.isEmpty() ? fontChars : eastAsianChars;
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            // ties go to the name that sorts first, so the result does not depend on hashing
            if (e.getValue() > bestCount || e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best == null ? fallback : best;
    }

    double dominantSize(double fallback) {
        Double best = null;
        int bestCount = 0;
        for (Map.Entry<Double, Integer> e : sizeChars.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && best != null && e.getKey() < best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best == null ? fallback : best;
    }

    /** Characters Word sets in the East Asian font: CJK ideographs, kana, hangul, full-width forms and CJK punctuation. */
    static boolean isEastAsian(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        return cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF || cp == 0x201C || cp == 0x201D
                || cp == 0x2018 || cp == 0x2019 || cp == 0x2026 || cp == 0x2014;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /**
     * First-line indent in characters of a paragraph set at {@code sizePt}: the indent Word applies
     * ({@code indentTwips}, negative for a hanging indent) plus the spaces typed before the text
     * (full-width space one character, half-width half, a tab up to the next default tab stop).
     */
    static double indentChars(double indentTwips, String leading, double sizePt, double tabStopTwips) {
        double charTwips = (sizePt > 0 ? sizePt : 10.5) * 20;
        double pos = indentTwips;
        for (int i = 0; i < leading.length(); i++) {
            char c = leading.charAt(i);
            if (c == '\t') {
                double stop = tabStopTwips > 0 ? tabStopTwips : 420;
                pos = (Math.floor(Math.max(pos, 0) / stop) + 1) * stop;
            } else if (c == '\u3000') {
                pos += charTwips;
            } else {
                pos += charTwips / 2;
            }
        }
        return Math.round(pos / charTwips * 100) / 100.0;
    }
}
