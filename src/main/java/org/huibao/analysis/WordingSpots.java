package org.huibao.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Block;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;
import org.huibao.parse.Columns;

/**
 * Placeholders, doubled characters and words, request wording and pasted artefacts in the lines that
 * hold the report's wording. Each pattern runs only on a line that has a character it needs; the
 * doublings are found by comparing characters, with the patterns kept for lines outside the Basic
 * Multilingual Plane.
 */
final class WordingSpots implements Detector {
    /** A measure and a noun after N or X: 打造N个特色产业集群, N家医疗机构, N条微循环线路 — "several", not a mask. */
    private static final String SEVERAL = "[个家条支项批所座片张套][\\p{IsHan}“《]";
    // The alternatives, in order: 20xx年(x月x日) · xx年(x月x日) · x月x日 · xx, XX, ××, XXX (not inside a
    // Latin word or number) · a single x/X before a Chinese character (not a technical designator: X光, X射线, x轴, X型, X波段, X频段, 1+X证书) ·
    // 某某 (not 张某某) · 【待补充】, （此处填写…）, （待定） · TODO · ○○, 〇〇 and ○ or 〇 before 年/月/日/号
    // (○月○日; not 二○○八年, 二〇二五年) · □□, △△ (and △ before 年/月/日). Where an
    // alternative has a look-behind, it follows the first character: tried at every position, a
    // look-behind over a long class of characters is what a line's scan would spend its time on.
    static final Pattern PLACEHOLDER = Pattern.compile(
            "(?<!\\d)(?:19|20)(?:[xXｘＸ×]{2}|[0-9][xXｘＸ×])年(?:[xXｘＸ×]{1,2}月(?:[xXｘＸ×]{1,2}日)?)?"
            + "|(?<![A-Za-z0-9])[xXｘＸ×]{2,4}年(?:[xXｘＸ×]{1,2}月(?:[xXｘＸ×]{1,2}日)?)?"
            + "|(?<![A-Za-z0-9])[xXｘＸ×]{1,2}月(?:[xXｘＸ×]{1,2}日)?"
            + "|(?<![A-Za-z0-9])[xXｘＸ×]{2,}(?![A-Za-z0-9]|染色)"
            // (nor “8185”+ X; the "several" of a counted series, 5个…，X个影视特色产业群, is MaskReadings')
            + "|[xXｘＸ](?<![A-Za-z0-9+＋\\-－_./\\\\][xXｘＸ])(?<![A-Za-z0-9+＋] [xXｘＸ])(?<![A-Za-z][：:][xXｘＸ])(?![A-Za-z0-9+＋\\-－_./])(?=\\p{IsHan})(?![光射线轴型形染世波频])"
            + "|某(?<![王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤]某)某+"
            + "|[【\\[（(]\\s*(?:待补充|待完善|待填写|待核实|待确认|待更新|待定|此处[^】\\]）)]{0,20})\\s*[】\\]）)]"
            + "|(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])"
            + "|[○〇](?<![〇零○一二三四五六七八九十][○〇])[○〇]{0,3}年(?:[○〇]{1,2}月(?:[○〇]{1,2}日)?)?"
            + "|[○〇](?<![〇零○一二三四五六七八九十][○〇])[○〇]?月(?:[○〇]{1,2}日)?"
            // (nor 七、〇〇〇公里, 一四·〇〇亿元: the thousands and the decimals of a figure in Chinese numerals)
            + "|[○〇](?<![〇零○一二三四五六七八九十][○〇])(?<![〇零○一二三四五六七八九十][、·][○〇])(?:[○〇]+|(?=[日号]))(?![〇零○一二三四五六七八九十])"
            + "|[△▲■]{1,4}年(?:[△▲■]{1,2}月(?:[△▲■]{1,2}日)?)?|[△▲■]{1,2}月(?:[△▲■]{1,2}日)?|[△▲■]{2,}|[△▲■](?=[日号])"
            // 4□3, {N}, 发言N篇, 共？？人: a box, a template variable, a letter or question marks standing for a figure
            // (not N个, the policy word for "several": 重点产业链N个特色产业生态)
            // (nor 一中心一平台六大库N应用, the "many" of a counted series: N after a numbered item, or before 应用, 场景…)
            // ({{% pageinfo %}}, {{< figure >}}: a site template's shortcode, not a variable)
            // (N家科产融合创新平台, 撬动N支子基金: N before a measure and a noun is "several" too; 问题N个。 counts)
            + "|□|\\{(?![%<])[^{}]{0,12}(?<![%>])\\}|(?<=\\p{IsHan})(?<![一二三四五六七八九十两百千万][\\p{IsHan}]{1,3})[NＮnｎ](?![A-Za-z0-9])(?=[\\p{IsHan}%％])"
            + "(?![型沟种类大多应场模平中服系])(?!" + SEVERAL + ")"
            // NN次, N人参加… opening a sentence: letters for a figure
            + "|[NＮ](?<![A-Za-z0-9][NＮ])[NＮ]{1,2}(?![A-Za-z0-9])(?=[\\p{IsHan}%％])|[NＮnｎ](?<![^。；][NＮnｎ])(?=[个项件次人名户家条处起宗%％])(?!" + SEVERAL + ")"
            // x.x%, X.X万元: a mask with a decimal point
            + "|(?<![A-Za-z0-9])[xXｘＸ×]+[.．][xXｘＸ×]+(?![A-Za-z0-9])"
            // 问题#起: a hash where a figure is (not 1#楼, 3号楼's shorthand)
            + "|[#＃](?<![^\\p{IsHan}，。；：][#＃])[#＃]*(?=[\\p{IsHan}%％])"
            // 举报？件: one question mark before a counter
            // (not 230?亿元, a character lost after a figure)
            + "|(?<=\\p{IsHan})[？?](?=[件项起宗名户家次%％]|人次|万元|亿元|个(?![人体别性]))"
            // 举办?场, 共?人。: an ASCII ? before more counters (a full-width ？ there may end a question: 怎么办？场地…)
            + "|(?<=\\p{IsHan})\\?(?=[场期批篇轮座台辆套处]|人[，。；、）)]|万人)"
            + "|[？?](?<![^\\p{IsHan}0-9，。；：][？?])[？?]+(?=[\\p{IsHan}0-9%％])"
            // 增长X%, 详见附件X。: a letter where a figure or a number ends the phrase
            + "|(?<=\\p{IsHan})[xXｘＸ](?=[%％）)。，、；])"
            // a template's instruction left in the text, bracketed or not: 此处填写典型案例, 此处请财务科补充, 典型经验：待补充, 待填
            // (not 有待补充, 尚待补充: a shortcoming's own wording)
            + "|此处(?:请[^，。；、]{0,10}?)?(?:填写|补充|插入|添加|粘贴|输入)|(?<![有亟尚仍还])待(?:补充|填写?)(?![完和报])"
            // 2025年1月日, 2025年月日: a date whose day or month was never typed (not 3月日均, 2024年月均)
            + "|(?<=[0-9０-９]{4}年)月日|(?<=[0-9０-９])月日(?![均常益报间趋渐夜程照用产供处])");
    // Where a placeholder can begin (its first characters, read from the pattern): the alternation is
    // otherwise tried at every character of each line with 月 or another of PLACEHOLDER_CHARS.
    private static final StartsAt.Test PLACEHOLDER_START = FirstChars.of(PLACEHOLDER).orElse(null);
    /** Characters without one of which no placeholder alternative can match. */
    static final String PLACEHOLDER_CHARS = "xXｘＸ×某待此TF○〇□△▲■{NＮnｎ？?#＃月";
    private static final Pattern SEPARATOR_LINE = Pattern.compile(
            "[\\s\\u3000]*(?:[*＊\\-=_~][\\s\\u3000]*){3,}|\\|?[\\s\\u3000]*:?-{3,}:?[\\s\\u3000]*(?:\\|[\\s\\u3000]*:?-{3,}:?[\\s\\u3000]*)+\\|?");
    // In a plain-text report every run of * or ＊ masks something ("由党委*同志任组长"); not 3*4.
    private static final Pattern STAR_MASK = Pattern.compile("(?<![\\d*＊])[*＊]++|[*＊]++(?![\\d*＊])");
    // In Markdown, *…*, **…**, ***…*** are emphasis, "* " at a line's start a bullet, \* an escaped star;
    // group 2 is a star that closes no pair.
    private static final Pattern MARKDOWN_STAR = Pattern.compile(
            "(\\*{1,3})(?=[^\\s*])[^*]*?(?<=[^\\s*])\\1(?!\\*)|^[*＊][ \\t\\u3000]|\\\\\\*|([*＊]+)");
    // **一、基本情况**, - **台账核对**：…, *根据…刊印* in a plain-text report: Markdown emphasis (bold or italic)
    // pasted along with the text, around a heading, a lead phrase or an editor's note (the whole line, or up
    // to its colon) — residue to delete, not a mask. Not 由**同志负责，**部门配合, whose "pair" ends on a comma.
    private static final Pattern PASTED_EMPHASIS = Pattern.compile(
            "^[ \\t\\u3000]*(?:[-•·][ \\t\\u3000]+|\\d{1,2}[.、．][ \\t\\u3000]*)?(\\*{1,3})[^\\s*，、；：。](?:[^*]*?[^\\s*，、；：。])?\\1(?=[：:]|[ \\t\\u3000]*$)");
    private static final Pattern DOUBLED_CHARACTER = Pattern.compile(
            "(\\p{IsHan})\\1(?!\\1)(\\p{IsHan})\\2|((\\p{IsHan})\\4)");
    private static final Pattern DOUBLED_WORD = Pattern.compile("(\\p{IsHan}{2,4})\\1");
    private static final Pattern ONE_CHARACTER_REPEATED = Pattern.compile("(\\p{IsHan})\\1+");
    private static final Pattern MARKUP = Pattern.compile(
            "##[A-Za-z_]{1,30}##"
            + "|(?i:</?(?:p|span|div|br|strong|b|i|em|font|img|a|table|tr|td|th|tbody|thead|ul|ol|li|h[1-6]|section|article|sup|sub|u|hr|blockquote|pre|code|style|script|o:p|center|label|input|iframe|ins|del|s|strike|mark)(?:\\s[^<>]{0,200})?\\s*/?>)"
            + "|&(?:nbsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|emsp|ensp|bull|times|copy|reg|#\\d{2,6}|#[xX][0-9a-fA-F]{2,5});");
    // Markdown's image and link syntax pasted into a plain-text or Word draft (![](https://…),
    // [造林台账](http://…)): the text of a link is to keep, the rest is residue; in a Markdown file it is markup.
    private static final Pattern MARKDOWN_LINK = Pattern.compile(
            "!\\[[^\\]\\n]{0,100}\\]\\([^)\\s]{1,500}\\)|\\[[^\\]\\n]{1,100}\\]\\((?:https?://|ftp://|www\\.|mailto:)[^)\\s]{0,500}\\)");
    // A Word field shown as its code ({ HYPERLINK "…" }, { PAGE }, { MERGEFIELD 单位名称 }) when a document is
    // copied with field codes on: residue, not a placeholder.
    private static final Pattern FIELD_CODE = Pattern.compile(
            "\\{\\s*(?:HYPERLINK|PAGE|NUMPAGES|PAGEREF|REF|TOC|MERGEFIELD|FORMTEXT|FORMCHECKBOX|DATE|TIME|CREATEDATE|SEQ|INCLUDEPICTURE|INCLUDETEXT|EMBED|SYMBOL|FILENAME|AUTHOR|NOTEREF|STYLEREF|XE|TC|EQ)\\b[^{}\\n]{0,300}\\}");
    private static final String ADDRESS =
            "(?:https?|ftp)://[^\\s<>\\\"“”，。；、（）()【】]+|(?<![A-Za-z0-9./@])www\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:/[^\\s<>\\\"“”，。；、（）()【】]*)?";
    private static final Pattern WEB_ADDRESS = Pattern.compile(ADDRESS);
    // An address the text introduces as one is not a stray: group 1 is the introduced address.
    private static final Pattern INTRODUCED_ADDRESS = Pattern.compile(
            "(?:网址|网站|官网|登录|访问|详见|下载|网页|主页|域名|邮箱)[^。；！？]{0,12}?(" + ADDRESS + ")");
    private static final Pattern BULLET = Pattern.compile("^[*＊](?=[ \\t\\u3000])");
    private static final Pattern TRIMMED = Pattern.compile("\\S(?:.*\\S)?");

    @Override
    public void detect(LineContext c, List<Spot> out) {
        if (!c.line().wording()) {
            return;
        }
        String text = c.text();
        boolean markdown = c.document().markdown();
        if (c.has(CharSets.PLACEHOLDER)) {
            masks(c, out);
        }
        boolean stars = c.has(CharSets.STAR);
        boolean separator = stars || c.has(CharSets.RULE) ? SEPARATOR_LINE.matcher(text).matches() : false;
        if (stars && !separator) {
            if (markdown) {
                markdownStars(c, out);
            } else {
                plainStars(c, out);
            }
        }
        doubledCharacters(c, out);
        doubledWords(c, out);
        Placeholders.find(c, out);
        if (text.indexOf('请') >= 0 || text.indexOf('望') >= 0 || text.indexOf('否') >= 0 || text.contains("如无")
                || text.indexOf('盼') >= 0 || text.indexOf('候') >= 0 || text.contains("若无") || text.indexOf('求') >= 0
                || text.contains("如蒙") || text.contains("为荷") || text.contains("是荷") || text.contains("为感") || text.contains("为祷")
                || text.contains("为谢") || text.contains("建议")) {
            Requests.find(c, out);
        }
        if (text.contains("特此") || text.contains("此复") || text.contains("专此") || text.contains("此致") || text.contains("此布")
                || text.contains("此令") || text.contains("此函") || text.contains("执行") || text.contains("落实") || text.contains("办理")
                || text.contains("实施")) {
            otherClosing(c, out);
        }
        if (c.has(CharSets.MARKUP)) {
            c.find(MARKUP, 0, SpotKind.ARTEFACT, out);
        }
        int pasted = out.size();
        if (!markdown && text.indexOf("](") >= 0) {
            c.find(MARKDOWN_LINK, 0, SpotKind.ARTEFACT, out);
        }
        if (text.indexOf('{') >= 0) {
            c.find(FIELD_CODE, 0, SpotKind.ARTEFACT, out);
        }
        if (text.contains("://") || text.contains("www.")) {
            webAddresses(c, out, out.subList(pasted, out.size()).stream().map(Spot::span).toList());
        }
        if (!markdown && separator) {
            c.find(TRIMMED, 0, SpotKind.ARTEFACT, out);
        }
        if (!markdown && stars) {
            c.find(BULLET, 0, SpotKind.ARTEFACT, out);
        }
    }

    /** The matches of {@link #PLACEHOLDER} that stand for something left unwritten ({@link MaskReadings}). */
    private static void masks(LineContext c, List<Spot> out) {
        String t = c.text();
        Search s = new Search(PLACEHOLDER, t, PLACEHOLDER_START);
        Matcher m = s.matcher();
        while (s.find()) {
            if (m.end() > m.start() && !MaskReadings.notUnwritten(t, m.start(), m.end())) {
                out.add(c.spot(SpotKind.PLACEHOLDER, m.start(), m.end(), ""));
            }
        }
    }

    /**
     * Stars in a Markdown line that close no pair: a mask, unless two or three of them open the line or close
     * it or stand beside a blank — emphasis over several lines (**各位代表，… on one line, …工作。** on another,
     * （一）抗击非典** 面对…) or set in a slip of
     * the pen (***政府工作报告**): markup, not a field left unfilled.
     */
    private static void markdownStars(LineContext c, List<Spot> out) {
        String t = c.text();
        Matcher m = MARKDOWN_STAR.matcher(t);
        while (m.find()) {
            if (m.group(2) == null) {
                continue;
            }
            int width = m.end(2) - m.start(2);
            // flanked by a blank or the line's edge on one side, as Markdown's emphasis marks are; a mask
            // stands between characters (由**同志负责)
            boolean edge = m.start(2) == 0 || Character.isWhitespace(t.charAt(m.start(2) - 1)) || t.charAt(m.start(2) - 1) == '\u3000'
                    || m.end(2) == t.length() || Character.isWhitespace(t.charAt(m.end(2))) || t.charAt(m.end(2)) == '\u3000';
            // or by a mark of punctuation on one side and a word on the other, as an opening or closing mark is
            // (来，**中国革命…, …的趋势**。); a mask stands between two words or two marks (联系人：**，)
            int from = m.start(2);
            int to = m.end(2);
            boolean markBefore = from > 0 && punctuation(t.charAt(from - 1));
            boolean markAfter = to < t.length() && punctuation(t.charAt(to));
            boolean flanking = markBefore != markAfter;
            if (!((edge || flanking) && width >= 2 && width <= 3) && !referenceMark(t, from, to)) {
                out.add(c.spot(SpotKind.PLACEHOLDER, m.start(2), m.end(2), ""));
            }
        }
    }

    /** A mark of punctuation, Chinese or Latin. */
    private static boolean punctuation(char ch) {
        int type = Character.getType(ch);
        return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION;
    }

    /**
     * A star that marks a note, explained where it stands: 注：*为预计数, 带*的为…, 标*号. Not a mask: the text
     * says what it means.
     */
    private static boolean referenceMark(String t, int from, int to) {
        boolean explained = to < t.length() && (t.startsWith("为", to) || t.startsWith("表示", to) || t.startsWith("指", to)
                || t.startsWith("系", to));
        boolean opensNote = from == 0 || "：:（(".indexOf(t.charAt(from - 1)) >= 0;
        boolean marked = from > 0 && "带标加有".indexOf(t.charAt(from - 1)) >= 0 && to < t.length() && "的号者".indexOf(t.charAt(to)) >= 0;
        return explained && opensNote || marked;
    }

    /** Stars in a plain-text line: pasted emphasis is residue (HB306), any other run masks something (HB301). */
    private static void plainStars(LineContext c, List<Spot> out) {
        String t = c.text();
        Matcher e = PASTED_EMPHASIS.matcher(t);
        int from = -1;
        int to = -1;
        if (e.find()) {
            int width = e.end(1) - e.start(1);
            out.add(c.spot(SpotKind.ARTEFACT, e.start(1), e.end(1), ""));
            out.add(c.spot(SpotKind.ARTEFACT, e.end() - width, e.end(), ""));
            from = e.start(1);
            to = e.end();
        }
        Matcher m = STAR_MASK.matcher(t);
        while (m.find()) {
            if ((m.start() < from || m.start() >= to) && !referenceMark(t, m.start(), m.end())) {
                out.add(c.spot(SpotKind.PLACEHOLDER, m.start(), m.end(), ""));
            }
        }
    }

    /**
     * The closing formulas of other kinds of document, each with the title words of the kinds it
     * belongs to: 特此通知 closes a 通知, 此复 a 批复 or a 复函.
     */
    private static final String[][] OTHER_CLOSINGS = {
        {"特此通知", "通知"}, {"特此通报", "通报"}, {"特此公告", "公告"}, {"特此通告", "通告"}, {"特此批复", "批复"},
        {"特此决定", "决定"}, {"特此证明", "证明"}, {"特此命令", "命令", "令"}, {"特此函告", "函"}, {"特此函复", "函"},
        {"特此函达", "函"}, {"特此说明", "说明"}, {"特此公示", "公示"}, {"特此布告", "布告"}, {"此布", "布告", "公告"},
        {"此令", "令"}, {"此函", "函"}, {"特此函", "函"}, {"专此函告", "函"}, {"专此函复", "函"}, {"专此函达", "函"}, {"此复", "批复", "函"},
        // the closings of a 函 asking, a statement, a pledge, a proxy, a notice to a party, an appeal
        {"特此函询", "函"}, {"特此函商", "函"}, {"特此声明", "声明"}, {"特此承诺", "承诺书", "书"}, {"特此委托", "委托书", "书"},
        {"特此告知", "告知书", "书", "通知"}, {"特此倡议", "倡议书", "书"},
        // a letter's: 此致敬礼 closes a 信, a 申请书 or a 倡议书, not a 报告
        {"此致敬礼", "信", "书", "函"}, {"此致，敬礼", "信", "书", "函"}, {"此致", "信", "书", "函"},
        // answers to a question or a letter (回复, 答复), a letter's own closings
        {"特此回复", "回复", "复函", "函"}, {"特此答复", "答复", "复函", "函"}, {"谨此函告", "函"}, {"特此致函", "函"},
        {"顺致崇高敬意", "函", "信"}, {"顺颂商祺", "函", "信"}};

    /**
     * How a directive (通知, 意见, 决定, 办法, 批复…) tells those below to carry it out: 请遵照执行, 请认真贯彻
     * 执行, 请结合实际认真贯彻落实. Ending a report to a superior, it is a line kept from a directive.
     */
    private static final String[] DIRECTIVE_ENDS = {"遵照执行", "贯彻执行", "认真执行", "贯彻落实", "遵照办理", "研究执行",
        "参照执行", "抓好落实", "组织实施", "遵守执行", "认真落实", "执行落实", "照此执行", "研究落实"};
    /** Kinds of document that close so: a directive, or a 批复 or 函 answering. */
    private static final String[] DIRECTIVES = {"通知", "意见", "决定", "办法", "方案", "规定", "细则", "批复", "函", "要点", "规划",
        "通报", "命令", "令", "纲要", "制度", "规则", "措施", "讲话", "发言", "议"};

    /**
     * A closing formula of another kind of document ending its line (特此通知。 in a 报告); not in a document
     * whose title names that kind, and not in one without a title, whose kind is unknown.
     */
    private static void otherClosing(LineContext c, List<Spot> out) {
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
        if (!inside(c, title, t, out)) {
            directiveClosing(c, title, t, end, out);
        }
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
        for (String d : DIRECTIVES) {
            if (title.endsWith(d)) {
                return;
            }
        }
        if (!(title.endsWith("报告") || title.endsWith("汇报") || title.endsWith("总结") || title.endsWith("请示"))) {
            return;
        }
        for (String w : DIRECTIVE_ENDS) {
            if (end < w.length() || !t.startsWith(w, end - w.length())) {
                continue;
            }
            int start = end - w.length();
            while (start > 0 && "，,。；;：:".indexOf(t.charAt(start - 1)) < 0) {
                start--;
            }
            // the clause opens on 请 (请遵照执行, 请各单位认真贯彻落实) and is short, as a closing formula is
            // not 请转发各街道贯彻执行, 请批转…执行: a request that the superior forward the report (HB303's)
            boolean forward = t.substring(start, end).matches(".*(?:转发|批转|转送|印发|下发|转至|转给).*");
            if (t.startsWith("请", start) && end - start <= 20 && !t.startsWith("请示", start) && !forward) {
                out.add(c.spot(SpotKind.OTHER_CLOSING, start, end, ""));
            }
            return;
        }
    }

    /**
     * A marker the parser set aside as a block of its own ("##paidend##" on its own line, "##paidbegin##"
     * before a paragraph, which then shares its line): not a line, so found here rather than in detect.
     */
    static void artefact(Block b, List<Spot> out) {
        Matcher m = TRIMMED.matcher(b.text());
        Columns columns = new Columns(b);
        while (m.find()) {
            out.add(new Spot(SpotKind.ARTEFACT, b.id(), columns.span(m.start(), m.end()), m.group(), ""));
        }
    }

    /** Stray web addresses; not one inside a pasted link or field already reported ({@code within}). */
    private static void webAddresses(LineContext c, List<Spot> out, List<org.huibao.api.Span> within) {
        Matcher m = WEB_ADDRESS.matcher(c.text());
        Matcher intro = null;
        next:
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            org.huibao.api.Span at = c.spot(SpotKind.ARTEFACT, m.start(), m.end(), "").span();
            for (org.huibao.api.Span w : within) {
                if (w.start() <= at.start() && at.end() <= w.end()) {
                    continue next;
                }
            }
            intro = intro == null ? INTRODUCED_ADDRESS.matcher(c.text()) : intro.reset();
            boolean introduced = false;
            while (intro.find()) {
                if (intro.group(1) != null && intro.end(1) > intro.start(1) && intro.start(1) == m.start()) {
                    introduced = true;
                    break;
                }
            }
            if (!introduced) {
                out.add(c.spot(SpotKind.ARTEFACT, m.start(), m.end(), ""));
            }
        }
    }

    /** {@link #DOUBLED_CHARACTER}'s third group, by comparing characters. */
    private static void doubledCharacters(LineContext c, List<Spot> out) {
        String t = c.text();
        if (Han.hasSurrogate(t)) {
            Matcher m = DOUBLED_CHARACTER.matcher(t);
            while (m.find()) {
                if (m.group(3) != null) {
                    out.add(doubled(c, SpotKind.DOUBLED_CHARACTER, m.start(3), m.end(3)));
                }
            }
            return;
        }
        int n = t.length();
        int i = 0;
        while (i + 1 < n) {
            char a = t.charAt(i);
            if (t.charAt(i + 1) == a && Han.is(a)) {
                if (i + 3 < n && t.charAt(i + 2) != a && Han.is(t.charAt(i + 2)) && t.charAt(i + 3) == t.charAt(i + 2)) {
                    i += 4; // AABB: 干干净净
                    continue;
                }
                out.add(doubled(c, SpotKind.DOUBLED_CHARACTER, i, i + 2));
                i += 2;
                continue;
            }
            i++;
        }
    }

    /** {@link #DOUBLED_WORD} less one character repeated, by comparing characters. */
    private static void doubledWords(LineContext c, List<Spot> out) {
        String t = c.text();
        if (Han.hasSurrogate(t)) {
            Matcher m = DOUBLED_WORD.matcher(t);
            while (m.find()) {
                if (!ONE_CHARACTER_REPEATED.matcher(m.group()).matches()) {
                    out.add(doubled(c, SpotKind.DOUBLED_WORD, m.start(), m.end()));
                }
            }
            return;
        }
        int n = t.length();
        int i = 0;
        next:
        while (i + 4 <= n) {
            for (int len = 4; len >= 2; len--) {
                if (i + 2 * len <= n && t.regionMatches(i, t, i + len, len) && allHan(t, i, i + len)) {
                    if (!sameCharacter(t, i, i + 2 * len)) {
                        out.add(doubled(c, SpotKind.DOUBLED_WORD, i, i + 2 * len));
                    }
                    i += 2 * len;
                    continue next;
                }
            }
            i++;
        }
    }

    private static Spot doubled(LineContext c, SpotKind kind, int from, int to) {
        String s = c.text().substring(from, to);
        String once = s.substring(0, s.length() / 2);
        return c.spot(kind, from, to, once, once);
    }

    private static boolean allHan(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Han.is(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameCharacter(String t, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (t.charAt(i) != t.charAt(from)) {
                return false;
            }
        }
        return true;
    }
}
