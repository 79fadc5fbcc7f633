package org.huibao.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;

/**
 * The placeholder families a template leaves besides masks ({@link WordingSpots}'s pattern): empty
 * brackets, underscore runs, blanks where a figure belongs, unfilled dates and bracketed field names.
 * Each is found by looking at characters, in one pass over the line.
 *
 * <p>Left alone: brackets with anything but blanks in them ((一), （试行）, 〔2024〕, （%）, （亿元）); a lone
 * underscore and one between Latin letters or digits (file_name); blanks that pad a label or a name
 * (姓  名：, 王  伟) or follow an article number (第一条　　为了…); a filled date.
 */
final class Placeholders {
    private static final String OPENERS = "【〔（([［「『〖《“‘＜<〈｛{";
    private static final String CLOSERS = "】〕）)]］」』〗》”’＞>〉｝}";
    /** What a blank is: a space, a full-width space, a no-break space. */
    private static final String BLANKS = " \u3000\u00A0";
    /**
     * Characters that count what a figure would stand before: "共计  万元", "培训  人次", "增长  %". A blank
     * run before one of them, after a Chinese character, is where a number was left out.
     */
    private static final String COUNTERS = "万亿千百元人个次项家件名户亩台辆套场期批份篇处所座天年月日号岁%％倍吨公平米起条宗类轮册栋间届";
    // Not 周, 张, 季 or 本 alone: each is a surname, and "局长  周明华" pads a name; 季度 is a counter word
    private static final String[] COUNTER_WORDS = {"季度"};
    /** Letters a template uses for a figure to fill in: N, n, M, X, x, XX, ＮＮ. */
    private static final Pattern MASK_LETTERS = Pattern.compile("[NnMmXxＮｎＭｍＸｘ]{1,3}");
    /** Field names a template puts in brackets for the writer to replace: （单位名称）, 〔姓名〕, （具体时间）. */
    private static final Set<String> FIELDS = Set.of("单位名称", "单位全称", "部门名称", "机关名称", "公司名称",
        "企业名称", "项目名称", "会议名称", "活动名称", "文件名称", "文件标题", "姓名", "人名", "名字", "职务",
        "职务姓名", "姓名职务", "领导姓名", "时间", "日期", "年份", "月份", "地点", "金额", "数额", "数字", "人数",
        "次数", "百分比", "文号", "编号", "联系人", "联系电话", "具体内容", "具体事项", "具体数据", "具体措施",
        "具体做法", "具体问题", "具体名称", "具体单位");
    /** Field names that are also common nouns, which a text may put in brackets after a noun as a gloss. */
    private static final Set<String> GLOSSES = Set.of("职务", "时间", "日期", "年份", "月份", "地点", "金额", "数额",
        "人数", "次数", "编号", "文号");
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
        "tbd", "todo", "XXX", "xxx");
    /** Words by which a note points at the draft itself: （此段待领导审定后再改）, （本段删除）, （此句保留）. */
    private static final String[] SELF = {"此处", "此段", "本段", "该段", "此句", "本句", "该句", "此节", "本节", "上段", "下段"};
    /** What a note says is still to be done to the text after 待: （待审定后再改）, （数据待核实）, （待定）. */
    private static final String[] PENDING = {"核实", "统计", "补充", "确认", "填写", "完善", "更新", "定", "再改", "后改", "修改", "修订",
        "审定", "核对", "补", "核", "填", "删除"};
    /** Prefixes a field name may carry: （具体时间）, （填写单位名称）. */
    private static final String[] FIELD_PREFIXES = {"具体", "实际"};
    /** Year, month and day, any of them left blank: "    年  月  日", "2024年  月  日", "2024年6月  日". */
    private static final Pattern DATE = Pattern.compile(
            "([0-9０-９]{4}|[〇○零一二三四五六七八九]{4}|[ \u3000\u00A0]*)年([ \u3000\u00A0]*[0-9０-９〇零一二三四五六七八九十]{0,3}[ \u3000\u00A0]*)月"
            + "(?:([ \u3000\u00A0]*[0-9０-９〇零一二三四五六七八九十]{0,3}[ \u3000\u00A0]*)日)?");
    /**
     * A document number with its serial left out: 〔2024〕 号, [2024]号, 第  号. A filled one has digits
     * between the year's bracket (or 第) and 号.
     */
    private static final Pattern NUMBERLESS = Pattern.compile(
            "[〔\\[［（(【](?:19|20)[0-9]{2}[〕\\]］）)】][ \u3000\u00A0]*(?:第[ \u3000\u00A0]*)?号|(?<![次])第[ \u3000\u00A0]+号");
    /** Format strings of a program left unfilled: %s, %d, %1$s ({0}, {name} are the mask pattern's). */
    private static final Pattern FORMAT = Pattern.compile(
            "(?<![0-9０-９A-Za-z%])%(?:[0-9]\\$)?[sdf](?![A-Za-z])");
    /** 第一条　　为了…, 第三　人民的自由: the blanks after an article, chapter or section number are layout. */
    private static final Pattern ARTICLE = Pattern.compile("第[一二三四五六七八九十百零〇0-9]{1,6}[条章节编款部]?$");

    private Placeholders() {
    }

    /**
     * Whether a blank before {@code k} is where a figure was left out: a character that counts stands there
     * (共计  万元, 培训  人次) and starts no word of its own (短板　个别支部: 个别 is a word, not 个), unless it
     * is a date's (于  年底前).
     */
    static boolean countsFigure(String t, int k) {
        // 于  年底前: a date's own parts stay figures, as blank dates are written
        return k < t.length() && (COUNTERS.indexOf(t.charAt(k)) >= 0 && ("年月日".indexOf(t.charAt(k)) >= 0 || !proseWord(t, k))
                || startsWithAny(t, k, COUNTER_WORDS));
    }

    static void find(LineContext c, List<Spot> out) {
        String t = c.text();
        boolean blanks = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (OPENERS.indexOf(ch) >= 0) {
                i = bracket(c, i, out);
            } else if (ch == '_' || ch == '＿') {
                i = underscores(c, i, out);
            } else if (BLANKS.indexOf(ch) >= 0) {
                blanks = true;
            } else if (ch == '…' || ch == '.' && t.startsWith("...", i) || ch == '—' && t.startsWith("——", i) || ch == '－' && t.startsWith("－－", i)) {
                i = ellipsis(c, i, out);
            } else if (maskSymbol(ch) || ch == '0' || ch == '０') {
                i = symbolFigure(c, i, out);
            } else if (ch == 'Y' || ch == 'y' || ch == 'M' || ch == 'D' || ch == 'd') {
                i = letterDate(c, i, out);
            }
        }
        if (t.indexOf('号') >= 0) {
            Matcher m = NUMBERLESS.matcher(t);
            while (m.find()) {
                out.add(c.spot(SpotKind.PLACEHOLDER, m.start(), m.end(), ""));
            }
        }
        if (t.indexOf('%') >= 0 || t.indexOf('{') >= 0) {
            Matcher m = FORMAT.matcher(t);
            while (m.find()) {
                out.add(c.spot(SpotKind.PLACEHOLDER, m.start(), m.end(), ""));
            }
        }
        if (t.indexOf("年月") >= 0) {
            missingDatePart(c, out);
        }
        if (blanks) {
            List<int[]> dates = t.indexOf('月') >= 0 ? dates(c, out) : List.of();
            blankFigures(c, dates, out);
        }
    }

    /** An empty pair, or a field name or instruction in a pair, opened at {@code i}; returns where to go on. */
    private static int bracket(LineContext c, int i, List<Spot> out) {
        String t = c.text();
        char close = CLOSERS.charAt(OPENERS.indexOf(t.charAt(i)));
        int k = i + 1;
        while (k < t.length() && BLANKS.indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        if (k < t.length() && t.charAt(k) == close) {
            // 【】, 〔 〕, （ ）, [ ], 《》; an empty pair of quotation marks only around blanks or before
            // text (开展“”活动); not a mark named in the text (书名号《》, 括号（）)
            boolean named = i > 0 && t.charAt(i - 1) == '号';
            // in Markdown, [] before ( is a link or an image with no text (![](/images/a.png)), not a field
            boolean link = t.charAt(i) == '[' && k + 1 < t.length() && t.charAt(k + 1) == '(' && c.document().markdown();
            if (!named && !link && (k > i + 1 || t.charAt(i) != '“' && t.charAt(i) != '‘' || k + 1 < t.length() && Han.is(t.charAt(k + 1)))) {
                out.add(c.spot(SpotKind.PLACEHOLDER, i, k + 1, ""));
                return k;
            }
            return i;
        }
        if ("【〔（([［「〖＜<〈｛".indexOf(t.charAt(i)) < 0) {
            return i;
        }
        int end = -1;
        for (int j = k; j < t.length() && j < k + 40; j++) {
            if (t.charAt(j) == close || t.charAt(j) == ')' && close == '）' || t.charAt(j) == '）' && close == ')') {
                end = j;
                break;
            }
            if (OPENERS.indexOf(t.charAt(j)) >= 0) {
                break;
            }
        }
        if (end < 0) {
            return i;
        }
        String inside = t.substring(k, end).strip();
        // 职称（职务）, 发生日期（时间）: a common noun in brackets right after a noun glosses it
        boolean gloss = i > 0 && Han.is(t.charAt(i - 1)) && "由在向对为与和及或把将给从是".indexOf(t.charAt(i - 1)) < 0
                && GLOSSES.contains(inside) && !(end + 1 < t.length() && (COUNTERS.indexOf(t.charAt(end + 1)) >= 0));
        boolean round = "（(".indexOf(t.charAt(i)) >= 0;
        // 【存在的主要问题】 alone on its line is a heading set in brackets, not a field left for the writer
        boolean heading = t.substring(0, i).isBlank() && t.substring(end + 1).isBlank() && !note(inside);
        // 开展【N】次, 培训（n）人次, 【XX】万元: a letter that stands for a figure, before what it counts
        boolean letter = MASK_LETTERS.matcher(inside).matches() && countsFigure(t, end + 1);
        if ((field(inside) || letter || !round && !heading && fieldLike(inside)) && !gloss) {
            out.add(c.spot(SpotKind.PLACEHOLDER, i, end + 1, ""));
            return end;
        }
        return i;
    }

    /** Endings of a field name: ＜报送单位＞, 【责任人姓名】, ［完成时间］. */
    private static final String[] FIELD_ENDS = {"单位", "名称", "姓名", "时间", "日期", "金额", "数额", "数量", "人数", "次数",
        "地点", "职务", "电话", "文号", "编号", "内容", "事项", "数据", "案例", "措施", "做法", "成效", "问题"};

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
                || inside.startsWith("注:") || inside.startsWith("备注") || inside.startsWith("提示");
    }

    /** A field name, with an instruction or a prefix before it, or an instruction with anything after it. */
    static boolean field(String inside) {
        String s = inside;
        // （注：此处数据以财务科统计为准，定稿时删除）: a note to whoever finishes the draft
        if (STATES.contains(s) || containsAnyOf(s, SELF) || s.contains("定稿") || s.contains("终稿") || (s.startsWith("注") && (s.contains("删除") || s.contains("替换")))) {
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
        int wait = s.indexOf('待');
        if (wait >= 0 && endsWithAny(s, PENDING)) {
            return true;
        }
        // （请各科室补充）: a request to fill in, to whoever it is addressed
        // （参考数据：上年为980万元，请核实）: a note that ends by asking the writer to check or fill in
        if ((s.startsWith("请") || s.contains("，请") || s.contains(",请")) && (s.endsWith("补充") || s.endsWith("提供") || s.endsWith("核实")
                || s.endsWith("完善") || s.endsWith("确认") || s.endsWith("核对") || s.endsWith("更新"))) {
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

    /** 共发放补贴……万元: an ellipsis between a Chinese character and a counter stands where a figure belongs. */
    private static int ellipsis(LineContext c, int i, List<Spot> out) {
        String t = c.text();
        int k = i;
        char mark = t.charAt(i);
        while (k < t.length() && t.charAt(k) == mark) {
            k++;
        }
        // 纠纷——件 as 共发放……万元; not 发展——人民至上 (a dash before a word that merely starts with a counter)
        if (figureSlot(t, i, k) && !proseWord(t, k)) {
            out.add(c.spot(SpotKind.PLACEHOLDER, i, k + 1, ""));
        }
        return k - 1;
    }

    /**
     * A symbol no figure is written with (◎, ※, 〓, ★, ＃…), as a run between a Chinese character and a counter,
     * stands where the figure belongs: 举办招聘会◎◎场, 标准地※宗, 开展〓次. So do zeros alone (0000项), which no
     * count is written as. Not after a digit (25℃, 3×4米) and not before a word that only starts with a counter.
     */
    private static int symbolFigure(LineContext c, int i, List<Spot> out) {
        String t = c.text();
        char first = t.charAt(i);
        boolean zeros = first == '0' || first == '０';
        int k = i;
        while (k < t.length() && (zeros ? t.charAt(k) == '0' || t.charAt(k) == '０' : maskSymbol(t.charAt(k)))) {
            k++;
        }
        if (figureSlot(t, i, k) && (!zeros || k - i >= 2)) {
            out.add(c.spot(SpotKind.PLACEHOLDER, i, k, ""));
        }
        return k - 1;
    }

    /** Counters that are words of their own, never the first character of a longer word after a mask. */
    private static final String MEASURE_WORDS = "个项场宗次件家名户起条亩期批台辆套篇座";

    /**
     * Whether the run {@code [i, k)} (an ellipsis, a dash, a symbol, zeros) stands where a figure belongs:
     * after a Chinese character and before a counter — not before a word that only starts with one
     * (发展——人民至上, 存在的……处理), unless the counter is a measure word of its own or 元/人次/次 follows.
     */
    private static boolean figureSlot(String t, int i, int k) {
        if (i == 0 || !Han.is(t.charAt(i - 1)) || k >= t.length() || COUNTERS.indexOf(t.charAt(k)) < 0
                || "年月日号".indexOf(t.charAt(k)) >= 0) {
            return false;
        }
        return k + 1 >= t.length() || !Han.is(t.charAt(k + 1)) || t.startsWith("元", k + 1) || t.startsWith("人次", k)
                || t.startsWith("次", k + 1) || MEASURE_WORDS.indexOf(t.charAt(k)) >= 0;
    }

    /**
     * Whether a word of the dictionary starts at the counter {@code k} and goes on with a character that is
     * no counter: after a dash or an ellipsis, which prose uses too, 团结——批评——团结, 从……场景 read on as
     * words. 万元, 人次 (a counter after a counter) still stand for a figure left out.
     */
    private static boolean proseWord(String t, int k) {
        return k + 2 <= t.length() && COUNTERS.indexOf(t.charAt(k + 1)) < 0 && Segmenter.inDictionary(t.substring(k, k + 2));
    }

    /** Symbols that write no figure, word or mark of a sentence: geometric shapes, stars, reference marks, 〓. */
    private static boolean maskSymbol(char ch) {
        int type = Character.getType(ch);
        return type == Character.OTHER_SYMBOL && !Han.is(ch) && ch != '℃' && ch != '°' && ch != '№'
                || "※〓＠@＆&§¤".indexOf(ch) >= 0;
    }

    /**
     * A date with its month left out and no blank where it was: 2024年月20日 (not 出生年月日: no year in digits
     * before it). A day left out (2024年6月日) is the mask pattern's.
     */
    private static void missingDatePart(LineContext c, List<Spot> out) {
        String t = c.text();
        for (int i = t.indexOf("年月"); i >= 4; i = t.indexOf("年月", i + 1)) {
            int d = i + 2;
            while (d < t.length() && Character.isDigit(t.charAt(d))) {
                d++;
            }
            if (filledYear(t, i) && d > i + 2 && d < t.length() && (t.charAt(d) == '日' || t.charAt(d) == '号')) {
                out.add(c.spot(SpotKind.PLACEHOLDER, i - 4, d + 1, ""));
            }
        }
    }

    /** Four digits before the 年 at {@code at}. */
    private static boolean filledYear(String t, int at) {
        if (at < 4) {
            return false;
        }
        for (int k = at - 4; k < at; k++) {
            if (!Character.isDigit(t.charAt(k))) {
                return false;
            }
        }
        return at == 4 || !Character.isDigit(t.charAt(at - 5));
    }

    /** YYYY年, MM月, DD日: the letters a date template is written with, never filled in. */
    private static int letterDate(LineContext c, int i, List<Spot> out) {
        String t = c.text();
        char first = Character.toUpperCase(t.charAt(i));
        int k = i;
        while (k < t.length() && Character.toUpperCase(t.charAt(k)) == first) {
            k++;
        }
        char unit = k < t.length() ? t.charAt(k) : ' ';
        boolean latinBefore = i > 0 && latin(t.charAt(i - 1));
        boolean date = first == 'Y' && k - i >= 2 && k - i <= 4 && unit == '年'
                || first == 'M' && k - i <= 2 && unit == '月'
                || first == 'D' && k - i <= 2 && (unit == '日' || unit == '号');
        if (date && !latinBefore && (t.charAt(i) != 'M' || k - i == 2 || i > 0 && (t.charAt(i - 1) == '年' || Han.is(t.charAt(i - 1))))) {
            out.add(c.spot(SpotKind.PLACEHOLDER, i, k + 1, ""));
        }
        return k - 1;
    }

    /** A run of two or more underscores (or one full-width ＿) that is not inside a Latin identifier. */
    private static int underscores(LineContext c, int i, List<Spot> out) {
        String t = c.text();
        int k = i;
        boolean wide = false;
        while (k < t.length() && (t.charAt(k) == '_' || t.charAt(k) == '＿')) {
            wide |= t.charAt(k) == '＿';
            k++;
        }
        boolean latinBefore = i > 0 && latin(t.charAt(i - 1));
        boolean latinAfter = k < t.length() && latin(t.charAt(k));
        if ((k - i >= 2 || wide) && !(latinBefore && latinAfter)) {
            out.add(c.spot(SpotKind.PLACEHOLDER, i, k, ""));
        }
        return k - 1;
    }

    /** A date with its year, month or day left blank; returns the stretches found. */
    private static List<int[]> dates(LineContext c, List<Spot> out) {
        String t = c.text();
        Matcher m = DATE.matcher(t);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            String y = m.group(1);
            String mo = m.group(2);
            String d = m.group(3);
            // "2018 年11 月1 日", "2020 年 5 月 26 日": a filled date set with spaces (text taken from a PDF)
            boolean spacedYear = m.start() > 0 && digits(t.substring(m.start() - 1, m.start()));
            boolean blankYear = !y.isEmpty() && !filled(y) && !spacedYear;
            boolean blank = blankYear || blankPart(mo) || d != null && blankPart(d);
            // "今年 月度" is not a date: a year without digits or blanks needs the line to start there or a colon before
            if (blank && (filled(y) || blankYear || m.start() == 0 || "：:".indexOf(t.charAt(m.start() - 1)) >= 0)) {
                int s = m.start();
                while (s < m.end() && BLANKS.indexOf(t.charAt(s)) >= 0) {
                    s++;
                }
                out.add(c.spot(SpotKind.PLACEHOLDER, s, m.end(), ""));
                found.add(new int[] {s, m.end()});
            }
        }
        return found;
    }

    /** A part of a date that has a blank and no digit. */
    private static boolean blankPart(String p) {
        return !p.isEmpty() && !filled(p);
    }

    /** Digits or Chinese numerals: a part of a date written in either (2025年, 二〇二五年, 十月). */
    private static boolean filled(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("〇○零一二三四五六七八九十".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return digits(s);
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9' || ch >= '０' && ch <= '９') {
                return true;
            }
        }
        return false;
    }

    /**
     * A blank after the name of an organ (中共中央组织部　人力资源社会保障部, 市委办公室　市政府办公室): the
     * space that separates joint issuers, whatever the next name begins with (人力…, 万州区…).
     */
    private static boolean joint(String t, int blank) {
        return blank >= 2 && ORGAN_ENDS.indexOf(t.charAt(blank - 1)) >= 0 && Han.is(t.charAt(blank - 2));
    }

    private static final String ORGAN_ENDS = "部委厅局院办署府室";

    /**
     * Blanks two characters wide or more between a Chinese character and a counter ("共计  万元"), not
     * before a colon (a padded label: 姓  名：) and not after an article number.
     */
    private static void blankFigures(LineContext c, List<int[]> dates, List<Spot> out) {
        String t = c.text();
        int i = 1;
        while (i < t.length()) {
            if (BLANKS.indexOf(t.charAt(i)) < 0) {
                i++;
                continue;
            }
            int k = i;
            int width = 0;
            while (k < t.length() && BLANKS.indexOf(t.charAt(k)) >= 0) {
                width += t.charAt(k) == '\u3000' ? 2 : 1;
                k++;
            }
            // 周　　同志: a surname, then blanks where the given name belongs (not 王  伟  同志, a padded name)
            // 国务委员　宋　平: one character between blanks (or a title and a blank) is a name padded to width
            // (but 于  月  日前: a date's own parts between blanks are the blanks of an unfilled date)
            boolean padded = i >= 2 && BLANKS.indexOf(t.charAt(i - 2)) >= 0 && "年月日".indexOf(t.charAt(i - 1)) < 0
                    || k + 1 < t.length() && Han.is(t.charAt(k)) && BLANKS.indexOf(t.charAt(k + 1)) >= 0 && "年月日".indexOf(t.charAt(k)) < 0;
            boolean figure = k < t.length() && Han.is(t.charAt(i - 1))
                    && ("%％".indexOf(t.charAt(k)) >= 0 || t.charAt(k) == '日' && t.charAt(i - 1) == '月' && i >= 2 && digits(t.substring(i - 2, i - 1)));
            boolean name = width >= 2 && Han.is(t.charAt(i - 1)) && !padded
                    && (t.startsWith("同志", k) || t.startsWith("书记", k) || t.startsWith("局长", k) || t.startsWith("主任", k));
            if (name) {
                out.add(c.spot(SpotKind.PLACEHOLDER, i - 1, k, ""));
            } else if (figure && !inside(dates, i)) {
                // 增长 %, 6月 日: even one blank where the figure is, with no digit on either side
                out.add(c.spot(SpotKind.PLACEHOLDER, i - 1, k + 1, ""));
            } else if (width >= 2 && k < t.length() && Han.is(t.charAt(i - 1)) && !padded && !joint(t, i) && countsFigure(t, k)
                    && !(k + 1 < t.length() && "：:".indexOf(t.charAt(k + 1)) >= 0)
                    && !ARTICLE.matcher(t.substring(Math.max(0, i - 8), i)).find() && !inside(dates, i)) {
                out.add(c.spot(SpotKind.PLACEHOLDER, i - 1, k + 1, ""));
            }
            i = k;
        }
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

    private static boolean startsWithAny(String t, int at, String[] words) {
        for (String w : words) {
            if (t.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<int[]> stretches, int at) {
        for (int[] s : stretches) {
            if (s[0] <= at && at < s[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean latin(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
    }
}
