package org.huibao.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Sentence;

/**
 * What shows a text that is no report of its writer's own work: a title naming another kind of document
 * (…的通知, …办法), articles of rules, a notice's formula that issues a document, a 通报, a report on units
 * its author audited or inspected, a text sent down to the units it addresses. Such a text is checked
 * against no report's elements, so it is told apart before any genre of report is weighed.
 */
final class OtherDocuments {
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
     * The formula of a notice that issues or forwards a document to those it addresses: "现将《…》印发给你们，请认真
     * 贯彻执行", "现将…转发你们，请…抓好贯彻执行". A report tells its reader what was done; it never sends its
     * reader a document to carry out.
     */
    private static final Pattern NOTICE_FORMULA = Pattern.compile(
            "(印发|转发|下发)给?你们[^。]{0,40}请[^。]{0,40}(执行|落实|遵照|遵循|参照)");
    /** What a notice issues, by the kind its name ends with: "《…实施细则》", "《…办法（试行）》". */
    private static final Pattern ISSUED_RULES = Pattern.compile(
            "《[^》]{2,80}?(条例|办法|规定|细则|规则|准则|制度|清单)(（[^）]{0,8}）)?》");
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
    /** How many sentences from the start a notice's formula may stand: after its addressee and purpose. */
    private static final int NOTICE_OPENING = 4;

    private OtherDocuments() {
    }

    /** Whether a title names a document that is not a report (…的通知, …条例, …意见（试行）). */
    static boolean namesOtherDocument(String title) {
        return OTHER_DOCUMENT.matcher(title).find();
    }

    /** The kind of document a title names when it is not a report (通知, 办法, 清单), or null. */
    static String kind(String title) {
        Matcher m = OTHER_DOCUMENT.matcher(title);
        return m.find() ? m.group(1) : null;
    }

    /** Whether the text is written in articles, as rules are, whatever its title says. */
    static boolean inArticles(Report report) {
        return articles(report) >= ARTICLES;
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

    /**
     * What shows a text that is no account of its writer's own work, or null: an audit or inspection report
     * on the units its author examined ("…审计工作报告", "受…委托，…报告…审计情况"), a 通报 ("…的通报", "现将…通报
     * 如下"), or a text sent down to the units it addresses ("各乡镇人民政府，县直有关单位："). A rectification
     * report published as a 通报 ("…巡察整改情况的通报") is the unit's own account and is not one of them.
     */
    static String examinedOrSentDown(Report report, String title, String whole) {
        Matcher m = EXAMINATION_TITLE.matcher(whole);
        if (m.find()) {
            return m.group().startsWith("审计") ? "审计工作报告" : "执法检查报告";
        }
        // what a unit rectifies after an audit or inspection, told by itself ("…审计查出问题的整改情况")
        if (title.contains("整改") || Openings.firstMatch(report, OWN_RECTIFICATION, 5) != null) {
            return null;
        }
        boolean untitled = !Genres.NAMED_KIND.matcher(whole).find();
        if (untitled && Openings.firstMatch(report, EXAMINATION_OPENING, 3) != null) {
            return report.text().contains("审计") ? "审计工作报告" : "执法检查报告";
        }
        String bulletin = Openings.firstMatch(report, BULLETIN, 4);
        // a 通报 of the unit's own work ("…工作情况通报") tells it to all; one sent down says so or addresses those below
        boolean downward = false;
        for (String l : Openings.firstLines(report.text(), 3)) {
            String line = l.strip();
            downward |= DOWNWARD_ADDRESSEE.matcher(line).find() && !HEARERS.matcher(line).find();
        }
        boolean bulletinTitle = title.endsWith("通报");
        if ((bulletinTitle || title.isEmpty()) && bulletin != null || bulletinTitle && downward) {
            return "通报";
        }
        return untitled && downward ? "下发文件" : null;
    }

    /** The sentence of the opening that issues or forwards a document to its addressees, or null. */
    static String noticeFormula(Report report) {
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
    static String issued(String text, String otherwise) {
        Matcher m = ISSUED_RULES.matcher(text);
        return m.find() ? m.group(1) : otherwise;
    }
}
