package org.huibao.api;


/**
 * Facts about the whole report that rules need.
 *
 * @param title     empty if the report has none
 * @param head      the report's first line (a missing title is reported there)
 * @param bodyChars letters and digits in the body (headings and paragraphs)
 * @param figures   figures in the body ("24次", "95%"; config.yaml, balance.figures)
 * @param genreCue  the words that decided the genre ("通知", "会议新闻", "政府工作报告"); empty for a
 *                  report by default
 */
public record DocumentFact(String name, String title, Span head, Genre genre, int bodyChars, int figures,
                           String genreCue) {

    public DocumentFact(String name, String title, Span head, Genre genre, int bodyChars, int figures) {
        this(name, title, head, genre, bodyChars, figures, "");
    }

    /** The empty span at the very start of the text: see {@link #whole()}. */
    private static final Span WHOLE = new Span(0, 0, 1, 1, 1, 1);

    /**
     * Where a finding about the report as a whole points (a missing part, no figures anywhere, the page
     * margins): the empty span at line 1, column 1. The formats recognise it (an empty range with no
     * text, at 1:1) and show such a finding as about the whole report instead of painting it on the title.
     */
    public Span whole() {
        return WHOLE;
    }

    /** The words that name a kind of document in a title (HB201). */
    private static final String[] KINDS = {"报告", "汇报", "总结", "述职", "述责", "述廉", "情况", "发言", "讲话",
        "致辞", "材料", "自查", "调研", "调查", "经验", "做法", "回顾"};
    /** The words that name a kind of document that is read out (HB206). */
    private static final String[] SPOKEN_KINDS = {"讲话", "发言", "致辞", "汇报提纲", "述职", "述责述廉"};

    public boolean hasTitle() {
        return !title.isEmpty();
    }

    /**
     * True when the title names a kind of document: it contains 报告, 汇报, 总结, 述职, 述责, 述廉, 情况,
     * 发言, 讲话, 致辞, 材料, 自查, 调研, 调查, 经验, 做法 or 回顾, and has no line break.
     */
    public boolean titleNamesKind() {
        return namesKind(title);
    }

    /**
     * True when the title names a kind of document that is read out: it contains 讲话, 发言, 致辞, 汇报提纲,
     * 述职 or 述责述廉, and has no line break.
     */
    public boolean titleNamesSpokenKind() {
        return !hasLineBreak(title) && containsAny(title, SPOKEN_KINDS);
    }

    /**
     * True when a text names a kind of document as {@link #titleNamesKind()} asks of the title: one of
     * its words, and no line break (\n, \r, U+0085, U+2028, U+2029).
     */
    public static boolean namesKind(String text) {
        return !hasLineBreak(text) && containsAny(text, KINDS);
    }

    /** True when the text has none of the line breaks \n, \r, U+0085, U+2028, U+2029. */
    public static boolean oneLine(String text) {
        return !hasLineBreak(text);
    }

    private static boolean containsAny(String text, String[] words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** What a document that prescribes rules is called at the end of its title (HB108's cue). */
    private static final java.util.Set<String> PRESCRIBING = java.util.Set.of("条例", "办法", "规定", "细则", "规则",
            "准则", "制度", "清单", "条文");

    /**
     * True when the text is a regulation, rules or a list of duties ("…巡视工作条例", "…述职评议考核办法（试行）",
     * "…第一责任人职责清单"), or a notice issuing them ("关于印发《…实施细则》的通知"): it
     * prescribes what units must do and report — 领导小组, 存在问题 and 整改 are its vocabulary, not an
     * account of anyone's work.
     */
    public boolean prescribes() {
        return genre == Genre.NOT_A_REPORT && PRESCRIBING.contains(genreCue);
    }

    /**
     * True when the text reads as a news item (HB108's cue "会议新闻"): it tells what others did and said,
     * so what it quotes them requiring or promising is theirs to do, not an arrangement already made.
     */
    public boolean news() {
        return genre == Genre.NOT_A_REPORT && genreCue.equals("会议新闻");
    }

    /**
     * True when the report is made to a congress: a 政府工作报告 to the people's congress, or a Party
     * committee's or discipline commission's report to a Party congress ("…向…代表大会的工作报告",
     * "在…代表大会上的报告"). Such a report reviews a leading body's term for everyone it leads: the
     * 主体责任 and 领导小组 it mentions are its policies and the duties of the bodies under it, not an
     * account of how the report's own work was organized.
     */
    public boolean toCongress() {
        if (genre == Genre.GOVERNMENT_WORK_REPORT) {
            return true;
        }
        int congress = title.indexOf("代表大会");
        return congress >= 0 && title.indexOf("报告", congress) > 0 && !hasLineBreak(title);
    }

    /** True when the file is Markdown (.md, .markdown): paired stars are emphasis there, not masks. */
    public boolean markdown() {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return !hasLineBreak(name) && (n.endsWith(".md") || n.endsWith(".markdown"));
    }

    /** True when the title says the document is a 请示 (its last word, trailing blanks aside). */
    public boolean titledRequest() {
        if (hasLineBreak(title)) {
            return false;
        }
        int end = title.length();
        while (end > 0 && " \t\n\u000B\f\r".indexOf(title.charAt(end - 1)) >= 0) {
            end--;
        }
        // …情况的报告暨有关事项的请示: a report that carries a request is a report, and its request HB303's
        return title.startsWith("请示", end - 2) && end >= 2 && !joinsReport(title);
    }

    private static boolean joinsReport(String title) {
        // …工作总结暨申请项目资金的请示: a summary joined to a request is a summary
        for (String w : new String[] {"报告暨", "报告并", "报告及", "报告兼", "汇报暨", "汇报并", "汇报及", "汇报兼", "总结暨", "总结并", "总结及",
            "总结兼"}) {
            if (title.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
