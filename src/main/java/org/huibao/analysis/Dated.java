package org.huibao.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.parse.Report;

/**
 * The year a text is dated to, for the formulation word lists: a standard formulation the Party adopted
 * in a later year (新时代“枫桥经验”, 2018; “四个意识”, 2016; “两个维护”, 2018) is no standard for a text of an
 * earlier one, which writes what was current then (新时期“枫桥经验”, 四位一体), and a form that was
 * standard until a year ({@code allowed:} with {@code until:}) is right in a text of that year or before.
 *
 * <p>The latest year that the title, the front matter's dates and the first lines of the body (a
 * dateline, a speech's date under its title) name; a year that reaches on (2012年以来, 2016年至今) dates
 * nothing. A title's year is the period reported on, and a report on a year is written in it or in the
 * next, so a phrase adopted in a year is taken as unknown only to a text dated two years or more before
 * it — unless the text gives its day (a dateline, the front matter's date): then a year before it is
 * enough. 0 when the text names no year: a draft of today, to which every standard applies.
 *
 * @param year  the year, or 0
 * @param exact whether the latest year comes with its month (the day the text was given or issued)
 */
record Dated(int year, boolean exact) {
    static final Dated UNKNOWN = new Dated(0, false);

    /** Lines of the body a dateline may stand on: the title, a subtitle, the dateline, the speaker. */
    private static final int HEAD_LINES = 6;
    private static final Pattern YEAR = Pattern.compile(
            "(?<![0-9０-９〇零一二三四五六七八九])((?:19|20)[0-9]{2}|(?:一九|二〇|二零)[〇零一二三四五六七八九]{2})(?:年(?![以至到来])([0-9]{1,2}月|[一二三四五六七八九十]{1,2}月)?|-[01]?[0-9]-)");
    private static final Pattern FRONT_DATE = Pattern.compile("(?m)^(?:date|publication_date):\\s*'?((?:19|20)[0-9]{2})-");
    private static final String SENTENCE_ENDS = "。；！？!?";

    static Dated of(Report report) {
        Dated latest = latest(report.title().orElse(""), latest(report.meta().title(), UNKNOWN));
        Matcher front = FRONT_DATE.matcher(report.text().substring(0, report.meta().end()));
        while (front.find()) {
            latest = later(latest, new Dated(Integer.parseInt(front.group(1)), true));
        }
        String text = report.text();
        int at = report.meta().end();
        for (int n = 0; n < HEAD_LINES && at < text.length(); ) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            String line = text.substring(at, end).strip();
            at = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            n++;
            if (!NearMisses.any(line, SENTENCE_ENDS)) {
                latest = latest(line, latest);
            }
        }
        return latest;
    }

    /** Whether a formulation adopted in {@code since} (0: always) postdates the text. */
    boolean before(int since) {
        return year > 0 && since > 0 && year + (exact ? 0 : 1) < since;
    }

    /** Whether a form right until {@code until} (0: always) is right in the text. */
    boolean within(int until) {
        return until == 0 || year > 0 && year <= until;
    }

    /** The later of {@code so far} and the years {@code s} names; of one year, the exact reading. */
    private static Dated latest(String s, Dated soFar) {
        Dated out = soFar;
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            out = later(out, new Dated(number(m.group(1)), m.group(2) != null || m.group().endsWith("-")));
        }
        return out;
    }

    private static Dated later(Dated a, Dated b) {
        return b.year > a.year || b.year == a.year && b.exact && !a.exact ? b : a;
    }

    private static int number(String digits) {
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : "〇一二三四五六七八九".indexOf(c) >= 0 ? "〇一二三四五六七八九".indexOf(c) : c == '零' ? 0 : -1;
            n = n * 10 + Math.max(d, 0);
        }
        return n;
    }
}
