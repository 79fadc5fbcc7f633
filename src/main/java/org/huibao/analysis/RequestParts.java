package org.huibao.analysis;

import static org.huibao.analysis.Requests.CLAUSE_ENDS;
import static org.huibao.analysis.Requests.past;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests {@link Requests} finds by what they name rather than by a marker and its object: a title or a
 * heading that joins a request to the report (…情况暨申请资金支持的报告, …述职报告暨增设社区党委的申请,
 * 下一步工作打算及请示事项, 2026年工作安排和请求县委县政府解决的事项), 请示 as the writer's verb in the body
 * (并就有关事项请示, 有关事项一并请示, 并将需请示的事项一并呈报), and a need put on a superior (需县政府出面
 * 协调, 亟需市政府统筹解决, 需市国资委给予政策支持).
 *
 * <p>Not requests: 申请 or 请示 as a noun of the work reported (专利申请情况, 请示报告制度, 重大事项请示报告),
 * a need of the writer's own (需要我们…, 需各单位…), an account (已就…请示, 经…研究解决).
 */
final class RequestParts {
    private RequestParts() {
    }

    /** Words joining a second matter to the report in a title or heading: 暨, 及, 并, 兼, 和, 以及, 与. */
    private static final String JOIN = "(?:暨|以及|及|并|兼|和|与|、)";
    /** A request joined to the report in a title: 暨申请资金支持, 并请求增设纪检机构, 和申请追加…经费. */
    private static final Pattern JOINED_ASKING = Pattern.compile(JOIN + "(?:有关|相关)?(?:申请|请求|恳请|报请|提请)(?![人书表者])[^，。；、的]{2,24}?"
            + "(?=的(?:报告|汇报|请示|申请|总结)|$)");
    /** A matter named as a request document joined to the report: 暨增设社区党委的申请, 及增加编制的请示报告. */
    private static final Pattern JOINED_KIND = Pattern.compile(JOIN + "[^，。；暨及并兼]{2,24}的(?:申请|请示报告|请示)$");
    /**
     * A report whose subject is a request (关于恳请市局拨付专项资金的报告, 关于申请设立…的报告): a 请示 titled as
     * a report. Not a report on requests handled (关于请示报告制度执行情况的报告, 关于专利申请工作的报告: {@link #REPORTED}).
     */
    private static final Pattern ASKING_SUBJECT = Pattern.compile("(?<=^关于)(?:恳请|请求|申请|提请|报请|特请|拟请|请)(?![示人书表者假])[^，。；]{2,30}?"
            + "(?=的(?:报告|汇报)$)");
    /**
     * A title naming its own kind 请示报告 (…决策制度执行情况的请示报告): no such kind exists (条例 第十五条 keeps
     * the two apart), and a report titled so carries a request. Not 请示报告制度, a noun of the work reported.
     */
    private static final Pattern MIXED_KIND = Pattern.compile("(?<=的)请示(?:报告|汇报)$");
    /** What the joined words name when they are the work reported, not a request: 专利申请情况, 请求权. */
    private static final Pattern REPORTED = Pattern.compile(".*(?:情况|工作|进展|办理|问题|审批|受理|管理|制度|权)$");
    /**
     * A part of the report named as requests: 及请示事项, 请求县委县政府解决的事项, 需要市委政法委解决的事项,
     * 需上级帮助解决的困难 — at the end of a heading.
     */
    private static final Pattern REQUEST_PART = Pattern.compile("(?:请示|(?:请求|恳请|提请|需要?|亟需|希望)(\\S{0,14}?)(?:解决|支持|协调|帮助|批准|审批|研究)的?)"
            + "(?:事项|问题|困难|事宜)[。：:]?$");

    /** Spans of the title or heading requests in {@code t}; {@code heading} when the line is a title or a heading. */
    static void titled(String t, boolean heading, List<int[]> out) {
        if (!heading) {
            return;
        }
        String s = t.strip();
        int off = t.indexOf(s);
        Matcher m = JOINED_ASKING.matcher(s);
        if (m.find() && !REPORTED.matcher(m.group()).matches()) {
            out.add(new int[] {off + m.start(), off + m.end()});
            return;
        }
        m = ASKING_SUBJECT.matcher(s);
        if (m.find() && !REPORTED.matcher(m.group()).matches()) {
            out.add(new int[] {off + m.start(), off + m.end()});
            return;
        }
        m = JOINED_KIND.matcher(s);
        if (m.find() && (s.contains("报告") || s.contains("汇报") || s.contains("总结")) && m.start() > 2) {
            out.add(new int[] {off + m.start(), off + m.end()});
            return;
        }
        m = MIXED_KIND.matcher(s);
        if (m.find()) {
            out.add(new int[] {off + m.start(), off + m.end()});
            return;
        }
        m = REQUEST_PART.matcher(s);
        if (m.find()) {
            String body = m.group(1);
            // 需要解决的问题 is the writer's own; 需要上级解决的问题 asks one above
            boolean asked = body == null || s.startsWith("请", m.start()) || s.startsWith("恳请", m.start()) || s.startsWith("提请", m.start())
                    || Superiors.superiorNamed(body);
            if (asked) {
                out.add(new int[] {off + m.start(), off + m.end()});
            }
        }
    }

    /**
     * 并就有关事项请示, 有关事项一并请示, 同时请示专升本推荐名额事宜: the writer's verb now, closing its clause or
     * naming the matter asked about (…事宜, …事项, …问题); 特请示, 现请示如下 are {@link RequestClosings}'.
     */
    private static final Pattern ASKS_NOW = Pattern.compile("(?:并|一并|同时|另)(?:就[^，。；]{1,24}?)?请示"
            + "(?:(?![了过])[^，。；！？]{1,24}?(?:事宜|事项|问题))?(?=[。；！，,：:]|如下|$)");
    /** 并将需请示的事项一并呈报, 请示事项附后: request items carried with the report. */
    private static final Pattern CARRIED = Pattern.compile("(?:需要?|拟|有关)?请示的?事项[^。；]{0,6}?(?:一并)?(?:呈报|报上|附后|如下|报送|呈送)");

    /** The writer's 请示 in the body of a report; not after 已, 经, 曾 (an account of asking before). */
    static void asking(String t, List<int[]> out) {
        for (Pattern p : new Pattern[] {ASKS_NOW, CARRIED}) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                boolean noun = t.startsWith("报告", m.end()) || t.startsWith("汇报", m.end()) || t.startsWith("制度", m.end());
                if (!noun && !past(t, m.start()) && !rule(t, m.start())) {
                    out.add(new int[] {m.start(), m.end()});
                }
            }
        }
    }

    /** 要, 应, 须, 及时 in the clause before {@code at}: a rule of conduct (重大事项要及时报告并请示), not the writer asking. */
    private static boolean rule(String t, int at) {
        int from = at;
        while (from > 0 && at - from < 12 && "。；！？，,;!?：:".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        String clause = t.substring(from, at);
        return clause.contains("要") || clause.contains("应") || clause.contains("须") || clause.contains("及时");
    }

    /** Words putting a need on someone: 需, 需要, 亟需, 急需, 尚需, 还需, 仍需. */
    private static final String[] NEEDS = {"亟需", "急需", "亟须", "尚需", "还需", "仍需", "需要", "需"};

    /** The need closes a condition (遇到重要问题需要党组织帮助解决的，有权…): its clause ends on 的 and a comma. */
    private static boolean condition(String t, int at) {
        int k = at;
        while (k < t.length() && "。；！？，,;!?".indexOf(t.charAt(k)) < 0) {
            k++;
        }
        return k < t.length() && k > 0 && t.charAt(k - 1) == '的' && (t.charAt(k) == '，' || t.charAt(k) == ',');
    }

    /**
     * A need put on a superior named right after it, for an act it is to take (需县政府出面协调县财政局解决,
     * 亟需市政府统筹解决, 需市国资委给予政策支持): as 请 and a body does. Not 需要我们…, 需各单位… (below), nor
     * a need for a decision already made.
     */
    static void needs(String t, String addressee, List<int[]> out) {
        for (int i = t.indexOf('需'); i >= 0; i = t.indexOf('需', i + 1)) {
            int start = -1;
            int after = -1;
            for (String w : NEEDS) {
                int s = i - w.indexOf('需');
                if (s >= 0 && t.startsWith(w, s)) {
                    start = s;
                    after = s + w.length();
                    break;
                }
            }
            if (start < 0 || !Superiors.superiorFollows(t, after) || Adjacent.startsWithAny(t, after, Requests.BELOW) || past(t, start)
                    || condition(t, after) || RequestReadings.norm(t, start)) {
                continue;
            }
            int end = RequestObjects.object(t, after, Requests.WINDOW, false);
            int clause = after;
            while (clause < t.length() && CLAUSE_ENDS.indexOf(t.charAt(clause)) < 0) {
                clause++;
            }
            if (end < 0 || end > clause) {
                end = RequestActs.actOfBody(t, after, addressee, false);
            }
            // the addressee asked, or an act it is to take on (出面, 统筹, 给予…): not 需省发改委审批, a procedure
            if (end > 0 && (Superiors.addressed(t, after, addressee) || Requests.containsAny(t, after, end, RequestActs.ASKING)
                    || Adjacent.startsWithAny(t, after, Superiors.SUPERIORS))) {
                out.add(new int[] {start, end});
            }
        }
    }
}
