package org.huibao.analysis;

import static org.huibao.analysis.Requests.clauseBefore;
import static org.huibao.analysis.Requests.dated;
import static org.huibao.analysis.Requests.past;
import static org.huibao.analysis.Superiors.organ;
import static org.huibao.analysis.Superiors.superiorFollows;

/**
 * 申请 read as the writer applying to the reader now (我局申请追加经费, 申请县局将我镇列为试点镇) rather than an
 * application told (2025年我镇申请…，已获批复) or the noun (申请材料, 申请人). {@link Requests} asks it at each 申请.
 */
final class Applications {

    private Applications() {
    }

    /** The writers that apply in their own name: 我局, 我县, 我单位, 我公司. */
    private static final String[] APPLICANTS = {"我局", "我县", "我区", "我市", "我镇", "我乡", "我委", "我办", "我院", "我厅", "我部", "我处",
        "我校", "我司", "我公司", "我单位", "我中心", "我所", "我站", "我街道", "我村"};

    /** Where the writer applying in its own name starts when it stands right before the 申 at {@code shen}, else -1. */
    static int applicant(String t, int shen) {
        for (String a : APPLICANTS) {
            int s = shen - a.length();
            if (s >= 0 && t.startsWith(a, s)) {
                return s;
            }
        }
        return -1;
    }

    /**
     * 申请 as the writer's application made now, with what is applied for an act rather than a thing: opening its
     * clause or after the applicant (申请县局将我镇列为试点镇, 我镇申请将…纳入…, 申请市局给予资金支持). Returns
     * the end of the request, or -1. Not 申请材料, 申请人 (a noun), nor a dated or past account (已申请, 3月申请).
     */
    static int applying(String t, int shen, int applicant, String addressee) {
        int after = shen + 2;
        boolean opens = shen == 0 || "。；！？，,;!?：: \u3000".indexOf(t.charAt(shen - 1)) >= 0;
        if (!opens && applicant < 0 || after >= t.length() || past(t, shen) || dated(t, shen) || yearNamed(t, applicant >= 0 ? applicant : shen)) {
            return -1;
        }
        if (t.charAt(after) == '将' || t.charAt(after) == '把') {
            int end = Requests.clauseEnd(t, after, t.length());
            return end - after >= 5 ? end : -1;
        }
        return opens && (superiorFollows(t, after) || organ(t, after)) ? RequestActs.actOfBody(t, after, addressee, true) : -1;
    }

    /** A year named in the clause before {@code start} (2025年我镇申请…): an account of what was applied for. */
    static boolean yearNamed(String t, int start) {
        String clause = clauseBefore(t, start);
        int y = clause.indexOf('年');
        return y > 0 && Character.isDigit(clause.charAt(y - 1)) && !clause.contains("拟") && !clause.contains("将") && !clause.contains("计划");
    }
}
