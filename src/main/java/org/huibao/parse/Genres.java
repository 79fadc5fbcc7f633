package org.huibao.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Block;
import org.huibao.api.Genre;
import org.huibao.api.NodeType;

/**
 * Tells a report's genre from its title, salutation, closing and the way its text opens. The title
 * decides when it names a kind of document; a text without one is judged by how it is written (a
 * news item opens with a date and reports what a meeting said).
 *
 * <p>This class weighs the signs in order; where a copy puts its title is {@link CopiedTitles}'s to find,
 * what makes a text no report {@link OtherDocuments}'s, where it was delivered {@link Occasions}'s, and
 * whether it is a news item {@link NewsItems}'s.
 */
public final class Genres {
    /** A genre and the words that decided it ("" when nothing did and it is a report by default). */
    public record Call(Genre genre, String cue) {
    }

    private static final Pattern GOVERNMENT_WORK_REPORT = Pattern.compile("政府工作报告");
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
    static final Pattern NAMED_KIND = Pattern.compile("报告|汇报|总结|述职|述责|述廉|发言|讲话");
    /** A headline: something was held or done ("…反馈会议召开", "…开展巡察整改专项督查"). */
    private static final Pattern NEWS_HEADLINE = Pattern.compile("召开|举行|开幕|闭幕|举办|调研|反馈|部署|推进会|座谈会|开展");
    /** A title that ends naming a report: "…情况", "…的报告", "…总结". */
    private static final Pattern REPORT_TITLE_END = Pattern.compile("(报告|汇报|总结|情况|发言|讲话|材料|要点|说明|致辞)[）)]?$");

    private Genres() {
    }

    /** The genre from title, salutation and closing; a report when nothing says otherwise. */
    public static Genre detect(Report report) {
        return call(report).genre();
    }

    /** The genre and the words that decided it. */
    public static Call call(Report report) {
        String title = CopiedTitles.titleBehindChrome(report);
        String named = title.isEmpty() ? CopiedTitles.numberedTitle(report) : title;
        String kind = OtherDocuments.kind(named);
        if (kind == null) {
            named = CopiedTitles.brokenTitle(report, named);
            kind = OtherDocuments.kind(named);
        }
        if (kind != null) {
            // "…述职评议考核办法（试行）" prescribes how to report; it is not a report. A notice that issues
            // rules ("关于印发《…实施细则》的通知") is read as the rules it issues, which follow it
            return new Call(Genre.NOT_A_REPORT, kind.equals("通知") ? OtherDocuments.issued(named, "通知") : kind);
        }
        Matcher m;
        // rules whose title line a copy lost, or named otherwise ("…工作规程"): their articles show them
        if (!NAMED_KIND.matcher(title).find() && OtherDocuments.inArticles(report)) {
            // a notice forwarding them names what it forwards ("现将…印发的《…办法》转发给你们")
            String notice = OtherDocuments.noticeFormula(report);
            return new Call(Genre.NOT_A_REPORT, notice == null ? "条文" : OtherDocuments.issued(notice, "通知"));
        }
        // a title broken over two lines names its kind on the second ("某工程有限公司" / "2025年度党建工作总结")
        String whole = CopiedTitles.brokenTitle(report, title);
        if (!REPORT_KIND.matcher(whole).find()) {
            String notice = OtherDocuments.noticeFormula(report);
            if (notice != null) {
                return new Call(Genre.NOT_A_REPORT, OtherDocuments.issued(notice, "通知"));
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
        String head = Occasions.governmentHeadToCongress(report);
        if (head == null && (title.isEmpty() || whole.contains("工作报告") || whole.contains("人民代表大会"))) {
            // "湖北省人民政府2005年工作报告", a dateline for a title: the opening says to whom the work report is
            // made
            head = Occasions.reportsToCongress(report);
        }
        if (head != null) {
            // a copy without its title line: "——…在…人民代表大会…会议上", "省长 …", "各位代表："
            return new Call(Genre.GOVERNMENT_WORK_REPORT, head);
        }
        if ((m = RECTIFICATION.matcher(title)).find() && REPORT_KIND.matcher(title).find()) {
            return new Call(Genre.RECTIFICATION, m.group());
        }
        String other = OtherDocuments.examinedOrSentDown(report, title, whole);
        if (other != null) {
            return new Call(Genre.NOT_A_REPORT, other);
        }
        if ((m = PLEDGE.matcher(title)).find()) {
            return new Call(Genre.PLEDGE, m.group());
        }
        if ((m = ADDRESS.matcher(title)).find() && !title.contains("汇报")) {
            return new Call(Genre.ADDRESS, m.group());
        }
        if (title.contains("说明") && Occasions.deliveredAtAMeeting(report, title)) {
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
            String news = NewsItems.newsCue(report, headline);
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

    /**
     * Whether a report is made to a people's congress, as its opening says: a dateline "——…在…人民代表大会…会议上"
     * or "我代表…人民政府向大会报告工作". Such a report is given early in the year its title names, and looks
     * ahead to that year.
     */
    public static boolean madeToCongress(Report report) {
        return Occasions.madeToCongress(report);
    }
}
