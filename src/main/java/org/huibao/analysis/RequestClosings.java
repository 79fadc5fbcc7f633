package org.huibao.analysis;

import static org.huibao.analysis.RequestMarkers.requestFollows;
import static org.huibao.analysis.Requests.CLAUSE_ENDS;
import static org.huibao.analysis.Requests.past;
import static org.huibao.analysis.Requests.skipCommas;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closings of a 请示 ({@link Requests}): 妥否, 当否 (and 当否，请示), 如无不妥, 如无不当, 特此请示, 以上请示,
 * 请示如下, 敬候批示; 如无异议, 是否妥当, 可否 when a request follows.
 */
final class RequestClosings {
    private RequestClosings() {
    }

    /** 妥否, 当否 (and 当否，请示), 如无不妥, 如无不当, 特此请示, 专此请示, 以上请示, 请示如下; 如无异议, 是否妥当, 可否 before a request. */
    static void closings(String t, List<int[]> out) {
        for (int i = t.indexOf('否'); i >= 1; i = t.indexOf('否', i + 1)) {
            char b = t.charAt(i - 1);
            if (b == '妥' || b == '当' && (i < 2 || "应相适恰得妥正".indexOf(t.charAt(i - 2)) < 0)
                    && (i + 1 >= t.length() || "认决定则".indexOf(t.charAt(i + 1)) < 0)) {
                int end = i + 1;
                int k = skipCommas(t, end);
                if (t.startsWith("请示", k)) {
                    end = k + 2; // 当否，请示
                }
                out.add(new int[] {i - 1, end});
            } else if (b == '可' && requestFollows(t, i + 1)) {
                out.add(new int[] {i - 1, i + 1});
            }
        }
        // 妥与不妥, 当与不当, 可与不可 before a request: the question spelt out
        for (String w : new String[] {"妥与不妥", "当与不当", "可与不可", "妥或不妥"}) {
            for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
                if (requestFollows(t, i + w.length())) {
                    out.add(new int[] {i, i + w.length()});
                }
            }
        }
        // 妥当与否, 可行与否, 当与否 before a request: 否 after 与, the question a request closes on
        for (int i = t.indexOf("与否"); i >= 1; i = t.indexOf("与否", i + 1)) {
            for (String w : new String[] {"妥当", "可行", "恰当", "适当", "正确", "妥", "当", "可"}) {
                // a request after it: 判断决策正确与否 describes, 正确与否，请指示 asks
                if (t.startsWith(w, i - w.length()) && requestFollows(t, i + 2)) {
                    out.add(new int[] {i - w.length(), i + 2});
                    break;
                }
            }
        }
        for (String w : new String[] {"如无不妥", "如无不当", "若无不妥", "若无不当", "如无不可", "特此申请", "专此申请", "请示复", "请示遵"}) {
            for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
                out.add(new int[] {i, i + w.length()});
            }
        }
        // 望复, 盼示, 祈复, 候批, 敬望复: asking for a reply or an instruction, as a closing on its own (not 希望复工,
        // 望复核, 展示, 期盼批…): the plea, then the one character of what is asked, and nothing after
        for (String w : new String[] {"望复", "望示", "望覆", "盼示", "盼覆", "盼批", "盼准", "祈复", "祈示", "祈覆", "候示", "候复", "候批",
            "盼复示", "望复示", "盼函复", "望函复", "盼告", "望告知"}) {
            for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
                boolean alone = (i == 0 || !Han.is(t.charAt(i - 1)) || "敬盼切并即恳谨静恭为".indexOf(t.charAt(i - 1)) >= 0)
                        && (i + w.length() >= t.length() || !Han.is(t.charAt(i + w.length())));
                if (alone) {
                    out.add(new int[] {i, i + w.length()});
                }
            }
        }
        reportAndRequest(t, out);
        awaiting(t, out);
        handedUp(t, out);
        announced(t, out);
        for (String w : new String[] {"如无异议", "若无异议", "是否妥当"}) {
            for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
                if (requestFollows(t, i + w.length())) {
                    out.add(new int[] {i, i + w.length()});
                }
            }
        }
        for (int i = t.indexOf("请示"); i >= 0; i = t.indexOf("请示", i + 1)) {
            int to = addressedAsking(t, i);
            if (to >= 0) {
                out.add(new int[] {to, i + 2}); // 特向区委请示, 现向市委请示如下
            } else if (i >= 2 && (t.startsWith("特此", i - 2) || t.startsWith("专此", i - 2) || t.startsWith("以上", i - 2))) {
                out.add(new int[] {i - 2, i + 2});
            } else if (i >= 1 && "特现谨兹".indexOf(t.charAt(i - 1)) >= 0 && !t.startsWith("报告", i + 2) && !t.startsWith("汇报", i + 2)
                    && !t.startsWith("制度", i + 2) && !past(t, i - 1)) {
                // 为此特请示县委…, 现请示如下, 谨请示: the writer asking now, the addressee after it
                int s = i >= 3 && t.startsWith("为此", i - 3) ? i - 3 : i - 1;
                out.add(new int[] {s, i + 2});
            } else if (t.startsWith("如下", i + 2) || t.startsWith("如上", i + 2)) {
                out.add(new int[] {i, i + 4}); // 请示如下, 请示如上
            } else if (t.startsWith("事项如下", i + 2)) {
                out.add(new int[] {i, i + 6}); // 请示事项如下：一是…
            } else {
                int[] matter = matterAsked(t, i);
                if (matter != null) {
                    out.add(matter);
                }
            }
        }
    }

    /** What a superior decides, closing a clause that hands it up: 报县局审批, 呈市委审定. */
    private static final String[] DECIDED = {"审批", "审定", "批准", "核准", "审核", "批复", "批示", "定夺", "审阅批准", "审查批准", "审核批准"};

    /**
     * The writer handing a matter up for decision now: 报 or 呈 opening its sentence (or after 特, 现, 谨, 敬, 兹), a body
     * above, and a decision closing the clause (报县局审批。, 特报县局审定。, 敬呈县局审阅批准。). Not a procedure told
     * (报县局审批后实施) nor an account (已报…).
     */
    private static void handedUp(String t, List<int[]> out) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != '报' && t.charAt(i) != '呈') {
                continue;
            }
            // asking now: after 特, 现, 谨, 敬 or 兹, or opening a sentence or the clause after 以上…, 为此 (a 报 after
            // another clause tells a step taken: 制定方案，报县局审批; a norm's procedure: 选举…，并报…批准)
            boolean now = i > 0 && "特现谨敬兹".indexOf(t.charAt(i - 1)) >= 0;
            int s = now ? i - 1 : i;
            int from = s;
            while (from > 0 && CLAUSE_ENDS.indexOf(t.charAt(from - 1)) < 0) {
                from--;
            }
            String before = t.substring(from, s);
            boolean opens = before.isBlank() || (before.startsWith("以上") || before.startsWith("为此") || before.startsWith("据此"))
                    && (before.endsWith("，") || before.endsWith(","));
            if (!(now || opens) || !(Superiors.superiorFollows(t, i + 1) || Superiors.organ(t, i + 1)) || past(t, s) || RequestReadings.norm(t, s)) {
                continue;
            }
            int end = Requests.clauseEnd(t, i + 1, 19);
            if ((end == t.length() || CLAUSE_ENDS.indexOf(t.charAt(end)) >= 0) && Adjacent.endsWithAny(t, end, DECIDED)) {
                out.add(new int[] {s, end});
            }
        }
    }

    /** The writer's own requests announced: 特向县局提出如下请求, 我镇的请求是：…; not 群众的请求, 诉讼请求. */
    private static void announced(String t, List<int[]> out) {
        for (int i = t.indexOf("请求"); i >= 0; i = t.indexOf("请求", i + 1)) {
            boolean made = i >= 2 && (t.startsWith("提出", i - 2) || t.startsWith("如下", i - 2) || t.startsWith("以下", i - 2))
                    && (t.startsWith("。", i + 2) || t.startsWith("：", i + 2) || t.startsWith("如下", i + 2));
            boolean stated = t.startsWith("请求是：", i) || t.startsWith("请求如下", i);
            int from = i;
            while (from > 0 && i - from < 20 && CLAUSE_ENDS.indexOf(t.charAt(from - 1)) < 0) {
                from--;
            }
            String clause = t.substring(from, i);
            boolean writer = clause.startsWith("特") || clause.contains("特向") || clause.contains("我") || clause.contains("为此") || clause.startsWith("现");
            if ((made && writer || stated && clause.contains("我")) && !past(t, i) && !clause.contains("群众") && !clause.contains("诉讼")) {
                out.add(new int[] {from, i + 2});
            }
        }
    }

    /** Whether the text holds 报 or 呈 before a level of body (报县局…, 呈市委…): the lines {@link #handedUp} can read. */
    static boolean handedUpMay(String t) {
        for (int i = t.indexOf('报'); i >= 0; i = t.indexOf('报', i + 1)) {
            if (i + 1 < t.length() && "省市县区州旗盟上贵".indexOf(t.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return t.indexOf('呈') >= 0;
    }

    /** A matter or matters named as what is asked: 一事, 两个事项, 一个问题, 以下事项. */
    private static final Pattern MATTERS = Pattern.compile("^(?:[一两二三四五几][个件项]?|以下|如下|下列|有关|相关)(?:事项|事宜|问题|事)");
    /** The matter named before 请示, the clause's end: 另有一事, 有两个事项需要. */
    private static final Pattern MATTER_BEFORE = Pattern.compile("有[一两二三四五几][个件项]?(?:事项|事宜|问题|事)(?:需要|需|要|特|拟)?向?$");
    /** Words of a norm, which says when one must ask, not that one asks: 凡有重大事项须请示. */
    private static final String[] NORM = {"凡", "必须", "应当", "应该", "须", "一律", "及时", "按规定", "按程序", "制度"};

    /**
     * 请示 as what the writer does now about a matter it names, inside a report: 另请示一事, 现请示以下事项, 另有一事
     * 请示, 有两个事项需要请示, 同时将有关请示事项一并报告. Not an account (已请示, 经请示) nor a norm (凡有重大事项须请示).
     * Returns the span, or null.
     */
    private static int[] matterAsked(String t, int i) {
        int from = i;
        while (from > 0 && i - from < 20 && CLAUSE_ENDS.indexOf(t.charAt(from - 1)) < 0 && t.charAt(from - 1) != '，') {
            from--;
        }
        String clause = t.substring(from, i);
        if (past(t, i) || Requests.containsAny(clause, 0, clause.length(), NORM)) {
            return null;
        }
        Matcher after = MATTERS.matcher(t.substring(i + 2, Math.min(t.length(), i + 8)));
        if (after.find()) {
            return new int[] {i, i + 2 + after.end()}; // 另请示一事, 顺带请示一个问题
        }
        // 另有一事请示, 有两个事项需要请示: the matter named before, 请示 closing the clause or naming the body asked
        Matcher named = MATTER_BEFORE.matcher(clause);
        boolean ends = i + 2 >= t.length() || CLAUSE_ENDS.indexOf(t.charAt(i + 2)) >= 0 || "，：:".indexOf(t.charAt(i + 2)) >= 0
                || Superiors.superiorFollows(t, i + 2) || Superiors.organ(t, i + 2);
        if (named.find() && ends) {
            return new int[] {from + named.start(), i + 2};
        }
        // 将有关请示事项一并报告: the matters asked carried along with the report
        if (t.startsWith("事项", i + 2) && (clause.contains("将") || clause.contains("把")) && t.indexOf("一并", i) > 0 && t.indexOf("一并", i) < i + 10) {
            return new int[] {i, i + 4};
        }
        return null;
    }

    /**
     * A report that announces a request joined to it: 特此报告并请示, 以上报告并请示, and a title
     * "关于…的报告暨…的请示", "…情况汇报及有关事项请示" — 请示 closing the sentence or the line, after 报告 or
     * 汇报 and a conjunction (并, 暨, 及, 兼, 和, 同时). Not 请示报告 as a noun, nor 报告并请示重大事项 (a rule).
     */
    private static void reportAndRequest(String t, List<int[]> out) {
        for (int i = t.indexOf("请示"); i >= 0; i = t.indexOf("请示", i + 1)) {
            int e = i + 2;
            while (e < t.length() && " \u3000".indexOf(t.charAt(e)) >= 0) {
                e++;
            }
            if (e < t.length() && "。！!；".indexOf(t.charAt(e)) < 0 && !t.startsWith("如下", e)) {
                continue;
            }
            for (int v = i - 1; v >= 2 && v >= i - 36; v--) {
                char ch = t.charAt(v);
                if (CLAUSE_ENDS.indexOf(ch) >= 0) {
                    break;
                }
                // not a rule of conduct (重大事项要及时报告并请示)
                boolean rule = v >= 4 && t.startsWith("及时", v - 4) || v >= 3 && "要应须需".indexOf(t.charAt(v - 3)) >= 0;
                if ("并暨及兼和".indexOf(ch) >= 0 && (t.startsWith("报告", v - 2) || t.startsWith("汇报", v - 2)) && !rule) {
                    // 特此报告并请示 is one closing, from 特此, 专此 or 以上
                    boolean lead = v >= 4 && (t.startsWith("特此", v - 4) || t.startsWith("专此", v - 4) || t.startsWith("以上", v - 4));
                    out.add(new int[] {lead ? v - 4 : v - 2, i + 2});
                    break;
                }
            }
        }
    }

    /** What the writer waits for from a superior: 听候市国资委党委指示, 敬候市委批复. */
    private static final String[] AWAITED = {"指示", "批示", "批复", "审批", "定夺", "答复", "回复", "审示"};

    /**
     * 听候, 敬候, 静候, 恭候, 等候 and at most 14 characters of the superior, then the instruction or the
     * decision waited for (听候市国资委党委指示): the writer awaiting a superior's answer, a 请示's closing. Not
     * 听候组织安排 (a pledge), nor after 已, 经 (an account).
     */
    private static void awaiting(String t, List<int[]> out) {
        for (int i = t.indexOf('候'); i >= 1; i = t.indexOf('候', i + 1)) {
            if ("听敬静恭等".indexOf(t.charAt(i - 1)) < 0 || past(t, i - 1)) {
                continue;
            }
            for (int k = i + 1; k < t.length() && k <= i + 15 && CLAUSE_ENDS.indexOf(t.charAt(k)) < 0 && t.charAt(k) != '，'; k++) {
                String a = Adjacent.startsWithAny(t, k, AWAITED) ? t.substring(k, k + 2) : null;
                if (a != null) {
                    out.add(new int[] {i - 1, k + 2});
                    break;
                }
            }
        }
    }

    /**
     * The start of 特/现/谨/专此/为此 + 向 + an addressee before 请示 at {@code i} ("特向区委请示，可否…"): the
     * writer asking now; -1 otherwise (及时向上级请示汇报, 向市委请示报告制度 are accounts and rules).
     */
    private static int addressedAsking(String t, int i) {
        if (t.startsWith("报告", i + 2) || t.startsWith("汇报", i + 2) || t.startsWith("制度", i + 2)) {
            return -1;
        }
        for (int v = i - 1; v >= 1 && v >= i - 14; v--) {
            char ch = t.charAt(v);
            if (CLAUSE_ENDS.indexOf(ch) >= 0 || ch == '，') {
                return -1;
            }
            if (ch == '向' && "特现谨今".indexOf(t.charAt(v - 1)) >= 0) {
                return v - 1;
            }
            if (ch == '向' && v >= 2 && (t.startsWith("专此", v - 2) || t.startsWith("为此", v - 2))) {
                return v - 2;
            }
        }
        return -1;
    }

}
