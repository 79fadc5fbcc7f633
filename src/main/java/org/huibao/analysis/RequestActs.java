package org.huibao.analysis;

import static org.huibao.analysis.Requests.INVITED;
import static org.huibao.analysis.Requests.OWN_WORK;
import static org.huibao.analysis.Requests.WINDOW;
import static org.huibao.analysis.Requests.containsAny;
import static org.huibao.analysis.Superiors.addressed;
import static org.huibao.analysis.Superiors.organ;
import static org.huibao.analysis.Superiors.superiorFollows;

/**
 * What a body above is asked to do once a request marker names it: any act after a plea, an act it takes on
 * (牵头, 予以, 尽快…) or one done for the writer after a bare 请, an act wished of it with a modal — and what is
 * no such act: what the readers are asked (审阅, 批评指正), work a body does itself (授课, 评审), a condition or a norm.
 */
final class RequestActs {

    private RequestActs() {
    }

    /** What a report asks of its readers, not of a superior's power: 请…审阅, 请…批评指正, 敬请谅解. */
    private static final String[] READERS_ACTS = {"审阅", "审议", "指正", "批评", "谅解", "理解", "期待", "关注", "光临", "莅临", "出席",
        "参加", "监督", "评议", "阅知", "知悉", "查阅", "参阅", "留意", "注意",
        // a pledge, not a request: 恳请领导放心; the readers' comments asked for (多提宝贵意见)
        "放心", "相信", "宝贵意见", "提意见", "提出意见"};
    /** What turns any act after 请 and a body into one asked of that body: 牵头予以清理, 尽快出台, 帮助协调. */
    static final String[] ASKING = {"予以", "给予", "牵头", "出面", "尽快", "帮助", "统筹", "加快", "尽早", "早日",
        // people sent down to the writer (请求县局派出工作组指导, 请市局选派骨干)
        "派出", "选派", "下派", "派驻", "委派",
        // a case handed up to be dealt with (请市纪委监委按程序处理), a matter left to the superior's judgement
        "按程序", "依规", "依纪", "依法", "考虑"};

    /**
     * A request for an act the object list does not name, once a body above is named right after the marker
     * (恳求集团公司增配编制5名, 特请求县卫生健康局提高至…, 请区委社会工作部牵头予以清理规范): after a plea
     * ({@code plea}: 恳请, 特请, 请求, 恳求…) any act; after a bare 请 an act the addressee takes on (牵头,
     * 予以, 尽快…). Returns the end of the clause, or -1.
     */
    static int actOfBody(String t, int after, String addressee, boolean plea) {
        if (!superiorFollows(t, after) && !organ(t, after) && !addressed(t, after, addressee)) {
            return -1;
        }
        int end = Requests.clauseEnd(t, after, WINDOW);
        if (containsAny(t, after, end, READERS_ACTS) || containsAny(t, after, end, INVITED) || ownWork(t, after, end)
                && !containsAny(t, after, end, ASKING) || hedged(t, after)) {
            return -1;
        }
        return plea && end - after >= 4 || containsAny(t, after, end, ASKING) || forWriter(t, after, end)
                || addressed(t, after, addressee) && superiorFollows(t, after) && end - after >= 4 ? end : -1;
    }

    /** Nouns that make a word of {@link Requests#OWN_WORK} a modifier of what is allotted: 培训名额, 调研经费, 评估费用. */
    private static final String[] ALLOTTED = {"名额", "指标", "经费", "资金", "费用", "任务", "计划", "项目", "补助", "时间", "期限", "机会",
        // and of a person or a body named by that work (职业指导师, 培训班, 评估机构, 检测中心)
        "师", "员", "班", "机构", "中心", "基地", "证书", "资格"};

    /** Work a body does itself in {@code t[from, to)}: 论证, 授课, 培训…, but not 培训名额 (a quota asked for) nor 指导师. */
    private static boolean ownWork(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            for (String w : OWN_WORK) {
                if (t.startsWith(w, k) && !Adjacent.startsWithAny(t, k + w.length(), ALLOTTED)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The end of the clause when, within it, the body is to move or give the writer itself: 将我镇纳入…, 把我县列为…,
     * 为我局增加…, 给我院分配… (not 对我县的支持, advice on how much to give); else -1.
     */
    static int onWriter(String t, int from) {
        int end = Requests.clauseEnd(t, from, WINDOW);
        for (int k = from; k < end; k++) {
            if ("将把为给".indexOf(t.charAt(k)) >= 0 && Adjacent.startsWithAny(t, k + 1, WRITER)) {
                return end;
            }
        }
        return -1;
    }

    /** The writer as what an act is for or done to: 给我院, 为我县, 安排我区…名额, 帮我们, 本单位. */
    private static final String[] WRITER = {"我们", "我局", "我县", "我区", "我市", "我镇", "我乡", "我委", "我办", "我院", "我厅", "我部",
        "我处", "我校", "我司", "我公司", "我单位", "我中心", "我所", "我站", "我街道", "我村", "我省", "我州", "我旗", "我场", "我社",
        "本单位", "本县", "本区", "本局", "本院", "本校", "本公司"};

    /**
     * Whether the act in {@code t[from, to)} is done for the writer or to it (请市信访局每年安排我区2个名额, 给我院多分配
     * 10个): a body above asked to act for the reporting unit is asked as a superior is, whatever the act.
     */
    static boolean forWriter(String t, int from, int to) {
        return containsAny(t, from, to, WRITER);
    }

    /** What a wish may name of a superior without asking it to decide: 希望上级给予我们更多关心. */
    private static final String[] SOFT = {"关心", "关注", "关怀", "重视", "理解", "信任", "指导", "支持", "帮助", "鼓励", "肯定"};

    /**
     * A wish to a body above for an act done for the writer (希望市局能够为我县增加2个名额): as a plea, unless
     * it wishes for care or support only (希望上级多给我们一些关心). Returns the end of the clause, or -1.
     */
    static int wishedAct(String t, int after, String addressee) {
        int end = actOfBody(t, after, addressee, false);
        // the wish must ask the body to act (希望市局能够…, 希望省厅尽快…), not tell what a body may do (希望集团…在我市落户)
        return end > 0 && containsAny(t, after, end, MODALS) && forWriter(t, after, end) && !containsAny(t, after, end, SOFT) && !containsAny(t, after, end, ASKING_SOFTLY) ? end : -1;
    }

    /** Words by which a wish asks a body to act: 能, 能够, 尽快, 早日. */
    private static final String[] MODALS = {"能够", "能", "可以", "尽快", "早日", "尽早", "及时"};

    /** What makes a wish's act a hope of attention rather than a decision: 多给, 更多. */
    private static final String[] ASKING_SOFTLY = {"更多", "多给", "多一些", "一如既往"};

    /** Words that make a sentence a condition or a norm: 如果发现决议有错误，就应…请求上级收回或修改. */
    private static final String[] HEDGES = {"如果", "假如", "倘若", "如若", "一旦", "就应", "应该", "应当", "可以", "有权", "必须"};

    /** A condition or a norm anywhere in the sentence before {@code at}: what to do if, not what is asked now. */
    private static boolean hedged(String t, int at) {
        int from = at;
        while (from > 0 && at - from < 80 && "。！？!?".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        return containsAny(t, from, at, HEDGES);
    }
}
