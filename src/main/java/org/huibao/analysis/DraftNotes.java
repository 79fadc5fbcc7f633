package org.huibao.analysis;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a drafter or a template writes in a bracket for whoever finishes the text rather than for its
 * reader: an instruction (填写…, 请补充…), the state of a field (待定, 选填), an example, a reviewer's
 * remark, a note to a colleague, a to-do, a query. Such a note stands where a field is left open, so the
 * readers of brackets ({@link PlaceholderFields}) and of notes after a dash ({@link PlaceholderTokens})
 * ask the same questions of it.
 */
final class DraftNotes {
    /**
     * Words that open an instruction to the writer inside brackets: 【填写姓名】, （请补充具体数据）. Not a
     * bare 补充 or 说明: （补充规定）, （说明） are real text. （此处…） is the mask pattern's.
     */
    private static final String[] INSTRUCTIONS = {"填写", "请填写", "请输入", "填入", "请补充", "请补写", "请注明"};
    /**
     * The state of a field a template or an editor marks in brackets: （选填）, （空白）, （待定）, （暂缺）. Not
     * （略）, which published texts use for a passage left out on purpose, nor （试行）, a document's status.
     */
    private static final Set<String> STATES = Set.of("选填", "必填", "可选", "可选填", "非必填", "空白", "空缺", "暂缺", "暂无",
        "留空", "空", "待定", "待填", "待补", "待核", "待查", "待补充", "待确认", "待核实", "未填", "未定", "不详", "TBD", "TODO",
        "tbd", "todo", "XXX", "xxx", "填", "待填写", "待完善", "填空",
        // a figure still being gathered: （统计中）, （核实中）, （数据缺）
        "统计中", "核实中", "核对中", "汇总中", "收集中", "测算中", "确认中", "更新中", "数据缺", "缺");
    /** Words by which a note points at the draft itself: （此段待领导审定后再改）, （本段删除）, （此句保留）. */
    private static final String[] SELF = {"此处", "此段", "本段", "该段", "此句", "本句", "该句", "此节", "本节", "上段", "下段",
        "注：此", "注:此",
        // and at a figure or a wording of the draft: （此数据与报表不一致…）, （该数字…）, （此提法…）
        "此数", "该数据", "本数据", "该数字", "这个数", "此表述", "此提法", "该提法", "此说法", "此案例", "此部分", "这段", "这里",
        // an item or a sentence of the draft: （本条可删）, （此条由就业科补充）, （这句要不要写）
        "此条", "本条", "该条", "这条", "这句", "此项", "二选一", "三选一", "自动计算"};
    /** When a note wants a thing done: before the draft goes out (报出前务必核对, 上报前删除). */
    private static final String[] BEFORE_RELEASE = {"报出前", "报送前", "上报前", "印发前", "发文前", "提交前", "付印前", "送审前", "报出时",
        "上报时", "印发时", "发出前", "送出前"};
    /** What makes a to-do of the doing a note ends on: 务必核对, 需再核实, 请再确认. */
    private static final String[] MODALS = {"务必", "需", "须", "需要", "请", "再", "尽快", "另行", "一定要"};
    /** What a note says is still to be done to the text after 待: （待审定后再改）, （数据待核实）, （待定）. */
    private static final String[] PENDING = {"核实", "统计", "补充", "确认", "填写", "完善", "更新", "定", "再改", "后改", "修改", "修订",
        "审定", "核对", "补", "核", "填", "删除", "提供", "审核",
        // （标题待拟）, 〔小标题待拟〕, （待写）: a heading or a passage still to draft
        "拟", "拟定", "写"};

    private DraftNotes() {
    }

    /** A state of a field a template marks: （选填）, （待定）, （统计中）. */
    static boolean state(String inside) {
        return STATES.contains(inside);
    }

    /**
     * A note or an instruction for the writer, whatever field it stands for: a state, an example, a remark,
     * a pointer at the draft, something still to be done, an instruction and anything after it.
     */
    static boolean forWriter(String s) {
        // （注：此处数据以财务科统计为准，定稿时删除）: a note to whoever finishes the draft
        // (not （名词解释定稿）, （五通至墩上段）: a document's status, a stretch of road)
        if (STATES.contains(s) || example(s) || remark(s) || Adjacent.startsWithAny(s, 0, SELF) || draftNote(s) || (s.startsWith("注") && (s.contains("删除") || s.contains("替换")))
                || containsAnyOf(s, BEFORE_RELEASE) || toDo(s)) {
            return true;
        }
        for (String w : INSTRUCTIONS) {
            if (s.startsWith(w)) {
                // 【填写…】, （请补充…）, （此处…）: whatever follows is for the writer
                return true;
            }
        }
        // （根据实际填写）, 【按实际情况填入】, （视情补充）: an instruction however it begins; not （按实际参训人次统计）
        // [数据待财务部核实], （待统计）: something still to be done to the text
        // （需补充）, （补充完善）: what is still to be done, with 需 or with nothing but the doing
        // (not （需经本人核实）: a step of a procedure, 经 someone)
        if ((s.indexOf('待') >= 0 || s.startsWith("需") && !s.contains("经")) && Adjacent.endsWithAny(s, PENDING) || onlyPending(s)) {
            return true;
        }
        // （请各科室补充）: a request to fill in, to whoever it is addressed
        // （参考数据：上年为980万元，请核实）: a note that ends by asking the writer to check or fill in
        // （请各科室补充本科室亮点）, （请核对数据）: a colleague asked to fill in or check, whatever follows
        // （数据截至11月底，12月数据出来后替换）, （按时间顺序列举，每条不超过50字）: a to-do or a length for the writer
        if (Adjacent.endsWithAny(s, LATER) || LENGTH.matcher(s).find() || REQUEST_TO_DO.matcher(s).find()) {
            return true;
        }
        if ((s.startsWith("请") || s.contains("，请") || s.contains(",请") || s.contains("？请") || s.contains("?请")) && (s.endsWith("补充") || s.endsWith("提供") || s.endsWith("核实")
                || s.endsWith("完善") || s.endsWith("确认") || s.endsWith("核对") || s.endsWith("更新"))
                || s.startsWith("请") && s.length() <= 16 && containsAnyOf(s, FILL_VERBS)) {
            return true;
        }
        boolean asIs = s.startsWith("根据实际") || s.startsWith("按实际") || s.startsWith("视情");
        return s.endsWith("填写") || s.endsWith("填入") || s.endsWith("填报") || asIs && s.endsWith("补充");
    }

    /** What a template tells the writer to do, opening a bracket: 填写…, 请填写…, 此处…, 插入…. */
    static boolean instruction(String inside) {
        for (String w : INSTRUCTIONS) {
            if (inside.startsWith(w)) {
                return true;
            }
        }
        return inside.startsWith("此处") || inside.startsWith("插入") || inside.startsWith("请填") || inside.startsWith("待补");
    }

    /**
     * A drafter's query left in a bracket: a short note ending on a question mark that points at the draft or an
     * attachment (（见附件？）, 【数据对吗？】, （是否保留？）); not a question in a quotation.
     */
    static boolean queried(String inside) {
        // (not a span of years with its end unknown: （一八九七——？）)
        long words = inside.chars().filter(ch -> Han.is((char) ch) && "〇○零一二三四五六七八九十百千".indexOf(ch) < 0).count();
        return inside.length() >= 2 && inside.length() <= 16 && "？?".indexOf(inside.charAt(inside.length() - 1)) >= 0
                && inside.indexOf('“') < 0 && inside.indexOf('"') < 0 && words >= 2;
    }

    /**
     * A note to a colleague on the draft: someone addressed (小刘, 老王, 张科长, 王主任) and a colon or a comma,
     * then what to do to the text — （小刘：问题部分再具体些）, （王科长，这段数字再核一下）.
     */
    private static final Pattern COLLEAGUE = Pattern.compile(PlaceholderNotes.COLLEAGUE + "[：:，,].*" + PlaceholderNotes.EDITS + ".*");

    static boolean colleagueNote(String inside) {
        return inside.length() <= 40 && (COLLEAGUE.matcher(inside).matches() || Adjacent.endsWithAny(inside, PROVISIONAL));
    }

    /**
     * How the drafting team says a passage stands only for now, whoever the note is for: （这个比例还没最终定，先这么写）,
     * （时间可能要往后推，会前再沟通）. A document's own bracket never ends on these.
     */
    private static final String[] PROVISIONAL = {"先这么写", "先这样写", "暂这么写", "暂且这么写", "先这么放", "再沟通", "再商量", "再对接",
        "再碰一下", "再对一下", "等定了再改", "回头再改", "回头再补"};

    private static final String[] REMARKS = {"批注：", "批注:", "修改意见：", "修改意见:", "审稿意见：", "审稿意见:", "审改意见：", "修改建议：",
        // a reviser's mark left by an editor (（修订：删除此句）, （edited by 张三）)
        "修订：", "修订:", "edited by", "Edited by", "修改人：", "修改人:",
        "编辑意见：", "审核意见：", "审阅意见：", "领导批注："};

    /** An example or a note for the writer: 【示例：…】, 【例如…】, 【注：…】. */
    static boolean note(String inside) {
        return inside.startsWith("示例") || inside.startsWith("例如") || inside.startsWith("举例") || inside.startsWith("注：")
                || inside.startsWith("注:") || inside.startsWith("备注") || inside.startsWith("提示") || example(inside) || remark(inside);
    }

    /** A template's example for the writer in any bracket: （例：召开专题会议3次）, （填写示例：…）. Not 例如, which prose glosses with. */
    private static boolean example(String inside) {
        return inside.startsWith("例：") || inside.startsWith("例:") || inside.startsWith("示例：") || inside.startsWith("示例:")
                || inside.startsWith("填写示例") || inside.startsWith("样例：") || inside.startsWith("参考示例");
    }

    /** A reviewer's remark on the draft in any bracket: （修改意见：…）, 【批注：…】, （审稿意见：…）. */
    private static boolean remark(String inside) {
        return (Adjacent.startsWithAny(inside, 0, REMARKS) || NUMBERED_REMARK.matcher(inside).lookingAt()) && inside.length() > 5;
    }

    /** A word processor's numbered comment pasted into the text: [批注1：…], [批注A2：…]. */
    private static final Pattern NUMBERED_REMARK = Pattern.compile("(?:批注|注释|评论|修订)[0-9A-Za-z]{1,3}[：:]");

    /**
     * A note that ends on something still to be done, said as a to-do: （数据需再核实）, （口径务必核对）; not a
     * step of a procedure (（需经本人核实）) nor a long sentence.
     */
    private static boolean toDo(String s) {
        if (s.length() > 30 || s.contains("经")) {
            return false;
        }
        for (String p : PENDING) {
            if (p.length() >= 2 && s.endsWith(p)) {
                String head = s.substring(0, s.length() - p.length());
                for (String m : MODALS) {
                    if (head.endsWith(m) && head.length() > m.length()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A length set for the writer at a note's end: 每条不超过50字, 控制在三百字以内. */
    private static final Pattern LENGTH = Pattern.compile("(?:不超过|不少于|控制在)[0-9０-９一二三四五六七八九十百千]+字(?:以内|左右)?$");

    /**
     * A colleague asked, anywhere in the note, to check or fill in something before it ends: （案例数量请纪委核实后补上）.
     * Not 申请, 邀请, 提请… (words with 请 that ask nothing of the writer).
     */
    private static final Pattern REQUEST_TO_DO = Pattern.compile(
            "(?<![申邀聘提呈报吁恳敦宴])请[^，。；]{0,20}(?:补充|补上|补齐|补写|核实|核对|确认|填写|提供|更新|替换)$");

    /**
     * A note on the draft said after a dash: to be replaced later (…出来后替换), checked before release (报出前核对),
     * a figure of the draft pointed at (此数…补齐), a colleague asked to fill in (请纪委核实后补上), a reviewer's remark.
     */
    static boolean editorNote(String s) {
        // not a bare 补齐 or 需完善 at the end, which prose after a dash says of the work (——短板加快补齐)
        return s.length() <= 40 && (Adjacent.startsWithAny(s, 0, SELF) && Adjacent.endsWithAny(s, LATER) || Adjacent.endsWithAny(s, REPLACED_LATER)
                || containsAnyOf(s, BEFORE_RELEASE) || draftNote(s) || remark(s) || REQUEST_TO_DO.matcher(s).find());
    }

    /** A figure or a passage to be replaced once the final one is known: （…出来后替换）, ——…年底后更新. */
    private static final String[] REPLACED_LATER = {"后替换", "后更新", "后补写"};

    /** What a note says is to be done once something is known: （…出来后替换）, （…年底前补齐）. */
    private static final String[] LATER = {"后替换", "后更新", "补齐", "后补写", "再确认一下", "确认一下", "核一下", "对一遍", "核对一遍"};

    /** What a colleague is asked to do to the draft: fill in or check. */
    private static final String[] FILL_VERBS = {"补充", "填写", "核实", "确认", "核对", "完善", "更新", "审核"};

    /** Nothing but what is still to be done: （补充完善）, （核实确认）. */
    private static boolean onlyPending(String s) {
        String rest = s;
        while (!rest.isEmpty()) {
            String before = rest;
            for (String p : FILL_VERBS) {
                if (rest.startsWith(p)) {
                    rest = rest.substring(p.length());
                    break;
                }
            }
            if (rest.equals(before)) {
                return false;
            }
        }
        // two of them at least: a bare （补充） may head real supplementary text
        return s.length() >= 4;
    }

    /** 定稿时删除, 终稿前替换: a note about finishing the draft, not a document's status (（名词解释定稿）). */
    private static boolean draftNote(String s) {
        for (String w : new String[] {"定稿", "终稿"}) {
            int at = s.indexOf(w);
            if (at >= 0 && at + 2 < s.length() && "时前后删".indexOf(s.charAt(at + 2)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAnyOf(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
