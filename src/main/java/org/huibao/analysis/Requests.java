package org.huibao.analysis;

import java.util.ArrayList;
import java.util.List;
import org.huibao.api.Genre;
import org.huibao.api.NodeType;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;

/**
 * 请示 wording (条例 第十五条) read as a small grammar of upward requests rather than a list of phrases:
 * a request marker (请, 恳请, 敬请, 特请, 拟请, 烦请, 谨请, 呈请, 提请, 函请, 请求, 请予, 望; 希望, 期望, 盼望
 * before a superior: 希望县委…, 希望上级…) followed within
 * its clause by what a superior is asked to do (批准, 批示, 批复, 批转, 审批, 审定, 核准, 同意, 支持,
 * 协调, 解决, 研究, 拨付, 指示, or 予以/给予 + 关心, 倾斜, 立项…), and request closings (妥否, 当否, 如无不妥,
 * 如无不当, 特此请示, 以上请示, 请示如下; 如无异议, 是否妥当, 可否 when a request follows). A closing and
 * the request right after it are one spot (妥否，请批示 · 如无不妥，请批转).
 *
 * <p>Not requests: the words that merely contain 请 (申请, 邀请, 聘请, 报请, 转请, 请示 as a noun — 请示报告
 * 制度, 请示汇报 —, 请假, 请教, 请托…); an account of requests made (经…批准, 已报请…, 多次请…予以协调: a
 * marker after 已, 曾, 经, 多次, 先后… in its clause); a refusal (不予支持); what a legislature is asked
 * to do (提请人大审议, 提请大会审查批准); what a report asks of its readers (请审阅, 请审议, 请予评议,
 * 请批评指正) and of units below (请各单位…予以支持, 请大家…); a request quoted as a document's title
 * (《关于请求拨付…的请示》).
 *
 * <p>A wish (希望, 期望, 企盼) or a proposal (建议) asks when it names a body above (上级, 市委, 市财政局, 省厅,
 * 局党组) and a decision or funds. Not requests either: 请求 as a noun (提出请求, 请求权, 请求、申诉, 应…请求);
 * a marker after 向 and a body the report is not addressed to (向南京政府请求帮助: an account); a norm
 * (应向…报告，请…审定; 适用于…请求指示); a prohibition (不准请人代写); a request naming a document
 * (请求下拨党费的请示); a request in quotation marks.
 *
 * <p>The markers are read by {@link RequestMarkers}, what is asked by {@link RequestObjects}, the closings by
 * {@link RequestClosings}, the bodies above the writer by {@link Superiors}; this class joins their spans and
 * keeps what they share about a marker's clause. One pass over the line: each marker looks at most
 * {@link #WINDOW} characters ahead and {@link #LOOK_BACK} behind.
 */
final class Requests {
    /** How far after a marker its object may stand: "恳请市委、市政府在土地指标、资金安排等方面给予大力支持". */
    static final int WINDOW = 28;
    /** How far before a marker, in its clause, a word can make it an account of the past. */
    static final int LOOK_BACK = 10;

    /** Words in a marker's clause before it that make it an account of a request made, or a rule of conduct. */
    private static final String[] PAST = {"已", "曾", "经", "多次", "先后", "屡次", "一再", "反复", "此前", "之前", "当时", "前期",
        // a rule of conduct, not a request: 必须及时向上级请求指示, 应当请示…
        "应当", "必须", "可以", "有权"};
    /** Characters after 经 that make a word of it (经费, 经济, 经营, 经验, 经办…), not the 经 of 经…批准. */
    private static final String NOT_PAST_AFTER_JING = "费济营验理常典手办销贸纬线络历";
    /** Addressees below the writer, or a third person invited (请他…): a request to them is not 请示. */
    static final String[] BELOW = {"各", "全体", "大家", "你", "同志们", "他", "她", "广大", "社会各界", "群众",
        "全省", "全市", "全县", "全区", "全镇", "全乡"};
    static final String CLAUSE_ENDS = "。；！？;!?\n";
    /** People a 请 invites to do their own work (请县农业农村局专家论证): an invitation, not a request to a superior. */
    static final String[] INVITED = {"专家", "教授", "老师", "学者", "律师", "讲师", "顾问", "医生", "技术人员", "技术员", "民主党派",
        "党外人士"};
    /**
     * Work an invited body does itself: before a comma it is what the 请 asks for, and what follows the
     * comma is the writer's own plan (请…专家论证，研究引入…).
     */
    static final String[] OWN_WORK = {"论证", "授课", "讲课", "讲解", "辅导", "评审", "评估", "把关", "会诊", "宣讲",
        "培训", "调研", "考察", "鉴定", "检测", "诊断", "指导", "参加", "出席", "参与", "调查研究",
        // and work a unit is told to finish: 请于…前办结，并将办理结果…
        "办结", "办好", "落实", "执行", "完成", "上报", "报送", "反馈"};

    private Requests() {
    }

    static void find(LineContext c, List<Spot> out) {
        String t = c.text();
        List<int[]> spans = new ArrayList<>();
        RequestClosings.closings(t, spans);
        String addressee = Superiors.addressee(c.addressee());
        Genre genre = c.document().genre();
        QuestionsAndThanks.find(t, addressee, genre == Genre.SPEECH || genre == Genre.ADDRESS || genre == Genre.PLEDGE, spans);
        RequestMarkers.find(t, addressee, spans);
        RequestParts.titled(t, c.line().type() == NodeType.TITLE || c.line().type() == NodeType.HEADING, spans);
        RequestParts.asking(t, spans);
        RequestParts.needs(t, addressee, spans);
        spans.sort((a, b) -> a[0] - b[0]);
        // A closing and the request right after it ("妥否，请批示") are one request.
        int[] last = null;
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            if (last != null && s[0] <= last[1] + 2 && onlyBlanksOrCommas(t, last[1], s[0])) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                last = new int[] {s[0], s[1]};
                merged.add(last);
            }
        }
        for (int[] s : merged) {
            if (!Quotes.inside(t, s[0], s[1])) {
                out.add(c.spot(SpotKind.REQUEST, s[0], s[1], ""));
            }
        }
    }

    /** The marker's clause before {@code start}, at most {@link #LOOK_BACK} characters of it. */
    static String clauseBefore(String t, int start) {
        int from = start;
        while (from > 0 && start - from < LOOK_BACK && "。；！？，,;!?：:".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        return t.substring(from, start);
    }

    /** A word of {@link #PAST} in the marker's clause, at most {@link #LOOK_BACK} characters before it. */
    static boolean past(String t, int start) {
        String clause = clauseBefore(t, start);
        for (String w : PAST) {
            for (int k = clause.indexOf(w); k >= 0; k = clause.indexOf(w, k + 1)) {
                // 经 of 经批准, 经研究; not of 经费, 经济, 经营, 经验: 所需经费请县委宣传部审批 asks
                boolean word = w.equals("经") && k + 1 < clause.length() && NOT_PAST_AFTER_JING.indexOf(clause.charAt(k + 1)) >= 0;
                if (!word) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A month named in the clause before {@code start} (集团党委于2026年3月报请…批准): the account of when a
     * request was made, unless the clause plans it (拟于3月报请, 将于…).
     */
    static boolean dated(String t, int start) {
        String clause = clauseBefore(t, start);
        if (clause.contains("拟") || clause.contains("将") || clause.contains("计划") || clause.contains("准备")) {
            return false;
        }
        for (int k = clause.indexOf('月'); k > 0; k = clause.indexOf('月', k + 1)) {
            char d = clause.charAt(k - 1);
            if (Character.isDigit(d) || "一二三四五六七八九十".indexOf(d) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the clause that goes on at {@code from} ends (a clause's end or a comma), at most {@code limit} characters on. */
    static int clauseEnd(String t, int from, int limit) {
        int end = from;
        while (end < t.length() && end < from + limit && CLAUSE_ENDS.indexOf(t.charAt(end)) < 0 && t.charAt(end) != '，' && t.charAt(end) != ',') {
            end++;
        }
        return end;
    }

    /** Whether one of the words occurs in {@code t[from, to)}. */
    static boolean containsAny(String t, int from, int to, String[] words) {
        for (int k = from; k < to; k++) {
            if (Adjacent.startsWithAny(t, k, words)) {
                return true;
            }
        }
        return false;
    }

    static char before(String t, int i) {
        return i > 0 ? t.charAt(i - 1) : ' ';
    }

    static int skipCommas(String t, int k) {
        while (k < t.length() && "，, 　".indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        return k;
    }

    private static boolean onlyBlanksOrCommas(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            if ("，, 　".indexOf(t.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }
}
