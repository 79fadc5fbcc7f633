package org.huibao.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.NodeType;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;

/**
 * The placeholder families a template leaves besides masks ({@link WordingSpots}'s pattern): empty
 * brackets, underscore runs, blanks where a figure belongs, unfilled dates and bracketed field names.
 * Each is found by looking at characters, in one pass over the line; brackets are read by
 * {@link PlaceholderFields}, blank runs and blank dates by {@link PlaceholderBlanks}.
 *
 * <p>Left alone: brackets with anything but blanks in them ((一), （试行）, 〔2024〕, （%）, （亿元）); a lone
 * underscore and one between Latin letters or digits (file_name); blanks that pad a label or a name
 * (姓  名：, 王  伟) or follow an article number (第一条　　为了…); a filled date.
 */
final class Placeholders {
    static final String OPENERS = "【〔（([［「『〖《“‘＜<〈｛{﹝〘〚⦅";
    static final String CLOSERS = "】〕）)]］」』〗》”’＞>〉｝}﹞〙〛⦆";
    /** What a blank is: a space, a full-width space, a no-break space. */
    static final String BLANKS = " \u3000\u00A0";
    /**
     * Characters that count what a figure would stand before: "共计  万元", "培训  人次", "增长  %". A blank
     * run before one of them, after a Chinese character, is where a number was left out.
     */
    static final String COUNTERS = "万亿千百元人个次项家件名户亩台辆套场期批份篇处所座天年月日号岁%％倍吨公平米起条宗类轮册栋间届";
    // Not 周, 张, 季 or 本 alone: each is a surname, and "局长  周明华" pads a name; 季度 is a counter word
    private static final String[] COUNTER_WORDS = {"季度"};
    /**
     * A document number with its serial left out: 〔2024〕 号, [2024]号, 第  号. A filled one has digits
     * between the year's bracket (or 第) and 号.
     */
    private static final Pattern NUMBERLESS = Pattern.compile(
            "[〔\\[［（(【](?:19|20)[0-9]{2}[〕\\]］）)】][ \u3000\u00A0]*(?:第[ \u3000\u00A0]*)?号|(?<![次])第[ \u3000\u00A0]+号");
    private static final StartsAt.Test NUMBERLESS_START = FirstChars.of(NUMBERLESS).orElse(null);
    /** Format strings of a program left unfilled: %s, %d, %1$s ({0}, {name} are the mask pattern's). */
    private static final Pattern FORMAT = Pattern.compile(
            "(?<![0-9０-９A-Za-z%])%(?:[0-9]\\$)?[sdf](?![A-Za-z])");
    private static final StartsAt.Test FORMAT_START = FirstChars.of(FORMAT).orElse(null);
    /**
     * A unit with no figure before it, right after a verb that a figure follows: 签约率达到%, 同比增长个百分点,
     * 共计万元. A percent sign is never a word; 万 and 亿 alone are (产值突破亿元, 降低万元生产总值能耗, 签约亿元以上
     * 项目), so 万元, 亿元 count as left out only after a total (共计, 合计, 总计) and not as a class (万元以上, 万元户).
     */
    private static final Pattern UNIT_ALONE = Pattern.compile(
            "(?<!单位)(?:达到|达|为|至|到|约|占|共计|合计|累计|总计|增长|增加|增幅|下降|降低|减少|提高|提升|上升|超过|突破|完成|实现|"
            + "缩短|缩减|压减|控制在|保持在|稳定在|不低于|不少于|高于|低于)(?:[%％](?![A-Za-z0-9$])|个百分点|百分点)"
            + "|(?:共计|合计|总计)[万亿](?:元|人次|人|户|吨|亩|千瓦|平方米|立方米|册|件|次)(?!以上|以下|左右|[户级])");
    private static final StartsAt.Test UNIT_ALONE_START = FirstChars.of(UNIT_ALONE).orElse(null);

    /**
     * A date written with figures and separators, its month or day masked (2026/X/X, 2026-XX-XX, 2026.x.x), and a
     * year whose last digits were left blank (20　　年; not 近20  年来, a span of years spaced out).
     */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![A-Za-z0-9０-９])(?:19|20)[0-9]{2}([/\\-．.])[xXｘＸ×]{1,2}(?:\\1(?:[xXｘＸ×]{1,2}|[0-9]{1,2}))?(?![A-Za-z0-9])"
            + "|(?<![A-Za-z0-9])(?:19|20)[0-9]{2}([/\\-．.])[0-9]{1,2}\\2[xXｘＸ×]{1,2}(?![A-Za-z0-9])"
            + "|(?<![0-9０-９])(?:19|20|二〇|二○)(?:[ \u00A0]{2,}|\u3000+)年(?!来|以来|间|中|里|前|后|左右|多)");

    private static final StartsAt.Test NUMERIC_DATE_START = FirstChars.of(NUMERIC_DATE).orElseThrow();

    /** A figure with some digits masked by a letter (N0名, 1X个, X0万元): a template's figure half filled. */
    // (not 2x60万千瓦, ２x６０: a lowercase x between figures is the keyboard's multiplication sign; 1X6项 masks a digit)
    private static final Pattern MIXED = Pattern.compile(
            "(?<=\\p{IsHan})(?=[0-9０-９]*[NＮXＸxｘ])(?=[NＮXＸxｘ]*[0-9０-９])(?![0-9０-９]+[xｘ][0-9０-９])[0-9０-９NＮXＸxｘ]{2,5}(?![A-Za-z0-9０-９.．])");
    private static final StartsAt.Test MIXED_START = FirstChars.of(MIXED).orElseThrow();
    /** What a drafter writes a figure of zeros with: 0, ０ and the letter O, which looks like one (ＯＯ起). */
    private static final String ZEROS = "0０OＯ";

    /**
     * The characters a branch of {@link #find}'s pass acts on: the union of the branches' first tests. A
     * branch added to the pass adds its characters here, or it never runs.
     */
    private static final CharTable OPENS = CharTable.where(ch -> {
        char c = (char) ch;
        return OPENERS.indexOf(c) >= 0 || c == '_' || c == '＿' || c == '‗' || BLANKS.indexOf(c) >= 0 || c == '囗' || c == '口'
                || c == '\t' || c == '～' || c == '~' || c == '…' || c == '‥' || c == '．' || c == '。' || c == '·' || c == '.' || c == '—' || c == '－' || c == '-' || maskSymbol(c) || ZEROS.indexOf(c) >= 0
                || "YyMDdＹｙＭＤｄ".indexOf(c) >= 0 || c == '×' || PlaceholderBlanks.LONE_FILLS.indexOf(c) >= 0;
    });

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
                || Adjacent.startsWithAny(t, k, COUNTER_WORDS));
    }

    static void find(LineContext c, List<Spot> out) {
        String t = c.text();
        boolean blanks = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (!OPENS.has(ch)) {
                continue;
            }
            if (OPENERS.indexOf(ch) >= 0) {
                i = PlaceholderFields.bracket(c, i, out);
            } else if (ch == '_' || ch == '＿' || ch == '‗') {
                i = underscores(c, i, out);
            } else if (BLANKS.indexOf(ch) >= 0 || ch == '\t') {
                blanks = true;
            } else if (ch == '囗' || ch == '口' && t.startsWith("口口口", i)) {
                // 招聘会囗场, 共口口口口项: 囗 writes no word of a report, and no word holds three 口
                int k = i;
                while (k < t.length() && t.charAt(k) == ch) {
                    k++;
                }
                addNew(c, out, i, k);
                i = k - 1;
            } else if (ch == '…' || ch == '‥' || ch == '·' && t.startsWith("···", i) || ch == '.' && t.startsWith("...", i) || ch == '—' && t.startsWith("——", i) || ch == '－' && t.startsWith("－－", i)
                    || ch == '-' && t.startsWith("----", i) || ch == '．' && t.startsWith("．．．", i) || ch == '。' && t.startsWith("。。。", i)) {
                i = ellipsis(c, i, out);
            } else if ((ch == '～' || ch == '~') && i + 1 < t.length() && t.charAt(i + 1) == ch) {
                // ～～件: a range mark is never doubled, a run of them stands where a figure or a name is
                int k = i;
                while (k < t.length() && t.charAt(k) == ch) {
                    k++;
                }
                // 负责人：～～～: a label's whole value
                boolean label = i >= 2 && "：:".indexOf(t.charAt(i - 1)) >= 0 && Han.is(t.charAt(i - 2)) && (k >= t.length() || "，。；、,;".indexOf(t.charAt(k)) >= 0);
                if (figureSlot(t, i, k) || maskRun(t, i, k) || label) {
                    addNew(c, out, i, k);
                }
                i = k - 1;
            } else if (PlaceholderBlanks.LONE_FILLS.indexOf(ch) >= 0) {
                i = PlaceholderBlanks.loneFill(c, i, out);
            } else if (maskSymbol(ch) || ZEROS.indexOf(ch) >= 0) {
                i = symbolFigure(c, i, out);
            } else if ("YyMDdＹｙＭＤｄ".indexOf(ch) >= 0) {
                i = letterDate(c, i, out);
            } else if (ch == '×' && loneTimes(t, i)) {
                out.add(c.spot(SpotKind.PLACEHOLDER, i, i + 1, ""));
            }
        }
        if (t.indexOf('号') >= 0) {
            Search s = new Search(NUMBERLESS, t, NUMBERLESS_START);
            Matcher m = s.matcher();
            while (s.find()) {
                out.add(c.spot(SpotKind.PLACEHOLDER, m.start(), m.end(), ""));
            }
        }
        if (t.indexOf('%') >= 0 || t.indexOf('{') >= 0) {
            Search s = new Search(FORMAT, t, FORMAT_START);
            Matcher m = s.matcher();
            while (s.find()) {
                out.add(c.spot(SpotKind.PLACEHOLDER, m.start(), m.end(), ""));
            }
        }
        if (t.indexOf('%') >= 0 || t.indexOf('％') >= 0 || t.indexOf('万') >= 0 || t.indexOf('亿') >= 0 || t.indexOf("百分点") >= 0) {
            Search s = new Search(UNIT_ALONE, t, UNIT_ALONE_START);
            Matcher m = s.matcher();
            while (s.find()) {
                // 1988年 比上年增长％ ending its line is a table's column heading, not a sentence
                if (m.end() < t.length() && BLANKS.indexOf(t.charAt(m.end())) < 0) {
                    out.add(c.spot(SpotKind.PLACEHOLDER, m.start(), m.end(), ""));
                }
            }
        }
        PlaceholderNotes.find(c, out);
        PlaceholderTokens.find(c, out);
        PlaceholderSlots.find(c, out);
        if (t.indexOf('N') >= 0 || t.indexOf('Ｎ') >= 0 || t.indexOf('X') >= 0 || t.indexOf('Ｘ') >= 0 || t.indexOf('x') >= 0) {
            Search s = new Search(MIXED, t, MIXED_START);
            Matcher m = s.matcher();
            while (s.find()) {
                if (countsFigure(t, m.end())) {
                    addNew(c, out, m.start(), m.end());
                }
            }
        }
        if (t.indexOf('/') >= 0 || t.indexOf('-') >= 0 || t.indexOf('.') >= 0 || t.indexOf('．') >= 0 || t.indexOf('年') >= 0) {
            Search s = new Search(NUMERIC_DATE, t, NUMERIC_DATE_START);
            Matcher m = s.matcher();
            while (s.find()) {
                addNew(c, out, m.start(), m.end());
            }
        }
        if (t.indexOf("年月") >= 0) {
            PlaceholderBlanks.missingDatePart(c, out);
        }
        if (blanks) {
            List<int[]> dates = t.indexOf('月') >= 0 ? PlaceholderBlanks.dates(c, out) : List.of();
            PlaceholderBlanks.blankFigures(c, dates, out);
        }
    }

    /**
     * Adds a placeholder at {@code [from, to)} unless one already found on the line covers part of it: the
     * families overlap at their edges (2026.X.X holds the mask X.X), and one slot is one finding.
     */
    static void addNew(LineContext c, List<Spot> out, int from, int to) {
        Spot s = c.spot(SpotKind.PLACEHOLDER, from, to, "");
        for (Spot o : out) {
            if (o.kind() == SpotKind.PLACEHOLDER && o.lineId() == s.lineId() && o.overlaps(s)) {
                return;
            }
        }
        out.add(s);
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
        // (not ——名特优…: a dash opening a line is a list's mark)
        boolean dots = DOTS.indexOf(mark) >= 0;
        boolean listMark = !dots && (i == 0 || "。；".indexOf(t.charAt(i - 1)) >= 0);
        // 由————同志负责: a run of dashes longer than prose's dash, where a name is
        boolean longDash = mark == '—' && k - i >= 3 || (mark == '-' || mark == '－') && k - i >= 4;
        if (figureSlot(t, i, k) && !proseWord(t, k) && !listMark) {
            out.add(c.spot(SpotKind.PLACEHOLDER, i, k + 1, ""));
        } else if (valueRun(t, i, k)) {
            addNew(c, out, i, k);
        } else if ((dots || longDash) && (nameSlot(t, i, k) || dateSlot(t, i, k)) || dots && headingOpens(c, i, k)) {
            addNew(c, out, i, k);
        }
        return k - 1;
    }

    /**
     * A run of dashes or dots longer than any mark of prose, where a value belongs: a label's value
     * (负责人：——————, 联系人：………) or a stretch of a sentence between a word and a mark (投入资金——————，).
     * A dash (——) or an ellipsis (……) of prose is two characters; four dashes after a colon, six inside a
     * sentence, or three ellipsis dots are no mark a writer types.
     */
    private static boolean valueRun(String t, int i, int k) {
        char mark = t.charAt(i);
        int n = k - i;
        boolean label = i >= 2 && "：:".indexOf(t.charAt(i - 1)) >= 0 && Han.is(t.charAt(i - 2));
        // ‥ is two dots, …… six: a run of two leaders is no mark of prose either; three full stops or full-width
        // dots are, after a word ("研究工作。。。" is an ellipsis mistyped), and a value only after a label
        if (mark == '‥' || mark == '。' || mark == '．') {
            if (mark != '‥' && !label) {
                return false;
            }
            n = mark == '‥' ? n + 1 : n;
            mark = '…';
        }
        boolean ends = k >= t.length() || "，。；、,;".indexOf(t.charAt(k)) >= 0;
        boolean word = i > 0 && Han.is(t.charAt(i - 1));
        int least = mark == '…' ? 3 : mark == '.' || mark == '·' ? 6 : label ? 4 : 6;
        return n >= least && ends && (label || word);
    }

    /**
     * 由……同志任组长, 联系人……书记: an ellipsis right before a title, after a word or opening the line, stands
     * where a name was left out; a quotation cut short ends on a mark or a word, never on 同志.
     */
    private static boolean nameSlot(String t, int i, int k) {
        boolean after = i == 0 || Han.is(t.charAt(i - 1)) || "：:，、（(".indexOf(t.charAt(i - 1)) >= 0;
        return after && Adjacent.startsWithAny(t, k, PlaceholderFields.TITLES) && !t.startsWith("副", k);
    }

    /** Marks a drafter writes a cut or a run of dots with: the ellipsis, the two-dot leader, three full stops or dots. */
    private static final String DOTS = "…‥。．";
    /** A heading's number opening the line: 一、, （一）, 1., 1、. */
    private static final Pattern HEADING_NUMBER = Pattern.compile(
            "[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[.．、])[ \u3000]*");

    /**
     * 一、……项目建设情况: dots opening a heading's words (the line's words after its number) stand where its
     * subject is; a heading cut short ends on them, it never opens on them.
     */
    private static boolean headingOpens(LineContext c, int i, int k) {
        String t = c.text();
        boolean opens = c.line().type() == NodeType.HEADING ? t.substring(0, i).isBlank() : HEADING_NUMBER.matcher(t.substring(0, i)).matches();
        return k < t.length() && Han.is(t.charAt(k)) && opens;
    }

    /** 于……前完成, 截至……，: an ellipsis where a date was to stand, between 于 or 至 and 前, 后 or 起. */
    private static boolean dateSlot(String t, int i, int k) {
        return i > 0 && "于至".indexOf(t.charAt(i - 1)) >= 0 && k < t.length() && "前后起".indexOf(t.charAt(k)) >= 0;
    }

    /**
     * A symbol no figure is written with (◎, ※, 〓, ★, ＃…), as a run between a Chinese character and a counter,
     * stands where the figure belongs: 举办招聘会◎◎场, 标准地※宗, 开展〓次. So do zeros alone (0000项), which no
     * count is written as. Not after a digit (25℃, 3×4米) and not before a word that only starts with a counter.
     */
    private static int symbolFigure(LineContext c, int i, List<Spot> out) {
        String t = c.text();
        char first = t.charAt(i);
        boolean zeros = ZEROS.indexOf(first) >= 0;
        int k = i;
        while (k < t.length() && (zeros ? ZEROS.indexOf(t.charAt(k)) >= 0 : maskSymbol(t.charAt(k)))) {
            k++;
        }
        // ▽.▽万吨, ◇.◇%: a masked figure with its decimal point kept
        if (!zeros && k + 1 < t.length() && ".．".indexOf(t.charAt(k)) >= 0 && t.charAt(k + 1) == first) {
            k += 2;
            while (k < t.length() && t.charAt(k) == first) {
                k++;
            }
        }
        // 00.0%: zeros with a decimal point, which no rate is written as
        if (zeros && k - i >= 2 && k + 1 < t.length() && ".．".indexOf(t.charAt(k)) >= 0 && ZEROS.indexOf(t.charAt(k + 1)) >= 0) {
            k += 2;
            while (k < t.length() && ZEROS.indexOf(t.charAt(k)) >= 0) {
                k++;
            }
        }
        // 局长◇◇◇ ending its line: a name left out after a title, as a signature writes it
        boolean signed = !zeros && (k - i >= 2 || BLOCKS.indexOf(first) >= 0) && t.substring(k).isBlank()
                && Adjacent.endsWithAny(t, i, PlaceholderFields.TITLES);
        // 11月▢日, 2026年▢月: a symbol the mask pattern does not know, where a date's month or day is
        boolean datePart = !zeros && k < t.length() && "月日号".indexOf(t.charAt(k)) >= 0 && i > 0 && "年月".indexOf(t.charAt(i - 1)) >= 0
                && t.substring(i, k).chars().noneMatch(ch -> "○〇◯".indexOf(ch) >= 0);
        if (figureSlot(t, i, k) && (!zeros || k - i >= 2) || !zeros && maskRun(t, i, k) || signed) {
            out.add(c.spot(SpotKind.PLACEHOLDER, i, k, ""));
        } else if (datePart) {
            // ■月■日 is the mask pattern's already
            addNew(c, out, i, k);
        }
        return k - 1;
    }

    /** Blocks and boxes, which no text sets inside a sentence but as a fill: 总院长▇任组长, 由█同志负责. */
    private static final String BLOCKS = "▇█▉▊▋▆▅■□";

    /**
     * A run of mask symbols inside a sentence, whatever slot it fills (a name, a figure before any unit, a
     * place): 总院长▇▇▇任组长, 缩短至★★分钟, ▇▇局党组, 联系人：◆◆，. Two or more, or a single block, between
     * a Chinese character (or the line's start, or a mark) and a Chinese character (or a mark ending a
     * clause), one side at least a Chinese character, or as a label's value (联系人：◆◆，). Not ○ or 〇 (the
     * zero of a Chinese numeral, 二○二六年), not a run that ends the line (a rating, 推荐指数：★★★★), nor a
     * single bullet (★重点任务).
     */
    private static boolean maskRun(String t, int i, int k) {
        for (int j = i; j < k; j++) {
            // nor ──, ━━ (box drawing, typed as a dash: ──国民经济保持较快增长)
            if ("○〇◯".indexOf(t.charAt(j)) >= 0 || t.charAt(j) >= '\u2500' && t.charAt(j) <= '\u257F') {
                return false;
            }
        }
        // ■月■日: a date's masks are the mask pattern's
        return (k - i >= 2 || BLOCKS.indexOf(t.charAt(i)) >= 0) && inSentence(t, i, k) && "年月日号".indexOf(t.charAt(k)) < 0;
    }

    /** Marks a mask may stand after or before in a sentence, besides a Chinese character. */
    private static final String SLOT_BEFORE = "：:，、（(“";
    private static final String SLOT_AFTER = "，。；、）)”%％";

    /** The stretch {@code [i, k)} stands in running text: a Chinese character on one side, a character or a mark on the other. */
    private static boolean inSentence(String t, int i, int k) {
        if (k >= t.length()) {
            return false;
        }
        boolean hanBefore = i > 0 && Han.is(t.charAt(i - 1));
        boolean hanAfter = Han.is(t.charAt(k));
        boolean before = hanBefore || i == 0 || SLOT_BEFORE.indexOf(t.charAt(i - 1)) >= 0;
        boolean after = hanAfter || SLOT_AFTER.indexOf(t.charAt(k)) >= 0;
        // 联系人：◆◆，联系电话…: a label's value, up to the mark that ends it
        boolean value = i >= 2 && "：:".indexOf(t.charAt(i - 1)) >= 0 && Han.is(t.charAt(i - 2)) && "，。；、".indexOf(t.charAt(k)) >= 0;
        return before && after && (hanBefore || hanAfter || value);
    }

    /** Counters that are words of their own, never the first character of a longer word after a mask. */
    static final String MEASURE_WORDS = "个项场宗次件家名户起条亩期批台辆套篇座";

    /**
     * Whether the run {@code [i, k)} (an ellipsis, a dash, a symbol, zeros) stands where a figure belongs:
     * after a Chinese character and before a counter — not before a word that only starts with one
     * (发展——人民至上, 存在的……处理), unless the counter is a measure word of its own or 元/人次/次 follows.
     */
    static boolean figureSlot(String t, int i, int k) {
        // after a Chinese character, or opening a sentence (……个村完成改造)
        // (or opening a table's cell: 投资\t……亿元)
        boolean opens = i == 0 || "。；：:\t|｜".indexOf(t.charAt(i - 1)) >= 0;
        // or after a quoted or bracketed name: 检查“九小场所”···家
        boolean named = i > 0 && "”）」".indexOf(t.charAt(i - 1)) >= 0;
        if (!opens && !named && (i == 0 || !Han.is(t.charAt(i - 1))) || k >= t.length() || COUNTERS.indexOf(t.charAt(k)) < 0
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
    static boolean proseWord(String t, int k) {
        return k + 2 <= t.length() && COUNTERS.indexOf(t.charAt(k + 1)) < 0 && Segmenter.inDictionary(t.substring(k, k + 2));
    }

    /** Symbols that write no figure, word or mark of a sentence: geometric shapes, stars, reference marks, 〓. */
    private static boolean maskSymbol(char ch) {
        int type = Character.getType(ch);
        return type == Character.OTHER_SYMBOL && !Han.is(ch) && ch != '℃' && ch != '°' && ch != '№'
                || "※〓＠@＆&§¤".indexOf(ch) >= 0;
    }

    /**
     * A single × between Chinese characters (第×季度, 由×同志负责, ×县): a mask, as ×× is; × multiplies only
     * figures or dimensions (3×4, 长×宽×高).
     */
    private static boolean loneTimes(String t, int i) {
        if (i + 1 >= t.length() || i > 0 && t.charAt(i - 1) == '×' || t.charAt(i + 1) == '×') {
            return false;
        }
        char b = i > 0 ? t.charAt(i - 1) : '：';
        char a = t.charAt(i + 1);
        // ×月×日, 20××年: a date's masks are the mask pattern's; 长×宽: dimensions multiplied; “数据要素×”
        // (a policy's name, as “人工智能+”): × ending a word is an operator, so a Chinese character follows a mask
        boolean dimensions = "长宽高深厚径".indexOf(b) >= 0 && "长宽高深厚径".indexOf(a) >= 0;
        boolean value = "：:".indexOf(b) >= 0 && "，。；、".indexOf(a) >= 0;
        return (Han.is(a) || value) && inSentence(t, i, i + 1) && "年月日号".indexOf(a) < 0 && !dimensions;
    }

    /** YYYY年, MM月, DD日: the letters a date template is written with, never filled in. */
    private static int letterDate(LineContext c, int i, List<Spot> out) {
        String t = c.text();
        char first = halfWidthUpper(t.charAt(i));
        int k = i;
        while (k < t.length() && halfWidthUpper(t.charAt(k)) == first) {
            k++;
        }
        char unit = k < t.length() ? t.charAt(k) : ' ';
        boolean latinBefore = i > 0 && latin(t.charAt(i - 1));
        boolean date = first == 'Y' && k - i >= 2 && k - i <= 4 && unit == '年'
                || first == 'M' && k - i <= 2 && unit == '月'
                || first == 'D' && k - i <= 2 && (unit == '日' || unit == '号');
        if (date && !latinBefore && (first != 'M' || k - i == 2 || i > 0 && (t.charAt(i - 1) == '年' || Han.is(t.charAt(i - 1))))) {
            out.add(c.spot(SpotKind.PLACEHOLDER, i, k + 1, ""));
        }
        return k - 1;
    }

    /** Ｍ → M, ｄ → D: a full-width letter as the half-width capital it is typed for. */
    private static char halfWidthUpper(char ch) {
        return Character.toUpperCase(ch >= 'Ａ' && ch <= 'ｚ' ? (char) (ch - 0xFEE0) : ch);
    }

    /** A run of two or more underscores (or one full-width ＿) that is not inside a Latin identifier. */
    private static int underscores(LineContext c, int i, List<Spot> out) {
        String t = c.text();
        int k = i;
        boolean wide = false;
        while (k < t.length() && (t.charAt(k) == '_' || t.charAt(k) == '＿' || t.charAt(k) == '‗')) {
            wide |= t.charAt(k) != '_';
            k++;
        }
        boolean latinBefore = i > 0 && latin(t.charAt(i - 1));
        boolean latinAfter = k < t.length() && latin(t.charAt(k));
        // a line of underscores alone is a thematic break in Markdown
        boolean rule = c.document().markdown() && !wide && t.strip().chars().allMatch(ch -> ch == '_' || ch == ' ');
        // 资金_万元: one underscore between a word and what a figure counts
        boolean figure = k - i == 1 && i > 0 && Han.is(t.charAt(i - 1)) && countsFigure(t, k);
        if ((k - i >= 2 || wide || figure) && !(latinBefore && latinAfter) && !rule && !quotedForm(t, i)) {
            out.add(c.spot(SpotKind.PLACEHOLDER, i, k, ""));
        }
        return k - 1;
    }

    /**
     * Whether the underscores at {@code i} belong to a form quoted as such: a quotation of nothing but underscores
     * and a date's or a number's frame (“____年__月__日”一栏, 按“〔____〕__号”格式), which the sentence describes.
     */
    private static boolean quotedForm(String t, int i) {
        int open = t.lastIndexOf('“', i);
        int close = t.indexOf('”', i);
        if (open < 0 || close < 0 || t.lastIndexOf('”', i) > open) {
            return false;
        }
        String inside = t.substring(open + 1, close);
        boolean frame = inside.chars().allMatch(ch -> "_＿ \u3000年月日号第〔〕[]（）()".indexOf(ch) >= 0);
        // “姓名：______ 单位：______”: a form's labels, each with its line to fill, quoted as the form
        boolean labelled = LABELLED_FORM.matcher(inside).matches();
        return frame && inside.chars().anyMatch(ch -> "年月日号".indexOf(ch) >= 0) || labelled;
    }

    /** Labels (with a bracketed gloss: 单位名称（盖章）) each followed by a colon and underscores, as a form sets them. */
    private static final Pattern LABELLED_FORM = Pattern.compile(
            "(?:[ \u3000]*\\p{IsHan}{1,8}(?:[（(]\\p{IsHan}{1,4}[)）])?[：:][ \u3000]*[_＿]{2,}[ \u3000]*)+");

    private static boolean latin(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
    }
}
