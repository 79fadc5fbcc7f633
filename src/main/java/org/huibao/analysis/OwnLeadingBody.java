package org.huibao.analysis;

/**
 * The Party body that leads the reporting unit at its own place, which the unit's report names as its
 * own: 党工委 in a report by a 管委会, 街道办事处 or 工委 (…街道工作委员会 is the 党工委's full name); the town's
 * 党委 in a 镇人民政府's; 党委 in a report by 中共…委员会, the committee's full name. Not a body
 * of another level ("县委" in a bureau's report), which is higher.
 */
final class OwnLeadingBody {
    private OwnLeadingBody() {
    }

    /** Whether {@code name} is the leading Party body of {@code u}, the reporting unit (both with 人民 dropped). */
    static boolean of(String u, String name) {
        if (u.isEmpty()) {
            return false;
        }
        if (name.endsWith("党工委")) {
            return u.endsWith("管委会") || u.endsWith("管理委员会") || u.endsWith("办事处") || u.endsWith("街道")
                    || u.endsWith("工委") || u.endsWith("工作委员会") || place(u, name);
        }
        if (name.equals("党委") || name.equals("镇党委") || name.equals("乡党委")) {
            return u.endsWith("镇政府") || u.endsWith("乡政府") || u.endsWith("镇") || u.endsWith("乡")
                    || u.endsWith("集团") || u.endsWith("公司") || institution(u) || fullPartyName(u) || place(u, name);
        }
        return place(u, name);
    }

    /**
     * A hospital, school or university, led by a Party committee of its own ("医院党委", "学校党委"); not a court
     * or procuratorate (…院), whose Party body is a 党组 and whose 党委 is the place's.
     */
    private static boolean institution(String u) {
        return u.endsWith("医院") || u.endsWith("学校") || u.endsWith("大学") || u.endsWith("学院") || u.endsWith("中学")
                || u.endsWith("小学");
    }

    /**
     * …委员会 (the title's 中共 already dropped): a Party committee under its full name, which calls itself
     * 党委 — not a congress's standing committee, a 管理委员会 (whose Party body is a 党工委) or a CPPCC one.
     */
    private static boolean fullPartyName(String u) {
        return u.endsWith("委员会") && !u.endsWith("常务委员会") && !u.endsWith("管理委员会") && !u.contains("政协")
                && !u.contains("协商会议");
    }

    /** "青山镇党委" in a report by "青山镇政府": the same place's Party committee. */
    private static boolean place(String unit, String name) {
        int at = name.length() - (name.endsWith("党工委") ? 3 : name.endsWith("党委") ? 2 : 0);
        if (at < 2 || at == name.length()) {
            return false;
        }
        String where = name.substring(0, at);
        return unit.startsWith(where) && (unit.endsWith("政府") || unit.endsWith("管委会") || unit.endsWith("办事处"));
    }
}
