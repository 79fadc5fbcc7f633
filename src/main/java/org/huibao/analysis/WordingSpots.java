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
            + "|[xXｘＸ](?<![A-Za-z0-9０-９+＋\\-－_./\\\\][xXｘＸ])(?<![A-Za-z0-9+＋] [xXｘＸ])(?<![A-Za-z][：:][xXｘＸ])(?![A-Za-z0-9+＋\\-－_./])(?=\\p{IsHan})(?![光射线轴型形染世波频])"
            + "|某(?<![王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤]某)某+"
            + "|[【\\[（(]\\s*(?:待补充|待完善|待填写|待核实|待确认|待更新|待定|此处[^】\\]）)]{0,20})\\s*[】\\]）)]"
            // (not 科学城TBD, 新区CBD: a place's business district)
            + "|(?<![A-Za-zＡ-Ｚａ-ｚ])(?:TODO|TBD(?<![城区园港湾谷岛镇]TBD)|FIXME|ＴＯＤＯ|ＴＢＤ|ＦＩＸＭＥ)(?![A-Za-zＡ-Ｚａ-ｚ])"
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
            // (but 有N所学校, 对N家机构, 共N个: after a verb of having or counting N is a figure, as "several" never follows 有 or 对)
            + "(?![型沟种类大多应场模平中服系])(?:(?<=[有对共仅达][NＮnｎ])|(?!" + SEVERAL + "))"
            // NN次, N人参加… opening a sentence: letters for a figure
            + "|[NＮ](?<![A-Za-z0-9][NＮ])[NＮ]{1,2}(?![A-Za-z0-9])(?=[\\p{IsHan}%％])|[NＮnｎ](?<![^。；][NＮnｎ])(?=[个项件次人名户家条处起宗%％])(?!" + SEVERAL + ")"
            // x.x%, X.X万元: a mask with a decimal point
            + "|(?<![A-Za-z0-9])[xXｘＸ×]+[.．][xXｘＸ×]+(?![A-Za-z0-9])"
            // 表X-X, 图X－X: a table's or a figure's number masked
            + "|(?<=[表图])[xXｘＸ×][-－][xXｘＸ×](?![A-Za-z0-9])"
            // 问题#起: a hash where a figure is (not 1#楼, 3号楼's shorthand)
            + "|[#＃](?<![^\\p{IsHan}，。；：][#＃])[#＃]*(?=[\\p{IsHan}%％])"
            // 举报？件: one question mark before a counter
            // (not 230?亿元, a character lost after a figure)
            + "|(?<=\\p{IsHan})[？?](?=[件项起宗名户家次%％]|人次|万元|亿元|个(?![人体别性]))"
            // 举办?场, 共?人。: an ASCII ? before more counters (a full-width ？ there may end a question: 怎么办？场地…)
            + "|(?<=\\p{IsHan})\\?(?=[场期批篇轮座台辆套处]|人[，。；、）)]|万人)"
            // 培训班？期，: a full-width one too where the counter ends its clause (not 怎么办？期待…, a question)
            + "|(?<=\\p{IsHan})？(?=[场期批篇轮座台辆套处][，。；、）)])"
            // (also after a heading's number or in a table's cell: 一、？？项目, （一）？？工作, 投资\t？？亿元)
            + "|[？?](?<![^\\p{IsHan}0-9，。；：、）)\t |｜][？?])[？?]+(?=[\\p{IsHan}0-9%％])"
            // 2027年?月底前, 1月?日: a question mark where a date's month or day is
            + "|[？?](?<=[年月][？?])[？?]?(?=[月日号])"
            // 截至?月底, 于？月: a question mark where the month of a date is (not 怎么办？月底前…, a question)
            + "|[？?](?<=(?:截至|截止|截止到|于)[？?])[？?]?(?=月)"
            // 增长X%, 详见附件X。: a letter where a figure or a number ends the phrase
            + "|(?<=\\p{IsHan})[xXｘＸ](?=[%％‰）)。，、；])"
            // a template's instruction left in the text, bracketed or not: 此处填写典型案例, 此处请财务科补充, 典型经验：待补充, 待填
            // (not 有待补充, 尚待补充: a shortcoming's own wording)
            // (and 此处补数据, a figure still to come: 数据待更新, 金额待核实 closing its clause)
            + "|此处(?:请[^，。；、]{0,10}?)?(?:填写|补充|插入|添加|粘贴|输入|补(?![贴助偿救种植栽漏短])|填(?![埋报]))|(?<![有亟尚仍还])待(?:补充|填写?)(?![完和报])"
            + "|待(?<=(?:数据|数字|数值|金额|人数|比例)待)(?:更新|核实|核对|确认|补充|补|定|提供)(?=[，。；;）)]|$)"
            // 2025年1月日, 2025年月日: a date whose day or month was never typed (not 3月日均, 2024年月均)
            + "|(?<=[0-9０-９]{4}年)月日|(?<=[0-9０-９])月日(?![均常益报间趋渐夜程照用产供处])");
    // Where a placeholder can begin (its first characters, read from the pattern): the alternation is
    // otherwise tried at every character of each line with 月 or another of PLACEHOLDER_CHARS.
    private static final StartsAt.Test PLACEHOLDER_START = FirstChars.of(PLACEHOLDER).orElse(null);
    /** Characters without one of which no placeholder alternative can match. */
    static final String PLACEHOLDER_CHARS = "xXｘＸ×某待此TFＴＦ○〇□△▲■{NＮnｎ？?#＃月";
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
                || text.indexOf('盼') >= 0 || text.indexOf('希') >= 0 || text.indexOf('获') >= 0 || text.contains("得到") || text.indexOf('候') >= 0 || text.indexOf('祈') >= 0 || text.contains("若无") || text.indexOf('求') >= 0
                || text.contains("如蒙") || text.contains("若蒙") || text.contains("倘蒙") || text.contains("为荷") || text.contains("是荷") || text.contains("为感") || text.contains("为祷")
                || text.contains("为谢") || text.contains("建议") || text.contains("期待") || text.indexOf('需') >= 0
                // 报县局审批, 敬呈县局审阅批准: a matter handed up for a decision
                || RequestClosings.handedUpMay(text)) {
            Requests.find(c, out);
        }
        if (OtherClosings.mayHold(text)) {
            OtherClosings.find(c, out);
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
        return explained && opensNote || marked || noteOnFigure(t, from, to);
    }

    /**
     * A star in brackets right after a figure, a web copy's escape (\*) or not: 6.12（*）, 19.93%（\*） — a note
     * on the figure (an estimate, a revised number) in a statistics table, not a mask; a mask stands where the
     * figure belongs (完成投资（*）亿元).
     */
    private static boolean noteOnFigure(String t, int from, int to) {
        int k = from - 1;
        if (k >= 0 && t.charAt(k) == '\\') {
            k--;
        }
        boolean bracketed = k >= 1 && "（(".indexOf(t.charAt(k)) >= 0 && to < t.length() && "）)".indexOf(t.charAt(to)) >= 0;
        return bracketed && (Character.isDigit(t.charAt(k - 1)) || "%％".indexOf(t.charAt(k - 1)) >= 0);
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
