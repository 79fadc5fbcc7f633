package org.huibao.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Block;
import org.huibao.api.Genre;
import org.huibao.api.NodeType;
import org.huibao.api.Sentence;

/**
 * Tells a report's genre from its title, salutation, closing and the way its text opens. The title
 * decides when it names a kind of document; a text without one is judged by how it is written (a
 * news item opens with a date and reports what a meeting said).
 */
public final class Genres {
    /** A genre and the words that decided it ("" when nothing did and it is a report by default). */
    public record Call(Genre genre, String cue) {
    }

    private static final Pattern GOVERNMENT_WORK_REPORT = Pattern.compile("政府工作报告");
    /** The occasion of a government work report: a session of a people's congress. */
    private static final Pattern CONGRESS_SESSION = Pattern.compile("人民代表大会[^，。]{0,12}会议上");
    /** The speaker line of a government work report: "市长 赵建军", "福建省人民政府省长 赵龙", "代市长 侯刚". */
    private static final Pattern GOVERNMENT_HEAD = Pattern.compile(
            "^[^，。：:]{0,16}?(?:人民政府)?代?((?:省|市|州|县|区|旗|盟|镇|乡)长|(?:自治区人民政府)主席)[ 　]+[^ 　，。：:]{1,4}(?:[ 　][^ 　，。：:]{1,3})?$");
    private static final Pattern PLEDGE = Pattern.compile("表态发言|表态");
    private static final Pattern ADDRESS = Pattern.compile("讲话|致辞|开幕词|闭幕词|贺词|动员令");
    private static final Pattern SPEECH_TITLE = Pattern.compile("发言|汇报提纲");
    private static final Pattern SPEECH_CLOSING = Pattern.compile("^汇报完毕|^谢谢");
    private static final Pattern RECTIFICATION = Pattern.compile("整改");
    /** A title naming a report of some kind: whatever else it says, the text is a report. */
    private static final Pattern REPORT_KIND = Pattern.compile("报告|汇报|总结|述职|述责|述廉|发言|讲话|情况");
    /** A debrief's title names the document: "…述职报告", "…述责述廉材料", "述职述廉发言". */
    private static final Pattern DEBRIEF_KIND = Pattern.compile("报告|材料|发言|汇报|提纲");
    /** A title word that names a kind of report; "情况" alone does not. */
    private static final Pattern NAMED_KIND = Pattern.compile("报告|汇报|总结|述职|述责|述廉|发言|讲话");
    /** Titles of documents that are not reports: they prescribe, announce or publish. */
    private static final Pattern OTHER_DOCUMENT = Pattern.compile(
            "(通知|条例|办法|规定|细则|规则|准则|制度|公报|实施方案|工作方案|意见|决定|纪要|公告|通告|决议|规划|纲要|批复|答复|函"
                    // a standing list of duties or tasks it sets: "…第一责任人职责清单", "…任务分工清单"
                    + "|清单)"
                    // （试行）, （2024年修订）, the date of issue under a title: （2018年10月9日）, the
                    // adoption note: （2016年10月27日…全体会议通过）, and the document number with or without
                    // the date: （中发〔65〕715号 1965年12月24日）
                    + "([（(](?:[^）)]{0,8}|\\d{4}年\\d{1,2}月\\d{1,2}日|[^）)]{0,60}(?:通过|发布|印发|修订|施行)"
                    + "|[^）)〔]{1,12}[〔\\[][^）)]{0,40}号[^）)]{0,20})[）)])*$");
    /**
     * A document number before a title on its first line ("化办发〔2016〕72号 中共…关于印发…的通知"): the title
     * after it names the document, though the line is too long for the parser to take it as the title.
     */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^[^，。〔]{1,12}〔\\d{2,4}〕\\d{1,4}号[ 　]*([^。，；]{4,100})$");
    /**
     * The formula of a notice that issues or forwards a document to those it addresses: "现将《…》印发给你们，请认真
     * 贯彻执行", "现将…转发你们，请…抓好贯彻执行". A report tells its reader what was done; it never sends its
     * reader a document to carry out.
     */
    private static final Pattern NOTICE_FORMULA = Pattern.compile(
            "(印发|转发|下发)给?你们[^。]{0,40}请[^。]{0,40}(执行|落实|遵照|遵循|参照)");
    /** What a notice issues, by the kind its name ends with: "《…实施细则》", "《…办法（试行）》". */
    private static final Pattern ISSUED_RULES = Pattern.compile(
            "《[^》]{2,80}?(条例|办法|规定|细则|规则|准则|制度|清单)(（[^）]{0,8}）)?》");
    /** A news item says early on when and where something happened: "12月16日，…召开…". */
    private static final Pattern NEWS_LEAD = Pattern.compile(
            "(((19|20)\\d{2}年)?[0-9０-９一二三四五六七八九十]{1,2}月([0-9０-９一二三四五六七八九十]{1,3}(日|至[0-9０-９]{1,2}日)(上午|下午|晚)?"
                    // or a part of the month: "5月下旬，…会同…进行联合督查"
                    + "|[上中下]旬)|近日|日前|近期)[，,]?"
                    // (带队: an official led a team somewhere, "…负责同志带队深入…等镇和…等部门")
                    + "[^。]{0,80}(召开|举行|开幕|闭幕|主持|举办|出席|宣布|调研|反馈|回访|走访|督查|督导|检查|考察|宣讲|述职|述责|述廉|测评|观摩|签署|签订|带队)");
    /** A headline: something was held or done ("…反馈会议召开", "…开展巡察整改专项督查"). */
    private static final Pattern NEWS_HEADLINE = Pattern.compile("召开|举行|开幕|闭幕|举办|调研|反馈|部署|推进会|座谈会|开展");
    /** A title that ends naming a report: "…情况", "…的报告", "…总结". */
    private static final Pattern REPORT_TITLE_END = Pattern.compile("(报告|汇报|总结|情况|发言|讲话|材料|要点|说明|致辞)[）)]?$");
    private static final Pattern MEETING_SAID = Pattern.compile(
            "^(会议|会上|会议上)[，,]?[^，。]{0,6}(指出|强调|要求|认为|提出|传达|听取|审议|通报|部署|号召|明确)"
                    + "|^[^，。]{0,16}(书记|组长|主任|局长|部长|县长|市长|区长|负责人|委员们|代表们)[^，。]{0,4}(指出|强调|要求|表示|认为)");
    /**
     * A document's own formula for what follows: "现将巡察整改情况予以公布", "现将有关情况报告如下". A news item
     * tells of events; it never announces its own contents so.
     */
    private static final Pattern DOCUMENT_FORMULA = Pattern.compile(
            "现将[^。]{0,60}(报告|汇报|公布|通报|说明|总结|印发)");
    /**
     * A sentence telling how a meeting went, as a unit's own news item does even when it says 我校 or 我局:
     * "会议由校党委书记…主持", "…主持会议并讲话", "他强调，…".
     */
    private static final Pattern MEETING_TOLD = Pattern.compile(
            "会议由[^。]{0,30}主持|主持(会议|本次会议)|出席(会议)?并(讲话|作重要讲话|致辞)|^(他|她)[^，。]{0,4}(指出|强调|要求|表示|希望)");
    /**
     * How many of a meeting's sayings ("会议指出，…", "会议强调，…", "会议要求，…") make an opening dated meeting the
     * news of a unit told in its own voice; a report may tell two of its own meeting's.
     */
    private static final int MEETING_SAYINGS = 3;
    /** The reporting unit speaking of itself: a report has it, a news item about others does not. */
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "我们|我(局|委|办|厅|处|科|单位|部|市|县|区|省|镇|乡|街道|院|校|司|所|中心|公司|集团|行|会|站|队|社)|本(单位|部门|人)");

    /**
     * A line of a web page's frame copied with its text: where the page sits, when and by whom it was posted,
     * how often it was read. It names no document; the title, if any, is on a line after it.
     */
    private static final Pattern CHROME = Pattern.compile(
            "^(当前位置|您的位置|您现在的位置|所在位置)[：:]|^首页[ 　]*[>＞»/]|(发布|发表|更新)(时间|日期)[：:]|来源[：:]|浏览(次数|量)"
                    + "|阅读(次数|量)|点击(数|量|率)[：:]|字号[：:]|【(字体|打印|关闭)|打印本页|关闭窗口|分享到");
    /**
     * Articles of rules, one a line: "第一条　为规范…，制定本制度。", and as copies run them on without the space
     * ("第一条为规范…"). A report may quote an article; only rules are written in them.
     */
    private static final Pattern ARTICLE = Pattern.compile("^第[一二三四五六七八九十百零〇]{1,5}条(?:[ 　]|(?=\\p{IsHan}))");
    /** How many article lines make a text rules, whatever its title line (often lost in a copy) says. */
    private static final int ARTICLES = 3;
    /**
     * A text sent down to the units it addresses ("各乡镇人民政府，县直有关单位：") — a notice, a 通报, a plan — not
     * up to a body it reports to; not hearers greeted ("各位领导、同志们：").
     */
    private static final Pattern DOWNWARD_ADDRESSEE = Pattern.compile(
            "^各(?!位)[^。；：:]{1,60}[：:]$");
    private static final Pattern HEARERS = Pattern.compile("同志|领导|代表|委员|来宾|朋友|嘉宾");
    /** A unit's account of what it rectifies after an audit or inspection: "…审计查出问题的整改情况", "巡察整改进展情况". */
    private static final Pattern OWN_RECTIFICATION = Pattern.compile(
            "(巡察|巡视|审计|督察|反馈)[^。]{0,30}整改|整改(情况|进展|工作)");
    /**
     * What a 通报 says of itself: "现将有关情况通报如下", "现将…予以通报", "特此通报" — not what it tells of others
     * ("被省政府予以通报表扬").
     */
    private static final Pattern BULLETIN = Pattern.compile("通报如下|现将[^。]{0,60}予以通报[。，；]|特此通报");
    /**
     * A report on the work of others that its author examined — an audit office's report on the budget's
     * execution, a congress committee's inspection of how a law is carried out: the problems it names are the
     * audited or inspected units', its suggestions are addressed to them.
     */
    private static final Pattern EXAMINATION_TITLE = Pattern.compile(
            "审计工作报告|审计结果的?报告|审计情况的?报告|执法检查[^，。]{0,30}报告|检查《[^》]{2,40}》[^，。]{0,12}情况的?报告");
    /** The same told by its opening when the title is lost: "受县人民政府委托，我向县人大常委会报告…审计情况". */
    private static final Pattern EXAMINATION_OPENING = Pattern.compile(
            "受[^。]{0,30}委托[^。]{0,40}报告[^。]{0,40}审计|根据(《中华人民共和国审计法》|审计法)[^。]{0,80}审计|执法检查组[^。]{0,80}(检查|报告)");
    /** A government's head reporting to the congress in a copy without its title: "我代表县人民政府，向大会报告工作". */
    private static final Pattern REPORTS_TO_CONGRESS = Pattern.compile(
            "我代表[^。，]{0,20}人民政府[，,]?向(大会|本次会议)(报告(政府)?工作|[作做](政府)?工作报告)");

    private Genres() {
    }

    /** Whether a title names a document that is not a report (…的通知, …条例, …意见（试行）). */
    static boolean namesOtherDocument(String title) {
        return OTHER_DOCUMENT.matcher(title).find();
    }

    /** The genre from title, salutation and closing; a report when nothing says otherwise. */
    public static Genre detect(Report report) {
        return call(report).genre();
    }

    /** The genre and the words that decided it. */
    public static Call call(Report report) {
        String title = titleBehindChrome(report);
        String named = title.isEmpty() ? numberedTitle(report) : title;
        Matcher m = OTHER_DOCUMENT.matcher(named);
        if (!m.find()) {
            named = brokenTitle(report, named);
            m = OTHER_DOCUMENT.matcher(named);
        }
        if (m.find(0)) {
            // "…述职评议考核办法（试行）" prescribes how to report; it is not a report. A notice that issues
            // rules ("关于印发《…实施细则》的通知") is read as the rules it issues, which follow it
            return new Call(Genre.NOT_A_REPORT, m.group(1).equals("通知") ? issued(named, "通知") : m.group(1));
        }
        // rules whose title line a copy lost, or named otherwise ("…工作规程"): their articles show them
        if (!NAMED_KIND.matcher(title).find() && articles(report) >= ARTICLES) {
            // a notice forwarding them names what it forwards ("现将…印发的《…办法》转发给你们")
            String notice = noticeFormula(report);
            return new Call(Genre.NOT_A_REPORT, notice == null ? "条文" : issued(notice, "通知"));
        }
        // a title broken over two lines names its kind on the second ("某工程有限公司" / "2025年度党建工作总结")
        String whole = brokenTitle(report, title);
        if (!REPORT_KIND.matcher(whole).find()) {
            String notice = noticeFormula(report);
            if (notice != null) {
                return new Call(Genre.NOT_A_REPORT, issued(notice, "通知"));
            }
        }
        // "…述职报告", "…述责述廉材料"; a headline about debriefs ("镇雄：…书记向县委常委会述责述廉", "…召开…
        // 述职评议会") is news, told below
        boolean debrief = title.contains("述职") || title.contains("述责") || title.contains("述廉");
        if (debrief && DEBRIEF_KIND.matcher(title).find()) {
            return new Call(Genre.DEBRIEF, "述职");
        }
        if (title.contains("自查")) {
            return new Call(Genre.SELF_CHECK, "自查");
        }
        if ((m = GOVERNMENT_WORK_REPORT.matcher(title)).find()) {
            return new Call(Genre.GOVERNMENT_WORK_REPORT, m.group());
        }
        String head = governmentHeadToCongress(report);
        if (head == null && (title.isEmpty() || whole.contains("工作报告") || whole.contains("人民代表大会"))) {
            // "湖北省人民政府2005年工作报告", a dateline for a title: the opening says to whom the work report is
            // made
            head = opening(report, REPORTS_TO_CONGRESS, 5);
        }
        if (head != null) {
            // a copy without its title line: "——…在…人民代表大会…会议上", "省长 …", "各位代表："
            return new Call(Genre.GOVERNMENT_WORK_REPORT, head);
        }
        if ((m = RECTIFICATION.matcher(title)).find() && REPORT_KIND.matcher(title).find()) {
            return new Call(Genre.RECTIFICATION, m.group());
        }
        String other = examinedOrSentDown(report, title, whole);
        if (other != null) {
            return new Call(Genre.NOT_A_REPORT, other);
        }
        if ((m = PLEDGE.matcher(title)).find()) {
            return new Call(Genre.PLEDGE, m.group());
        }
        if ((m = ADDRESS.matcher(title)).find() && !title.contains("汇报")) {
            return new Call(Genre.ADDRESS, m.group());
        }
        if (title.contains("说明") && deliveredAtAMeeting(report, title)) {
            // "关于…方案的说明 ——在…代表大会…会议上": an explanation given to a meeting
            return new Call(Genre.ADDRESS, "说明");
        }
        boolean headline = !title.isEmpty() && !title.startsWith("关于") && !REPORT_TITLE_END.matcher(title).find()
                && NEWS_HEADLINE.matcher(title).find();
        // "…巡察组向…党组织集中反馈巡察情况" names no kind of document: 情况 alone, not 关于…情况的报告; the
        // body tells a news item from a report that speaks of its own unit
        boolean situation = title.endsWith("情况") && !title.startsWith("关于")
                && !NAMED_KIND.matcher(title).find();
        // a text that addresses its hearers ("各位领导：") is said to them, not news written about others
        boolean addressed = !report.blocks(NodeType.SALUTATION).isEmpty();
        if (!addressed && (headline || situation || debrief || !REPORT_KIND.matcher(whole).find())) {
            String news = newsCue(report, headline);
            if (news != null) {
                return new Call(Genre.NOT_A_REPORT, news);
            }
        }
        if (debrief) {
            return new Call(Genre.DEBRIEF, "述职");
        }
        if ((m = SPEECH_TITLE.matcher(title)).find()) {
            return new Call(Genre.SPEECH, m.group());
        }
        List<Block> salutations = report.blocks(NodeType.SALUTATION);
        if (!salutations.isEmpty()) {
            return new Call(Genre.SPEECH, salutations.get(0).text());
        }
        for (Block b : report.blocks(NodeType.CLOSING)) {
            if ((m = SPEECH_CLOSING.matcher(b.text())).find()) {
                return new Call(Genre.SPEECH, b.text());
            }
        }
        if (whole.contains("总结") && !whole.contains("报告")) {
            return new Call(Genre.SUMMARY, "总结");
        }
        return new Call(Genre.REPORT, "");
    }

    /** The longest line taken for a title under a page's frame. */
    private static final int TITLE_LINE = 60;

    /**
     * The title, or when the parser took a line of a web page's frame for it ("当前位置：首页 > 工作动态"), the
     * first line after the frame that reads as a title: short, no full stop.
     */
    private static String titleBehindChrome(Report report) {
        String title = report.title().orElse("");
        if (!CHROME.matcher(title).find()) {
            return title;
        }
        for (String l : firstLines(report.text(), 5)) {
            String line = l.strip();
            if (!line.isEmpty() && !CHROME.matcher(line).find()) {
                return line.length() <= TITLE_LINE && line.indexOf('。') < 0 && line.indexOf('：') < 0 ? line : "";
            }
        }
        return "";
    }

    /** How many lines of the text open as articles of rules. */
    private static int articles(Report report) {
        int n = 0;
        for (String line : report.text().split("\n", -1)) {
            if (ARTICLE.matcher(line.strip()).find() && ++n >= ARTICLES) {
                break;
            }
        }
        return n;
    }

    /** The first match of {@code p} in the first {@code n} sentences, or null. */
    private static String opening(Report report, Pattern p, int n) {
        List<Sentence> sentences = report.sentences();
        for (Sentence s : sentences.subList(0, Math.min(n, sentences.size()))) {
            Matcher m = p.matcher(s.text());
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }

    /**
     * What shows a text that is no account of its writer's own work, or null: an audit or inspection report
     * on the units its author examined ("…审计工作报告", "受…委托，…报告…审计情况"), a 通报 ("…的通报", "现将…通报
     * 如下"), or a text sent down to the units it addresses ("各乡镇人民政府，县直有关单位："). A rectification
     * report published as a 通报 ("…巡察整改情况的通报") is the unit's own account and is not one of them.
     */
    private static String examinedOrSentDown(Report report, String title, String whole) {
        Matcher m = EXAMINATION_TITLE.matcher(whole);
        if (m.find()) {
            return m.group().startsWith("审计") ? "审计工作报告" : "执法检查报告";
        }
        // what a unit rectifies after an audit or inspection, told by itself ("…审计查出问题的整改情况")
        if (title.contains("整改") || opening(report, OWN_RECTIFICATION, 5) != null) {
            return null;
        }
        boolean untitled = !NAMED_KIND.matcher(whole).find();
        if (untitled && opening(report, EXAMINATION_OPENING, 3) != null) {
            return report.text().contains("审计") ? "审计工作报告" : "执法检查报告";
        }
        String bulletin = opening(report, BULLETIN, 4);
        // a 通报 of the unit's own work ("…工作情况通报") tells it to all; one sent down says so or addresses those below
        boolean downward = false;
        for (String l : firstLines(report.text(), 3)) {
            String line = l.strip();
            downward |= DOWNWARD_ADDRESSEE.matcher(line).find() && !HEARERS.matcher(line).find();
        }
        boolean bulletinTitle = title.endsWith("通报");
        if ((bulletinTitle || title.isEmpty()) && bulletin != null || bulletinTitle && downward) {
            return "通报";
        }
        return untitled && downward ? "下发文件" : null;
    }

    /**
     * The title on a first line that opens with a document number ("化办发〔2016〕72号 …的通知"), or "" when the
     * first line is no such line.
     */
    private static String numberedTitle(Report report) {
        Matcher m = NUMBERED_TITLE.matcher(firstLines(report.text(), 1).get(0).strip());
        return m.find() ? m.group(1) : "";
    }

    /** The longest line a title broken in two may go on with. */
    private static final int TITLE_TAIL = 30;

    /**
     * A title broken over two lines ("盘锦市党政主要负责人履行推进法治建设" / "第一责任人职责清单"): the title and the
     * short line under it, when that line has no punctuation; the title alone otherwise.
     */
    private static String brokenTitle(Report report, String title) {
        List<String> lines = firstLines(report.text(), 2);
        if (title.isEmpty() || lines.size() < 2 || !lines.get(0).strip().equals(title)) {
            return title;
        }
        String next = lines.get(1).strip();
        return next.length() <= TITLE_TAIL && next.chars().noneMatch(c -> "，。：；、,:;".indexOf(c) >= 0)
                ? title + next : title;
    }

    /** How many sentences from the start a notice's formula may stand: after its addressee and purpose. */
    private static final int NOTICE_OPENING = 4;

    /** The sentence of the opening that issues or forwards a document to its addressees, or null. */
    private static String noticeFormula(Report report) {
        List<Sentence> sentences = report.sentences();
        for (Sentence s : sentences.subList(0, Math.min(NOTICE_OPENING, sentences.size()))) {
            if (NOTICE_FORMULA.matcher(s.text()).find()) {
                return s.text();
            }
        }
        return null;
    }

    /**
     * The kind of rules a notice issues when the text names them ("印发《…实施细则》" → 细则), so that the text is
     * read as rules that prescribe; {@code otherwise} when it issues something else (a plan, a report).
     */
    private static String issued(String text, String otherwise) {
        Matcher m = ISSUED_RULES.matcher(text);
        return m.find() ? m.group(1) : otherwise;
    }

    /** A sentence that asks: it ends with a question mark, closing quotes aside. */
    private static boolean question(String sentence) {
        int end = sentence.length();
        while (end > 0 && "”\"’」』 ".indexOf(sentence.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && (sentence.charAt(end - 1) == '？' || sentence.charAt(end - 1) == '?');
    }

    /** A sentence that is a quotation: it opens and closes with quotation marks. */
    private static boolean quoted(String sentence) {
        String t = sentence.strip();
        return t.length() > 2 && (t.charAt(0) == '“' || t.charAt(0) == '「') && (t.endsWith("”") || t.endsWith("」"));
    }

    /** A dateline under the title: "——2026年3月6日在…会议上". */
    private static final Pattern DATELINE = Pattern.compile("[—\\-－]{1,2}.{0,40}在.{0,60}(会议|大会|会)上");

    /**
     * The head of a government speaking to a session of the people's congress, in the first lines: the
     * occasion ("在…人民代表大会…会议上") and the speaker ("市长 …", "…人民政府省长 …"); null otherwise. That
     * is a government work report, whatever its title line says or whether it has one.
     */
    private static String governmentHeadToCongress(Report report) {
        boolean congress = false;
        for (String l : openingLines(report, 6)) {
            String line = l.strip();
            congress |= CONGRESS_SESSION.matcher(line).find();
            Matcher speaker = GOVERNMENT_HEAD.matcher(line);
            if (congress && speaker.find()) {
                return speaker.group(1);
            }
        }
        return null;
    }

    /**
     * Whether a report is made to a people's congress, as its opening says: a dateline "——…在…人民代表大会…会议上"
     * or "我代表…人民政府向大会报告工作". Such a report is given early in the year its title names, and looks
     * ahead to that year.
     */
    public static boolean madeToCongress(Report report) {
        for (String line : openingLines(report, 6)) {
            if (CONGRESS_SESSION.matcher(line).find()) {
                return true;
            }
        }
        return opening(report, REPORTS_TO_CONGRESS, 5) != null;
    }

    /** The first {@code n} lines of a text, without copying the rest of it (split would, as its last part). */
    private static List<String> firstLines(String text, int n) {
        List<String> lines = new java.util.ArrayList<>(n);
        int from = 0;
        while (lines.size() < n) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                lines.add(text.substring(from));
                break;
            }
            lines.add(text.substring(from, end));
            from = end + 1;
        }
        return lines;
    }

    /**
     * The first {@code n} lines of a report's body that carry words: its front matter (already read by the
     * parser) and blank lines take no place, so a Markdown copy's dateline and speaker are still among the first.
     */
    private static List<String> openingLines(Report report, int n) {
        String text = report.text();
        List<String> lines = new java.util.ArrayList<>(n);
        for (int from = report.meta().end(); lines.size() < n && from <= text.length(); ) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            String line = text.substring(from, end).strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
            from = end + 1;
        }
        return lines;
    }

    private static boolean deliveredAtAMeeting(Report report, String title) {
        if (DATELINE.matcher(title).find()) {
            return true;
        }
        List<String> lines = firstLines(report.text(), 5);
        for (int i = 1; i < lines.size(); i++) {
            if (DATELINE.matcher(lines.get(i).strip()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words that show a news item, written about others: an opening (three sentences) in which the
     * writer never speaks of its own unit ("我局", "我们"; news may quote it later), and in it a sentence
     * saying when a meeting was held or a visit made, or a headline for a title; or two sentences
     * reporting what a meeting or an official said. Null when the text does not read as news.
     */
    private static String newsCue(Report report, boolean headline) {
        // a news item may open with questions or a quotation as its hook ("“巡察整改以后，老问题有没有故态复萌？
        // …”3月20日，…", "“…我将坚决扛起全面从严治党主体责任……”近日，…")
        List<Sentence> sentences = report.sentences().stream()
                .filter(s -> !question(s.text()) && !quoted(s.text()) && !CHROME.matcher(s.text()).find()).toList();
        if (sentences.isEmpty()) {
            return null;
        }
        for (Sentence s : sentences.subList(0, Math.min(3, sentences.size()))) {
            if (DOCUMENT_FORMULA.matcher(s.text()).find()) {
                return null;
            }
        }
        // a unit's own news may say 我校 from its first sentence on: it opens with the date of a meeting
        // and goes on telling who chaired it and what was stressed
        // — or goes on telling what the meeting pointed out, stressed and required ("会议指出，…会议要求，…")
        boolean ownNews = NEWS_LEAD.matcher(sentences.get(0).text()).find()
                && (sentences.stream().anyMatch(s -> MEETING_TOLD.matcher(s.text()).find())
                    || sentences.stream().filter(s -> MEETING_SAID.matcher(s.text()).find()).count() >= MEETING_SAYINGS);
        for (Sentence s : sentences.subList(0, Math.min(3, sentences.size()))) {
            if (!ownNews && FIRST_PERSON.matcher(s.text()).find()) {
                return null;
            }
        }
        int said = 0;
        for (Sentence s : sentences) {
            if (MEETING_SAID.matcher(s.text()).find()) {
                said++;
            }
        }
        // the lead: the opening sentences, or the first of the second paragraph after a hook paragraph
        // ("鞭炮有响，燃放有音。…给新春献礼。" then "1月23日，…签署…")
        List<Sentence> lead = new java.util.ArrayList<>(sentences.subList(0, Math.min(3, sentences.size())));
        // — in a text without numbered parts, which a report cut into parts would have
        if (report.headings().stream().noneMatch(h -> h.numbered())) {
            sentences.stream().filter(s -> s.index() == 0 && s.blockId() != sentences.get(0).blockId()).findFirst()
                    .ifPresent(lead::add);
        }
        for (Sentence s : lead) {
            if (NEWS_LEAD.matcher(s.text()).find()) {
                return "会议新闻";
            }
        }
        return said >= 2 || headline ? "会议新闻" : null;
    }
}
