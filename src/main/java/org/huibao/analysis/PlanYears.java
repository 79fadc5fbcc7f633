package org.huibao.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Term;
import org.huibao.parse.Columns;

/**
 * A year called the first or the last year of a five-year plan it is not (2026年是“十四五”开局之年:
 * 2026 opens the 15th): the clause names the year, then the plan and the year's role in it
 * (开局/起步/开篇之年, 收官/收尾之年). Reported as a hit of the {@code formulations} list with the year's
 * own plan and role. Only a year that opens or closes a plan has a correction; a year inside one
 * (2023年是“十四五”开局之年) is a different slip, left alone. The 3rd plan began in 1966 and each plan
 * since has five years. Stateless.
 */
final class PlanYears {
    /** The year (a topic comma may follow it), the plan's number (六…九, 十一…十九) and the role; no clause end or other year between. */
    private static final Pattern ROLE = Pattern.compile(
            "((?:19|20)[0-9]{2})\\s*年[，,]?(?:(?![0-9]{4}|[，,。；;！？!?]).){0,40}?([“\"‘]?)((?:十)?[一二三四五六七八九])五([”\"’]?)"
                    + "((?:规划|计划|时期)?的?)(开局|起步|开篇|收官|收尾)之年");
    private static final String DIGITS = "一二三四五六七八九";
    private static final int THIRD_PLAN = 1966;

    private PlanYears() {
    }

    static List<Term> find(String line, int lineId, Columns columns, List<Term> taken) {
        if (line.indexOf("之年") < 0) {
            return List.of();
        }
        List<Term> out = new ArrayList<>();
        Matcher m = ROLE.matcher(line);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            int plan = number(m.group(3));
            if (plan < 3) {
                continue;
            }
            int start = THIRD_PLAN + 5 * (plan - 3);
            boolean opening = m.group(6).startsWith("开") || m.group(6).equals("起步");
            if (year == (opening ? start : start + 4) || (year - THIRD_PLAN) % 5 != 0 && (year - THIRD_PLAN) % 5 != 4) {
                continue;
            }
            int own = (year - THIRD_PLAN) / 5 + 3;
            boolean opens = (year - THIRD_PLAN) % 5 == 0;
            String role = opens == opening ? m.group(6) : opens ? "开局" : "收官";
            String right = m.group(2) + name(own) + "五" + m.group(4) + m.group(5) + role + "之年";
            String note = year + "年是“" + name(own) + "五”" + (opens ? "开局" : "收官") + "之年";
            NearMisses.add(out, taken, lineId, columns, line, "formulations", m.start(2), m.end(), right, note);
        }
        return out;
    }

    /** 六 → 6, 十四 → 14; 0 for what is no plan's number. */
    private static int number(String s) {
        if (s.length() == 1) {
            return DIGITS.indexOf(s.charAt(0)) + 1;
        }
        return 10 + DIGITS.indexOf(s.charAt(1)) + 1;
    }

    private static String name(int n) {
        return n < 10 ? String.valueOf(DIGITS.charAt(n - 1)) : n == 10 ? "十" : "十" + DIGITS.charAt(n - 11);
    }
}
