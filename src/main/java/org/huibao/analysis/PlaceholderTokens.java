package org.huibao.analysis;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Spot;

/**
 * Placeholders a machine or a template leaves rather than a person: the variables of template engines
 * (%(n)s, %AMOUNT%, &lt;%=count%&gt;, VAR_RATE, [DATE], an HTML-escaped &amp;lt;姓名&amp;gt;), the text a word
 * processor writes into a field or a broken cross-reference (错误！未找到引用源。, 单击此处输入文字, 在此处键入…),
 * a heading still as its template wrote it (（四）二级标题, （2）小标题二, （三）待拟。, （五）　　　　。), a note
 * after a dash or as a clause of its own (——此数为…，…后替换; 此条由综合部补写), and a table's cell left as a
 * mask or as its unit alone (｜＃＃＃＃｜, ｜　万头｜).
 *
 * <p>Left alone: a Latin identifier inside an address or a file name (a_b.pdf, user_name@…); an
 * abbreviation in brackets ([EB/OL], [J], （GDP）); a heading whose words merely contain 标题 (（三）标题党问题
 * 整治); a table cell of a dash or of a unit set as a column's heading (| 万元 |).
 */
final class PlaceholderTokens {
    /**
     * A template engine's variable: Python's %(name)s, a batch or a mail-merge %NAME%, ERB/JSP/EJS &lt;%= x %&gt;,
     * an upper-case identifier standing in the text (VAR_RATE, AMOUNT_TOTAL; not a program's get_user_name,
     * which a technical text names, nor PM_10, SO_2: a pollutant with its subscript typed after an underscore), and an upper-case field word in
     * square or angle brackets ([DATE], &lt;NAME&gt;, 【AMOUNT】), a mail-merge field («姓名», &lt;&lt;总数&gt;&gt;) and $NAME$.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "%\\([A-Za-z_][A-Za-z0-9_]{0,30}\\)[sdfr]"
            + "|(?<![A-Za-z0-9%])%[A-Za-z_][A-Za-z0-9_]{1,30}%"
            + "|<%[=\\-#]?[^%<>]{1,60}%>"
            + "|(?<![A-Za-z0-9_./\\\\:@\\-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_[0-9]*[A-Z][A-Z0-9]*(?![A-Za-z0-9_./\\\\@\\-])"
            + "|[\\[【［<＜〔]([A-Z][A-Z0-9_]{2,24})[\\]】］>＞〕]"
            + "|&lt;([^&;<>\\s]{1,16})&gt;"
            // a mail-merge field as Word shows it («姓名», <<毕业生总数>>) and a template's $NAME$: no Chinese text
            // writes double angle brackets or guillemets, and no report writes a word between dollar signs
            + "|(?:<<|＜＜|«)[\\p{IsHan}A-Za-z0-9_]{1,20}(?:>>|＞＞|»)"
            + "|(?<![A-Za-z0-9$])\\$[\\p{IsHan}A-Za-z_][\\p{IsHan}A-Za-z0-9_]{1,30}\\$(?![A-Za-z0-9$])"
            // ${tianbao_count}, {{ org.name }}: a template engine's variable, however long its name
            + "|\\$\\{[ ]?[\\p{IsHan}A-Za-z_][\\p{IsHan}A-Za-z0-9_.\\-]{0,60}[ ]?\\}|\\{\\{[ ]?[\\p{IsHan}A-Za-z_][\\p{IsHan}A-Za-z0-9_.\\-]{0,60}[ ]?\\}\\}");
    /** Upper-case words a template names a field with, in brackets: [DATE], 【NAME】; not [PDF], [EB/OL]. */
    private static final Set<String> FIELD_WORDS = Set.of("DATE", "NAME", "TIME", "NUMBER", "NUM", "COUNT", "AMOUNT", "UNIT",
        "TITLE", "ORG", "DEPT", "VALUE", "RATE", "YEAR", "MONTH", "DAY", "PLACEHOLDER", "TEXT", "CONTENT", "ADDRESS", "PHONE",
        "EMAIL", "PERSON", "LEADER", "FIGURE", "DATA", "TOTAL", "SUM", "PERCENT", "INSERT", "TBD", "TODO", "XXX", "FIELD", "PLACE");
    /** What a word processor writes where a field or a cross-reference has nothing to show. */
    private static final Pattern WORD_RESIDUE = Pattern.compile(
            "错误[！!][ \\u3000]*(?:未找到引用源|引用源未找到|书签未定义|未定义书签|超链接引用无效|文档中没有指定样式的文字|未指定书签|无效的嵌入对象)[。.]?"
            + "|(?:单击|点击|单击或点击|点击或单击|轻击|单击或轻击)此处(?:以)?(?:输入|添加|插入)(?:文字|文本|日期|内容|标题|正文)?"
            + "|在此处(?:键入|输入|添加|插入)\\p{IsHan}{0,8}|在此(?:键入|输入|添加|插入)(?:文字|文本|日期|内容|标题|正文|题目|摘要)"
            // a template's sample text, told to be replaced: 此处为示例文字，请替换
            + "|(?:此处为|以下为|本段为)?示例(?:文字|文本|内容)(?:[，,]?请(?:替换|删除|修改)(?:为实际内容)?)?");
    /**
     * The stock names a template gives a person (张三, 李四, 王五, 赵六), where a person's name is: before 同志, a title or
     * the verb of a role (张三同志任组长, 由王五负责). A law's worked example names them too (如张三向李四借款), without
     * a title or a role.
     */
    private static final Pattern DUMMY_NAME = Pattern.compile(
            "(?:张三|李四|王五|赵六)(?=同志|书记|副书记|局长|主任|部长|组长|副组长|县长|镇长|科长|处长|任|担任|负责|牵头|分管|主持)");
    /**
     * A person's or a number's label with only blanks after its colon, up to a comma or a bracket that closes the
     * note: （联系人：    ，联系电话：        ）. (Blanks up to the next label are {@link PlaceholderBlanks}'.)
     */
    private static final Pattern EMPTY_LABEL = Pattern.compile(
            "(?:联系人|负责人|责任人|经办人|填报人|审核人|联系电话|电话|手机|传真|邮箱)[：:]([ \\u3000]{2,})(?=[，,；;）)])");
    /** 企业 X 家, 来访 ? 人次: a letter or a question mark set off by blanks where a figure is, before what it counts. */
    private static final Pattern SPACED_MASK = Pattern.compile(
            "(?<=\\p{IsHan})[ \\u3000]+([?？XxＸｘ×NＮ]{1,3})[ \\u3000]+(?=[个项场宗次件家名户起条亩期批台辆套篇座处人元万亿%％])");
    /** A count's label with nothing after its colon but the unit or the clause's end: 参训人数：人。, 金额：万元. */
    private static final Pattern EMPTY_COUNT = Pattern.compile(
            "(?:人数|人次|次数|金额|数量|数额|户数|件数|个数|总数|比例)[：:][ \\u3000]*(?=[人次元户件个项名家%％]|万元|亿元|[。；;，,])");
    /** A heading's number at the start of a line: （一）, 一、, （1）, 1., 1、. */
    private static final Pattern HEADING_NUMBER = Pattern.compile(
            "^[ \\u3000]*(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．.]|[0-9]{1,2}(?:[.．、](?![0-9])))");
    /**
     * What a template writes where a heading is to go, or a heading still to write: 二级标题, 小标题二, 标题3,
     * 待拟, 标题待定, 内容待补; up to the heading's end (a stop, a colon or the line's end).
     */
    private static final Pattern HEADING_SLOT = Pattern.compile(
            "[ \\u3000]*(?:(?:[一二三四五六七八九十0-9]级|小|子|分)?标题[一二三四五六七八九十0-9]{0,2}"
            + "|(?:(?:小|子)?标题|题目|内容|正文|本段|本节)?待(?:拟|定|补|写|填|补充|完善|拟定|补写)"
            + "|[ \\u3000]{2,})[ \\u3000]*(?=[。：:；;]|$)");
    /** What a note on the draft asks to be done, at its end: 补写, 后替换, 核实后补上. */
    private static final String[] TO_DO = {"补写", "补充", "补上", "补齐", "补全", "核实", "核对", "替换", "删除", "删去", "再改", "后改",
        "填写", "待定", "待补"};
    /** A note after a dash, up to the sentence's end: ——此数为11月底数，年底数出来后替换. */
    private static final Pattern DASH_NOTE = Pattern.compile("(?:——|－－|--)([^。；;！？]{2,40})");
    /** A clause that is a note on the draft, opening the line or a sentence: 此条由综合部补写。 */
    private static final Pattern SELF_CLAUSE = Pattern.compile("(?:^[ \\u3000]*(?:[（(][一二三四五六七八九十0-9]{1,3}[)）])?|(?<=[。；;]))[ \\u3000]*"
            + "((?:此条|该条|这条|此段|本段|该段|这段|此数|该数据|此数据|此部分|这部分)[^。；;！？]{1,30})(?=[。；;]|$)");
    /** Units a table's cell holds alone when its figure was left out: ｜　万头｜. */
    private static final Pattern UNIT_CELL = Pattern.compile("(?:万|亿)?(?:人次|元|人|户|头|吨|亩|只|个|家|项|次|件|千瓦|平方米|公里|%|％)");

    private PlaceholderTokens() {
    }

    static void find(LineContext c, List<Spot> out) {
        String t = c.text();
        if (t.indexOf('%') >= 0 || t.indexOf('_') >= 0 || t.indexOf('&') >= 0 || t.indexOf('[') >= 0 || t.indexOf('【') >= 0
                || t.indexOf('<') >= 0 || t.indexOf('＜') >= 0 || t.indexOf('［') >= 0 || t.indexOf('〔') >= 0 || t.indexOf('«') >= 0
                || t.indexOf('$') >= 0 || t.indexOf('{') >= 0) {
            tokens(c, out);
        }
        if (t.contains("张三") || t.contains("李四") || t.contains("王五") || t.contains("赵六")) {
            find(c, DUMMY_NAME, out);
        }
        if (t.indexOf('：') >= 0 || t.indexOf(':') >= 0) {
            find(c, EMPTY_COUNT, out);
            findGroup(c, EMPTY_LABEL, out);
        }
        if (t.indexOf(' ') >= 0 || t.indexOf('\u3000') >= 0) {
            findGroup(c, SPACED_MASK, out);
        }
        if (t.contains("此处") || t.contains("在此") || t.contains("示例") || t.contains("引用") || t.contains("书签") || t.contains("超链接") || t.contains("样式") || t.contains("嵌入")) {
            find(c, WORD_RESIDUE, out);
        }
        headingSlot(c, out);
        if (t.indexOf('—') >= 0 || t.indexOf('－') >= 0 || t.indexOf('-') >= 0) {
            Matcher m = DASH_NOTE.matcher(t);
            while (m.find()) {
                if (DraftNotes.editorNote(m.group(1).strip())) {
                    Placeholders.addNew(c, out, m.start(), m.end());
                }
            }
        }
        if (selfNoteMay(t)) {
            Matcher self = SELF_CLAUSE.matcher(t);
            while (self.find()) {
                if (endsWithToDo(self.group(1))) {
                    Placeholders.addNew(c, out, self.start(1), self.end());
                }
            }
        }
        if (t.indexOf('|') >= 0 || t.indexOf('｜') >= 0) {
            cells(c, out);
        }
    }

    /**
     * Whether the text holds a word {@link #SELF_CLAUSE}'s note opens with (此条, 本段, 该数据, 这部分…): the
     * pattern may begin at any position of a line, and one pass over the line spares trying it at each. A
     * word added to the pattern is added here.
     */
    private static boolean selfNoteMay(String t) {
        for (int i = 0; i + 1 < t.length(); i++) {
            if ("此该这本".indexOf(t.charAt(i)) >= 0 && "条段数部".indexOf(t.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void tokens(LineContext c, List<Spot> out) {
        String t = c.text();
        Matcher m = TOKEN.matcher(t);
        while (m.find()) {
            String word = m.group(1);
            String escaped = m.group(2);
            boolean keep;
            if (word != null) {
                keep = FIELD_WORDS.contains(word) || word.indexOf('_') > 0;
            } else if (escaped != null) {
                // &lt;组长姓名&gt;: an angle-bracketed field escaped by a web editor
                keep = Han.is(escaped.charAt(0)) && (FieldNames.field(escaped) || FieldNames.namesField(escaped));
            } else if (m.group().indexOf('_') > 0 && m.group().charAt(0) != '%') {
                // an identifier counts only among Chinese words: 执法装备配备率为VAR_RATE%
                keep = beside(t, m.start(), m.end());
            } else {
                keep = true;
            }
            if (keep && escaped != null) {
                // the field's name, inside the escapes (which HB306 reports as residue of their own)
                Placeholders.addNew(c, out, m.start(2), m.end(2));
            } else if (keep) {
                Placeholders.addNew(c, out, m.start(), m.end());
            }
        }
    }

    /** A Chinese character, a Chinese mark or % on one side of {@code [from, to)}, nothing Latin on the other. */
    private static boolean beside(String t, int from, int to) {
        boolean before = from > 0 && (Han.is(t.charAt(from - 1)) || "，。；：、（“".indexOf(t.charAt(from - 1)) >= 0);
        boolean after = to < t.length() && (Han.is(t.charAt(to)) || "，。；：、）”%％".indexOf(t.charAt(to)) >= 0);
        return before || after;
    }

    /** A heading whose words are still the template's: （四）二级标题, （三）待拟。, （五）　　　　。, or 二级标题 alone. */
    private static void headingSlot(LineContext c, List<Spot> out) {
        String t = c.text();
        Matcher n = HEADING_NUMBER.matcher(t);
        int from = n.lookingAt() ? n.end() : 0;
        if (from == 0 && !(t.contains("标题") && t.strip().length() <= 8)) {
            return;
        }
        Matcher m = HEADING_SLOT.matcher(t);
        m.region(from, t.length());
        if (m.lookingAt() && m.end() > from) {
            int s = from;
            while (s < m.end() && " \u3000".indexOf(t.charAt(s)) >= 0) {
                s++;
            }
            // （五）　　　　。: the blanks themselves are the slot
            Placeholders.addNew(c, out, s == m.end() ? from : s, s == m.end() ? Math.min(t.length(), m.end() + 1) : m.end());
        }
    }

    private static boolean endsWithToDo(String s) {
        String x = s.strip();
        for (String w : TO_DO) {
            if (x.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A table's cell (between ｜, | or at a row's end) that holds only mask characters (＃＃＃＃, ??, ××), or only
     * a unit after blanks where its figure was (｜　万头｜): not a dash (no data) nor a unit set as a heading (| 万元 |).
     */
    private static void cells(LineContext c, List<Spot> out) {
        String t = c.text();
        int bars = 0;
        for (int i = 0; i < t.length(); i++) {
            bars += t.charAt(i) == '|' || t.charAt(i) == '｜' ? 1 : 0;
        }
        if (bars < 2) {
            return;
        }
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '|' || t.charAt(i) == '｜') {
                cell(c, start, i, out);
                start = i + 1;
            }
        }
    }

    private static void cell(LineContext c, int from, int to, List<Spot> out) {
        String t = c.text();
        String raw = t.substring(from, to);
        String cell = raw.strip().replace('\u3000', ' ').strip();
        if (cell.isEmpty()) {
            return;
        }
        int s = from + raw.indexOf(cell.charAt(0));
        if (cell.chars().allMatch(ch -> "#＃?？xX×ＸｘＮ*＊".indexOf(ch) >= 0) && (cell.length() >= 2 || "#＃?？".indexOf(cell.charAt(0)) >= 0)) {
            Placeholders.addNew(c, out, s, s + cell.length());
            return;
        }
        boolean blankBefore = raw.startsWith("\u3000") || raw.startsWith("  ");
        boolean blankAfter = raw.endsWith(" ") || raw.endsWith("\u3000");
        if (blankBefore && !blankAfter && UNIT_CELL.matcher(cell).matches() && from > 0) {
            Placeholders.addNew(c, out, from, to);
        }
    }

    private static void findGroup(LineContext c, Pattern p, List<Spot> out) {
        Matcher m = p.matcher(c.text());
        while (m.find()) {
            Placeholders.addNew(c, out, m.start(1), m.end(1));
        }
    }

    private static void find(LineContext c, Pattern p, List<Spot> out) {
        Matcher m = p.matcher(c.text());
        while (m.find()) {
            Placeholders.addNew(c, out, m.start(), m.end());
        }
    }
}
