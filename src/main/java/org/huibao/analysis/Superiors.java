package org.huibao.analysis;

/**
 * Who stands above the writer of a request: a superior by its common names (上级, 县委, 主管部门), an organ
 * by its level and kind (市财政局, 省厅), and the body the report is addressed to. Every reading of a
 * request asks whether the one asked is such a body, so it is answered here once.
 */
final class Superiors {
    /**
     * Superiors a 希望, 期望 or 盼望 may address ("希望县委县政府协调解决…", "期望上级部门给予支持"): then it
     * asks as 望 does. Before anyone else it is a wish (希望全体干部…, 希望通过…).
     */
    static final String[] SUPERIORS = {"上级", "领导", "组织上", "党委", "党组", "政府", "省委", "市委", "县委", "区委",
        // the addressee by its courtesy form (贵府, 贵局), a legislature's standing committee, an inspecting team
        "贵", "人大", "省人大", "市人大", "县人大", "区人大", "常委会", "督查组", "巡察组", "巡视组", "检查组", "督导组",
        "州委", "旗委", "省政府", "市政府", "县政府", "区政府", "州政府", "旗政府", "省人民政府", "市人民政府", "县人民政府",
        "区人民政府", "主管部门", "局党组", "局党委", "厅党组", "局领导", "厅领导", "部领导",
        // a group's or a head office's, above a subsidiary
        "集团", "总公司", "上级公司", "总部", "母公司",
        // a level above by its spoken name (请求市里核减…, 能否请厅里…给我院多分配…)
        "省里", "市里", "县里", "区里", "州里", "厅里", "局里", "部里", "委里"};

    private Superiors() {
    }

    /** Whether a superior is named anywhere in {@code s}: 需要上级…, 请求县委县政府…. */
    static boolean superiorNamed(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (superiorFollows(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** A superior right after a wish, past 能/能够/各级/由: "希望县委县政府…", "希望上级能够…". */
    static boolean superiorFollows(String t, int at) {
        int k = at;
        for (String w : new String[] {"能够", "能", "各级", "由"}) {
            if (t.startsWith(w, k)) {
                k += w.length();
            }
        }
        return Adjacent.startsWithAny(t, k, SUPERIORS) || organ(t, k);
    }

    /** Levels that open the name of a body above a unit: 市财政局, 省厅, 县住建局, 国家发改委. */
    private static final String[] LEVELS = {"省", "市", "县", "区", "州", "旗", "盟", "自治区", "国家", "中央", "上级"};

    /** The name of a body at {@code at}: a level, then at most ten characters, ending on what a body's name ends on. */
    static boolean organ(String t, int at) {
        if (!Adjacent.startsWithAny(t, at, LEVELS)) {
            return false;
        }
        // a body's name holds no particle or verb of the request around it (希望市民积极参与, 市场能够…)
        for (int k = at + 1; k < t.length() && k <= at + 10 && (Han.is(t.charAt(k)) || t.charAt(k) == '、')
                && "的能尽早在对给予帮加积参要把将与及民场".indexOf(t.charAt(k)) < 0; k++) {
            // a body named by its purse (县财政, 市财政) stands for its finance bureau; a standing meeting of
            // several bodies (市联席会议) decides as a body does
            if ("局厅委部办府院处组".indexOf(t.charAt(k)) >= 0 || t.startsWith("中心", k) || t.startsWith("党组", k) || t.startsWith("财政", k)
                    || t.startsWith("会议", k)) {
                return true;
            }
        }
        return false;
    }

    /** The addressee line without 人民 and blanks, so that 市政府 is found in 市人民政府. */
    static String addressee(String line) {
        return line.replace("人民", "").replaceAll("[\\s\u3000]", "");
    }

    /** Whether the body named at {@code at} (人民 left out) is one the report is addressed to, or is 贵…. */
    static boolean addressed(String t, int at, String addressee) {
        String body = t.substring(at, Math.min(t.length(), at + 12)).replace("人民", "");
        if (body.startsWith("贵")) {
            return true;
        }
        for (String named : addressee.split("[、，,：:；;]")) {
            // the body is one addressed (提请市委研究 to 市委), or a part of its name (领导小组 of 市委…领导小组)
            if (named.length() >= 2 && body.startsWith(named) || body.length() >= 3 && named.contains(body.substring(0, 3))) {
                return true;
            }
            // or its short name, its level and the kind of organ: 县局 for 县应急管理局, 省厅 for 省自然资源厅
            String brief = shortName(named);
            if (brief != null && body.startsWith(brief)) {
                return true;
            }
        }
        return false;
    }

    /** The short name of an organ by its level and kind (县局 for 某某县应急管理局, 市委 for 市委), or null. */
    static String shortName(String named) {
        int n = named.length();
        if (n < 3 || "局厅委院办署".indexOf(named.charAt(n - 1)) < 0) {
            return null;
        }
        for (int k = n - 2; k >= 0; k--) {
            if ("省市县区州旗盟".indexOf(named.charAt(k)) >= 0) {
                return "" + named.charAt(k) + named.charAt(n - 1);
            }
        }
        return null;
    }
}
