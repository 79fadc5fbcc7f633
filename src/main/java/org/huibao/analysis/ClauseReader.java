package org.huibao.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.huibao.api.Clause;
import org.huibao.api.Mode;
import org.huibao.api.Owner;
import org.huibao.api.PartRole;
import org.huibao.api.Span;
import org.huibao.parse.Report;

/**
 * Reads the clauses of one report that carry a cue, word by word: one instance per report, each clause
 * segmented once however many cues it holds. Not thread-safe.
 */
final class ClauseReader {
    /** What ends a clause. */
    static final String BREAKS = "，,；;：:。！？!?";

    private static final Set<String> PLANNED = Set.of("拟", "打算", "力争", "下一步", "下步", "下阶段", "下一阶段",
            "今后", "明年", "来年", "未来", "年内", "必将", "定会", "一定会", "接下来");
    /** Planned only before a verb: "计划于年底完成", not "工作计划". */
    private static final Set<String> PLANNED_BEFORE_VERB = Set.of("将", "计划", "准备", "争取", "拟于", "预计");
    private static final Set<String> REQUIRED = Set.of("要", "必须", "务必", "应当", "应该", "亟需", "亟须", "一定要",
            "务求", "确保");
    /** Required only before a verb: "需要加强", not "工作需要". */
    private static final Set<String> REQUIRED_BEFORE_VERB = Set.of("应", "需", "需要");
    private static final Set<String> DONE = Set.of("了", "已", "已经", "均已", "先后", "累计", "曾", "业已", "过");
    private static final Set<String> ONGOING = Set.of("正在", "正");
    private static final Set<String> PAST = Set.of("以往", "过去", "此前", "曾经", "原来", "原先", "以前", "往年", "历年");

    private static final Set<String> SELF = Set.of("我", "我们", "本单位", "本部门", "本人", "全局", "全委", "全厅",
            "全系统", "党组", "局党组", "领导班子", "班子", "咱们");
    private static final Set<String> HIGHER = Set.of("党中央", "中共中央", "中央", "总书记", "习近平", "国务院", "上级",
            "中央纪委", "中央委员会");
    /**
     * Not 社会: in 经济社会发展, 社会稳定 it names no actor; nor 机构 alone, which names how an organ is organised
     * ("各级政府机构存在的突出问题", "机构臃肿"), not a party outside it. 地方: the local authorities a central or higher body
     * speaks of ("压实地方金融监管主体责任"), not the speaker. 你, 你们: the addressee of a reply or a notice ("你省该村
     * 支委会…研究决定"), whose doings are the matter answered, not the writer's arrangements.
     */
    private static final Set<String> OTHERS = Set.of("你", "你们", "你方", "贵方", "企业", "市场主体", "经营主体", "经营者", "商户", "群众", "居民",
            "个人", "民营企业", "外资企业", "平台", "业主", "承包商", "施工单位", "中介机构", "医疗机构", "金融机构",
            "培训机构", "养老机构", "服务机构", "社会组织",
            "生产经营单位", "属地", "从业人员", "地方");
    /** An official of an organ, who speaks for it in a news item: "该镇主要负责人表示，定会…". */
    private static final Set<String> OFFICIALS = Set.of("负责人", "主要负责人", "负责同志", "主要负责同志", "书记",
            "副书记", "主任", "局长", "县长", "区长", "市长", "镇长", "乡长", "校长", "院长", "组长");
    private static final Set<String> SUBORDINATE = Set.of("党支部", "支部", "党组织", "科室", "处室", "基层",
            "下属", "所属", "党员", "干部", "职工", "村", "社区", "乡镇", "县区", "二级单位", "直属单位", "各级");

    private final Report report;
    /** The reporting unit's name (title or signature), "" when the report does not say. */
    private final String unit;
    /** The level of the report's jurisdiction (省, 市, 县 …), ' ' when unknown. */
    private final char level;
    private final Segmenter segmenter;
    private final Pattern negation;
    private final Map<Long, Read> read = new HashMap<>();
    private final List<Clause> clauses = new ArrayList<>();

    /**
     * A clause and its words; offsets of the words are relative to the clause, which starts at
     * {@code from} of the text it was read from.
     */
    record Read(Clause clause, List<Segmenter.Token> tokens, int from) {
        /** The first negation word before {@code offset} (relative to the clause), or null. */
        String negationBefore(int offset, Pattern negation) {
            for (int i = 0; i < tokens.size() && tokens.get(i).start() < offset; i++) {
                if (negates(tokens, i, negation)) {
                    return tokens.get(i).word();
                }
            }
            return null;
        }
    }

    /**
     * What 不 makes into an adverb of manner with the word after it when the segmenter splits them: "要不间断巡逻",
     * "不定期开展抽查", "不停推进" ask for more of the action, not for none of it.
     */
    private static final Set<String> ADVERB_WITH_BU = Set.of("间断", "定期", "懈", "停", "松懈");

    /**
     * Whether the word at {@code i} negates: a negation word, not the 不 of an adverb of manner, nor one inside a
     * 的-phrase that stands as the topic of what follows.
     */
    static boolean negates(List<Segmenter.Token> tokens, int i, Pattern negation) {
        String w = tokens.get(i).word();
        if (!negation.matcher(w).matches()) {
            return false;
        }
        return !(w.equals("不") && i + 1 < tokens.size() && ADVERB_WITH_BU.contains(tokens.get(i + 1).word()))
                && !inTopicPhrase(tokens, i);
    }

    /** How many words after a negation a 的 may close the phrase it qualifies ("未/按期/完成/的"). */
    private static final int TOPIC_PHRASE = 3;

    /**
     * The negation at {@code i} qualifies a 的-phrase used as a noun, and a verb or an adverb follows that phrase
     * as its predicate: "对进度缓慢、成效不明显的将通报批评", "未按期完成的要说明原因" — those it names are
     * dealt with, nothing is denied. Not a 的-phrase before its noun ("没有违规的情况", "不存在…的问题"): there
     * the negation denies what the clause says exists.
     */
    private static boolean inTopicPhrase(List<Segmenter.Token> tokens, int i) {
        for (int j = i + 2; j <= i + TOPIC_PHRASE && j + 1 < tokens.size(); j++) {
            if (tokens.get(j).word().equals("的")) {
                Segmenter.Token next = tokens.get(j + 1);
                return next.verb() || next.pos().startsWith("d");
            }
        }
        return false;
    }

    /**
     * Who does what a cue (from {@code start} to {@code end}, relative to the clause) says: an owner
     * word in the cue itself ("压实企业主体责任": others), else the nearest one before it up to a verb
     * ("习近平总书记亲自部署": higher), else the clause's owner.
     */
    Owner agent(Read read, int start, int end) {
        List<Segmenter.Token> tokens = read.tokens();
        for (Segmenter.Token t : tokens) {
            if (t.start() < end && t.end() > start) {
                Owner o = ownerOf(t);
                if (o != null) {
                    return o;
                }
            }
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Segmenter.Token t = tokens.get(i);
            if (t.end() > start) {
                continue;
            }
            Owner o = ownerOf(t);
            if (o == Owner.ORGAN && OFFICIALS.contains(t.word()) && ofSubordinates(tokens, i)) {
                // "各基层党组织书记认真履行…主体责任": the officials of the unit's parts, not the unit's
                return Owner.SUBORDINATE;
            }
            if (o != null) {
                return o;
            }
            // "总书记亲自部署、亲自推动": coordinated verbs share their subject
            boolean coordinated = i + 1 < tokens.size() && tokens.get(i + 1).word().equals("、");
            if (t.verb() && !coordinated) {
                break;
            }
        }
        return read.clause().owner();
    }

    /** How many words before an official's title may name whose official it is ("各/基层党组织/书记"). */
    private static final int OFFICIAL_OF = 3;

    /**
     * The official at {@code i} is named as one of the unit's parts' (or of several): "各…书记", "基层党组织
     * 书记", "村党支部书记".
     */
    private static boolean ofSubordinates(List<Segmenter.Token> tokens, int i) {
        for (int j = i - 1; j >= 0 && j >= i - OFFICIAL_OF; j--) {
            Segmenter.Token t = tokens.get(j);
            if (t.verb() || BREAKS.indexOf(t.word().charAt(0)) >= 0) {
                return false;
            }
            if (t.word().equals("各")) {
                return true;
            }
            for (String w : SUBORDINATE) {
                if (t.word().endsWith(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    ClauseReader(Report report, Segmenter segmenter, Pattern negation) {
        this.report = report;
        this.unit = unit(report).replace("人民", "");
        this.level = level(report, this.unit);
        this.segmenter = segmenter;
        this.negation = negation;
    }

    /** The clauses read so far, in the order they were read. */
    List<Clause> clauses() {
        return List.copyOf(clauses);
    }

    /**
     * The clause of a text (a sentence or a heading, starting at {@code textStart} in the report) that
     * holds the offset {@code at} of that text.
     */
    Read at(int nodeId, String text, int textStart, int at, PartRole part) {
        return read(nodeId, text, textStart, windowStart(text, at), part);
    }

    /**
     * How far around a cue a clause is read at most: a clause without punctuation can run for a whole
     * line, and segmenting it for every cue in it would cost the square of its length.
     */
    private static final int REACH = 60;

    /** The start of the clause holding {@code at}, or {@link #REACH} before it in a longer clause. */
    static int windowStart(String text, int at) {
        int i = Math.min(at, text.length());
        int limit = Math.max(0, i - REACH);
        while (i > limit && BREAKS.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private Read read(int nodeId, String text, int textStart, int from, PartRole part) {
        // keyed by where it starts: a heading that opens a paragraph ("二是…还有差距；") and that
        // paragraph's sentence share their clauses
        long key = (long) textStart + from;
        Read r = read.get(key);
        if (r != null) {
            return r;
        }
        int to = from;
        int limit = Math.min(text.length(), from + 2 * REACH);
        while (to < limit && BREAKS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String clauseText = text.substring(from, to);
        List<Segmenter.Token> tokens = segmenter.tokens(clauseText);
        Mode mode = from == 0 && demand(tokens) ? Mode.REQUIRED : mode(tokens);
        Owner owner = owner(tokens, ordinalLength(clauseText));
        if (mode == Mode.NONE && owner != Owner.UNKNOWN && demandFollows(text, to)) {
            // an actor named, then what it must do: "各乡镇主要负责人作为…“第一责任人”，要负总责" assigns a duty;
            // not a topic the demand is about ("安全生产是经济社会发展的底线，要紧盯…")
            mode = Mode.REQUIRED;
        }
        if (from > 0 && (owner == Owner.UNKNOWN || mode == Mode.NONE)) {
            // a clause without subject or marker takes its sentence's: "下一步，我们将…，…，…"; a marker
            // from the clause before it, which took it from its own: "书记表示，局党组将以…为契机，扛牢…"
            Read first = read(nodeId, text, textStart, 0, part);
            int before = windowStart(text, from - 1);
            Read previous = before > 0 && before < from ? read(nodeId, text, textStart, before, part) : first;
            if (owner == Owner.UNKNOWN) {
                // a clause that opens with its verb goes on with the subject of the nearest clause that names
                // one: a topic chain after a date ("4月13日，区委书记…主持召开…，传达…，研究部署…"); one with
                // a subject of its own ("民生领域还有不少短板") does not take the clause before it
                owner = subjectless(tokens) && previous.clause().owner() != Owner.UNKNOWN ? previous.clause().owner()
                        : first.clause().owner();
            }
            if (mode == Mode.NONE && previous.clause().forward()) {
                mode = previous.clause().mode();
            } else if (mode == Mode.NONE && first.clause().forward()) {
                mode = first.clause().mode();
            }
        }
        String neg = "";
        for (int i = 0; i < tokens.size(); i++) {
            if (negates(tokens, i, negation)) {
                neg = tokens.get(i).word();
                break;
            }
        }
        boolean past = tokens.stream().anyMatch(t -> PAST.contains(t.word()));
        Span span = report.span(textStart + from, textStart + to);
        Clause clause = new Clause(clauses.size(), nodeId, span, clauseText, owner, neg, mode, past, part);
        clauses.add(clause);
        r = new Read(clause, tokens, from);
        read.put(key, r);
        return r;
    }

    /**
     * A sentence that opens by demanding an action: "要求认真落实个人重大事项报告制度" (not "要求各单位…", where
     * 要求 tells whom something was asked of, nor "按照要求开展…").
     */
    private static boolean demand(List<Segmenter.Token> tokens) {
        if (tokens.size() < 2 || !tokens.get(0).word().equals("要求")) {
            return false;
        }
        Segmenter.Token next = tokens.get(1);
        // "认真", "严格" are adjectives used as adverbs here
        return next.verb() || next.pos().startsWith("d") || next.pos().equals("a") || next.pos().equals("ad");
    }

    /** Words that open a clause demanding what the subject of the clause before it must do. */
    private static final Pattern DEMAND_OPENING = Pattern.compile("(要|必须|务必|一定要|应当)(?!求|点|素|件|闻|害|是)");

    /**
     * The clause ending at {@code to} is followed, after a comma, by one that opens with a demand and has no
     * subject of its own: the demand is made of the first clause's subject, which that clause only names or
     * assigns a role ("各单位主要负责同志为抓落实的第一责任人，要加强统筹安排").
     */
    static boolean demandFollows(String text, int to) {
        if (to >= text.length() || text.charAt(to) != '，' && text.charAt(to) != ',') {
            return false;
        }
        return DEMAND_OPENING.matcher(text).region(to + 1, text.length()).lookingAt();
    }

    /** Planned words that name a time, which after the clause's verb modify its object. */
    private static final Set<String> WHEN_PLANNED = Set.of("下一步", "下步", "下阶段", "下一阶段", "今后", "明年",
            "来年", "未来", "年内");

    /**
     * The clause opens with its verb (after an adverb or two): "研究部署…", "认真传达…", "并研究部署…"; not with a
     * verb used as a noun ("教育、医疗、养老等公共服务…还有差距"), which a verb does not follow as it does in "研究部署…".
     */
    private static boolean subjectless(List<Segmenter.Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Segmenter.Token t = tokens.get(i);
            if (t.verb()) {
                return !t.pos().equals("vn") || i + 1 < tokens.size() && tokens.get(i + 1).verb();
            }
            if (!t.pos().startsWith("d") && !t.pos().startsWith("c") && !t.pos().equals("ad")) {
                return false;
            }
        }
        return false;
    }

    private static boolean verbBefore(List<Segmenter.Token> tokens, int i) {
        for (int j = 0; j < i; j++) {
            if (tokens.get(j).verb()) {
                return true;
            }
        }
        return false;
    }

    /** The first forward marker decides; without one, a marker of completion makes the clause done. */
    private static Mode mode(List<Segmenter.Token> tokens) {
        boolean done = false;
        boolean ongoing = false;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            // "将继续…", "将进一步…", "将于年底前…", "将对…进行…", "将认真贯彻…": a verb, an adverb, a
            // preposition or an adjective used as an adverb follows the future 将; a noun follows the object
            // marker ("将党建工作纳入…")
            boolean beforeVerb = i + 1 < tokens.size() && (tokens.get(i + 1).verb()
                    || tokens.get(i + 1).pos().startsWith("d") || tokens.get(i + 1).pos().startsWith("p")
                    || tokens.get(i + 1).pos().equals("a") || tokens.get(i + 1).pos().equals("ad"));
            // "定会", "必将" may come segmented in two
            boolean pair = i + 1 < tokens.size() && w.length() == 1 && PLANNED.contains(w + tokens.get(i + 1).word());
            if (WHEN_PLANNED.contains(pair ? w + tokens.get(i + 1).word() : w) && verbBefore(tokens, i)) {
                // a time that names the work deployed or studied, not when the clause holds: "研究部署下步工作",
                // "制定了明年工作计划"
                continue;
            }
            if (pair || PLANNED.contains(w) || PLANNED_BEFORE_VERB.contains(w) && beforeVerb) {
                return Mode.PLANNED;
            }
            if (REQUIRED.contains(w) || REQUIRED_BEFORE_VERB.contains(w) && beforeVerb) {
                return Mode.REQUIRED;
            }
            done |= DONE.contains(w) && !(w.equals("过") && !tokens.get(i).pos().startsWith("u"));
            ongoing |= ONGOING.contains(w) && tokens.get(i).pos().startsWith("d");
        }
        return done ? Mode.DONE : ongoing ? Mode.ONGOING : Mode.NONE;
    }

    /**
     * The subject: the first word of an owner class before the clause's first verb or preposition
     * ("部分企业主体责任落实不到位": others; "对部分企业开展督查": none — 企业 is the object).
     */
    private Owner owner(List<Segmenter.Token> tokens, int skip) {
        for (int i = 0; i < tokens.size(); i++) {
            Segmenter.Token t = tokens.get(i);
            if (t.start() < skip) {
                continue;
            }
            // an owner word the segmenter split in two: "从业/人员"
            Owner pair = i + 1 < tokens.size() ? ownerOf(t.word() + tokens.get(i + 1).word()) : null;
            if (pair != null) {
                return pair;
            }
            if (t.verb() || t.pos().startsWith("p")) {
                break;
            }
            Owner o = ownerOf(t);
            if (o != null) {
                return o;
            }
        }
        return Owner.UNKNOWN;
    }

    /**
     * The length of an item's ordinal at the start of a clause ("二是企业安全管理制度落实不到位": 2), whose 是 is
     * no verb that ends the subject; 0 when there is none.
     */
    static int ordinalLength(String clause) {
        int i = 0;
        while (i < clause.length() && i < 3 && "一二三四五六七八九十".indexOf(clause.charAt(i)) >= 0) {
            i++;
        }
        return i > 0 && i < clause.length() && clause.charAt(i) == '是' ? i + 1 : 0;
    }

    /** The owner class a word names, or null. */
    private static Owner ownerOf(String w) {
        if (HIGHER.contains(w)) {
            return Owner.HIGHER;
        }
        if (SELF.contains(w)) {
            return Owner.SELF;
        }
        if (OTHERS.contains(w)) {
            return Owner.OTHERS;
        }
        if (SUBORDINATE.contains(w)) {
            return Owner.SUBORDINATE;
        }
        if (OFFICIALS.contains(w)) {
            return Owner.ORGAN;
        }
        return null;
    }

    /**
     * The owner class of a word: {@link #ownerOf(String)}, or, for a noun that names an organ, the unit
     * itself when the unit's name holds it ("水利局" in a report by 县水利局), a higher body when it is a
     * leading body other than the unit ("市委", "县政府" in a bureau's report), else a named organ.
     */
    private Owner ownerOf(Segmenter.Token t) {
        Owner o = ownerOf(t.word());
        boolean noun = t.pos().startsWith("n") || t.pos().equals("j");
        String w = t.word();
        if (o != null || !noun || w.length() < 2 || !ORGAN_SUFFIX.matcher(w).find() || NOT_ORGANS.contains(w)) {
            return o;
        }
        String name = w.replace("人民", "");
        if (!unit.isEmpty()) {
            if (unit.contains(name) || OwnLeadingBody.of(unit, name)) {
                return Owner.SELF;
            }
            if (LEADING_BODY.matcher(name).find()) {
                return Owner.HIGHER;
            }
        } else if (LEADING_BODY.matcher(name).find() && LEVELS.indexOf(name.charAt(0)) >= 0
                && LEVELS.indexOf(name.charAt(0)) < LEVELS.indexOf(level)) {
            // "市委主要领导亲自部署" in an address to "全区卫生健康工作会议"
            return Owner.HIGHER;
        }
        return Owner.ORGAN;
    }

    /** Levels of government, highest first; 县 and 区 are one level. */
    private static final String LEVELS = "省市县区镇乡";
    private static final Pattern JURISDICTION = Pattern.compile("全(省|市|县|区|镇|乡)");

    /** The level of the report's own jurisdiction ("全区…工作会议"), or a space when it does not say. */
    private static char level(Report report, String unit) {
        if (!unit.isEmpty() && LEVELS.indexOf(unit.charAt(0)) >= 0) {
            return unit.charAt(0) == '区' ? '县' : unit.charAt(0);
        }
        java.util.regex.Matcher m = JURISDICTION.matcher(report.title().orElse(""));
        if (m.find()) {
            return m.group(1).equals("区") ? '县' : m.group(1).charAt(0);
        }
        return ' ';
    }

    /** Party committees and governments: over any unit of theirs that reports. */
    private static final Pattern LEADING_BODY = Pattern.compile("(党委|[省市县区州镇乡]委|政府|常委会|党工委)$");
    private static final Pattern TITLE_UNIT = Pattern.compile("^(中共)?([^关0-9０-９]{2,30}?)(关于|(19|20)\\d{2}|二〇)");

    /** The reporting unit: the title's opening up to 关于 or a year, else the first signature line. */
    private static String unit(Report report) {
        java.util.regex.Matcher m = TITLE_UNIT.matcher(report.title().orElse(""));
        if (m.find()) {
            return m.group(2);
        }
        return report.blocks(org.huibao.api.NodeType.SIGNATURE).stream().map(b -> b.text().lines().findFirst().orElse(""))
                .filter(l -> ORGAN_SUFFIX.matcher(l.strip()).find()).findFirst().orElse("");
    }

    /** How the name of an organ ends: 县纪委, 应急管理局, 市政府, 巡察组, 区档案馆, 市人大, 县政协. */
    private static final Pattern ORGAN_SUFFIX = Pattern.compile("(党委|党组|纪委|政府|委员会|常委会|局|厅|委|院|组|中心|馆|人大|政协)$");
    /** Nouns that end like an organ and are none. */
    private static final Set<String> NOT_ORGANS = Set.of("格局", "布局", "大局", "开局", "结局", "当局", "中心", "重心",
            "核心", "小组", "编组", "机组", "班组", "院落", "庭院", "宾馆", "旅馆", "饭馆", "场馆", "展馆", "茶馆");
}
