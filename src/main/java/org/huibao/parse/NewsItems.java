package org.huibao.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.huibao.api.Sentence;

/**
 * A news item told as a report's text: it opens with when and where a meeting was held or a visit made,
 * reports what a meeting or an official said, and speaks of others, not of the writer's own unit. Read
 * from the sentences of the opening, since a copy of a news item carries no title that names it.
 */
final class NewsItems {
    /** A news item says early on when and where something happened: "12月16日，…召开…". */
    private static final Pattern NEWS_LEAD = Pattern.compile(
            "(((19|20)\\d{2}年)?[0-9０-９一二三四五六七八九十]{1,2}月([0-9０-９一二三四五六七八九十]{1,3}(日|至[0-9０-９]{1,2}日)(上午|下午|晚)?"
                    // or a part of the month: "5月下旬，…会同…进行联合督查"
                    + "|[上中下]旬)|近日|日前|近期)[，,]?"
                    // (带队: an official led a team somewhere, "…负责同志带队深入…等镇和…等部门")
                    + "[^。]{0,80}(召开|举行|开幕|闭幕|主持|举办|出席|宣布|调研|反馈|回访|走访|督查|督导|检查|考察|宣讲|述职|述责|述廉|测评|观摩|签署|签订|带队)");
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

    private NewsItems() {
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

    /**
     * The words that show a news item, written about others: an opening (three sentences) in which the
     * writer never speaks of its own unit ("我局", "我们"; news may quote it later), and in it a sentence
     * saying when a meeting was held or a visit made, or a headline for a title; or two sentences
     * reporting what a meeting or an official said. Null when the text does not read as news.
     */
    static String newsCue(Report report, boolean headline) {
        // a news item may open with questions or a quotation as its hook ("“巡察整改以后，老问题有没有故态复萌？
        // …”3月20日，…", "“…我将坚决扛起全面从严治党主体责任……”近日，…")
        List<Sentence> sentences = report.sentences().stream()
                .filter(s -> !question(s.text()) && !quoted(s.text()) && !CopiedTitles.CHROME.matcher(s.text()).find()).toList();
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
