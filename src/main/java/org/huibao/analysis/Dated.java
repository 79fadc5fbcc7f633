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
 * <p>Apart from its date, the latest year the text speaks of as reached ({@link #reached}): 2024年以来,
 * 截至2024年底, 2025年，我们… — not a target (到2020年, 力争2025年, 2030年前, 2035年远景目标) nor the end
 * of a range (2016—2020年). It tells a draft of today from a text of the years before a reform, which
 * names later years only as targets, when neither is dated ({@code dated:} entries of the word lists).
 *
 * @param year    the year, or 0
 * @param exact   whether the latest year comes with its month (the day the text was given or issued)
 * @param reached the latest year the whole text names as reached, or 0
 */
record Dated(int year, boolean exact, int reached) {
    static final Dated UNKNOWN = new Dated(0, false, 0);

    Dated(int year, boolean exact) {
        this(year, exact, 0);
    }

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
        return new Dated(latest.year, latest.exact, reached(text));
    }

    /**
     * Whether the text shows it was written in {@code since} or later: by its date (a title's year a year
     * later, as {@link #before} reads it) or by a year it names as reached.
     */
    boolean shows(int since) {
        return year > 0 && !before(since) || reached >= since;
    }

    /** A paragraph's opening on the years under review: 五年来，…, 过去五年…, 这五年…. */
    private static final java.util.regex.Pattern REVIEW = java.util.regex.Pattern.compile(
            "[ \\u3000]*(?:[一二三四五六七八九十几多]年来|过去[一二三四五六七八九十几]年|这[一二三四五六七八九十几]年)");

    /**
     * Whether the paragraph opens on the years under review: a government work report's review is history
     * sentence after sentence, and a name or a task of those years is no slip there, whatever the text's date.
     */
    static boolean opensOnReview(String paragraph) {
        return REVIEW.matcher(paragraph).lookingAt();
    }

    /** Words before a year that make it a target or the end of a range: 到2020年, 力争2025年, 2016—2020年. */
    private static final String[] TARGET_BEFORE = {"到", "至", "于", "将", "拟", "力争", "争取", "确保", "预计", "计划",
        "目标", "—", "－", "-", "～", "~", "–"};
    /** Words after 年 that make the year a target: 2030年前, 2020年底前, 2035年远景目标. */
    private static final String[] TARGET_AFTER = {"前", "之前", "以前", "底前", "末前", "年底前", "远景", "目标", "的目标"};

    /** The latest year (ASCII or full-width digits) followed by 年 that is no target, or 0. */
    static int reached(String text) {
        int latest = 0;
        for (int at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
            if (at < 4) {
                continue;
            }
            int year = 0;
            boolean digits = true;
            for (int i = at - 4; i < at && digits; i++) {
                int d = Character.digit(text.charAt(i), 10);
                digits = d >= 0;
                year = year * 10 + d;
            }
            if (!digits || year <= latest || year < 1900 || year > 2099 || at > 4 && Character.digit(text.charAt(at - 5), 10) >= 0
                    || target(text, at - 4, at + 1)) {
                continue;
            }
            latest = year;
        }
        return latest;
    }

    private static boolean target(String text, int start, int after) {
        String before = text.substring(Math.max(0, start - 2), start).strip();
        if (before.equals("截至") || before.equals("截止")) {
            return false;
        }
        for (String w : TARGET_BEFORE) {
            if (before.endsWith(w)) {
                return true;
            }
        }
        for (String w : TARGET_AFTER) {
            if (text.startsWith(w, after)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a formulation adopted in {@code since} (0: always) postdates the text. */
    boolean before(int since) {
        return year > 0 && since > 0 && year + (exact ? 0 : 1) < since;
    }

    /** Whether a form right until {@code until} (0: always) is right in the text. */
    boolean within(int until) {
        return until == 0 || year > 0 && year <= until;
    }

    /**
     * A year in brackets closing a name, the document's own edition: 学习教育方案（2016年）, 工作条例（2019年修订）
     * — the year it was issued, not a period it reports on.
     */
    private static final Pattern EDITION = Pattern.compile("[（(]$");
    private static final Pattern EDITION_CLOSE = Pattern.compile("^(?:修订|修正|印发|制定|发布)?[）)]");
    /** Digits a web copy letter-spaced: 2 0 2 2 年 政府工作报告. */
    private static final Pattern SPACED = Pattern.compile("(?<![0-9])([12]) ([0-9]) ([0-9]) ([0-9]) ?年");

    /** The later of {@code so far} and the years {@code s} names; of one year, the exact reading. */
    private static Dated latest(String s, Dated soFar) {
        Dated out = soFar;
        String t = SPACED.matcher(s).replaceAll("$1$2$3$4年");
        Matcher m = YEAR.matcher(t);
        while (m.find()) {
            boolean edition = m.group().endsWith("年") && EDITION.matcher(t.substring(0, m.start())).find()
                    && EDITION_CLOSE.matcher(t.substring(m.end())).find();
            out = later(out, new Dated(number(m.group(1)), m.group(2) != null || m.group().endsWith("-") || edition));
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
