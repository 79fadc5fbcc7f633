package org.huibao.analysis;

import static org.huibao.analysis.Requests.CLAUSE_ENDS;
import static org.huibao.analysis.Requests.before;
import static org.huibao.analysis.Superiors.addressed;

/**
 * Readings that make a request marker of {@link Requests} no request of the writer's to the addressee: a
 * document it names (…的请示), an account of someone asking another body (向南京政府请求帮助), a norm or a
 * definition (应向…报告，请…审定; 适用于…请求指示), a prohibition (不准请人代写), 应…请求 ("at the request
 * of"), a quotation, and who may propose (我局建议, not 代表建议).
 */
final class RequestReadings {
    private RequestReadings() {
    }

    /** 关于请求拨付…的请示, 请求下拨党费的请示: the request names a kind of document, it does not ask. */
    static boolean namesDocument(String t, int end) {
        for (int k = end; k < t.length() && k < end + 16 && CLAUSE_ENDS.indexOf(t.charAt(k)) < 0 && t.charAt(k) != '，'; k++) {
            if (t.startsWith("的请示", k) || t.startsWith("的报告", k) || t.startsWith("的申请", k) || t.startsWith("的函", k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 向市政府请求帮助, 适用于向上级机关请求指示: 向 and a body before the marker, in its clause, make it an
     * account or a description of someone asking, unless the body is the one addressed or the writer asks
     * now (特向市委恳请…, 现向…).
     */
    static boolean toAnother(String t, int start, String addressee) {
        for (int v = start - 1; v >= 0 && v >= start - 14; v--) {
            char ch = t.charAt(v);
            if (CLAUSE_ENDS.indexOf(ch) >= 0 || ch == '，' || ch == ',' || ch == '：') {
                return false;
            }
            if (ch == '向') {
                boolean now = v >= 1 && "特现谨今".indexOf(t.charAt(v - 1)) >= 0 || v >= 2 && (t.startsWith("为此", v - 2) || t.startsWith("专此", v - 2));
                return !now && !addressed(t, v + 1, addressee);
            }
        }
        return false;
    }

    /** A rule of conduct in the marker's sentence (应向上级纪委报告，请…审定; 必须…): a norm, not a request. */
    static boolean norm(String t, int start) {
        int from = start;
        while (from > 0 && start - from < 40 && "。；！？;!?".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        for (int k = from; k < start; k++) {
            if (t.startsWith("应当", k) || t.startsWith("必须", k) || t.startsWith("适用于", k) || t.startsWith("也可", k)
                    || t.charAt(k) == '应' && k + 1 < start && "向由及按在于将把对通".indexOf(t.charAt(k + 1)) >= 0
                    && (k == 0 || "响相供适对反答呼感效顺理回".indexOf(t.charAt(k - 1)) < 0)) {
                return true;
            }
        }
        return false;
    }

    /** 应…请求: the marker's clause opens on 应 (应香港特别行政区政府请求), "at the request of". */
    static boolean atRequest(String t, int i) {
        int from = i;
        while (from > 0 && i - from < 20 && "。；！？，,;!?：:".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        return t.charAt(from) == '应' && from < i;
    }

    /** Time words that place what the clause tells in the past: 去年我们请市里…, 日前…. */
    private static final String[] PAST_TIMES = {"去年", "前年", "上年", "往年", "日前", "近日", "前不久", "此前", "当时", "年初", "月初", "上月"};
    /** Words holding 了 that mark no completed act: 为了, 了解, 除了, 不了, 了结. */
    private static final String[] NOT_DONE = {"为了", "了解", "除了", "不了", "了结", "了然", "受不了", "得了"};

    /**
     * The marker's sentence tells a request made, not one made now: a past time or a date in its clause
     * before the marker (去年我们请市里帮助协调…, 2025年3月，我局请市财政局…), or the act done (请市里给我们放宽了
     * 时限). A date followed by 前 or 底 is a deadline (请于6月底前拨付), not the past.
     */
    static boolean narrated(String t, int start, int end) {
        for (int k = start; k < end; k++) {
            if (t.charAt(k) == '了' && !Adjacent.endsWithAny(t, k + 1, NOT_DONE) && !Adjacent.startsWithAny(t, k, NOT_DONE)) {
                return true;
            }
        }
        // the marker's sentence, up to a field's label (需市级支持：请…) or a table's column bar
        int from = start;
        while (from > 0 && start - from < 24 && "。；！？;!?：:｜|\t".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        String before = t.substring(from, start);
        if (before.contains("拟") || before.contains("将") || before.contains("计划") || before.contains("如")) {
            return false;
        }
        int told = -1;
        for (String w : PAST_TIMES) {
            int k = before.lastIndexOf(w);
            // 30日前, 2027年初: a date's end, not 日前 (lately) or 年初 of a year gone by
            char prior = from + k > 0 ? t.charAt(from + k - 1) : ' ';
            if (k >= 0 && !Character.isDigit(prior) && "一二三四五六七八九十".indexOf(prior) < 0) {
                told = Math.max(told, k);
            }
        }
        for (int k = before.indexOf('月'); k > 0; k = before.indexOf('月', k + 1)) {
            boolean numbered = Character.isDigit(before.charAt(k - 1)) || "一二三四五六七八九十".indexOf(before.charAt(k - 1)) >= 0;
            String rest = before.substring(k + 1);
            boolean deadline = rest.matches("^(?:\\d{1,2}日|[一二三四五六七八九十]{1,3}日)?(?:底|末|中旬|下旬|上旬)?(?:前|以前|之前).*");
            if (numbered && !deadline) {
                told = Math.max(told, k);
            }
        }
        // 去年完成了…，为此恳请市局…: the time tells what came before the plea, the plea is now
        return told >= 0 && !Requests.containsAny(before, told, before.length(), NOW_AGAIN);
    }

    /** Words that bring a sentence back to now after a past time: 去年…，今年恳请…; …，为此恳请…. */
    private static final String[] NOW_AGAIN = {"今年", "明年", "目前", "当前", "现在", "下一步", "下步", "今后", "为此", "鉴于", "因此", "对此", "由于", "但"};

    /** 不准请人代写, 不得请…: a prohibition in the marker's clause. */
    static boolean prohibited(String t, int start) {
        return Adjacent.endsWithAny(t, start, "不准", "不得", "严禁", "禁止", "不要", "不许", "不能");
    }

    /**
     * Who may propose: 建议 at a clause's start or after the writer (我局建议, 为此建议), not a noun (意见建议,
     * 提出建议) nor a third party's proposal (代表建议, 专家建议).
     */
    static boolean proposer(String t, int i) {
        char b = before(t, i);
        return !Han.is(b) || "此特现并还故们局县市委组厅办".indexOf(b) >= 0 && !(i >= 2 && t.startsWith("代表", i - 2));
    }
}
