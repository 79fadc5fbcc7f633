package org.huibao.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Genre;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;

/**
 * The closings of other kinds of document ending a line of this one (HB210): a formula (特此通知, 此复, 特此公报),
 * a directive's order to carry it out (请遵照执行), a regulation's closing clause (本办法由…负责解释, 本规定自…起施行)
 * and an opinion's offer (以上意见，供参考). Not in a document whose title names that kind, nor in one without
 * a title, whose kind is unknown.
 */
final class OtherClosings {
    private OtherClosings() {
    }

    /** Whether a line has a word some closing of another kind needs (blanks typed inside a formula read past). */
    static boolean mayHold(String text) {
        String t = text.length() <= 16 ? text.replace(" ", "").replace("\u3000", "") : text;
        for (String w : CUES) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] CUES = {"特此", "此复", "专此", "此致", "此布", "此令", "此函", "执行", "落实", "办理", "实施", "现予",
        "解释", "施行", "生效", "未尽事宜", "以上", "查收", "顺致", "顺颂", "谨此", "知悉", "周知"};

    /**
     * The closing formulas of other kinds of document, each with the title words of the kinds it
     * belongs to: 特此通知 closes a 通知, 此复 a 批复 or a 复函.
     */
    private static final String[][] OTHER_CLOSINGS = {
        {"特此通知", "通知"}, {"特此通报", "通报"}, {"特此公告", "公告"}, {"特此通告", "通告"}, {"特此批复", "批复"},
        {"特此决定", "决定"}, {"特此证明", "证明"}, {"特此命令", "命令", "令"}, {"特此函告", "函"}, {"特此函复", "函"},
        {"特此函达", "函"}, {"特此复函", "函"}, {"专此复函", "函"}, {"特此说明", "说明"}, {"特此公示", "公示"}, {"特此布告", "布告"}, {"此布", "布告", "公告"},
        {"此令", "令"}, {"此函", "函"}, {"特此函", "函"}, {"专此函告", "函"}, {"专此函复", "函"}, {"专此函达", "函"}, {"此复", "批复", "函"},
        // the closings of a 函 asking, a statement, a pledge, a proxy, a notice to a party, an appeal
        {"特此函询", "函"}, {"特此函商", "函"}, {"特此声明", "声明"}, {"特此承诺", "承诺书", "书"}, {"特此委托", "委托书", "书"},
        {"特此告知", "告知书", "书", "通知"}, {"特此倡议", "倡议书", "书"},
        // a letter's: 此致敬礼 closes a 信, a 申请书 or a 倡议书, not a 报告
        {"此致敬礼", "信", "书", "函"}, {"此致，敬礼", "信", "书", "函"}, {"此致", "信", "书", "函"},
        // answers to a question or a letter (回复, 答复), a letter's own closings
        {"特此回复", "回复", "复函", "函"}, {"特此答复", "答复", "复函", "函"}, {"谨此函告", "函"}, {"特此致函", "函"},
        {"顺致崇高敬意", "函", "信"}, {"顺颂商祺", "函", "信"},
        // a communiqué's, a publication's, a minute's and an order's
        {"特此公报", "公报"}, {"现予公报", "公报"}, {"特此公布", "公布", "公告", "公报", "通知", "决定", "令"}, {"现予公布", "公布", "公告", "公报", "通知", "决定", "令"},
        {"现予公告", "公告"}, {"特此纪要", "纪要"}, {"特此通令", "通令", "令"},
        // a notice's to everyone concerned, and a covering notice's of what it issues or forwards
        {"特此周知", "通知", "通报", "公告", "通告"}, {"现予印发", "通知"}, {"现予转发", "通知"}, {"现予通报", "通报"},
        // a covering letter's for what it sends along (以上，请查收): a report is read, not received
        {"敬请查收", "函", "通知"}, {"请予查收", "函", "通知"}, {"请查收", "函", "通知"}};

    /**
     * How a directive (通知, 意见, 决定, 办法, 批复…) tells those below to carry it out: 请遵照执行, 请认真贯彻
     * 执行, 请结合实际认真贯彻落实. Ending a report to a superior, it is a line kept from a directive.
     */
    private static final String[] DIRECTIVE_ENDS = {"遵照执行", "贯彻执行", "认真执行", "贯彻落实", "遵照办理", "研究执行",
        "参照执行", "抓好落实", "组织实施", "遵守执行", "认真落实", "执行落实", "照此执行", "研究落实",
        // a notice's or a circular's to its readers: 以上，请知悉; 请周知
        "知悉", "周知"};
    /** The directive formulas a speech does not use either: a leader asks 认真落实 aloud, but 遵照执行 is written. */
    private static final String[] WRITTEN_ENDS = {"遵照执行", "参照执行", "遵照办理", "照此执行", "知悉", "周知"};
    /** Kinds of document that close so: a directive, or a 批复 or 函 answering. */
    private static final String[] DIRECTIVES = {"通知", "意见", "决定", "办法", "方案", "规定", "细则", "批复", "函", "要点", "规划",
        "通报", "命令", "令", "纲要", "制度", "规则", "措施", "讲话", "发言", "议"};

    /**
     * A closing formula of another kind of document ending its line (特此通知。 in a 报告); not in a document
     * whose title names that kind, and not in one without a title, whose kind is unknown.
     */
    static void find(LineContext c, List<Spot> out) {
        String title = c.document().title().strip();
        if (title.isEmpty()) {
            return;
        }
        String t = c.text();
        // 特 此 通 知, 此致 敬礼: blanks typed inside a formula of its own line are read past
        if (t.length() <= 16 && (t.indexOf(' ') > 0 || t.indexOf('\u3000') > 0) && spacedClosing(c, title, t, out)) {
            return;
        }
        int end = t.length();
        // 此致，(敬礼 on the next line): the comma that ends the line goes with it
        while (end > 0 && " \u3000\t。！!．.，,".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        for (String[] k : OTHER_CLOSINGS) {
            String formula = k[0];
            int start = end - formula.length();
            // the formula on its own: after a stop or a comma, not the end of a word (如此复杂 aside, 批复此复)
            if (start < 0 || !t.startsWith(formula, start) || start > 0 && Han.is(t.charAt(start - 1))) {
                continue;
            }
            if (!fits(title, k)) {
                out.add(c.spot(SpotKind.OTHER_CLOSING, start, end, ""));
            }
            return;
        }
        if (spoken(c, t, end, out)) {
            return;
        }
        if (!inside(c, title, t, out) && !clause(c, title, t, end, out) && !effective(c, t, out) && !offered(c, title, t, end, out)
                && !announced(c, title, t, out)) {
            directiveClosing(c, title, t, end, out);
        }
    }

    /** A report's closings, which a speech does not end on: 特此报告, 专此报告. */
    private static final String[] REPORT_ENDS = {"特此报告", "专此报告"};

    /**
     * A report's closing ending a speech or an address (…确保全县人民群众安全度汛！特此报告。): a speech is
     * spoken to a meeting, not sent up to a superior. Only where the title names a leader's speech (讲话, 致辞):
     * a 汇报发言 or a 发言 may report to the meeting.
     */
    private static boolean spoken(LineContext c, String t, int end, List<Spot> out) {
        String title = c.document().title();
        boolean speech = c.document().genre() == Genre.SPEECH || c.document().genre() == Genre.ADDRESS;
        if (!speech || !(title.contains("讲话") || title.contains("致辞")) || title.contains("汇报")) {
            return false;
        }
        for (String w : REPORT_ENDS) {
            int start = end - w.length();
            if (start >= 0 && t.startsWith(w, start) && (start == 0 || !Han.is(t.charAt(start - 1)))) {
                out.add(c.spot(SpotKind.OTHER_CLOSING, start, end, ""));
                return true;
            }
        }
        return false;
    }

    /** The kinds of rule text that close on who interprets them and when they take effect. */
    private static final String[] RULE_KINDS = {"实施细则", "实施办法", "管理办法", "办法", "规定", "细则", "条例", "规则", "制度", "准则", "守则",
        "章程", "规范", "标准", "方案", "意见", "通知", "决定", "公告", "通告", "要点", "措施", "导则", "指引", "指南", "公约"};
    /** How such a closing clause goes on after 本办法: who interprets it, when it takes effect, what it replaces. */
    private static final Pattern RULE_CLAUSE = Pattern.compile(
            "^(?:第[一二三四五六七八九十百零〇0-9]{1,6}条[ \u3000]*)?本(?:KINDS)(?:由.{1,30}(?:负责)?解释|自.{1,24}(?:起|之日)(?:施行|执行|实施|生效)"
            .replace("KINDS", String.join("|", RULE_KINDS))
            + "|(?:自|从)?(?:印发|发布|公布|下发)之日起(?:施行|执行|实施|生效)|未尽事宜.{0,30}|解释权归.{1,30})");

    /**
     * A regulation's closing clause as a line of its own (本办法由集团公司安全环保部负责解释, 本规定自印发之日起施行):
     * the last article of a rule text, kept from one. Not in a document whose title names that kind of rule
     * (…管理办法, 关于印发《…规定》的通知).
     */
    private static boolean clause(LineContext c, String title, String t, int end, List<Spot> out) {
        if (t.indexOf('本') < 0) {
            return false;
        }
        int from = 0;
        while (from < t.length() && " \u3000".indexOf(t.charAt(from)) >= 0) {
            from++;
        }
        Matcher m = RULE_CLAUSE.matcher(t.substring(from, end));
        if (!m.find() || m.end() != end - from) {
            return false;
        }
        for (String k : RULE_KINDS) {
            if (t.startsWith("本" + k, t.indexOf('本', from))) {
                if (title.contains(k)) {
                    return false;
                }
                break;
            }
        }
        out.add(c.spot(SpotKind.OTHER_CLOSING, from, end, ""));
        return true;
    }

    /** A report that says it takes effect (本总结自印发之日起施行): a rule text's clause, whatever the title. */
    private static final Pattern TAKES_EFFECT = Pattern.compile(
            "(?<=^|[。；！])本(?:总结|报告|汇报|讲话|述职报告)(?:自|从).{1,24}?(?:起|之日)(?:施行|执行|实施|生效)");

    /** 本总结自印发之日起施行 as a sentence anywhere in the line: a report is not a rule and takes no effect. */
    private static boolean effective(LineContext c, String t, List<Spot> out) {
        Matcher m = TAKES_EFFECT.matcher(t);
        if (m.find()) {
            out.add(c.spot(SpotKind.OTHER_CLOSING, m.start(), m.end(), ""));
            return true;
        }
        return false;
    }

    /** 以上通报，…; 以上通知，请…: a circular or a notice summing itself up, opening a sentence. */
    private static final Pattern ANNOUNCES = Pattern.compile("(?<=^|[。；！])以上(通报|通知|公告|通告|决定|批复)(?=[，,])");

    /** A circular's or a notice's summing-up (以上通报，各医疗机构务必引以为戒) in a document of another kind. */
    private static boolean announced(LineContext c, String title, String t, List<Spot> out) {
        Matcher m = ANNOUNCES.matcher(t);
        if (m.find() && !title.endsWith(m.group(1))) {
            out.add(c.spot(SpotKind.OTHER_CLOSING, m.start(), m.end(), ""));
            return true;
        }
        return false;
    }

    /** 以上意见，供参考; 以上几点建议仅供领导决策参考; 以上意见和建议，谨供参阅: at a sentence's start. */
    private static final Pattern OFFER = Pattern.compile(
            "(?<=^|[。；！])以上(?:几点|这些|所提)?(?:意见|建议|意见和建议|意见建议|看法|想法|观点)[，,]?(?:仅|谨|只)?供(?:领导|您|你们|各位|决策|领导决策)?"
            + "(?:参考|参阅|参照|借鉴)");
    /** What may follow an offer at the line's end: a plea for corrections, or nothing but marks. */
    private static final Pattern CORRECTIONS = Pattern.compile("[，,。；！ \u3000]*(?:(?:如有)?不(?:妥|当|足)之处[，,]?(?:敬?请|恳请)?批评指正)?[。！ \u3000]*");

    /**
     * An opinion's closing, offering it for consideration (以上意见，供参考; 以上意见仅供参考): it closes a 意见 or
     * a 建议 sent up, not a report of work done.
     */
    private static boolean offered(LineContext c, String title, String t, int end, List<Spot> out) {
        if (title.endsWith("意见") || title.endsWith("建议")) {
            return false;
        }
        Matcher m = OFFER.matcher(t);
        // the offer ends the line, or a plea for corrections follows it (以上意见供参考，不妥之处请批评指正)
        if (m.find() && (m.end() >= end || CORRECTIONS.matcher(t.substring(m.end(), end)).matches())) {
            out.add(c.spot(SpotKind.OTHER_CLOSING, m.start(), m.end(), ""));
            return true;
        }
        return false;
    }

    /** A formula of another kind on a line of its own with blanks inside it: 特 此 通 知。 */
    private static boolean spacedClosing(LineContext c, String title, String t, List<Spot> out) {
        String compact = t.replace(" ", "").replace("\u3000", "");
        int end = compact.length();
        while (end > 0 && "。！!．.，,".indexOf(compact.charAt(end - 1)) >= 0) {
            end--;
        }
        for (String[] k : OTHER_CLOSINGS) {
            if (compact.substring(0, end).equals(k[0]) && !fits(title, k)) {
                int from = 0;
                while (t.charAt(from) == ' ' || t.charAt(from) == '\u3000') {
                    from++;
                }
                int to = t.length();
                while (" \u3000。！!．.，,".indexOf(t.charAt(to - 1)) >= 0) {
                    to--;
                }
                out.add(c.spot(SpotKind.OTHER_CLOSING, from, to, compact.substring(0, end)));
                return true;
            }
        }
        return false;
    }

    /**
     * A formula of another kind standing as a sentence of its own inside the line (特此通知。特此报告。): after the
     * line's start or a full stop, before a full stop or an exclamation mark.
     */
    private static boolean inside(LineContext c, String title, String t, List<Spot> out) {
        for (String[] k : OTHER_CLOSINGS) {
            if (k[0].length() < 4) {
                continue; // 此复, 此令, 此函: too short to tell from the words of a sentence
            }
            for (int i = t.indexOf(k[0]); i >= 0; i = t.indexOf(k[0], i + 1)) {
                int e = i + k[0].length();
                boolean alone = (i == 0 || "。！；".indexOf(t.charAt(i - 1)) >= 0) && e < t.length() && "。！".indexOf(t.charAt(e)) >= 0;
                if (alone && !fits(title, k)) {
                    out.add(c.spot(SpotKind.OTHER_CLOSING, i, e, ""));
                    return true;
                }
            }
        }
        return false;
    }

    /** The title names a kind of document the formula belongs to ({@code kind} after its formula). */
    private static boolean fits(String title, String[] kind) {
        for (int i = 1; i < kind.length; i++) {
            if (title.endsWith(kind[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * 请遵照执行 (or 请…认真贯彻落实, 请各单位结合实际遵照执行) as the last clause of a line of a report: the
     * clause opens on 请 after a comma or at the line's start, and ends on a directive's words. Not in a
     * directive, a speech or a document without a kind in its title.
     */
    private static void directiveClosing(LineContext c, String title, String t, int end, List<Spot> out) {
        // a speech is held to the written formulas only (请各单位遵照执行), not to 认真贯彻落实
        boolean spoken = title.endsWith("讲话") || title.endsWith("发言");
        for (String d : DIRECTIVES) {
            if (title.endsWith(d) && !spoken) {
                return;
            }
        }
        if (!(title.endsWith("报告") || title.endsWith("汇报") || title.endsWith("总结") || title.endsWith("请示") || spoken)) {
            return;
        }
        for (String w : spoken ? WRITTEN_ENDS : DIRECTIVE_ENDS) {
            if (end < w.length() || !t.startsWith(w, end - w.length())) {
                continue;
            }
            int start = end - w.length();
            while (start > 0 && "，,。；;：:！!？?".indexOf(t.charAt(start - 1)) < 0) {
                start--;
            }
            // the clause opens on 请 (请遵照执行, 请各单位认真贯彻落实) and is short, as a closing formula is
            // not 请转发各街道贯彻执行, 请批转…执行: a request that the superior forward the report (HB303's)
            boolean forward = t.substring(start, end).matches(".*(?:转发|批转|转送|印发|下发|转至|转给).*");
            // (or on 望, the older register of the same formula: 望周知, 望遵照执行)
            boolean opens = t.startsWith("请", start) && !t.startsWith("请示", start) || t.startsWith("望", start);
            if (opens && end - start <= 20 && !forward) {
                out.add(c.spot(SpotKind.OTHER_CLOSING, start, end, ""));
            }
            return;
        }
    }
}
