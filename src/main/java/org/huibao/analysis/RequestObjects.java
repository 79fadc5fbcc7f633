package org.huibao.analysis;

import static org.huibao.analysis.Requests.CLAUSE_ENDS;
import static org.huibao.analysis.Requests.containsAny;

import java.util.Set;

/**
 * What a request marker asks a superior to do ({@link Requests}): an approving or handling act (批准, 批示,
 * 协调解决, 拨付…) in the marker's clause, or 予以/给予 with what is given (给予政策倾斜). Not an act a
 * legislature performs on its own procedure (审查批准), a refusal (不予支持) or an act named as a noun in a
 * list.
 */
final class RequestObjects {
    /** How many characters may stand between 给予/予以 and what is given: 给予必要的政策和资金扶持. */
    static final int GIVEN_GAP = 10;
    /** What a superior is asked to do, anywhere in the marker's window. Longest first where one contains another. */
    static final String[] OBJECTS = {"审核批准", "审核批复", "审核确认", "协调解决", "帮助解决", "研究解决", "研究决定", "研究", "批准", "批示", "批复", "批转", "审批", "审定", "核准", "同意",
        "支持", "协调", "解决", "拨付", "拨款", "指示", "明示", "帮助", "审核", "确认", "准予", "核定", "派员", "派人", "出面",
        "函复", "复函", "答复",
        // resources a superior is asked to release: 核拨, 追加, 划拨, 下拨, 下达资金, 拨给, 核增编制, 安排资金
        "核拨", "追加", "划拨", "下拨", "下达", "拨给", "核增", "安排资金", "安排经费", "安排专项", "安排项目", "派专人", "派专家", "派工作组",
        // a permission or a write-off only a superior grants, and a report it forwards further up
        "核销", "准许", "允许", "减免", "豁免", "免于", "延期", "呈报", "转报", "代为",
        // a decision left to the superior (酌定, 定夺), a matter put on its list (列入, 纳入), handed on or
        // handled for the writer (转交, 督办, 办理), a rule it is asked to issue (出台)
        "酌定", "酌处", "酌情", "定夺", "裁夺", "列入", "纳入", "转发", "转交", "转办", "交办", "督办", "督促", "办理", "出台",
        // an instruction asked for (阅示, 核示, 审示), a matter to arrange or make up (统筹, 调剂, 增拨, 追认)
        "阅示", "阅批", "核示", "审示", "统筹", "调剂", "增拨", "追认", "帮忙",
        // an approval by its other names (核批, 鉴核), and a reply asked for (请回复)
        "核批", "鉴核", "回复",
        // a decision or a special permission of the superior's (决定, 核夺, 特批); staff it sends or approves
        // (选派, 派驻, 增核, 调配, 选配); a body it sets up (增设); resources leaning the writer's way (倾斜)
        "决定", "核夺", "特批", "选派", "派驻", "增核", "调配", "选配", "增设", "倾斜",
        // staff added to the writer's establishment, which only the superior's approval adds (增加编制5名, 增编)
        "增加编制", "增加人员编制", "增加行政编制", "增加事业编制", "增编",
        // an approval by the superior's signature (签批, 审签, 核签, 批办)
        "签批", "审签", "核签", "批办"};
    /** Objects a wish may name without asking for anything in particular: 希望上级给予支持, 希望领导关心. */
    private static final Set<String> VAGUE = Set.of("支持", "协调", "帮助", "指示", "研究");
    /** What a wish may be for without asking for anything a superior decides: 希望上级给予关心. */
    private static final Set<String> WISHED = Set.of("关心", "关注", "重视", "考虑", "指导", "照顾", "研究");
    /** What a superior is asked to give only after 予以/给予/予 ("给予关心", "予以倾斜"). */
    private static final String[] GIVEN = {"关心", "关注", "倾斜", "立项", "追加", "补助", "扶持", "考虑", "安排", "明确", "认定",
        "核拨", "指导", "保障", "资助", "照顾", "重视", "研究"};
    /** What a superior is asked to give more of after 加强 or 加大: 加强指导, 加大对我县的支持力度. */
    private static final String[] MORE_OF = {"指导", "支持", "扶持", "倾斜", "帮扶", "保障", "投入"};
    /**
     * Words before an object that make it someone else's procedure, a refusal, a decision made or a noun in a
     * list: 审查批准 by a legislature, 不予支持, 请求并经同意, 请求改变决议、指示.
     */
    private static final String[] NOT_BEFORE_OBJECT = {"审查", "审议", "不予以", "不予", "不去", "不", "未", "没有", "无法", "经", "、",
        // a noun, not the act asked for: 请求原办理机关复查
        "原"};
    /** Bodies that examine and approve on their own procedure: 提请大会审查批准, 请人大常委会审查. */
    private static final String[] LEGISLATURES = {"大会", "人大", "常委会", "代表", "会议"};

    /** What a proposal to a superior asks for when it asks: a decision or funds (建议市局尽快核拨经费). */
    private static final String[] DECISIONS = {"批准", "批示", "批复", "批转", "核批", "审批", "审定", "核准", "鉴核", "审核",
        "拨付", "拨款", "核拨", "下拨", "划拨", "增拨", "追加", "安排资金", "安排经费", "解决", "补助", "倾斜", "立项", "酌定", "定夺",
        "核定", "核增", "资助", "同意", "下达", "调剂",
        // a handling or a staffing only the superior decides (建议由市领导包案督办, 建议县委研究后予以明确…权限)
        "督办", "明确", "统筹", "统筹协调", "签批", "审签", "核签", "派驻", "选派", "增配", "增核", "增设", "特批", "核夺", "决定", "增加编制", "增编", "安排专项"};

    private RequestObjects() {
    }

    /** Whether the object ending at {@code end} is a decision or funds ({@link #DECISIONS}). */
    static boolean decision(String t, int from, int end) {
        for (String d : DECISIONS) {
            if (end - d.length() >= from && t.startsWith(d, end - d.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the first object in the marker's window, or -1; with {@code handling}, only a decision or
     * a handling a superior is asked for (批准, 协调解决, 拨付…): a wish for 支持 or 关心 is not a request.
     */
    static int object(String t, int from, int window, boolean handling) {
        int limit = Math.min(t.length(), from + window);
        for (int k = from; k < limit; k++) {
            if (CLAUSE_ENDS.indexOf(t.charAt(k)) >= 0 || t.charAt(k) == '请' && k > from) {
                return -1;
            }
            // 提请人大常委会审议…4件，出台…，支持…: the marker's clause already names another body's
            // procedure; what follows the comma is the writer's own account
            if ((t.charAt(k) == '，' || t.charAt(k) == ',') && (procedureBefore(t, from, k) || newSubject(t, k + 1)
                    || containsAny(t, from, k, Requests.OWN_WORK))) {
                return -1;
            }
            for (String o : OBJECTS) {
                if (t.startsWith(o, k) && !refused(t, k, from) && !(handling && VAGUE.contains(o))) {
                    return containsAny(t, from, k, Requests.INVITED) ? -1 : k + o.length();
                }
            }
            int given = t.startsWith("予以", k) || t.startsWith("给予", k) ? k + 2 : t.charAt(k) == '予' ? k + 1 : -1;
            // 恳请市局加强业务指导, 请上级加大对我县的支持力度: more of what a superior gives, asked of it by a plea
            // (a wish or a proposal for more support is advice: 建议上级加大支持力度)
            if (given < 0 && !handling && (t.startsWith("加强", k) || t.startsWith("加大", k)) && !refused(t, k, from)) {
                for (int g = k + 2; g <= k + 2 + GIVEN_GAP && g < t.length() && CLAUSE_ENDS.indexOf(t.charAt(g)) < 0 && t.charAt(g) != '，'; g++) {
                    for (String o : MORE_OF) {
                        if (t.startsWith(o, g)) {
                            return containsAny(t, from, k, Requests.INVITED) ? -1 : g + o.length();
                        }
                    }
                }
            }
            if (given > 0 && !refused(t, k, from)) {
                // 给予支持, 予以倾斜, and with what is given between: 给予大力支持, 予以政策倾斜, 给予项目资金支持
                for (int g = given; g <= given + GIVEN_GAP && g < t.length() && (Han.is(t.charAt(g)) || t.charAt(g) == '、'); g++) {
                    for (String o : GIVEN) {
                        // a wish for 关心 or 指导 is no request; one for 倾斜, 立项, 追加 asks for resources
                        if (t.startsWith(o, g) && !(handling && WISHED.contains(o))) {
                            return g + o.length();
                        }
                    }
                    for (String o : OBJECTS) {
                        if (t.startsWith(o, g) && !(handling && VAGUE.contains(o))) {
                            return g + o.length();
                        }
                    }
                }
            }
        }
        return -1;
    }

    /** 审议, 审查, 审阅, 评议 or 指正 between a marker and a comma: asked of a legislature or of readers. */
    private static boolean procedureBefore(String t, int from, int comma) {
        String clause = t.substring(from, comma);
        for (String w : new String[] {"审议", "审查", "审阅", "评议", "指正"}) {
            if (clause.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clause after a comma that opens on a body of its own ("…请求支援，市政府派出工作组协调解决"): the
     * handling there is that body's account, not what the marker asks.
     */
    private static boolean newSubject(String t, int at) {
        return Adjacent.startsWithAny(t, at, Superiors.SUPERIORS) || Adjacent.startsWithAny(t, at, "我", "本", "该", "上级");
    }

    /** An object after 审查/审议 (what a legislature approves) or after a negation (不予支持), within the window. */
    private static boolean refused(String t, int k, int from) {
        for (String w : NOT_BEFORE_OBJECT) {
            int s = k - w.length();
            // 审查批准 is a legislature's procedure (提请大会审查批准); 请学校审查同意后实施 asks a superior
            boolean procedure = w.equals("审查") || w.equals("审议");
            if (s >= from && t.startsWith(w, s) && (!procedure || s == from || containsAny(t, from, s, LEGISLATURES))) {
                return true;
            }
        }
        return false;
    }

}
