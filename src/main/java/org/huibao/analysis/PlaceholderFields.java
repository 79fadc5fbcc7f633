package org.huibao.analysis;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;

/**
 * Brackets a template leaves for the writer: empty pairs (【】, 〔 〕, （ ）), and pairs that hold a field
 * name (（单位名称）, 〔姓名〕), an instruction or a note to a colleague (【填写…】, （请…核实）, （待补充）).
 * A field name is a bracketed short noun phrase naming a <em>kind</em> of content rather than content.
 *
 * <p>This class reads where a bracket stands and what stands around it (a gloss after a noun, a heading
 * alone on its line, a count after it); what its words are is {@link FieldNames}'s and {@link DraftNotes}'s.
 */
final class PlaceholderFields {
    /** Letters a template uses for a figure to fill in: N, n, M, X, x, XX, ＮＮ. */
    private static final Pattern MASK_LETTERS = Pattern.compile("[NnMmXxＮｎＭｍＸｘ]{1,3}");
    /** Field names that are also common nouns, which a text may put in brackets after a noun as a gloss. */
    private static final Set<String> GLOSSES = Set.of("职务", "时间", "日期", "年份", "月份", "地点", "金额", "数额",
        "人数", "次数", "编号", "文号", "责任人", "负责人", "联系人", "责任单位",
        // 单位（盖章）, 述职人（签名）: a form's label says where the seal goes; after a colon the slot is left open
        "签名", "签字", "盖章", "签章");

    private PlaceholderFields() {
    }

    /** A figure in digits opens the text at {@code at} and a counter follows it: 20个, 15项. */
    private static boolean figureAfter(String t, int at) {
        int k = Numbers.run(t, at);
        return k > at && k < t.length() && Placeholders.COUNTERS.indexOf(t.charAt(k)) >= 0;
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
        boolean signing = Adjacent.endsWithAny(inside, SIGNING) && "（(".indexOf(t.charAt(i)) < 0;
        boolean gloss = !datePart && (afterNoun && !counted && !titled && GLOSSES.contains(inside) && !signing
                || afterNoun && between && (FieldNames.bareKind(inside) || DraftNotes.state(inside)) || alternative && FieldNames.field(inside)
                // 重大项目（事项）: a kind after a word it shares a character with names the same thing again
                || afterNoun && !titled && !counted && FieldNames.bareKind(inside) && shares(t.substring(Math.max(0, i - 3), i), inside)
                // 优秀场景（案例）20个: a kind in round brackets between a noun and the figure that counts both is a
                // second name for what is counted; the figure is there
                || afterNoun && "（(".indexOf(t.charAt(i)) >= 0 && FieldNames.bareKind(inside) && figureAfter(t, end + 1));
        // 政法委书记〔姓名〕作为…: a name after a title is the person left out, not a second name for the title
        gloss &= !(Adjacent.endsWithAny(inside, FieldNames.NAME_ENDS) && Adjacent.endsWithAny(t, i, TITLES));
        boolean round = "（(".indexOf(t.charAt(i)) >= 0;
        // 【存在的主要问题】 alone on its line is a heading set in brackets, not a field left for the writer
        // (not 【盖章】, ［签名］: where a signature goes is no heading)
        String rest = t.substring(end + 1).strip();
        boolean alone = t.substring(0, i).isBlank() && (rest.isEmpty() || rest.equals("：") || rest.equals(":"));
        // 【三级标题】, （落款单位）, （主送机关）： alone on a line name the part still to write, as a field does
        boolean slot = alone && Adjacent.endsWithAny(withoutTrailingDigits(inside), SLOT_ENDS);
        // a field the line introduces with a colon (＜报送单位＞：) is no heading either
        boolean heading = alone && t.substring(end + 1).isBlank() && !DraftNotes.note(inside) && !Adjacent.endsWithAny(inside, SIGNING) && !slot;
        // 【典型案例】某村通过…, 【经验做法】：…: a column's label leading its text, as a heading does; it names a kind
        // of passage (案例, 做法, 链接), where a field leading a line names a value to put there (【市名】生态环境局)
        boolean lead = t.substring(0, i).isBlank() && !rest.isEmpty() && !rest.equals("：") && !rest.equals(":") && "【〖［[".indexOf(t.charAt(i)) >= 0
                && Adjacent.endsWithAny(inside, COLUMN_LABELS);
        // 【城市“六乱”问题】即…, （三权分置）是指…: a glossary's term, defined by what follows it
        boolean defined = t.startsWith("即", end + 1) || t.startsWith("是指", end + 1) || t.startsWith("指的是", end + 1);
        if ((lead || defined) && !DraftNotes.note(inside) && !DraftNotes.instruction(inside) && !DraftNotes.colleagueNote(inside) && !maskOnly(inside)) {
            return i;
        }
        // 开展【N】次, 培训（n）人次, 【XX】万元: a letter that stands for a figure, before what it counts
        boolean letter = MASK_LETTERS.matcher(inside).matches() && Placeholders.countsFigure(t, end + 1);
        // （起数）起, （人数）人, （金额）万元: a bracket naming the count a figure was to give, before its unit
        boolean countName = counted && countNoun(inside);
        // （分管领导姓名）, （承办单位名称）: a field named by whose name it is, in any bracket
        boolean named = inside.length() >= 3 && inside.length() <= 10 && Han.is(inside.charAt(0)) && Adjacent.endsWithAny(inside, FieldNames.NAME_ENDS);
        // 培训（例如：12）次: an example where the figure is to stand
        boolean example = counted && DraftNotes.note(inside);
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
        boolean role = FieldNames.roleName(inside) && !(round && afterNoun) && !speaker
                // 由（分管副局长）同志负责, 组长：（局长）: a post in brackets where its holder's name goes
                || !afterNoun && Adjacent.endsWithAny(inside, TITLES) && inside.length() <= 8 && Han.is(inside.charAt(0))
                && (t.startsWith("同志", end + 1) || i > 0 && "：:".indexOf(t.charAt(i - 1)) >= 0 && t.substring(end + 1).isBlank());
        if ((FieldNames.field(inside) || role || letter || countName || named || example || slot || unit || masked || cut || DraftNotes.colleagueNote(inside) || DraftNotes.queried(inside)
                || !round && !heading && !(lead && !DraftNotes.note(inside)) && FieldNames.fieldLike(inside)) && !gloss) {
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
        boolean field = FieldNames.FIELDS.contains(inside) && Adjacent.endsWithAny(inside, FieldNames.NAME_ENDS) || FieldNames.roleName(inside);
        if (cut || field || DraftNotes.instruction(inside) || DraftNotes.state(inside) || inside.startsWith("待") && inside.length() <= 4) {
            out.add(c.spot(SpotKind.PLACEHOLDER, i, end + 1, ""));
            return end;
        }
        return i;
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

    /** A count's name: 起数, 人数, 户数, 件数, 金额, 比例 — what a figure before a unit was to state. */
    private static boolean countNoun(String inside) {
        if (inside.isEmpty() || inside.length() > 4 || !Han.is(inside.charAt(0))) {
            return false;
        }
        return Adjacent.endsWithAny(inside, COUNT_ENDS);
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

    /** What a template's line alone in brackets leaves to write: a heading, the addressee, the signature, the date. */
    private static final String[] SLOT_ENDS = {"标题", "主送机关", "落款单位", "落款", "成文日期", "发言单位", "单位名称", "单位全称", "姓名"};
    /** Where a signature or a seal goes. */
    private static final String[] SIGNING = {"签名", "签字", "盖章", "签章"};

    /** 【三级标题2】 → 三级标题: the number a template gives its slots. */
    private static String withoutTrailingDigits(String s) {
        int e = s.length();
        while (e > 0 && (Character.isDigit(s.charAt(e - 1)))) {
            e--;
        }
        return s.substring(0, e);
    }
}
