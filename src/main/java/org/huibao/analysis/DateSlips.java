package org.huibao.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;

/**
 * Dates that are written half one way and half another, or that contradict themselves (GB/T 15835-2011,
 * GB/T 9704-2012: one way of writing per date, the full year, 日 kept on both ends of a range): a month and a
 * day in different numerals (6月十二日, 六月12日), a weekday the date does not fall on (2024年6月3日（星期五）),
 * the first day of a range left without 日 before 至 (5月11至22日), the second year of a range shortened
 * (2024—25学年), and a month or a quarter the year does not have (2026年13月, 2026年第5季度). Each pattern runs only on a line that has the character it needs.
 */
final class DateSlips implements Detector {
    private static final String HAN_DAY = "[一二三四五六七八九十]{1,3}";
    /** 6月十二日, 六月12日, 十二月3日: a month and its day in two kinds of numerals. */
    private static final Pattern MIXED = Pattern.compile(
            "(?<![0-9])(1[0-2]|[1-9])月(" + HAN_DAY + ")日|(?<![一二三四五六七八九十〇零○])([一二三四五六七八九十]{1,2})月([1-9]|[12][0-9]|3[01])日");
    private static final StartsAt.Test MIXED_START = FirstChars.of(MIXED).orElse(null);
    /** 2024年6月3日（星期五）, 2024年6月3日周五: a weekday named after a full date. */
    private static final Pattern WEEKDAY = Pattern.compile(
            "((?:19|20)\\d{2})年(1[0-2]|[1-9])月([12][0-9]|3[01]|[1-9])日\\s*[（(]?\\s*(?:星期|周|礼拜)([一二三四五六日天])");
    private static final StartsAt.Test WEEKDAY_START = FirstChars.of(WEEKDAY).orElse(null);
    private static final String WEEKDAYS = "一二三四五六日";
    /** 5月11至22日, 5月11到22日: the first day of the range without its 日 (5月11日至22日). */
    private static final Pattern DAY_RANGE = Pattern.compile("(?<![0-9])(?:1[0-2]|[1-9])月([12][0-9]|3[01]|[1-9])(至|到)([12][0-9]|3[01]|[1-9])日");
    private static final StartsAt.Test DAY_RANGE_START = FirstChars.of(DAY_RANGE).orElse(null);
    /** 2024—25学年, 2023年至24年, 2024-25年度: a range whose second year has lost its century. */
    private static final Pattern SHORT_RANGE = Pattern.compile(
            "(?<![0-9.])((?:19|20)(\\d{2}))(年?)(—|－|-|～|~|至|到)(\\d{2})(?=年|学年)");
    private static final StartsAt.Test SHORT_RANGE_START = FirstChars.of(SHORT_RANGE).orElse(null);
    /** 2026年13月, 第5季度: a month or a quarter the year does not have. */
    private static final Pattern NO_SUCH = Pattern.compile(
            "(?<![0-9])(?:19|20)\\d{2}年(1[3-9]|[2-9]\\d)月|(?<![0-9])(?:19|20)\\d{2}年第([5-9]|[五六七八九])季度");
    private static final StartsAt.Test NO_SUCH_START = FirstChars.of(NO_SUCH).orElse(null);

    @Override
    public void detect(LineContext c, List<Spot> out) {
        String t = c.text();
        if (t.indexOf('月') >= 0 && t.indexOf('日') >= 0) {
            mixed(c, out);
            if (t.indexOf('周') >= 0 || t.indexOf('星') >= 0 || t.indexOf('礼') >= 0) {
                weekdays(c, out);
            }
            Search s = new Search(DAY_RANGE, t, DAY_RANGE_START);
            Matcher m = s.matcher();
            while (s.find()) {
                String fix = t.substring(m.start(), m.end(1)) + "日" + t.substring(m.start(2), m.end());
                out.add(c.spot(SpotKind.DATE_FORM, m.start(), m.end(), fix, fix));
            }
        }
        if (t.indexOf('年') >= 0 && (t.indexOf('月') >= 0 || t.indexOf('季') >= 0)) {
            Search s = new Search(NO_SUCH, t, NO_SUCH_START);
            Matcher m = s.matcher();
            while (s.find()) {
                int g = m.group(1) != null ? 1 : 2;
                out.add(c.spot(SpotKind.DATE_FORM, m.start(g), m.end(), "", null));
            }
        }
        if (t.indexOf('年') >= 0) {
            Search s = new Search(SHORT_RANGE, t, SHORT_RANGE_START);
            Matcher m = s.matcher();
            while (s.find()) {
                int first = Integer.parseInt(m.group(2));
                int second = Integer.parseInt(m.group(5));
                // the next year or one soon after it (2024—25); 2024-12 is a month, 2025-10年 something else
                if (second > first && second - first <= 5) {
                    String century = m.group(1).substring(0, 2);
                    String fix = m.group(1) + m.group(3) + m.group(4) + century + m.group(5);
                    out.add(c.spot(SpotKind.DATE_FORM, m.start(), m.end(), fix, fix));
                }
            }
        }
    }

    private static void mixed(LineContext c, List<Spot> out) {
        String t = c.text();
        Search s = new Search(MIXED, t, MIXED_START);
        Matcher m = s.matcher();
        while (s.find()) {
            String fix;
            if (m.group(1) != null) {
                long day = Numbers.value(m.group(2));
                fix = day >= 1 && day <= 31 ? m.group(1) + "月" + day + "日" : null;
            } else {
                long month = Numbers.value(m.group(3));
                fix = month >= 1 && month <= 12 ? month + "月" + m.group(4) + "日" : null;
            }
            if (fix != null) {
                out.add(c.spot(SpotKind.DATE_FORM, m.start(), m.end(), fix, fix));
            }
        }
    }

    private static void weekdays(LineContext c, List<Spot> out) {
        Search s = new Search(WEEKDAY, c.text(), WEEKDAY_START);
        Matcher m = s.matcher();
        while (s.find()) {
            LocalDate date;
            try {
                date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                continue; // 6月31日 is Numbers'
            }
            char named = m.group(4).charAt(0) == '天' ? '日' : m.group(4).charAt(0);
            char real = WEEKDAYS.charAt(date.getDayOfWeek().getValue() - 1);
            if (named != real) {
                String detail = m.group() + "：" + m.group(1) + "年" + m.group(2) + "月" + m.group(3) + "日是星期" + real;
                out.add(c.spot(SpotKind.DATE_FORM, m.start(4), m.end(4), detail, null));
            }
        }
    }
}
