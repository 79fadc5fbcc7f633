package org.huibao.analysis;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;

/**
 * Brackets a template leaves for the writer: empty pairs (【】, 〔 〕, （ ）), and pairs that hold a field
 * name (（单位名称）, 〔姓名〕), an instruction or a note to a colleague (【填写…】, （请…核实）, （待补充）).
 * A field name is a bracketed short noun phrase naming a <em>kind</em> of content rather than content.
 */
final class PlaceholderFields {
    /** Letters a template uses for a figure to fill in: N, n, M, X, x, XX, ＮＮ. */
    private static final Pattern MASK_LETTERS = Pattern.compile("[NnMmXxＮｎＭｍＸｘ]{1,3}");
    /** Field names a template puts in brackets for the writer to replace: （单位名称）, 〔姓名〕, （具体时间）. */
    private static final Set<String> FIELDS = Set.of("单位名称", "单位全称", "部门名称", "机关名称", "公司名称",
        "企业名称", "项目名称", "会议名称", "活动名称", "文件名称", "文件标题", "姓名", "人名", "名字", "职务",
        "职务姓名", "姓名职务", "领导姓名", "时间", "日期", "年份", "月份", "地点", "金额", "数额", "数字", "人数",
        "次数", "百分比", "文号", "编号", "联系人", "联系电话", "具体内容", "具体事项", "具体数据", "具体措施",
        "具体做法", "具体问题", "具体名称", "具体单位", "人员", "具体人员", "相关人员", "责任人", "负责人", "责任单位",
        "签名", "签字", "盖章", "签章");
    /** Field names that are also common nouns, which a text may put in brackets after a noun as a gloss. */
    private static final Set<String> GLOSSES = Set.of("职务", "时间", "日期", "年份", "月份", "地点", "金额", "数额",
        "人数", "次数", "编号", "文号", "责任人", "负责人", "联系人", "责任单位",
        // 单位（盖章）, 述职人（签名）: a form's label says where the seal goes; after a colon the slot is left open
        "签名", "签字", "盖章", "签章");
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
    /**
     * A field name built as a drafter builds one, from what the writer is to do, how many, which, and the kind
     * of content: （列举2—3个典型事例）, 【简述主要成效】, （具体情况）, （相关数据）, 【主要做法】. Group 1 is the
     * kind alone (（内容）, （情况）), which a text may also put after a noun as a gloss.
     */
    private static final Pattern KIND = Pattern.compile(
            "(?:(?:列举|简述|概述|填写|填入|补充|写明|注明|列出|描述|插入|添加|说明|简要说明|简要介绍)"
            + "(?:[0-9一二三两几]+(?:[—\\-－～~至到][0-9一二三两几]+)?[个条项件例])?)?"
            + "(?:具体|主要|相关|典型|实际|详细|有关|重要|工作|单位|部门|项目|本单位|本部门|本科室|本地|特色|亮点)*"
            + "(名称|单位|姓名|时间|日期|金额|数字|数据|内容|情况|事例|案例|做法|成效|措施|问题|经验|举措|亮点|成果|数额|人数|次数|比例"
            + "|地点|职务|人员|事项|事迹|效果|原因|图表|照片|图片|责任人|负责人|联系人)?");
    /** The verbs of {@link #KIND} alone: 【简述】, （列举）. */
    private static final Set<String> KIND_VERBS = Set.of("简述", "概述", "列举", "描述", "简要说明", "简要介绍");
    /** Prefixes a field name may carry: （具体时间）, （填写单位名称）. */
    private static final String[] FIELD_PREFIXES = {"具体", "实际"};

    private PlaceholderFields() {
    }

    /** An empty pair, or a field name or instruction in a pair, opened at {@code i}; returns where to go on. */
    static int bracket(LineContext c, int i, List<Spot> out) {
        String t = c.text();
        int doubled = doubledSlot(t, i);
        if (doubled > 0) {
            out.add(c.spot(SpotKind.PLACEHOLDER, i, doubled, ""));
            return doubled - 1;
        }
        char close = Placeholders.CLOSERS.charAt(Placeholders.OPENERS.indexOf(t.charAt(i)));
        int k = i + 1;
        while (k < t.length() && Placeholders.BLANKS.indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        if (k < t.length() && t.charAt(k) == close) {
            // 【】, 〔 〕, （ ）, [ ], 《》; an empty pair of quotation marks only around blanks or before
            // text (开展“”活动); not a mark named in the text (书名号《》, 括号（）)
            boolean named = i > 0 && t.charAt(i - 1) == '号';
            // in Markdown, [] before ( is a link or an image with no text (![](/images/a.png)), not a field
            boolean link = t.charAt(i) == '[' && k + 1 < t.length() && t.charAt(k + 1) == '(' && c.document().markdown();
            // (and after a word where the quotation ends its clause: 党工委书记‘’, a name left out)
            boolean ends = i > 0 && Han.is(t.charAt(i - 1)) && (k + 1 >= t.length() || "，。；、".indexOf(t.charAt(k + 1)) >= 0);
            if (!named && !link && (k > i + 1 || t.charAt(i) != '“' && t.charAt(i) != '‘' || k + 1 < t.length() && Han.is(t.charAt(k + 1)) || ends)) {
                out.add(c.spot(SpotKind.PLACEHOLDER, i, k + 1, ""));
                return k;
            }
            return i;
        }
        if (t.charAt(i) == '《') {
            return titleSlot(c, i, close, out);
        }
        if ("【〔（([［「『〖＜<〈｛﹝〘〚⦅".indexOf(t.charAt(i)) < 0) {
            return i;
        }
        int end = -1;
        for (int j = k; j < t.length() && j < k + 40; j++) {
            if (t.charAt(j) == close || t.charAt(j) == ')' && close == '）' || t.charAt(j) == '）' && close == ')') {
                end = j;
                break;
            }
            // a quotation inside a note (【批注：请补充“7·19”转移事例】) is part of it; another bracket is not
            if (Placeholders.OPENERS.indexOf(t.charAt(j)) >= 0 && "“‘".indexOf(t.charAt(j)) < 0) {
                break;
            }
        }
        if (end < 0) {
            return i;
        }
        String inside = t.substring(k, end).strip();
        // 职称（职务）, 发生日期（时间）: a common noun in brackets right after a noun glosses it
        // (not after 于, 至, 截至: 于（日期）前 leaves the date out)
        boolean afterNoun = i > 0 && Han.is(t.charAt(i - 1)) && "由在向对为与和及或把将给从是于至到自当按据经".indexOf(t.charAt(i - 1)) < 0;
        boolean counted = end + 1 < t.length() && Placeholders.COUNTERS.indexOf(t.charAt(end + 1)) >= 0;
        // 智慧（数字）城市, 航运（空）与…, 姓名（单位名称）: a bare kind or state between words, or after another
        // field's name, is a second name for it
        boolean titled = Adjacent.startsWithAny(t, end + 1, TITLES);
        boolean between = end + 1 < t.length() && Han.is(t.charAt(end + 1)) && !counted && !titled;
        boolean alternative = afterNoun && (FIELD_AFTER.matcher(t.substring(Math.max(0, i - 4), i)).find());
        // 2027年（月份）底前, 2026年「月份」前: a date's part named after the part before it is left out, not glossed
        boolean datePart = i >= 2 && "年月".indexOf(t.charAt(i - 1)) >= 0 && Character.isDigit(t.charAt(i - 2)) && DATE_PARTS.contains(inside);
        // (a signature's place glosses a label only in round brackets: 单位（盖章）, not 12件【盖章】)
        boolean signing = endsWithAny(inside, SIGNING) && "（(".indexOf(t.charAt(i)) < 0;
        boolean gloss = !datePart && (afterNoun && !counted && !titled && GLOSSES.contains(inside) && !signing
                || afterNoun && between && (bareKind(inside) || STATES.contains(inside)) || alternative && field(inside)
                // 重大项目（事项）: a kind after a word it shares a character with names the same thing again
                || afterNoun && !titled && !counted && bareKind(inside) && shares(t.substring(Math.max(0, i - 3), i), inside));
        // 政法委书记〔姓名〕作为…: a name after a title is the person left out, not a second name for the title
        gloss &= !(endsWithAny(inside, NAME_ENDS) && Adjacent.endsWithAny(t, i, TITLES));
        boolean round = "（(".indexOf(t.charAt(i)) >= 0;
        // 【存在的主要问题】 alone on its line is a heading set in brackets, not a field left for the writer
        // (not 【盖章】, ［签名］: where a signature goes is no heading)
        String rest = t.substring(end + 1).strip();
        boolean alone = t.substring(0, i).isBlank() && (rest.isEmpty() || rest.equals("：") || rest.equals(":"));
        // 【三级标题】, （落款单位）, （主送机关）： alone on a line name the part still to write, as a field does
        boolean slot = alone && endsWithAny(withoutTrailingDigits(inside), SLOT_ENDS);
        // a field the line introduces with a colon (＜报送单位＞：) is no heading either
        boolean heading = alone && t.substring(end + 1).isBlank() && !note(inside) && !endsWithAny(inside, SIGNING) && !slot;
        // 【典型案例】某村通过…, 【经验做法】：…: a column's label leading its text, as a heading does; it names a kind
        // of passage (案例, 做法, 链接), where a field leading a line names a value to put there (【市名】生态环境局)
        boolean lead = t.substring(0, i).isBlank() && !rest.isEmpty() && !rest.equals("：") && !rest.equals(":") && "【〖［[".indexOf(t.charAt(i)) >= 0
                && endsWithAny(inside, COLUMN_LABELS);
        if (lead && !note(inside) && !instruction(inside) && !colleagueNote(inside) && !maskOnly(inside)) {
            return i;
        }
        // 开展【N】次, 培训（n）人次, 【XX】万元: a letter that stands for a figure, before what it counts
        boolean letter = MASK_LETTERS.matcher(inside).matches() && Placeholders.countsFigure(t, end + 1);
        // （起数）起, （人数）人, （金额）万元: a bracket naming the count a figure was to give, before its unit
        boolean countName = counted && countNoun(inside);
        // （分管领导姓名）, （承办单位名称）: a field named by whose name it is, in any bracket
        boolean named = inside.length() >= 3 && inside.length() <= 10 && Han.is(inside.charAt(0)) && endsWithAny(inside, NAME_ENDS);
        // 培训（例如：12）次: an example where the figure is to stand
        boolean example = counted && note(inside);
        // 刚才，（发言单位）等3所学校, （单位1）、（单位2）: a unit named by its role, not after a noun it would gloss
        boolean unit = !afterNoun && UNIT_SLOT.matcher(inside).matches();
        boolean masked = !inside.isEmpty() && maskOnly(inside);
        // 共办理案件（……）件, 书记（——）同志, （略）万元: a cut or an omission where a figure or a name belongs
        // (an ellipsis in brackets elsewhere marks a cut in a quotation)
        boolean cut = !inside.isEmpty() && (counted || titled) && (inside.equals("略") || inside.chars().allMatch(ch -> "…—-－·.．".indexOf(ch) >= 0));
        // 〈讲话人〉, 【经办人】, （签发人）同志: a role named by what its holder does stands where the holder's name goes
        // (after a noun, in round brackets, it glosses that noun: 申请人（代理人）; opening a line before a colon it
        // names who speaks in a transcript: 【主持人】：各位网友…)
        boolean speaker = t.substring(0, i).isBlank() && end + 1 < t.length() && "：:".indexOf(t.charAt(end + 1)) >= 0;
        boolean role = roleName(inside) && !(round && afterNoun) && !speaker
                // 由（分管副局长）同志负责, 组长：（局长）: a post in brackets where its holder's name goes
                || !afterNoun && endsWithAny(inside, TITLES) && inside.length() <= 8 && Han.is(inside.charAt(0))
                && (t.startsWith("同志", end + 1) || i > 0 && "：:".indexOf(t.charAt(i - 1)) >= 0 && t.substring(end + 1).isBlank());
        if ((field(inside) || role || letter || countName || named || example || slot || unit || masked || cut || colleagueNote(inside) || queried(inside)
                || !round && !heading && !(lead && !note(inside)) && fieldLike(inside)) && !gloss) {
            out.add(c.spot(SpotKind.PLACEHOLDER, i, end + 1, ""));
            return end;
        }
        return i;
    }

    /**
     * A title's marks around no title: dots or dashes only (学习《……》), or what a template tells the writer to put
     * there (《填写文件名称》, 《待定》). A title of a work may be any words, so nothing else in 《》 counts.
     */
    private static int titleSlot(LineContext c, int i, char close, List<Spot> out) {
        String t = c.text();
        int end = t.indexOf(close, i + 1);
        if (end < 0 || end - i > 30) {
            return i;
        }
        String inside = t.substring(i + 1, end).strip();
        boolean cut = !inside.isEmpty() && inside.chars().allMatch(ch -> "…‥—-－·.．".indexOf(ch) >= 0);
        // 《单位名称》, 《讲话人》: a field's name, which titles no work
        boolean field = FIELDS.contains(inside) && endsWithAny(inside, NAME_ENDS) || roleName(inside);
        if (cut || field || instruction(inside) || STATES.contains(inside) || inside.startsWith("待") && inside.length() <= 4) {
            out.add(c.spot(SpotKind.PLACEHOLDER, i, end + 1, ""));
            return end;
        }
        return i;
    }

    /**
     * A role named by what its holder does: a verb of two or three characters and 人 (讲话人, 经办人, 填报人, 审核人);
     * the dictionary's own words of that shape name parties of a procedure (当事人 is no verb's 人) and are read
     * by the field list where a template writes them.
     */
    static boolean roleName(String inside) {
        int n = inside.length();
        return (n == 3 || n == 4) && inside.charAt(n - 1) == '人' && Han.is(inside.charAt(0)) && Segmenter.verb(inside.substring(0, n - 1));
    }

    /** What a template tells the writer to do, opening a bracket: 填写…, 请填写…, 此处…, 插入…. */
    private static boolean instruction(String inside) {
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
    private static boolean queried(String inside) {
        // (not a span of years with its end unknown: （一八九七——？）)
        long words = inside.chars().filter(ch -> Han.is((char) ch) && "〇○零一二三四五六七八九十百千".indexOf(ch) < 0).count();
        return inside.length() >= 2 && inside.length() <= 16 && "？?".indexOf(inside.charAt(inside.length() - 1)) >= 0
                && inside.indexOf('“') < 0 && inside.indexOf('"') < 0 && words >= 2;
    }

    /** What a column's label leading its passage names: 【典型案例】, 【经验做法】, 【相关链接】, 【编者按】. */
    private static final String[] COLUMN_LABELS = {"案例", "做法", "经验", "成效", "亮点", "举措", "故事", "链接", "点评", "按", "背景",
        "观点", "动态", "简讯", "声音", "解读", "导读", "镜头", "速览", "回眸", "扫描", "风采", "实践", "探索"};

    /** The parts of a date a template names in a bracket after the part written before it. */
    private static final Set<String> DATE_PARTS = Set.of("月份", "月", "日", "日期", "具体月份", "具体日期", "几月", "时间", "具体时间", "年份");
    /** A unit named by its role or numbered: （发言单位）, （单位1）, （牵头单位甲）. */
    private static final Pattern UNIT_SLOT = Pattern.compile("\\p{IsHan}{0,4}单位[0-9０-９一二三四五甲乙丙ABCＡＢＣ]?");

    /** Only what a drafter masks a figure or a name with: 【？】, （##）, 〔＊＊〕, （◇◇）; not an ellipsis, which marks a cut, nor letters. */
    private static boolean maskOnly(String inside) {
        for (int k = 0; k < inside.length(); k++) {
            char ch = inside.charAt(k);
            if ("？?#＃*＊_＿".indexOf(ch) < 0 && !(Character.getType(ch) == Character.OTHER_SYMBOL && !Han.is(ch))) {
                return false;
            }
        }
        // not a lone star, which may mark a footnote (指标（*）)
        return inside.length() >= 2 || "？?#＃".indexOf(inside.charAt(0)) >= 0;
    }

    /** Endings of a field that names whose name or which unit's name is wanted: （分管领导姓名）, （牵头单位全称）. */
    private static final String[] NAME_ENDS = {"姓名", "名称", "全称", "名字", "简称"};

    /** A count's name: 起数, 人数, 户数, 件数, 金额, 比例 — what a figure before a unit was to state. */
    private static boolean countNoun(String inside) {
        if (inside.isEmpty() || inside.length() > 4 || !Han.is(inside.charAt(0))) {
            return false;
        }
        return endsWithAny(inside, COUNT_ENDS);
    }

    private static final String[] COUNT_ENDS = {"数", "额", "量", "比例", "比重", "数字", "数据", "率"};

    /**
     * The pairs a wiki or a template engine writes a slot with, [[签名]], 【【单位】】, ［［日期］］: a short name
     * inside, no sentence, not a number. Returns the end of the pair, or -1. ({{…}} is the mask pattern's.)
     */
    private static int doubledSlot(String t, int i) {
        char open = t.charAt(i);
        if (i + 1 >= t.length() || t.charAt(i + 1) != open || "[【［".indexOf(open) < 0 || i > 0 && t.charAt(i - 1) == open) {
            return -1;
        }
        char close = Placeholders.CLOSERS.charAt(Placeholders.OPENERS.indexOf(open));
        for (int j = i + 2; j + 1 < t.length() && j <= i + 14; j++) {
            char ch = t.charAt(j);
            if (ch == close) {
                // [[1]]: a note's number, as a web page copies its footnote marks, names no field
                return t.charAt(j + 1) == close && j > i + 2 && !digits(t, i + 2, j) ? j + 2 : -1;
            }
            if ("，。；：！？,.;:!?".indexOf(ch) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean digits(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A note to a colleague on the draft: someone addressed (小刘, 老王, 张科长, 王主任) and a colon or a comma,
     * then what to do to the text — （小刘：问题部分再具体些）, （王科长，这段数字再核一下）.
     */
    private static final Pattern COLLEAGUE = Pattern.compile(PlaceholderNotes.COLLEAGUE + "[：:，,].*" + PlaceholderNotes.EDITS + ".*");

    private static boolean colleagueNote(String inside) {
        return inside.length() <= 40 && (COLLEAGUE.matcher(inside).matches() || endsWithAny(inside, PROVISIONAL));
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

    /** Titles after a name: 由（姓名）同志负责 leaves the name out. */
    static final String[] TITLES = {"同志", "书记", "局长", "主任", "部长", "县长", "市长", "厅长", "处长", "科长", "主席", "委员", "副"};

    /** A field's own name before a bracket: 姓名（单位名称）, 名称（姓名）. */
    private static final Pattern FIELD_AFTER = Pattern.compile("(?:姓名|名称|单位|时间|日期)$");

    private static boolean shares(String a, String b) {
        for (int k = 0; k < b.length(); k++) {
            if (a.indexOf(b.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A kind of content named alone: （内容）, （情况）, （数据）. */
    private static boolean bareKind(String inside) {
        Matcher m = KIND.matcher(inside);
        return m.matches() && m.group(1) != null && m.group(1).length() == inside.length();
    }

    /** Endings of a field name: ＜报送单位＞, 【责任人姓名】, ［完成时间］. */
    private static final String[] FIELD_ENDS = {"单位", "名称", "姓名", "时间", "日期", "金额", "数额", "数量", "人数", "次数",
        "地点", "职务", "电话", "文号", "编号", "内容", "事项", "数据", "案例", "措施", "做法", "成效", "问题", "签名", "签字", "盖章",
        "签章", "简称", "主送机关", "落款单位", "月份", "年份", "县名", "市名", "区名", "镇名", "乡名", "村名", "省名", "局名",
        "单位名", "小标题", "级标题", "标题"};
    /** What a template's line alone in brackets leaves to write: a heading, the addressee, the signature, the date. */
    private static final String[] SLOT_ENDS = {"标题", "主送机关", "落款单位", "落款", "成文日期", "发言单位", "单位名称", "单位全称", "姓名"};
    /** Where a signature or a seal goes. */
    private static final String[] SIGNING = {"签名", "签字", "盖章", "签章"};

    /**
     * A field name in a bracket no text puts its own words in (【】, ＜＞, ［］, 〔〕): a short phrase ending on
     * a field word, or an example or a note for the writer (【示例：…】, 【例如…】, 【注：…】).
     */
    private static boolean fieldLike(String inside) {
        if (note(inside)) {
            return true;
        }
        if (inside.length() > 8 || inside.isEmpty() || !Han.is(inside.charAt(0))) {
            return false;
        }
        for (String e : FIELD_ENDS) {
            if (inside.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** An example or a note for the writer: 【示例：…】, 【例如…】, 【注：…】. */
    private static boolean note(String inside) {
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

    /** A field name, with an instruction or a prefix before it, or an instruction with anything after it. */
    static boolean field(String inside) {
        String s = inside;
        // （注：此处数据以财务科统计为准，定稿时删除）: a note to whoever finishes the draft
        // (not （名词解释定稿）, （五通至墩上段）: a document's status, a stretch of road)
        if (STATES.contains(s) || example(s) || remark(s) || Adjacent.startsWithAny(s, 0, SELF) || draftNote(s) || (s.startsWith("注") && (s.contains("删除") || s.contains("替换")))
                || containsAnyOf(s, BEFORE_RELEASE) || toDo(s)) {
            return true;
        }
        Matcher kind = KIND.matcher(s);
        if (KIND_VERBS.contains(s) || kind.matches() && kind.group(1) != null) {
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
        if ((s.indexOf('待') >= 0 || s.startsWith("需") && !s.contains("经")) && endsWithAny(s, PENDING) || onlyPending(s)) {
            return true;
        }
        // （请各科室补充）: a request to fill in, to whoever it is addressed
        // （参考数据：上年为980万元，请核实）: a note that ends by asking the writer to check or fill in
        // （请各科室补充本科室亮点）, （请核对数据）: a colleague asked to fill in or check, whatever follows
        // （数据截至11月底，12月数据出来后替换）, （按时间顺序列举，每条不超过50字）: a to-do or a length for the writer
        if (endsWithAny(s, LATER) || LENGTH.matcher(s).find() || REQUEST_TO_DO.matcher(s).find()) {
            return true;
        }
        if ((s.startsWith("请") || s.contains("，请") || s.contains(",请") || s.contains("？请") || s.contains("?请")) && (s.endsWith("补充") || s.endsWith("提供") || s.endsWith("核实")
                || s.endsWith("完善") || s.endsWith("确认") || s.endsWith("核对") || s.endsWith("更新"))
                || s.startsWith("请") && s.length() <= 16 && containsAnyOf(s, FILL_VERBS)) {
            return true;
        }
        boolean asIs = s.startsWith("根据实际") || s.startsWith("按实际") || s.startsWith("视情");
        if (s.endsWith("填写") || s.endsWith("填入") || s.endsWith("填报") || asIs && s.endsWith("补充")) {
            return true;
        }
        for (String p : FIELD_PREFIXES) {
            if (s.startsWith(p) && s.length() > p.length()) {
                s = s.substring(p.length());
                break;
            }
        }
        return FIELDS.contains(s);
    }

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

    /** 【三级标题2】 → 三级标题: the number a template gives its slots. */
    private static String withoutTrailingDigits(String s) {
        int e = s.length();
        while (e > 0 && (Character.isDigit(s.charAt(e - 1)))) {
            e--;
        }
        return s.substring(0, e);
    }

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
        return s.length() <= 40 && (Adjacent.startsWithAny(s, 0, SELF) && endsWithAny(s, LATER) || endsWithAny(s, REPLACED_LATER)
                || containsAnyOf(s, BEFORE_RELEASE) || draftNote(s) || remark(s) || REQUEST_TO_DO.matcher(s).find());
    }

    /** A figure or a passage to be replaced once the final one is known: （…出来后替换）, ——…年底后更新. */
    private static final String[] REPLACED_LATER = {"后替换", "后更新", "后补写"};

    /** A field's name ending as a field's does (【责任人姓名】, ＜报送单位＞) or naming whose name is wanted. */
    static boolean namesField(String s) {
        return fieldLike(s) || s.length() >= 3 && s.length() <= 10 && Han.is(s.charAt(0)) && endsWithAny(s, NAME_ENDS);
    }

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

    private static boolean endsWithAny(String s, String[] words) {
        for (String w : words) {
            if (s.endsWith(w)) {
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
