package org.huibao.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huibao.api.Element;
import org.huibao.api.ElementStatus;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.api.Message;
import org.huibao.model.ReportResult;
import org.huibao.model.RuleInfo;
import org.huibao.model.RunResult;
import org.huibao.model.Score;
import org.huibao.model.ScoreItem;
import org.huibao.model.Severity;

/**
 * Hand-built run results: one passing, one failing and one unreadable report ({@link #run()}); and
 * with them a report under a Chinese file name whose text and messages hold markup characters and
 * overlapping findings ({@link #fullRun()}), and the metadata of the rules ({@link #rules()}).
 */
final class Fixtures {

    static final String LONG_EXCERPT =
            "今年以来，我局在市委市政府的坚强领导下，认真贯彻落实各项决策部署，于x月x日召开专题会议研究部署主题教育工作";

    private Fixtures() {
    }

    static RunResult run() {
        return new RunResult("0.1.0", List.of(passing(), failing(), unreadable()));
    }

    static ReportResult passing() {
        Map<Element, ElementVerdict> elements = Map.of(
                Element.LEADERSHIP, ok(Element.LEADERSHIP, ElementStatus.SECTION, at(5, 1, "一、加强组织领导")),
                Element.SHORTCOMINGS, ok(Element.SHORTCOMINGS, ElementStatus.SECTION, at(12, 1, "二、存在的问题和不足")),
                Element.NEXT_STEPS, ok(Element.NEXT_STEPS, ElementStatus.SECTION, at(20, 1, "三、下一步工作打算")));
        Score score = new Score(100.0, 80, true, List.of(
                new ScoreItem("leadership", 25, 25, "section"),
                new ScoreItem("shortcomings", 25, 25, "section"),
                new ScoreItem("next_steps", 25, 25, "section"),
                new ScoreItem("quality", 25, 25, "")), List.of());
        String text = text(22, Map.of(1, "2023年X局主题教育工作开展情况汇报", 5, "一、加强组织领导",
                12, "二、存在的问题和不足", 20, "三、下一步工作打算"));
        return new ReportResult("drafts/ok.txt", "2023年X局主题教育工作开展情况汇报", elements, List.of(), score, null, "report",
                text);
    }

    static ReportResult failing() {
        Map<Element, ElementVerdict> elements = Map.of(
                Element.LEADERSHIP, ok(Element.LEADERSHIP, ElementStatus.SECTION, at(5, 3, "成立局主题教育领导小组")),
                Element.SHORTCOMINGS, new ElementVerdict(Element.SHORTCOMINGS, ElementStatus.ABSENT, false,
                        Message.NONE, List.of(), true),
                Element.NEXT_STEPS, new ElementVerdict(Element.NEXT_STEPS, ElementStatus.INLINE, true,
                        new Message("只有套话，没有具体措施", "slogans only, no concrete measure"),
                        List.of(at(20, 1, "下一步，我们将继续深入学习贯彻党的二十大精神，推动各项工作再上新台阶"),
                                at(22, 1, "今后要进一步加强")), true));
        Finding missing = new Finding("HB102", Severity.ERROR,
                new Message("报告没有写本单位存在的问题和不足", "the report does not state the unit's own shortcomings"),
                new Location(1, 1, 1, 1, ""),
                new Message("补写存在问题部分", "add a section on shortcomings"), Element.SHORTCOMINGS);
        Finding placeholder = new Finding("HB301", Severity.WARNING,
                new Message("日期占位符未填写", "unfilled date placeholder"),
                new Location(3, 5, 3, 62, LONG_EXCERPT),
                Message.NONE, null);
        Score score = new Score(62.0, 80, false, List.of(
                new ScoreItem("leadership", 25, 25, "section"),
                new ScoreItem("shortcomings", 0, 25, "absent"),
                new ScoreItem("next_steps", 5, 25, "inline, weak -10"),
                new ScoreItem("quality", 23, 25, "HB301 -2")), List.of("HB102"));
        String text = text(22, Map.of(3, "　　　　" + LONG_EXCERPT + "，成效明显。",
                5, "　　成立局主题教育领导小组，由局党组书记任组长。",
                20, "下一步，我们将继续深入学习贯彻党的二十大精神，推动各项工作再上新台阶。",
                22, "今后要进一步加强。"));
        return new ReportResult("a.txt", "", elements, List.of(missing, placeholder), score, null, "report", text);
    }

    static ReportResult unreadable() {
        return ReportResult.error("missing.docx", new Message("无法读取文件", "cannot read the file"));
    }

    /** The file name of {@link #special()}: Chinese, a space and full-width brackets. */
    static final String SPECIAL_FILE = "材料/2024年 工作汇报（草稿）.txt";

    /** Line 3 of {@link #special()}: markup characters, and three findings that overlap on it. */
    static final String SPECIAL_LINE3 = "　　今年以来，我们在<A&B>\"试点\"中取得成效,,成绩显著。";

    /** A message with a line break and every character some output format must escape. */
    static final String SPECIAL_MESSAGE = "日期占位符未填写：\n请填写具体日期 <日期> & \"时间\", 100%";

    static final List<String> SPECIAL_LINES = List.of(
            "关于2024年工作情况的报告",
            "市委：",
            SPECIAL_LINE3,
            "　　一是成立领导小组，书记任组长，于x月",
            "x日召开会议。下一步，我们将加强督导。");

    /**
     * A failing report under {@link #SPECIAL_FILE}: HB403 {@code ,,} lies inside HB404 {@code 成效,,成},
     * which overlaps HB107 {@code <A&B>"试点"中取得成效}; HB301 spans lines 4 and 5 and has
     * {@link #SPECIAL_MESSAGE}; HB102 is about the whole report (an empty span at 1:1); XB900 is a rule
     * without metadata.
     */
    static ReportResult special() {
        Finding hb403 = finding("HB403", Severity.WARNING, "中文中使用半角标点“,”", 3, ",,", null);
        Finding hb404 = finding("HB404", Severity.ERROR, "标点重复", 3, "成效,,成", null);
        Finding hb107 = finding("HB107", Severity.INFO, "成绩没有数据支撑", 3, "<A&B>\"试点\"中取得成效", null);
        int start = column(SPECIAL_LINES.get(3), "x月");
        Finding hb301 = new Finding("HB301", Severity.ERROR, new Message(SPECIAL_MESSAGE, "unfilled date placeholder:\n<date> & \"time\", 100%"),
                new Location(4, start, 5, 3, "x月\nx日"), new Message("填写具体日期", "fill in the date"), null);
        Finding hb102 = new Finding("HB102", Severity.ERROR,
                new Message("报告没有写本单位存在的问题和不足", "the report does not state the unit's own shortcomings"),
                new Location(1, 1, 1, 1, ""), new Message("补写存在问题部分", "add a section on shortcomings"),
                Element.SHORTCOMINGS);
        Finding xb900 = finding("XB900", Severity.WARNING, "自定义规则, 无元数据: 测试", 2, "市委", null);
        Map<Element, ElementVerdict> elements = Map.of(
                Element.LEADERSHIP, ok(Element.LEADERSHIP, ElementStatus.INLINE, at(4, 5, "成立领导小组")),
                Element.SHORTCOMINGS, new ElementVerdict(Element.SHORTCOMINGS, ElementStatus.ABSENT, false,
                        Message.NONE, List.of(), true),
                Element.NEXT_STEPS, ok(Element.NEXT_STEPS, ElementStatus.INLINE, at(5, 8, "下一步，我们将加强督导。")));
        Score score = new Score(58.0, 80, false, List.of(
                new ScoreItem("leadership", 15, 25, "inline"),
                new ScoreItem("shortcomings", 0, 25, "absent"),
                new ScoreItem("next_steps", 15, 25, "inline"),
                new ScoreItem("quality", 18, 25, "HB301 -5, HB404 -5 & <more>")), List.of("HB301"));
        List<Finding> findings = new ArrayList<>(List.of(hb403, hb404, hb107, hb301, hb102, xb900));
        return new ReportResult(SPECIAL_FILE, SPECIAL_LINES.get(0), elements, findings, score, null, "report",
                String.join("\n", SPECIAL_LINES) + "\n");
    }

    /** Every kind of report, sorted by file as the CLI sorts them. */
    static RunResult fullRun() {
        return new RunResult("0.1.0", List.of(failing(), passing(), unreadable(), special()));
    }

    /** The metadata of the rules the fixtures use but XB900, and of two that never fire (one disabled). */
    static List<RuleInfo> rules() {
        return List.of(
                rule("HB301", Severity.ERROR, "有未填写的占位符 (一票否决)", "Unfilled placeholder (blocking)", null, true, true),
                rule("HB102", Severity.ERROR, "缺少存在问题部分", "No account of shortcomings", Element.SHORTCOMINGS, true, false),
                rule("HB101", Severity.ERROR, "缺少组织领导内容", "No account of organizational leadership", Element.LEADERSHIP,
                        true, false),
                rule("HB107", Severity.INFO, "成绩没有数据支撑", "Achievements have no figures", null, true, false),
                rule("HB403", Severity.WARNING, "中文中使用半角标点", "Half-width punctuation in Chinese text", null, true, false),
                rule("HB404", Severity.WARNING, "标点重复或连用", "Doubled punctuation", null, true, false),
                rule("HB209", Severity.INFO, "标题末尾标点不一致", "Heading lines end differently", null, false, false));
    }

    private static RuleInfo rule(String id, Severity severity, String zh, String en, Element element, boolean enabled,
                                 boolean blocking) {
        return new RuleInfo(id, severity, new Message(zh, en), new Message(zh, en),
                new Message("检查" + zh, "Checks: " + en), List.of(org.huibao.model.RuleExample.bad("例")), new Message("修改" + zh, "Fix: " + en), element, enabled,
                blocking, "rules/test.drl");
    }

    /** A finding on one line of {@link #SPECIAL_LINES}, at the first occurrence of {@code excerpt}. */
    private static Finding finding(String rule, Severity severity, String message, int line, String excerpt,
                                   Element element) {
        int column = column(SPECIAL_LINES.get(line - 1), excerpt);
        return new Finding(rule, severity, new Message(message, ""), at(line, column, excerpt), Message.NONE, element);
    }

    /** The 1-based code-point column where {@code part} starts in {@code line}. */
    static int column(String line, String part) {
        int i = line.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException(part + " not in " + line);
        }
        return line.codePointCount(0, i) + 1;
    }

    /** A text of {@code count} lines, empty but for the given ones. */
    private static String text(int count, Map<Integer, String> lines) {
        StringBuilder b = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            b.append(lines.getOrDefault(n, "")).append('\n');
        }
        return b.toString();
    }

    private static ElementVerdict ok(Element e, ElementStatus status, Location evidence) {
        return new ElementVerdict(e, status, false, Message.NONE, List.of(evidence), true);
    }

    private static Location at(int line, int column, String text) {
        return new Location(line, column, line, column + text.codePointCount(0, text.length()), text);
    }
}
