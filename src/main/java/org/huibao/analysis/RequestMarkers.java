package org.huibao.analysis;

import static org.huibao.analysis.Requests.BELOW;
import static org.huibao.analysis.Requests.CLAUSE_ENDS;
import static org.huibao.analysis.Requests.WINDOW;
import static org.huibao.analysis.Requests.before;
import static org.huibao.analysis.Requests.dated;
import static org.huibao.analysis.Requests.past;
import static org.huibao.analysis.Requests.skipCommas;
import static org.huibao.analysis.Superiors.addressed;
import static org.huibao.analysis.Superiors.superiorFollows;

import java.util.List;

/**
 * The request markers of a line ({@link Requests}): 请 and the words it joins (恳请, 报请, 提请, 申请 asking
 * now), 望, 希, 盼, 期待, 恳求, 祈, and a proposal (建议) to a superior, each with what it asks for. A
 * character decides whether a marker asks or is part of a word (申请 of an applicant, 希望 of a wish,
 * 望城区), so each is read by the characters around it.
 */
final class RequestMarkers {
    /** A character before 请求 that makes a noun of it: 诉讼请求, 合理请求, 群众的请求, 其请求, 这一请求. */
    private static final String NOUN_BEFORE_QINGQIU = "的理讼裁议偿和或其该此项个条种些权求诉众民户业访查出一";
    /** A character after 请求 that makes a noun of it: 请求权, 请求人, 请求书, 请求、申诉和控告. */
    private static final String NOUN_AFTER_QINGQIU = "权人书、和及与";
    /** A character before 请 that makes a word of it, not a marker: 申请, 邀请, 聘请, 报请, 转请… */
    private static final String WORD_BEFORE_QING = "申邀聘宴报转延回吃约诉礼普";
    /** A character after 请 that makes a word of it: 请示, 请假, 请教, 请愿, 请柬, 请客, 请缨, 请战, 请辞, 请托, 请允许我… */
    private static final String WORD_AFTER_QING = "示假教愿柬客缨战辞托功罪进来到帖销君命领允";
    /** Characters that join 请 into one marker with it: 恳请, 敬请, 恭请, 特请, 拟请, 烦请, 谨请, 呈请, 提请, 函请, 伏请. */
    private static final String QING_PREFIX = "恳敬恭特拟烦谨呈提函诚务还祈吁伏";
    /** Characters that make a request marker of 求: 恳求, 祈求, 乞求 (求 alone, 要求, 寻求 ask nothing of a superior). */
    private static final String QIU_PREFIX = "恳祈乞";
    /** Characters that make a request marker of 祈: 恳祈, 敬祈, 伏祈 (祈 alone prays, 祈福). */
    private static final String QI_PREFIX = "恳敬伏";
    /** Characters of letters' courtesy that may stand before 希 and keep it a marker: 敬希, 恳希, 务希, 并希. */
    private static final String XI_PREFIX = "敬恳务并尚";
    /** Characters that may stand before 盼 and keep it the writer's own plea: 切盼, 恳盼, 敬盼, 甚盼; not 期盼, 企盼 of others. */
    private static final String PAN_PREFIX = "切恳敬并还务甚深谨至殷诚";
    /** Characters that may stand before a bare 望 and keep it a marker (恳望, 并望); any other Han makes a word of it (希望, 展望). */
    private static final String WANG_PREFIX = "恳敬特并还故务切谨尚万企殷深";
    /** Characters that make a wish of 望 (希望, 期望, 盼望) which a superior after it turns into a request. */
    private static final String WISH_PREFIX = "希期盼";
    /** Characters before 申请, 报请 or 提请 that make it the writer asking now: 特申请, 现报请, 拟提请. */
    private static final String NOW = "特现拟谨专今";

    private RequestMarkers() {
    }

    /** A request marker, past a comma or two, at {@code from}: 请, 恳请, 敬请, 望. */
    static boolean requestFollows(String t, int from) {
        int k = skipCommas(t, from);
        return k < t.length() && (t.charAt(k) == '请' || t.charAt(k) == '望' || t.charAt(k) == '盼' || t.charAt(k) == '祈' || k + 1 < t.length()
                && QING_PREFIX.indexOf(t.charAt(k)) >= 0 && t.charAt(k + 1) == '请');
    }

    /** The request markers of a line and what each asks, as spans of it. */
    static void find(String t, String addressee, List<int[]> out) {
        int covered = 0;
        int titles = 0; // 《 opened and not yet closed before i: a request quoted as a document's title
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '《') {
                titles++;
            } else if (ch == '》' && titles > 0) {
                titles--;
            }
            if (ch == '盼' && i >= covered && titles == 0 && (t.startsWith("盼复", i) || t.startsWith("盼予", i))) {
                // 盼复, 盼予函复, 盼予批复: a 请示's closing
                int end = t.startsWith("盼复", i) ? i + 2 : RequestObjects.object(t, i + 2, 6, false);
                if (end > 0) {
                    out.add(new int[] {i, end});
                    covered = end;
                }
                continue;
            }
            if (ch == '盼' && i >= covered && titles == 0 && !superiorFollows(t, i + 1)
                    && (!Han.is(before(t, i)) || PAN_PREFIX.indexOf(before(t, i)) >= 0)) {
                // 盼早日批复, 切盼尽快拨付: the writer's plea for a decision, the addressee understood;
                // a plea (切盼能够给予支持) asks for whatever it names
                int end = RequestObjects.object(t, i + 1, 8, PAN_PREFIX.indexOf(before(t, i)) < 0);
                if (end > 0 && !past(t, i)) {
                    out.add(new int[] {PAN_PREFIX.indexOf(before(t, i)) >= 0 ? i - 1 : i, end});
                    covered = end;
                }
                continue;
            }
            if (ch == '盼' && i >= covered && titles == 0 && superiorFollows(t, i + 1)) {
                // 企盼上级尽快批复, 切盼市委…: a wish addressed to a superior, as 希望县委… is
                // 切盼市局协调: a plea asks for whatever it names; 企盼上级… only for a decision; a bare 盼 opening
                // its clause (…，盼市局给予支持) is the writer's own plea, as 望 there is
                boolean plea = PAN_PREFIX.indexOf(before(t, i)) >= 0 || !Han.is(before(t, i));
                int end = RequestObjects.object(t, i + 1, WINDOW, !plea);
                // 盼省厅给我们分配更多培训名额: the plea names whatever the body is to do
                end = end < 0 ? plea ? RequestActs.actOfBody(t, i + 1, addressee, true) : RequestActs.wishedAct(t, i + 1, addressee) : end;
                if (end > 0 && !past(t, i)) {
                    out.add(new int[] {i > 0 && "企期切殷恳诚".indexOf(before(t, i)) >= 0 ? i - 1 : i, end});
                    covered = end;
                }
                continue;
            }
            if (ch == '待' && i >= covered && titles == 0 && before(t, i) == '期' && superiorFollows(t, i + 1)) {
                // 期待市国资委党委尽快选派: a wish addressed to a superior, as 希望县委… is; only for a decision
                int end = RequestObjects.object(t, i + 1, WINDOW, true);
                if (end > 0 && !past(t, i - 1)) {
                    out.add(new int[] {i - 1, end});
                    covered = end;
                }
                continue;
            }
            if ((ch == '求' && QIU_PREFIX.indexOf(before(t, i)) >= 0 || ch == '祈' && QI_PREFIX.indexOf(before(t, i)) >= 0)
                    && i >= covered && titles == 0) {
                // 恳求局党组帮助协调解决, 祈求上级…: a plea as 恳请 is
                int end = Adjacent.startsWithAny(t, i + 1, BELOW) || past(t, i - 1) ? -1 : RequestObjects.object(t, i + 1, WINDOW, false);
                end = end < 0 && !Adjacent.startsWithAny(t, i + 1, BELOW) && !past(t, i - 1) ? RequestActs.actOfBody(t, i + 1, addressee, true) : end;
                if (end > 0) {
                    out.add(new int[] {i - 1, end});
                    covered = end;
                }
                continue;
            }
            // a report to a people's congress or a CPPCC proposes what the government should do (建议县财政统筹
            //安排…): the legislature is asked to weigh it, not to approve or fund it
            if (ch == '建' && i >= covered && titles == 0 && t.startsWith("建议", i) && RequestReadings.proposer(t, i) && superiorFollows(t, i + 2)
                    && !legislature(addressee)) {
                // 建议市局尽快核拨经费: a proposal to a superior asks as 请 does when what it names is a decision
                // or funds (not 建议上级加大支持力度, 建议省里出台政策: advice)
                // 建议县委研究后予以明确: the decision may come after another object (研究)
                int end = RequestObjects.object(t, i + 2, WINDOW, true);
                while (end > 0 && !RequestObjects.decision(t, i + 2, end) && end < i + 2 + WINDOW) {
                    end = RequestObjects.object(t, end, i + 2 + WINDOW - end, true);
                }
                // 建议县局将我镇纳入试点范围: a proposal that the superior act on the writer asks as 请 does
                int moved = end > 0 && RequestObjects.decision(t, i + 2, end) ? end : RequestActs.onWriter(t, i + 2);
                if (moved > 0 && !past(t, i)) {
                    out.add(new int[] {i, moved});
                    covered = moved;
                }
                continue;
            }
            // 敬希, 恳希: the letters' honorific before 希 keeps it the marker it is alone
            boolean honoured = i > 0 && XI_PREFIX.indexOf(t.charAt(i - 1)) >= 0 && !Han.is(before(t, i - 1));
            if (ch == '希' && i >= covered && titles == 0 && (!Han.is(before(t, i)) || honoured) && (t.startsWith("予", i + 1)
                    || superiorFollows(t, i + 1) || closesClause(t, RequestObjects.object(t, i + 1, 2, false)))) {
                // 希予批准, …，希市局尽快拨付: the 希 of letters asks as 望 does (not 希望, which is a wish)
                int end = RequestObjects.object(t, i + 1, WINDOW, false);
                if (end > 0 && !past(t, i)) {
                    out.add(new int[] {honoured ? i - 1 : i, end});
                    covered = end;
                }
                continue;
            }
            if (i < covered || ch != '请' && ch != '望' || titles > 0) {
                continue;
            }
            int start = i;
            int after = i + 1;
            boolean wish = false;
            boolean pleading = false;
            char before = i > 0 ? t.charAt(i - 1) : ' ';
            if (ch == '请') {
                // 请领 (to claim) is a word, 请领导小组… is 请 and its addressee
                boolean leader = t.startsWith("领导", after);
                // 特报请县委批准, 现报请…, 特申请市政府将我区列入…: 报请 or 申请 asking now, not the 已报请 of
                // an account nor the 申请 of an applicant
                boolean asking = (before == '报' || before == '申') && i >= 2 && NOW.indexOf(t.charAt(i - 2)) >= 0;
                // 并报请市政府同意将…延至… in a report to 市委、市政府: 报请 the body addressed asks it here and now
                boolean toAddressee = before == '报' && !asking && addressed(t, after, addressee) && !past(t, i - 1) && !dated(t, i - 1);
                if (asking && before == '申' && t.charAt(i - 2) != '拟' && !(i >= 3 && Segmenter.inDictionary(t.substring(i - 3, i - 1)))
                        && after < t.length() && "人书表者".indexOf(t.charAt(after)) < 0 && !past(t, i - 2)) {
                    // 特申请专项资金50万元, 现申请追加…: applying now is the request, whatever it is for (not 现申请人,
                    // nor 拟申请省级资金, the writer's plan to apply elsewhere, nor 实现申请材料免提交, where 现 ends a word)
                    int end = RequestObjects.object(t, after, WINDOW, false);
                    out.add(new int[] {i - 2, end > 0 ? end : after});
                    covered = end > 0 ? end : after;
                    continue;
                }
                // 以上报告，提请批准 / 报请审定: 提请 or 报请 opening its clause with the decision right after
                // it names no other body, so it asks the one addressed
                boolean bare = (before == '提' || before == '报') && i >= 1 && (i == 1 || !Han.is(t.charAt(i - 2)))
                        && closesClause(t, RequestObjects.object(t, after, 2, false));
                // 我局申请追加经费50万元: the writer applying, undated, to the reader
                int applicant = before == '申' ? Applications.applicant(t, i - 1) : -1;
                if (applicant >= 0 && after < t.length() && "了过的人书表者".indexOf(t.charAt(after)) < 0 && !past(t, applicant) && !dated(t, i - 1) && !Applications.yearNamed(t, applicant)) {
                    int end = RequestObjects.object(t, after, WINDOW / 2, false);
                    if (end > 0) {
                        out.add(new int[] {i - 1, end});
                        covered = end;
                        continue;
                    }
                }
                int applied = before == '申' ? Applications.applying(t, i - 1, applicant, addressee) : -1;
                if (applied > 0) {
                    out.add(new int[] {i - 1, applied});
                    covered = applied;
                    continue;
                }
                if (bare) {
                    int end = RequestObjects.object(t, after, 2, false);
                    out.add(new int[] {i - 1, end});
                    covered = end;
                    continue;
                }
                if (asking) {
                    start = i - 2;
                } else if (toAddressee) {
                    start = i - 1;
                } else if (WORD_BEFORE_QING.indexOf(before) >= 0 || !leader && after < t.length() && WORD_AFTER_QING.indexOf(t.charAt(after)) >= 0) {
                    continue;
                }
                if (!asking && QING_PREFIX.indexOf(before) >= 0) {
                    start = i - 1;
                }
                // 提请 a body is a step of the writer's own procedure (提请县编委研究): asked of the reader only
                // when that body is the one addressed (提请区政府研究解决 in a report to 区委、区政府), or now (拟提请)
                boolean now = i >= 2 && NOW.indexOf(t.charAt(i - 2)) >= 0;
                // 为此，提请市委常委会专题听取…汇报: the clause before draws the request from what was said, now
                boolean hence = Adjacent.endsWithAny(t, i - 1, "为此，", "为此,", "因此，", "因此,", "故此，");
                if (before == '提' && !now && !hence && !addressed(t, after, addressee)) {
                    continue;
                }
                if (before == '提' && now) {
                    start = i - 2;
                }
                if (t.startsWith("求", after)) {
                    // 请求 as a noun: 诉讼请求, 合理请求, 群众的请求
                    // 应香港特别行政区政府请求: at a body's request, a clause opening on 应
                    boolean nounAfter = after + 1 < t.length() && NOUN_AFTER_QINGQIU.indexOf(t.charAt(after + 1)) >= 0
                            || t.startsWith("事项", after + 1) || t.startsWith("事实", after + 1);
                    if (NOUN_BEFORE_QINGQIU.indexOf(before) >= 0 || RequestReadings.atRequest(t, i) || nounAfter) {
                        continue;
                    }
                    after++;
                }
            } else {
                wish = WISH_PREFIX.indexOf(before) >= 0 && superiorFollows(t, after);
                // 恳切希望县委…, 诚恳地期望上级…: pleading turns a wish into a request for whatever is named
                pleading = wish && i >= 3 && (t.startsWith("恳切", i - 3) || t.startsWith("诚恳", i - 3) || t.startsWith("恳请", i - 3)
                        || i >= 4 && (t.startsWith("恳切地", i - 4) || t.startsWith("诚恳地", i - 4)));
                if (wish) {
                    start = i - 1;
                } else if (Han.is(before) && WANG_PREFIX.indexOf(before) < 0 && !grants(t, after) && !addressing(t, i) && !passive(t, i) || placeName(t, after)
                        || !wish && !grants(t, after) && after < t.length() && Segmenter.inDictionary(t.substring(i, after + 1))
                        || before == '、') {
                    continue; // 希望, 展望, 期望, 厚望, 看望…; 望城区, 望江县; 德胜、望远片区 (a name in a list)
                }
                if (WANG_PREFIX.indexOf(before) >= 0) {
                    start = i - 1;
                }
            }
            if (Adjacent.startsWithAny(t, after, BELOW) || past(t, start) || RequestReadings.toAnother(t, start, addressee) || RequestReadings.norm(t, start)
                    || ch == '请' && RequestReadings.prohibited(t, start)) {
                continue;
            }
            // 望 inside a clause asks at once (并望批准, 望市委给予支持); further on it is more likely a name or
            // a wish. Opening a sentence it addresses the reader as 请 does: 望县委巡察工作领导小组尽快审核批复
            boolean opensSentence = i == 0 || CLAUSE_ENDS.indexOf(before) >= 0 || before == '，' || before == ',';
            int end = wish ? RequestObjects.object(t, after, WINDOW, !pleading)
                    : RequestObjects.object(t, after, ch == '望' && !opensSentence ? WINDOW / 2 : WINDOW, false);
            if (end < 0 && ch == '请') {
                // 恳请市局提高补助标准, 请区委社会工作部牵头予以清理规范: an act of the addressee's own choosing;
                // 能否请厅里…给我院多分配10个: a question whether a body will act pleads as 恳请 does
                boolean asked = start == i && Adjacent.endsWithAny(t, i, QUESTIONS);
                end = RequestActs.actOfBody(t, after, addressee, start < i || after > i + 1 || asked);
            } else if (end < 0 && ch == '望' && start == i && opensSentence && !wish) {
                // 望市委组织部放宽我县选调生报考条件: 望 opening its clause addresses the body as 请 does
                end = RequestActs.actOfBody(t, after, addressee, false);
            } else if (end < 0 && wish) {
                // 希望市局能够为我县增加2个名额: a wish for an act done for the writer
                end = RequestActs.wishedAct(t, after, addressee);
            } else if (end < 0 && start < i && !wish) {
                // 恳望市财政全额保障, 还望市局…: a plea names whatever the body is to do
                end = RequestActs.actOfBody(t, after, addressee, true);
            }
            if (end > 0 && !RequestReadings.namesDocument(t, end) && !RequestReadings.narrated(t, start, end)) {
                out.add(new int[] {start, end});
                covered = end;
            }
        }
    }

    /** Whether {@code end} (an object's end, -1 for none) ends its clause: 提请批准。, not 报请审批后实施. */
    private static boolean closesClause(String t, int end) {
        return end > 0 && (end == t.length() || CLAUSE_ENDS.indexOf(t.charAt(end)) >= 0 || t.startsWith("为盼", end) || t.startsWith("为荷", end));
    }

    /** A question whether a body will act, right before 请: 能否请厅里…, 可否请市局…. */
    private static final String[] QUESTIONS = {"能否", "可否", "是否可以", "是否能", "能不能", "可不可以", "是否"};

    /** The report goes to a people's congress, its standing committee or a CPPCC. */
    private static boolean legislature(String addressee) {
        return addressee.contains("人大") || addressee.contains("代表大会") || addressee.contains("政协");
    }

    /** 望予准许, 望批准, 望尽快批复: what follows 望 asks at once, whatever stands before it (逾期部分望予准许延期). */
    private static boolean grants(String t, int after) {
        return t.startsWith("予", after) || t.startsWith("批", after) || t.startsWith("尽快", after) || t.startsWith("给予", after);
    }

    /**
     * 望 after the end of a noun and before a superior (此项考核办法望市政府尽快批复): the marker, not the end
     * of a word (希望, 展望, 有望 are words and stay wishes or forecasts).
     */
    private static boolean addressing(String t, int i) {
        return superiorFollows(t, i + 1) && !Segmenter.inDictionary(t.substring(i - 1, i + 1)) && WISH_PREFIX.indexOf(t.charAt(i - 1)) < 0
                && "展有看探渴失愿威声观眺守瞭仰指寄厚众名欲绝张远".indexOf(t.charAt(i - 1)) < 0;
    }

    /** Where 望 asks to receive from a superior: 此事望能得到市局的批准, 望获得上级支持. */
    private static final String[] RECEIVE = {"能够得到", "能得到", "得到", "能够获得", "能获得", "获得"};

    /**
     * 望 after a noun, asking to receive a superior's act (此事望能得到市局的批准): the passive of 望市局批准. Not
     * a word ending on 望 (有望得到, 渴望得到, 希望得到: a forecast or a wish).
     */
    private static boolean passive(String t, int i) {
        for (String r : RECEIVE) {
            if (t.startsWith(r, i + 1)) {
                return superiorFollows(t, i + 1 + r.length()) && !Segmenter.inDictionary(t.substring(i - 1, i + 1))
                        && WISH_PREFIX.indexOf(t.charAt(i - 1)) < 0;
            }
        }
        return false;
    }

    /** 望 opening a place name: 望城区, 望江县, 望亭镇, 望京. */
    private static boolean placeName(String t, int after) {
        return t.startsWith("京", after) || after + 1 < t.length() && "县区市镇乡村街".indexOf(t.charAt(after + 1)) >= 0;
    }
}
