package org.huibao.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Line;
import org.huibao.api.NodeType;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;
import org.huibao.parse.Columns;

/**
 * One way of writing this century's dates per text: a date in Chinese numerals (二〇二五年十一月三日) in a
 * report whose other dates are in Arabic digits (2026年3月底前) — in the running text, or as the date under
 * the signature, which GB/T 9704-2012 (7.3.5.1) writes in Arabic digits too (“用阿拉伯数字将年、月、日标全”).
 * Read over the whole text, since a line alone cannot tell. Left alone: the dates of history (一九三五年十二月九日,
 * which texts of the Party write in Chinese numerals beside Arabic figures), a speech's subtitle
 * (——二〇二四年一月十八日在…会议上) and a date in brackets under a title, which name when a speech was given.
 */
final class DateHabits {
    /** 二〇二五年十一月三日, 二○二六年一月: a year of this century, a month and perhaps a day, all in Chinese numerals. */
    private static final Pattern CHINESE_DATE = Pattern.compile(
            "二[〇○零]([〇○零一二三四五六七八九])([〇○零一二三四五六七八九])年(十[一二]?|[一二三四五六七八九])月"
            + "(?:(三十[一]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日)?");
    /** 2026年, 2025年: a year in Arabic digits. */
    private static final Pattern ARABIC_YEAR = Pattern.compile("(?<![\\d.])(?:19|20)\\d{2}年");
    private static final String DIGITS = "〇一二三四五六七八九";

    private DateHabits() {
    }

    static void find(List<Line> lines, List<Spot> out) {
        int arabic = 0;
        for (Line line : lines) {
            if (line.type() != NodeType.TITLE) {
                Matcher m = ARABIC_YEAR.matcher(line.text());
                while (m.find()) {
                    arabic++;
                }
            }
        }
        // the text's habit is Arabic dates: at least two of them
        if (arabic < 2) {
            return;
        }
        for (Line line : lines) {
            String t = line.text();
            if (line.type() == NodeType.TITLE || t.indexOf('年') < 0 || !(t.contains("二〇") || t.contains("二○") || t.contains("二零"))
                    || t.startsWith("——") || t.startsWith("—") || t.startsWith("（") || t.startsWith("(") || t.contains("会议上")) {
                continue;
            }
            Matcher m = CHINESE_DATE.matcher(t);
            Columns columns = null;
            while (m.find()) {
                columns = columns == null ? new Columns(line.span(), line.text()) : columns;
                String fix = "20" + DIGITS.indexOf(digit(m.group(1))) + DIGITS.indexOf(digit(m.group(2))) + "年" + Numbers.value(m.group(3)) + "月"
                        + (m.group(4) == null ? "" : Numbers.value(m.group(4)) + "日");
                out.add(new Spot(SpotKind.DATE_FORM, line.id(), columns.span(m.start(), m.end()), m.group(), "", fix));
            }
        }
    }

    /** ○ and 零 for 〇. */
    private static char digit(String s) {
        char ch = s.charAt(0);
        return ch == '○' || ch == '零' ? '〇' : ch;
    }
}
