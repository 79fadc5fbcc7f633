package org.huibao.analysis;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.huibao.api.Genre;
import org.huibao.api.Heading;
import org.huibao.api.Line;
import org.huibao.api.NodeType;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;
import org.huibao.parse.Columns;
import org.huibao.parse.LineIndex;

/**
 * Marks used where another belongs (GB/T 15834-2011): a 顿号 before 等 (甲、乙、等), single quotation marks
 * where no double ones hold them (‘党建引领’), an ASCII double hyphen for a dash (--2025年), an exclamation
 * mark closing a statement of figures in a written report (走访企业580家次！), and a paragraph that closes a
 * part with a semicolon (…吸引项目落地； before the next heading or the closing). One pass over the line.
 */
final class MarkSlips implements Detector {
    /** Words that start with 等: after a 顿号 it is such a word (规模、等级), not the particle. */
    private static final Set<Character> WORD_AFTER_DENG = Set.of('级', '待', '同', '候', '于', '额', '量', '次', '价', '距',
        '效', '高', '分', '比', '号', '第', '外', '闲', '腰', '身', '值', '温', '压', '速',
        // the verb 等 (坐不住、等不起、慢不得; 等靠要)
        '不', '靠', '着', '了', '一', '来', '到');
    /**
     * The list goes on after the item that starts at {@code from}: another 顿号 comes before the clause ends, so
     * a 等 there starts an item (核石墨、等静压石墨、单晶金刚石) rather than closing the list.
     */
    private static boolean itemGoesOn(String t, int from) {
        for (int k = from; k < t.length() && k < from + 15; k++) {
            char c = t.charAt(k);
            if (c == '、') {
                return k > from;
            }
            if ("，,；;。：:！？!?".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** The kinds of document whose names take book-title marks. */
    // not 行动计划, 规划, 工程: named programmes, quoted as such in published reports (制定“幸福长春行动计划”)
    private static final List<String> DOCUMENT_KINDS = List.of("办法", "意见", "规定", "细则", "条例", "纲要",
        "清单", "通知", "决定", "指南", "规则", "规程", "实施方案", "工作方案", "守则", "章程");
    /** The shape of a work system's name: 三会一课, 两学一做, 三重一大, 四议两公开. */
    private static final Pattern SLOGAN = Pattern.compile(
            "[一二三四五六七八九十两][\\p{IsHan}][一二三四五六七八九十两][\\p{IsHan}]{1,2}");
    /**
     * What follows a work system's name and not a title's: 《三会一课》制度, 《两学一做》学习教育, 《三重一大》决策,
     * 《四议两公开》工作法. Documents so named (《二十三条》, 《五一六通知》) and works (《三坊七巷》, 《三餐四季》) are
     * not followed by these.
     */
    private static final List<String> SYSTEM_WORDS = List.of("制度", "工作法", "工作机制", "决策", "学习教育", "内容", "要求", "落实",
        "活动", "规定");
    private static final Pattern ALL_NUMERALS = Pattern.compile("[〇一二三四五六七八九十两百千万个]+");
    /** The ordinal a paragraph that runs on from its heading opens with: （二）, 二、, 2., （2）, 二是. */
    private static final Pattern ORDINAL = Pattern.compile(
            "[(（](?:\\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}[、是]|\\d{1,2}[.．](?!\\d)");
    /** Lines of running text: not the title, the addressee, the signature or an artefact of conversion. */
    private static final Set<NodeType> BODY = Set.of(NodeType.PARAGRAPH, NodeType.HEADING, NodeType.SENTENCE);
    /** （试行）, （暂行）, （修订）: the status a document's name ends with. */
    private static final Pattern TRIAL = Pattern.compile("[（(](?:试行|暂行|修订|修正|草案|征求意见稿)[）)]$");
    /**
     * “促进工业经济发展15条意见”, “新十条”, “稳增长20条措施”: a policy's nickname counts its articles; it is not its
     * title, and published reports quote it so.
     */
    private static final Pattern COUNTED = Pattern.compile("[0-9０-９]|[一二三四五六七八九十]+[条项](?!例)");
    /** The longest quoted phrase, marks included, whose stop is read as misplaced: a slogan of a few items. */
    private static final int PHRASE = 30;
    /** Marks inside a quotation that make it a sentence of someone's: ，；：！？. */
    private static final Pattern PHRASE_BREAKS = Pattern.compile("[，；：！？]");
    /** Verbs that issue a document. */
    private static final List<String> ISSUING = List.of("出台", "印发", "制定", "制订", "修订", "发布", "颁布", "编制", "下发");
    /** Verbs that apply a document by its name (not 落实, which takes slogans in quotation marks as well). */
    private static final List<String> APPLYING = List.of("贯彻", "执行", "遵守", "遵照", "依据", "违反", "学习贯彻");
    /** Written documents whose narrative states facts: an exclamation there is a slip of tone. */
    // not a government work report: it is delivered to a congress, and its exclamations are the speaker's
    private static final Set<Genre> WRITTEN = Set.of(Genre.REPORT, Genre.SELF_CHECK, Genre.RECTIFICATION, Genre.SUMMARY);

    @Override
    public void detect(LineContext c, List<Spot> out) {
        String t = c.text();
        if (t.length() == 5 && (t.startsWith("特此") || t.startsWith("专此")) && "，；、：".indexOf(t.charAt(4)) >= 0) {
            // 特此报告，: the closing formula is a sentence of its own and ends with 。
            out.add(c.spot(SpotKind.MISUSED_MARK, 4, 5, "。", "。"));
            return;
        }
        int quotes = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '“') {
                int close = t.indexOf('”', i + 1);
                if (quotes == 0 && close > i && documentTitle(t, i, close)) {
                    // 出台“云岭县基本养老服务清单”: a document's name takes 《》
                    String fixed = "《" + t.substring(i + 1, close) + "》";
                    out.add(c.spot(SpotKind.MISUSED_MARK, i, close + 1, fixed, fixed));
                    i = close;
                    continue;
                }
                if (quotes > 0) {
                    i = nestedQuote(c, i, out);
                    continue;
                }
                quotes++;
            } else if (ch == '《') {
                i = slogan(c, i, out);
            } else if ((ch == '\u3000' || ch == ' ') && i > 0 && Han.is(t.charAt(i - 1))) {
                i = innerBlank(c, i, out);
            } else if (ch == '”') {
                quotes = Math.max(0, quotes - 1);
                if (quotes == 0 && stopInsideEmbedded(t, i)) {
                    // 实行“一个问题、一抓到底。”建立…: a quoted phrase inside a sentence keeps the sentence's stop out
                    out.add(c.spot(SpotKind.MISUSED_MARK, i - 1, i + 1, "”", "”"));
                }
            } else if (ch == '、' && i + 1 < t.length() && t.charAt(i + 1) == '等'
                    && !(i + 2 < t.length() && WORD_AFTER_DENG.contains(t.charAt(i + 2))) && !itemGoesOn(t, i + 2)) {
                // 消防、人防、等部门: 等 closes the list itself
                out.add(c.spot(SpotKind.MISUSED_MARK, i, i + 2, "等", "等"));
            } else if (ch == '「' && quotes == 0) {
                // 「一岗双责」: corner brackets are the quotation marks of vertical text, not of a report
                int close = t.indexOf('」', i + 1);
                if (close > i + 1) {
                    String fixed = "“" + t.substring(i + 1, close) + "”";
                    out.add(c.spot(SpotKind.MISUSED_MARK, i, close + 1, fixed, fixed));
                    i = close;
                }
            } else if (ch == '‘' && quotes == 0) {
                int close = t.indexOf('’', i + 1);
                int open = t.indexOf('‘', i + 1);
                if (close > i + 1 && (open < 0 || open > close) && !t.substring(i + 1, close).contains("“")) {
                    String fixed = "“" + t.substring(i + 1, close) + "”";
                    out.add(c.spot(SpotKind.MISUSED_MARK, i, close + 1, fixed, fixed));
                    i = close;
                }
            } else if ((ch == '-' || ch == '－') && i + 1 < t.length() && t.charAt(i + 1) == ch && hyphensAsDash(t, i)) {
                int end = i + 2;
                out.add(c.spot(SpotKind.MISUSED_MARK, i, end, "——", "——"));
                i = end - 1;
            } else if (ch == '！' && quotes == 0 && WRITTEN.contains(c.document().genre()) && statesFigures(t, i)) {
                out.add(c.spot(SpotKind.MISUSED_MARK, i, i + 1, "。", "。"));
            }
        }
    }

    private static int count(String t, char mark, int before) {
        int n = 0;
        for (int i = 0; i < before; i++) {
            n += t.charAt(i) == mark ? 1 : 0;
        }
        return n;
    }

    /** How many runs of blanks stand between two Chinese characters or digits on the line. */
    private static int innerBlanks(String t) {
        int n = 0;
        for (int i = 1; i < t.length(); i++) {
            char ch = t.charAt(i);
            if ((ch == '\u3000' || ch == ' ') && t.charAt(i - 1) != '\u3000' && t.charAt(i - 1) != ' ') {
                int k = i;
                while (k < t.length() && (t.charAt(k) == '\u3000' || t.charAt(k) == ' ')) {
                    k++;
                }
                char b = t.charAt(i - 1);
                n += k < t.length() && Han.is(t.charAt(k)) && (Han.is(b) || Character.isDigit(b)) ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * “石门“云雾”茶”: a quotation inside a quotation takes single marks (GB/T 15834-2011). Reported when the inner
     * pair closes and the outer one closes after it on the line, so that a paragraph of a quotation running
     * over several paragraphs (each opening with “) is left alone. Returns where to go on.
     */
    private static int nestedQuote(LineContext c, int open, List<Spot> out) {
        String t = c.text();
        int close = t.indexOf('”', open + 1);
        int again = t.indexOf('“', open + 1);
        // ““…”” is a mark doubled (HB404's), not a quotation nested
        if (t.charAt(open - 1) != '“' && close > open + 1 && (again < 0 || again > close)) {
            int outer = t.indexOf('”', close + 1);
            int next = t.indexOf('“', close + 1);
            if (outer > close && (next < 0 || next > outer)) {
                String fixed = "‘" + t.substring(open + 1, close) + "’";
                out.add(c.spot(SpotKind.MISUSED_MARK, open, close + 1, fixed, fixed));
                return outer;
            }
        }
        return open;
    }

    /**
     * 《三会一课》制度, 《两学一做》学习教育: the name of a work system is quoted, not a title — a numeral, a
     * character, a numeral and one or two more (三会一课, 四议两公开), with the word of a system after it. Returns
     * where to go on.
     */
    private static int slogan(LineContext c, int open, List<Spot> out) {
        String t = c.text();
        int close = t.indexOf('》', open + 1);
        if (close < 0) {
            return open;
        }
        String name = t.substring(open + 1, close);
        boolean system = false;
        for (String w : SYSTEM_WORDS) {
            system |= t.startsWith(w, close + 1);
        }
        if (system && SLOGAN.matcher(name).matches() && !ALL_NUMERALS.matcher(name).matches()) {
            String fixed = "“" + name + "”";
            out.add(c.spot(SpotKind.MISUSED_MARK, open, close + 1, fixed, fixed));
        }
        return close;
    }

    /**
     * 调研不少于4次　定期与青年教师谈心: a blank inside a sentence where a mark belongs, after a count that
     * closes a clause. Only in a sentence of body text (the line has ，or 。), with at least three characters
     * of text on either side, so that names set apart by blanks (张　三), datelines (新华社北京6月10日电　), a
     * blank standing for a figure (共计  万元, {@link Placeholders}') are left alone. Returns where to go on.
     */
    private static int innerBlank(LineContext c, int at, List<Spot> out) {
        String t = c.text();
        int end = at;
        while (end < t.length() && (t.charAt(end) == '\u3000' || t.charAt(end) == ' ')) {
            end++;
        }
        NodeType type = c.line().type();
        if (end >= t.length() || !Han.is(t.charAt(end)) || !BODY.contains(type) || t.indexOf('，') < 0 && t.indexOf('。') < 0) {
            return end - 1;
        }
        int left = at;
        while (left > 0 && (Han.is(t.charAt(left - 1)) || Character.isDigit(t.charAt(left - 1)))) {
            left--;
        }
        int right = end;
        while (right < t.length() && Han.is(t.charAt(right))) {
            right++;
        }
        // a count closes the clause before the blank (不少于4次　定期…): the blank is where its mark belongs. Not
        // inside quotation marks (“约沈阳 悦消费”, a slogan's two halves), nor a line of several blank-separated
        // chunks (a table or a list of names flattened into one line)
        // (a count of things: not a date or a document number, 〔1997〕16号　经…, 翌年3月　在…)
        boolean thing = "年月日号".indexOf(t.charAt(at - 1)) < 0;
        boolean count = thing && (at >= 2 && Character.isDigit(t.charAt(at - 2)) && Placeholders.countsFigure(t, at - 1)
                || at >= 3 && Character.isDigit(t.charAt(at - 3)) && Placeholders.countsFigure(t, at - 2) && Placeholders.countsFigure(t, at - 1));
        boolean quoted = count(t, '“', at) > count(t, '”', at);
        boolean figure = Placeholders.countsFigure(t, end);
        if (at - left >= 3 && right - end >= 3 && count && !quoted && !figure && innerBlanks(t) == 1) {
            out.add(c.spot(SpotKind.MISUSED_MARK, at, end, "，", null));
        }
        return end - 1;
    }

    /**
     * “…” at {@code open} holds a document's name: it ends with the kind of document (办法, 方案, 清单 …) and
     * follows a verb that issues one (出台, 印发, 制定 …): 出台“云岭县基本养老服务清单”.
     */
    private static boolean documentTitle(String t, int open, int close) {
        String name = t.substring(open + 1, close);
        // a counted short name (“中央八项规定”, “稳经济十条”) or a package of measures (“政策包+政策服务清单”)
        // is no document's title
        if (name.length() < 6 || name.indexOf('“') >= 0 || name.indexOf('，') >= 0 || name.indexOf('。') >= 0
                || name.indexOf('+') >= 0 || name.indexOf('＋') >= 0 || COUNTED.matcher(name).find()) {
            return false;
        }
        // 《…条例（试行）》: the status in brackets after the kind is part of the name
        String bare = TRIAL.matcher(name).replaceFirst("");
        boolean kind = name.startsWith("中华人民共和国") && bare.endsWith("法");
        for (String k : DOCUMENT_KINDS) {
            kind |= bare.endsWith(k);
        }
        if (!kind) {
            return false;
        }
        // the full name of a Party regulation or a law, whatever verb it follows: “中国共产党农村工作条例”
        if (name.startsWith("中国共产党") || name.startsWith("中华人民共和国") || name.startsWith("关于")) {
            return true;
        }
        String before = t.substring(Math.max(0, open - 4), open);
        for (List<String> verbs : List.of(ISSUING, APPLYING)) {
            for (String v : verbs) {
                if (before.endsWith(v) || before.endsWith(v + "了")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A full stop right inside the closing quotation mark of a phrase that a sentence runs on after (实行“…一抓
     * 到底。”建立…): the quotation is part of the sentence, not a sentence of its own, so the stop is wrong there.
     * A quotation introduced by a colon or a comma is someone's words (他说：“…。”随后…) and may end so.
     */
    private static boolean stopInsideEmbedded(String t, int close) {
        if (close < 2 || t.charAt(close - 1) != '。' || close + 1 >= t.length() || !Han.is(t.charAt(close + 1))) {
            return false;
        }
        int open = t.lastIndexOf('“', close);
        // a phrase or a slogan, not a sentence quoted from someone (毛主席说“…，…。”卫生部也…)
        return open > 0 && Han.is(t.charAt(open - 1)) && close - open <= PHRASE && t.indexOf('。', open) == close - 1
                && !PHRASE_BREAKS.matcher(t.substring(open, close)).find();
    }

    /**
     * Exactly two hyphens standing for a dash: next to Chinese text or a date (--2025年, 部署--落实), not a
     * longer rule (----), an HTML comment (&lt;!--), a command-line option (--lang) or digits joined (HB407).
     */
    private static boolean hyphensAsDash(String t, int i) {
        char before = i > 0 ? t.charAt(i - 1) : ' ';
        char after = i + 2 < t.length() ? t.charAt(i + 2) : ' ';
        if (before == '-' || before == '－' || before == '!' || before == '<' || after == '-' || after == '－' || after == '>') {
            return false;
        }
        if (Character.isDigit(before) && Character.isDigit(after)) {
            return false;
        }
        boolean beforeOk = i == 0 || Han.is(before) || "，。；：、）”》".indexOf(before) >= 0;
        boolean afterOk = Han.is(after) || Character.isDigit(after) || "“《（".indexOf(after) >= 0;
        return beforeOk && afterOk && (Han.is(before) || Han.is(after) || i == 0);
    }

    /**
     * The sentence the ！ ends counts something in Arabic digits: a statement of fact, not a call. A year or
     * a date (2024年，…作出新的更大贡献！) places a pledge in time and counts nothing.
     */
    private static boolean statesFigures(String t, int i) {
        int from = i;
        while (from > 0 && "。！？；".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        for (int k = from; k < i; k++) {
            if (t.charAt(k) >= '0' && t.charAt(k) <= '9') {
                int end = k;
                while (end < i && t.charAt(end) >= '0' && t.charAt(end) <= '9') {
                    end++;
                }
                if (end >= i || "年月日号".indexOf(t.charAt(end)) < 0) {
                    return true;
                }
                k = end;
            }
        }
        return false;
    }

    /**
     * A paragraph that ends with ； where the enumeration it belongs to has ended: the last paragraph of
     * the body (the closing, the signature or nothing follows) or one followed by a heading on a line of its
     * own. Items of one list each ending with ；(（一）…； （二）…；, 1.…； 2.…；) are left alone.
     */
    static void closingSemicolons(List<Line> lines, LineIndex index, List<Spot> out) {
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            Line next = k + 1 < lines.size() ? lines.get(k + 1) : null;
            boolean over = next == null || next.type() == NodeType.CLOSING || next.type() == NodeType.SIGNATURE;
            String t = line.text();
            boolean open = t.endsWith("、") || t.endsWith("，");
            // the next line opens with a heading, on a line of its own or running into its paragraph
            // (a numbered one: a line of a hard-wrapped paragraph can be read as a heading without an ordinal), or
            // the closing; the end of the text alone is no sign (a text cut off where it was copied)
            boolean heading = next != null && (next.node() instanceof Heading h ? !h.ordinal().isEmpty()
                    : ORDINAL.matcher(next.text()).lookingAt());
            boolean closes = next != null && (next.type() == NodeType.CLOSING || next.type() == NodeType.SIGNATURE);
            if ((line.type() == NodeType.PARAGRAPH || line.type() == NodeType.HEADING) && open && (closes || heading)) {
                // 做到应转尽转、 before the next heading: the sentence was cut off, or its 。 typed as 、 (a line of a
                // hard-wrapped paragraph is followed by more of the paragraph, not by a heading)
                int at = t.length() - 1;
                out.add(new Spot(SpotKind.MISUSED_MARK, line.id(), new Columns(line.span(), t).span(at, at + 1), t.substring(at), "。", null));
            } else if (line.type() == NodeType.PARAGRAPH && t.endsWith("；") && (over || next.type() == NodeType.HEADING)) {
                int at = t.length() - 1;
                out.add(new Spot(SpotKind.MISUSED_MARK, line.id(), new Columns(line.span(), t).span(at, at + 1), "；", "。", "。"));
            } else if (over && line.node() instanceof Heading h && !h.inline() && h.span().end() > h.textSpan().end()) {
                // a heading line that is one whole item (（五）…；) is read without its closing mark; only the
                // closing or the end tells that its list is over
                String tail = index.text(h.textSpan().end(), h.span().end()).strip();
                if (tail.equals("；")) {
                    int at = h.textSpan().end() + index.text(h.textSpan().end(), h.span().end()).indexOf('；');
                    out.add(new Spot(SpotKind.MISUSED_MARK, line.id(), index.span(at, at + 1), "；", "。", "。"));
                }
            }
        }
    }
}
