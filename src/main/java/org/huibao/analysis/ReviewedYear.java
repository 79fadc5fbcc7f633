package org.huibao.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.DocumentFact;
import org.huibao.api.Heading;
import org.huibao.api.HeadingKind;
import org.huibao.api.Node;
import org.huibao.parse.Genres;
import org.huibao.parse.Report;

/** Whether a heading names a year the report looks back on: work done, not next steps. */
final class ReviewedYear {

    private ReviewedYear() {
    }

    /** A year, not the year of a full date ("2026年1月12日在…会议上" under a title is when it was given). */
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}(?=年)(?!年\\d{1,2}月\\d{1,2}日)");

    /** Words that name work done or planned alike. */
    private static final Pattern AMBIGUOUS_WORK = Pattern.compile("(主要|重点)工作|工作重点|(做好|抓好)[^，。；]{0,8}工作");
    private static final Pattern PLAN_WORDS = Pattern.compile("安排|计划|打算|任务|目标|思路|部署|要点");

    /** How far down a title set below the organ's name (and a blank line) stands. */
    private static final int TITLE_LINES = 3;

    /**
     * A heading naming a year the report looks back on ("一、2025年主要工作" in "关于2025年工作情况的
     * 报告") is about work done, not next steps: its words fit work done or planned alike, and its year
     * is not after the earliest year of the title.
     */
    static boolean of(Report report, String heading) {
        Matcher y = YEAR.matcher(heading);
        // a plan's words ("2025年工作安排" in "2025年政府工作报告") say so whatever the year
        if (!y.find() || !AMBIGUOUS_WORK.matcher(heading).find() || PLAN_WORDS.matcher(heading).find()) {
            return false;
        }
        int year = Integer.parseInt(y.group());
        String title = titleWords(report);
        int earliest = earliest(title);
        // a report to a people's congress is given early in the year its title names: "二、2005年主要工作" in
        // "…2005年工作报告" is that year's tasks
        return earliest > 0 && year <= earliest && !ahead(title, year)
                && !(year == earliest && Genres.madeToCongress(report));
    }

    /** A full date in the first quarter of a year, when congresses sit: the day a report was given ("——2019年1月22日在…会议上"). */
    private static final Pattern EARLY_DATE = Pattern.compile("((?:19|20)\\d{2})年0?([1-3])月\\d{1,2}日");

    /**
     * Whether a report given early in a year ("2019年政府工作报告——2019年1月22日在…人民代表大会…会议上") looks
     * ahead to that year: its "二、2019年主要工作" is the year's tasks, though the title names the year too.
     */
    private static boolean ahead(String title, int year) {
        Matcher d = EARLY_DATE.matcher(title);
        while (d.find()) {
            if (year >= Integer.parseInt(d.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The earliest year the title names (the year a report looks back on), 0 when it names none. */
    static int inTitle(Report report) {
        return earliest(titleWords(report));
    }

    private static int earliest(String title) {
        Matcher t = YEAR.matcher(title);
        int earliest = 0;
        while (t.find()) {
            int y = Integer.parseInt(t.group());
            earliest = earliest == 0 ? y : Math.min(earliest, y);
        }
        return earliest;
    }

    /**
     * The title line, and a title a copy sets below the organ's name ("江澄市燃气集团有限公司" / "2025年安全生产工作
     * 总结及2026年工作计划"), which the parser takes for the first heading: an un-numbered one near the top that
     * names a kind of document.
     */
    private static String titleWords(Report report) {
        String title = report.title().orElse("");
        for (Node n : report.nodes()) {
            if (n instanceof Heading h) {
                return h.kind() == HeadingKind.UNNUMBERED && h.span().line() <= TITLE_LINES && !DocumentFact.namesKind(title)
                        && DocumentFact.namesKind(h.text()) ? title + "\n" + h.text() : title;
            }
        }
        return title;
    }
}
