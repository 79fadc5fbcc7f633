package org.huibao.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;

/**
 * Blanks where content belongs: a date with its year, month or day left blank ("    年  月  日"), and a
 * blank run where a figure or a name was left out (共计  万元, 由  同志). Blanks that pad a label or a
 * name, separate joint issuers or follow an article number are layout.
 */
final class PlaceholderBlanks {
    /** Year, month and day, any of them left blank: "    年  月  日", "2024年  月  日", "2024年6月  日". */
    private static final Pattern DATE = Pattern.compile(
            "([0-9０-９]{4}|[〇○零一二三四五六七八九]{4}|[ \u3000\u00A0\t]*)年([ \u3000\u00A0\t]*[0-9０-９〇零一二三四五六七八九十]{0,3}[ \u3000\u00A0\t]*)月"
            + "(?:([ \u3000\u00A0\t]*[0-9０-９〇零一二三四五六七八九十]{0,3}[ \u3000\u00A0\t]*)日)?");
    /** 第一条　　为了…, 第三　人民的自由: the blanks after an article, chapter or section number are layout. */
    private static final Pattern ARTICLE = Pattern.compile("第[一二三四五六七八九十百零〇0-9]{1,6}[条章节编款部]?$");

    private PlaceholderBlanks() {
    }

    /**
     * A date with its month left out and no blank where it was: 2024年月20日 (not 出生年月日: no year in digits
     * before it). A day left out (2024年6月日) is the mask pattern's.
     */
    static void missingDatePart(LineContext c, List<Spot> out) {
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

    /** A date with its year, month or day left blank; returns the stretches found. */
    static List<int[]> dates(LineContext c, List<Spot> out) {
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
                while (s < m.end() && Placeholders.BLANKS.indexOf(t.charAt(s)) >= 0) {
                    s++;
                }
                out.add(c.spot(SpotKind.PLACEHOLDER, s, m.end(), ""));
                found.add(new int[] {s, m.end()});
            }
        }
        return found;
    }

    /**
     * A label opening at {@code k} (日期：, 人数：): the blank before it pads a form's row between two fields
     * (填报人：张三　日期：…), and the counter it starts with is the label's first character, not a figure's unit.
     */
    private static boolean labelAt(String t, int k) {
        int j = k;
        while (j < t.length() && j - k < 6 && Han.is(t.charAt(j))) {
            j++;
        }
        return j > k && j < t.length() && "：:".indexOf(t.charAt(j)) >= 0;
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
        if (blank < 2 || ORGAN_ENDS.indexOf(t.charAt(blank - 1)) < 0 || !Han.is(t.charAt(blank - 2))) {
            return false;
        }
        // the next name ends on an organ's word too (not 干部  人次, a figure left out after 干部)
        int k = blank;
        while (k < t.length() && Placeholders.BLANKS.indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        for (int j = k; j < t.length() && j < k + 16 && Han.is(t.charAt(j)); j++) {
            if (ORGAN_ENDS.indexOf(t.charAt(j)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final String ORGAN_ENDS = "部委厅局院办署府室";
    /** Units of a figure that open no word: 万人, 万元, 亿元, 人次. */
    private static final String[] UNITS = {"万人", "万元", "亿元", "万吨", "万亩", "万头", "万户", "万千瓦", "人次", "万只", "万件", "万平方米", "个百分点"};

    /**
     * Blanks two characters wide or more between a Chinese character and a counter ("共计  万元"), not
     * before a colon (a padded label: 姓  名：) and not after an article number.
     */
    static void blankFigures(LineContext c, List<int[]> dates, List<Spot> out) {
        String t = c.text();
        // a single tab inside a sentence is a blank typed with another key (共计\t万元); several are a table's columns
        String blanks = t.indexOf('\t') >= 0 && t.indexOf('\t') == t.lastIndexOf('\t') ? Placeholders.BLANKS + "\t" : Placeholders.BLANKS;
        int i = 1;
        while (i < t.length()) {
            if (blanks.indexOf(t.charAt(i)) < 0) {
                i++;
                continue;
            }
            int k = i;
            int width = 0;
            while (k < t.length() && blanks.indexOf(t.charAt(k)) >= 0) {
                width += t.charAt(k) == '\u3000' || t.charAt(k) == '\t' ? 2 : 1;
                k++;
            }
            // 周　　同志: a surname, then blanks where the given name belongs (not 王  伟  同志, a padded name)
            // 国务委员　宋　平: one character between blanks (or a title and a blank) is a name padded to width
            // (but 于  月  日前: a date's own parts between blanks are the blanks of an unfilled date)
            boolean padded = i >= 2 && Placeholders.BLANKS.indexOf(t.charAt(i - 2)) >= 0 && "年月日".indexOf(t.charAt(i - 1)) < 0
                    || k + 1 < t.length() && Han.is(t.charAt(k)) && Placeholders.BLANKS.indexOf(t.charAt(k + 1)) >= 0 && "年月日".indexOf(t.charAt(k)) < 0;
            boolean figure = k < t.length() && Han.is(t.charAt(i - 1))
                    && ("%％".indexOf(t.charAt(k)) >= 0 || t.charAt(k) == '日' && t.charAt(i - 1) == '月' && i >= 2 && digits(t.substring(i - 2, i - 1)));
            boolean article = ARTICLE.matcher(t.substring(Math.max(0, i - 8), i)).find();
            // 第三节　　书记办公会: the blanks after a section number are layout
            boolean name = width >= 2 && Han.is(t.charAt(i - 1)) && !padded && !article
                    && (t.startsWith("同志", k) || t.startsWith("书记", k) || t.startsWith("局长", k) || t.startsWith("主任", k));
            // 新增就业 万人: even one blank, before a unit of two counters (万人, 亿元, 人次) that no word starts with
            boolean unit = width == 1 && Han.is(t.charAt(i - 1)) && "百千十数上几近万亿".indexOf(t.charAt(i - 1)) < 0 && !padded && !joint(t, i)
                    && Adjacent.startsWithAny(t, k, UNITS) && !inside(dates, i) && !unitColumn(t, k);
            if (unit) {
                out.add(c.spot(SpotKind.PLACEHOLDER, i - 1, k + 2, ""));
            } else if (name) {
                out.add(c.spot(SpotKind.PLACEHOLDER, i - 1, k, ""));
            } else if (figure && !inside(dates, i)) {
                // 增长 %, 6月 日: even one blank where the figure is, with no digit on either side
                out.add(c.spot(SpotKind.PLACEHOLDER, i - 1, k + 1, ""));
            } else if (width >= 2 && k < t.length() && Han.is(t.charAt(i - 1)) && !padded && !joint(t, i) && Placeholders.countsFigure(t, k)
                    && !unitColumn(t, k)
                    && !labelAt(t, k)
                    && !article && !inside(dates, i)) {
                out.add(c.spot(SpotKind.PLACEHOLDER, i - 1, k + 1, ""));
            } else if (width >= 4 && k < t.length() && Han.is(t.charAt(i - 1)) && "，。；、".indexOf(t.charAt(k)) >= 0 && !padded && !article
                    && !inside(dates, i)) {
                // 实际使用　　　　，完成…: a blank two full-width spaces wide where a clause's object or figure was left out
                out.add(c.spot(SpotKind.PLACEHOLDER, i - 1, k, ""));
            } else if (width >= 3 && k < t.length() && Han.is(t.charAt(i - 1)) && Han.is(t.charAt(k)) && !padded && !joint(t, i) && !article
                    && !inside(dates, i) && sentenceGoesOn(t, k)) {
                // 按照市委办公室   文件精神: a blank three wide inside a sentence, where a name or a number was left out
                out.add(c.spot(SpotKind.PLACEHOLDER, i - 1, k + 1, ""));
            }
            i = k;
        }
    }

    /**
     * The unit at {@code k} is a column of a table's row with its figure in the next column (化学纤维 万吨
     * 3800.0 12.1, 其中：住宅 万平方米 79043 6.4): the figure was not left out, it stands after the unit.
     */
    private static boolean unitColumn(String t, int k) {
        for (String u : UNITS) {
            if (t.startsWith(u, k)) {
                int j = k + u.length();
                int blanks = j;
                while (j < t.length() && (Placeholders.BLANKS.indexOf(t.charAt(j)) >= 0 || t.charAt(j) == '|')) {
                    j++;
                }
                return j > blanks && j < t.length() && (Character.isDigit(t.charAt(j)) || t.charAt(j) == '-' || t.charAt(j) == '－');
            }
        }
        return false;
    }

    /** Whether the sentence goes on after {@code k} to a mark of a sentence: the blank is in running text, not a table's row. */
    private static boolean sentenceGoesOn(String t, int k) {
        for (int j = k; j < t.length() && j < k + 60; j++) {
            char ch = t.charAt(j);
            if ("，。；、".indexOf(ch) >= 0) {
                return true;
            }
            if (Placeholders.BLANKS.indexOf(ch) >= 0 || ch == '|') {
                return false;
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

    /** Verbs of one character that take a figure after them: 完成率达—%, 共—人. */
    private static final String FIGURE_VERBS = "达共有为增降超逾约近计占及至";

    /**
     * A word that a figure follows ends before the mark at {@code i}: a dictionary word (共计—万元, 检查企业〇家) or a
     * verb of one character (达—%). Not a place's one-character name linked to another's (加强厦－台经贸合作).
     */
    private static boolean takesFigure(String t, int i) {
        return FIGURE_VERBS.indexOf(t.charAt(i - 1)) >= 0 || WordBoundaries.wordEndsBefore(t, i);
    }


    /** A dash, a swung dash, a middle dot or a Chinese zero typed once where a figure belongs (共计—万元, 检查企业〇家). */
    static final String LONE_FILLS = "—－-–～~·〇";
    /** What a figure may be written with before a dash or a swung dash of a range (三—五家, 十～二十人). */
    private static final String NUMERALS = "〇○零一二三四五六七八九十百千万亿两几数多余";

    /**
     * One dash, swung dash or middle dot, or a run of the Chinese zero, between a word and a counter: the figure
     * was left out and a mark typed in its place (共计—万元, 排查隐患～处, 检查企业〇家). Not a range of figures
     * written in Chinese (三—五家, 十～二十人), where a numeral stands before the mark, nor a table's cell (a dash
     * alone in a cell means none), nor the zero inside a numeral (二〇二六年, 一〇〇家).
     */
    static int loneFill(LineContext c, int i, List<Spot> out) {
        String t = c.text();
        char ch = t.charAt(i);
        int k = i + 1;
        while (ch == '〇' && k < t.length() && t.charAt(k) == '〇') {
            k++;
        }
        boolean single = ch == '〇' || k >= t.length() || t.charAt(k) != ch;
        // (and not a link between words, 学校—家庭—社会: the counter there starts a word)
        boolean counted = k < t.length() && ((Placeholders.MEASURE_WORDS.indexOf(t.charAt(k)) >= 0 || t.charAt(k) == '处') && !Placeholders.proseWord(t, k)
                || t.startsWith("万元", k) || t.startsWith("亿元", k) || t.charAt(k) == '%' || t.charAt(k) == '％');
        // (nor a link in a name, where the mark comes again: “厦－金－台”, 城市·人·自然)
        boolean linking = ch != '〇' && (t.indexOf(ch, k) >= 0 && t.indexOf(ch, k) < k + 8 || t.lastIndexOf(ch, i - 1) >= Math.max(0, i - 8));
        if (single && !linking && i > 0 && Han.is(t.charAt(i - 1)) && NUMERALS.indexOf(t.charAt(i - 1)) < 0 && Placeholders.figureSlot(t, i, k) && counted
                && takesFigure(t, i)) {
            Placeholders.addNew(c, out, i, k);
        }
        return k - 1;
    }
}
