package org.huibao.analysis;

import java.util.List;

/**
 * The 请示 forms {@link Requests} reads besides a marker and its object: a question put to the superior and
 * answered by a request (能否…，请…明确), the classical closings of a letter asking (…为盼, …为荷, …为感)
 * and 如蒙 + a decision (如蒙批准). Spans are added to the caller's list and merged there.
 */
final class QuestionsAndThanks {
    /** A question the writer puts to the superior, answered by the request after it: 能否…，请…明确. */
    private static final String[] QUESTIONS = {"能否", "可否", "是否可以", "是否可行", "是否可", "可不可以", "能不能"};
    /** Classical closings of a letter asking (…为盼, …为荷, …为感): a request when the clause names what is asked. */
    private static final String[] THANKS_CLOSINGS = {"为盼", "为荷", "为感", "是荷", "是盼", "为祷", "为谢"};

    /** Words that make a clause an account or a refusal rather than what is asked: 已批复, 未同意, 不予支持. */
    private static final String[] NOT_ASKING = {"不", "未", "已", "经"};
    /** Words that hold 经 without being the 经 of an account: 经费, 经济, 经营 (所需经费由县财政予以安排为盼). */
    private static final String[] JING_WORDS = {"经费", "经济", "经营", "经验", "经办", "经常", "经销", "经贸"};

    private QuestionsAndThanks() {
    }

    /** A word of {@link #NOT_ASKING} in {@code t[from, to)}, a 经 that opens a word of {@link #JING_WORDS} aside. */
    private static boolean notAsking(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Adjacent.startsWithAny(t, k, NOT_ASKING) && !Adjacent.startsWithAny(t, k, JING_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A question to the superior answered by a request in the same sentence (能否由县财政统筹安排，请局党组
     * 明确), the classical closings of a letter asking when their clause names what is asked (盼早日批复为感,
     * 请予支持为盼), and 如蒙 + a decision (如蒙批准, 如蒙俯允).
     */
    static void find(String t, String addressee, boolean spoken, List<int[]> out) {
        for (String q : QUESTIONS) {
            for (int i = t.indexOf(q); i >= 0; i = t.indexOf(q, i + 1)) {
                int end = i;
                while (end < t.length() && Requests.CLAUSE_ENDS.indexOf(t.charAt(end)) < 0) {
                    end++;
                }
                int subject = subjectAsked(t, i, i + q.length(), end, addressee, spoken);
                if (subject >= 0 && !Requests.past(t, i)) {
                    // 县局能否安排专家来镇指导？: the body above, the question's subject, asked whether it will act
                    out.add(new int[] {subject, end + 1});
                    continue;
                }
                if (askedOfSuperior(t, i + q.length(), end) && !Requests.past(t, i)) {
                    // 可否由市财政局追加经费50万元？: the question itself asks a body above for an act
                    out.add(new int[] {i, end + 1});
                    continue;
                }
                for (int k = t.indexOf('，', i); k > 0 && k < end; k = t.indexOf('，', k + 1)) {
                    int r = Requests.skipCommas(t, k + 1);
                    // 请专家论证后确定: an invitation to do their own work, not a question put to a superior
                    boolean below = Adjacent.startsWithAny(t, r + 1, Requests.BELOW) || Adjacent.startsWithAny(t, r + 2, Requests.BELOW);
                    boolean ownWork = Requests.containsAny(t, r, end, Requests.INVITED) || Requests.containsAny(t, r, end, Requests.OWN_WORK);
                    if (RequestMarkers.requestFollows(t, k + 1) && !below && !ownWork && !Requests.past(t, i)) {
                        out.add(new int[] {i, end});
                        break;
                    }
                }
            }
        }
        for (String w : THANKS_CLOSINGS) {
            for (int i = t.indexOf(w); i > 0; i = t.indexOf(w, i + 1)) {
                int from = i;
                while (from > 0 && "。；！？，,;!?：:\n".indexOf(t.charAt(from - 1)) < 0) {
                    from--;
                }
                // what is asked anywhere in the clause: 盼早日批复为感, 以上报告请批准为盼; not 请审阅为盼
                // or what is given: 由县财政予以安排为盼
                boolean named = Requests.containsAny(t, from, i, RequestObjects.OBJECTS) || RequestObjects.object(t, from, i - from, false) > 0;
                if (named && !notAsking(t, from, i)) {
                    out.add(new int[] {from, i + w.length()});
                }
            }
        }
        conditional(t, out);
        for (int i = t.indexOf("如蒙"); i >= 0; i = t.indexOf("如蒙", i + 1)) {
            int end = RequestObjects.object(t, i + 2, 6, false);
            if (end < 0 && (t.startsWith("俯允", i + 2) || t.startsWith("惠允", i + 2) || t.startsWith("俯准", i + 2) || t.startsWith("恩准", i + 2))) {
                end = i + 4;
            }
            if (end > 0) {
                out.add(new int[] {i, end});
            }
        }
    }

    /** Words between a question and the body it asks: 可否由市局…, 能否请上级…, 是否可以让市政府…. */
    private static final String[] TO_BODY = {"恳请", "请", "由", "让", "给"};

    /**
     * A question ending on its question mark that names a body above right after the question word and an act
     * asked of it (可否由市财政局追加经费？, 是否可以请市局在资金上给予倾斜？). Not a question with no body above
     * (能否把问题解决好), nor one put to those below (是否可以推广，请大家讨论).
     */
    /**
     * Where the clause opens when the body addressed or one above is its subject, right before the question word at {@code q}, and the
     * question ends on a question mark after an act of four characters or more (县局能否安排专家来镇指导？, 市局可否
     * 统筹解决？); else -1.
     */
    private static int subjectAsked(String t, int q, int at, int end, String addressee, boolean spoken) {
        if (end >= t.length() || "？?".indexOf(t.charAt(end)) < 0 || end - at < 4) {
            return -1;
        }
        int from = q;
        while (from > 0 && "。；！？，,;!?：:".indexOf(t.charAt(from - 1)) < 0 && q - from <= 12) {
            from--;
        }
        // the body addressed, one above by its name (上级, 市委…), or in a written report any organ (市局能否…？);
        // an organ a speaker names may be one below the speaker
        boolean body = from < q && q - from <= 12 && (Superiors.addressed(t, from, addressee) || Adjacent.startsWithAny(t, from, Superiors.SUPERIORS)
                || !spoken && Superiors.organ(t, from));
        return body && !Adjacent.startsWithAny(t, at, Requests.BELOW) ? from : -1;
    }

    private static boolean askedOfSuperior(String t, int at, int end) {
        if (end >= t.length() || "？?".indexOf(t.charAt(end)) < 0) {
            return false;
        }
        int k = at;
        for (String w : TO_BODY) {
            if (t.startsWith(w, k)) {
                k += w.length();
                break;
            }
        }
        return Superiors.superiorFollows(t, k) && RequestObjects.object(t, k, end - k, false) > 0;
    }

    /** Conditions on the addressee's decision: 如获批准, 若获同意, 若能获得市局支持, 如能得到上级批复. */
    private static final String[] CONDITIONS = {"若能获得", "如能获得", "若能得到", "如能得到", "如获", "若获", "倘获", "若蒙", "倘蒙"};
    /** Words in the sentence before a condition that put the decision with another body the writer applied to. */
    private static final String[] APPLIED_ELSEWHERE = {"申报", "上报", "报送", "已报", "争取", "积极", "国家"};

    /**
     * A condition on what the reader decides (如获批准，我局将…; 若能获得市局支持): the 请示's way of asking, as
     * 如蒙 is. Not a decision pending with a body the writer applied to (已申报国家发改委，如获批准…), nor
     * support from anyone but a body above (若能获得社会各界支持).
     */
    private static void conditional(String t, List<int[]> out) {
        for (String w : CONDITIONS) {
            for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
                int from = i;
                while (from > 0 && "。；！？\n".indexOf(t.charAt(from - 1)) < 0) {
                    from--;
                }
                if (Requests.containsAny(t, from, i, APPLIED_ELSEWHERE)) {
                    continue;
                }
                int at = i + w.length();
                boolean body = w.length() == 4 && Superiors.superiorFollows(t, at);
                int end = RequestObjects.object(t, at, body ? 10 : 2, false);
                if (end > 0 && (body || RequestObjects.decision(t, at, end) || end <= at + 2)) {
                    out.add(new int[] {i, end});
                }
            }
        }
    }
}
