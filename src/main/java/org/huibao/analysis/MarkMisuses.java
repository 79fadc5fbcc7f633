package org.huibao.analysis;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;

/**
 * Marks that GB/T 15834-2011 gives another job, found by what they stand between: a mark after an ordinal
 * word of running text (一是、 第一、 首先、 ①、 （1）、), quotation marks of other scripts or of a typewriter
 * ('…', ＂…＂, 『…』, «…»), angle brackets for a title (&lt;条例&gt;), book-title marks round something that
 * is no work (《党纪学习教育动员部署会》), and a question mark ending a statement. (A colon before a quotation
 * is left alone: a glossary's “四化”：“…”指… and 正如…指出的：“…” are right.)
 */
final class MarkMisuses implements Detector {
    /** 一是、 第一、 首先、 一是： — an ordinal word of a sentence takes nothing (一是) or a comma (第一，). */
    private static final Pattern ORDINAL_WORD = Pattern.compile(
            "(?<![\\p{IsHan}])([一二三四五六七八九十]是|第[一二三四五六七八九十]|首先|其次|其一|其二|其三)([、：:])(?![第一二三四五六七八九十\\d])");
    /** Every branch of {@link #ORDINAL_WORD} is two characters before its mark: the mark says where one may start. */
    private static final StartsAt.Test ORDINAL_WORD_START = StartsAt.charAt(2, "、：:");
    /** ①、 （1）、 1）、 in running text: a circled or bracketed ordinal takes no mark after it. */
    private static final Pattern BRACKETED_ORDINAL = Pattern.compile(
            "(?:^|(?<=[：；。，\\s]))([①-⑳]|[（(]\\d{1,2}[）)]|\\d{1,2}[）)])([、，,.．])(?=\\p{IsHan})");
    private static final StartsAt.Test BRACKETED_ORDINAL_START = FirstChars.of(BRACKETED_ORDINAL).orElse(null);
    /** '一岗双责', ＂一岗双责＂, ＇一岗双责＇, 『一岗双责』, «一岗双责», `一岗双责': not the quotation marks of Chinese text. */
    private static final Pattern OTHER_QUOTES = Pattern.compile(
            "(['＇`‘])([\\p{IsHan}][^'＇’\\n]{0,38}?)(['＇’])|＂([^＂\\n]{1,40})＂|『([^』\\n]{1,40})』|«([^»\\n]{1,40})»");
    private static final StartsAt.Test OTHER_QUOTES_START = FirstChars.of(OTHER_QUOTES).orElse(null);
    /**
     * &lt;中国共产党纪律处分条例&gt;: angle brackets of a keyboard standing for book-title marks, round something that
     * reads as a title (a kind of document, or six characters or more); &lt;单位名称&gt; is a field to fill in.
     */
    private static final Pattern ANGLES = Pattern.compile(
            "[<＜]([\\p{IsHan}][^<>＜＞\\n]{6,60}|[\\p{IsHan}][^<>＜＞\\n]{0,5}(?:条例|办法|决定|说明|纲要|意见|规划|通知|报告|方案|规定|准则))[>＞]");
    private static final StartsAt.Test ANGLES_START = FirstChars.of(ANGLES).orElse(null);
    /** 《党纪学习教育动员部署会》: the name of a meeting, a body, an activity or an honour, not of a work. */
    private static final Pattern NON_WORK = Pattern.compile(
            "《([^《》〈〉“”\\n]{2,40}?(?:会议|大会|座谈会|推进会|部署会|动员会|培训班|读书班|领导小组|工作专班|委员会|办公室|服务中心|先进集体"
            + "|先进个人|示范点|示范单位|基地|监督岗|工作室|服务队|宣讲团|称号|创建活动|主题活动"
            // a hall, a room, a station, a centre or a house where people meet: 《枫林议事厅》, 《红色驿站》
            + "|议事厅|会客厅|服务厅|办事厅|大厅|展厅|活动室|议事室|调解室|阅览室|图书室|工作站|服务站|联络站|实践站|驿站|(?<!为)中心"
            + "|展馆|场馆|纪念馆|陈列馆|文化馆|图书馆|书屋|礼堂|广场|之家(?<=职工之家|妇女之家|党员之家|青年之家|代表之家|委员之家|会员之家|暖心之家|温馨之家)))》");
    private static final StartsAt.Test NON_WORK_START = FirstChars.of(NON_WORK).orElse(null);
    /**
     * 〔二〕资源下沉, 【三】, [一]: a heading's Chinese ordinal in brackets other than the full-width round ones
     * GB/T 9704 gives the second level (（二）); 〔〕 holds a document number's year, 【】 and [] a note.
     */
    private static final Pattern BRACKETED_HEADING = Pattern.compile(
            "^([〔【\\[［])([一二三四五六七八九十]{1,3})([〕】\\]］])(?=\\p{IsHan})");
    private static final StartsAt.Test BRACKETED_HEADING_START = FirstChars.of(BRACKETED_HEADING).orElse(null);
    /** Words and forms that make a sentence a question: 吗, 呢, 如何, 是否, 能不能, A不A … */
    private static final Pattern QUESTION = Pattern.compile(
            "[吗么呢吧啊呀谁啥哪几岂]|什么|怎|如何|为何|何|多少|多大|多长|是否|能否|可否|难道|还是|与否|([\\p{IsHan}])[不没]\\1");
    /** The speaker and his hearers: 我, 我们, 你, 咱们, 大家. */
    private static final Pattern SPEAKERS = Pattern.compile("[我你咱您]|大家");
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]");
    /** Verbs that take a question as their object in a statement: 研究如何…, 围绕怎样…开展讨论. */
    private static final Pattern EMBEDDING = Pattern.compile("(?:研究|讨论|探讨|思考|明确|弄清|搞清|了解|知道|解决|围绕|分析|考虑|谋划)了?[^，；：]{0,6}?(?:如何|怎样|怎么|是否|什么|哪)");

    @Override
    public void detect(LineContext c, List<Spot> out) {
        String t = c.text();
        find(c, ORDINAL_WORD, ORDINAL_WORD_START, out, m -> m.group(1).endsWith("是") ? m.group(1) : m.group(1) + "，");
        if (t.indexOf('、') >= 0 || t.indexOf('，') >= 0 || t.indexOf('.') >= 0 || t.indexOf(',') >= 0 || t.indexOf('．') >= 0) {
            find(c, BRACKETED_ORDINAL, BRACKETED_ORDINAL_START, out, m -> m.group(1));
        }
        if (t.indexOf('\'') >= 0 || t.indexOf('＇') >= 0 || t.indexOf('＂') >= 0 || t.indexOf('『') >= 0 || t.indexOf('«') >= 0
                || t.indexOf('`') >= 0) {
            find(c, OTHER_QUOTES, OTHER_QUOTES_START, out, m -> "“" + inside(m) + "”");
        }
        if (t.indexOf('<') >= 0 || t.indexOf('＜') >= 0) {
            // a title inside a title takes the single marks (GB/T 15834 4.15.3: 《关于贯彻落实〈…〉的意见》)
            find(c, ANGLES, ANGLES_START, out, m -> insideTitle(t, m.start()) ? "〈" + m.group(1) + "〉" : "《" + m.group(1) + "》");
        }
        if (t.indexOf('《') >= 0) {
            find(c, NON_WORK, NON_WORK_START, out, m -> m.group(1));
        }
        if (!t.isEmpty() && "〔【[［".indexOf(t.charAt(0)) >= 0) {
            find(c, BRACKETED_HEADING, BRACKETED_HEADING_START, out, m -> "（" + m.group(2) + "）");
        }
        if (t.indexOf('？') >= 0) {
            questions(c, out);
        }
    }

    /** Whether a 《 before {@code at} is still open there. */
    private static boolean insideTitle(String t, int at) {
        int open = 0;
        for (int i = 0; i < at; i++) {
            char ch = t.charAt(i);
            if (ch == '《') {
                open++;
            } else if (ch == '》') {
                open = Math.max(0, open - 1);
            }
        }
        return open > 0;
    }

    private static String inside(Matcher m) {
        for (int g = 2; g <= m.groupCount(); g++) {
            if (g != 3 && m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    /**
     * A ？ that ends a sentence with no word of a question in it (全年开展研讨12次？), or one whose question is
     * only the object of a verb of the statement (研究了如何加强警示教育？). A ？ inside a quotation or a title
     * is the speaker's or the author's; a sentence begins after 。！？；：.
     */
    private static void questions(LineContext c, List<Spot> out) {
        String t = c.text();
        int open = 0;
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '“' || ch == '《') {
                open++;
            } else if (ch == '”' || ch == '》') {
                open = Math.max(0, open - 1);
            } else if (ch == '？' && open == 0) {
                String s = t.substring(start, i);
                boolean statement = !QUESTION.matcher(s).find() || EMBEDDING.matcher(s).find() && !s.endsWith("呢") && !s.endsWith("吗");
                // ？？个工作日, 收到举报？件: a question mark standing for a figure is a placeholder, not a stop
                boolean figure = i > 0 && (t.charAt(i - 1) == '？' || Character.isDigit(t.charAt(i - 1)))
                        || i + 1 < t.length() && (t.charAt(i + 1) == '？' || "个件人次名家户项元万亿%％".indexOf(t.charAt(i + 1)) >= 0);
                // （一八九七——？）, （1897—？）: a ？ for a year or a figure not known, after a dash or alone in brackets
                boolean unknown = i > 0 && "—～~-－(（".indexOf(t.charAt(i - 1)) >= 0
                        || i + 1 < t.length() && "）)".indexOf(t.charAt(i + 1)) >= 0 && t.lastIndexOf('（', i) > t.lastIndexOf('。', i);
                // 我们还稀罕作这个客？: a question the speaker asks himself or his hearers, rhetorically; a report's
                // statement of what was done states figures (全年开展研讨12次？) or speaks of no one
                boolean rhetorical = SPEAKERS.matcher(s).find() && !DIGITS.matcher(s).find();
                if (statement && !figure && !unknown && !rhetorical && s.chars().anyMatch(Han::is) && !(i + 1 < t.length() && t.charAt(i + 1) == '！')) {
                    out.add(c.spot(SpotKind.MISUSED_MARK, i, i + 1, "。", "。"));
                }
                start = i + 1;
            } else if ("。！；：".indexOf(ch) >= 0) {
                start = i + 1;
            }
        }
    }

    /**
     * Every match of the pattern as a misused mark, with the replacement {@code fix} makes of it; the pattern
     * tried only where {@code start} lets a match begin (two characters before a 、 or a colon for
     * an ordinal word — not at every character of every line).
     */
    private static void find(LineContext c, Pattern p, StartsAt.Test start, List<Spot> out, Function<Matcher, String> fix) {
        Search s = new Search(p, c.text(), start);
        Matcher m = s.matcher();
        while (s.find()) {
            String f = fix.apply(m);
            out.add(c.spot(SpotKind.MISUSED_MARK, m.start(), m.end(), f, f));
        }
    }
}
