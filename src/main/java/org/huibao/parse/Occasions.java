package org.huibao.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text was delivered, as its opening lines say: to a session of a people's congress by the head
 * of a government (a government work report, whatever its title line), or at a meeting by the dateline
 * under its title (an address).
 */
final class Occasions {
    /** The occasion of a government work report: a session of a people's congress. */
    private static final Pattern CONGRESS_SESSION = Pattern.compile("人民代表大会[^，。]{0,12}会议上");
    /** The speaker line of a government work report: "市长 赵建军", "福建省人民政府省长 赵龙", "代市长 侯刚". */
    private static final Pattern GOVERNMENT_HEAD = Pattern.compile(
            "^[^，。：:]{0,16}?(?:人民政府)?代?((?:省|市|州|县|区|旗|盟|镇|乡)长|(?:自治区人民政府)主席)[ 　]+[^ 　，。：:]{1,4}(?:[ 　][^ 　，。：:]{1,3})?$");
    /** A government's head reporting to the congress in a copy without its title: "我代表县人民政府，向大会报告工作". */
    private static final Pattern REPORTS_TO_CONGRESS = Pattern.compile(
            "我代表[^。，]{0,20}人民政府[，,]?向(大会|本次会议)(报告(政府)?工作|[作做](政府)?工作报告)");
    /** A dateline under the title: "——2026年3月6日在…会议上". */
    private static final Pattern DATELINE = Pattern.compile("[—\\-－]{1,2}.{0,40}在.{0,60}(会议|大会|会)上");

    private Occasions() {
    }

    /** The words of the opening by which a government's head reports to the congress (我代表…向大会报告工作), or null. */
    static String reportsToCongress(Report report) {
        return Openings.firstMatch(report, REPORTS_TO_CONGRESS, 5);
    }

    /**
     * The head of a government speaking to a session of the people's congress, in the first lines: the
     * occasion ("在…人民代表大会…会议上") and the speaker ("市长 …", "…人民政府省长 …"); null otherwise. That
     * is a government work report, whatever its title line says or whether it has one.
     */
    static String governmentHeadToCongress(Report report) {
        boolean congress = false;
        for (String l : Openings.openingLines(report, 6)) {
            String line = l.strip();
            congress |= CONGRESS_SESSION.matcher(line).find();
            Matcher speaker = GOVERNMENT_HEAD.matcher(line);
            if (congress && speaker.find()) {
                return speaker.group(1);
            }
        }
        return null;
    }

    /**
     * Whether a report is made to a people's congress, as its opening says: a dateline "——…在…人民代表大会…会议上"
     * or "我代表…人民政府向大会报告工作". Such a report is given early in the year its title names, and looks
     * ahead to that year.
     */
    static boolean madeToCongress(Report report) {
        for (String line : Openings.openingLines(report, 6)) {
            if (CONGRESS_SESSION.matcher(line).find()) {
                return true;
            }
        }
        return reportsToCongress(report) != null;
    }

    static boolean deliveredAtAMeeting(Report report, String title) {
        if (DATELINE.matcher(title).find()) {
            return true;
        }
        List<String> lines = Openings.firstLines(report.text(), 5);
        for (int i = 1; i < lines.size(); i++) {
            if (DATELINE.matcher(lines.get(i).strip()).find()) {
                return true;
            }
        }
        return false;
    }
}
