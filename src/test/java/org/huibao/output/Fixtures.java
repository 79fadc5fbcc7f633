package org.huibao.output;

import java.util.List;
import java.util.Map;
import org.huibao.model.Element;
import org.huibao.model.ElementStatus;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.model.Message;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;
import org.huibao.model.Score;
import org.huibao.model.ScoreItem;
import org.huibao.model.Severity;

/** Hand-built run results: one passing, one failing and one unreadable report. */
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
        return new ReportResult("drafts/ok.txt", "2023年X局主题教育工作开展情况汇报", elements, List.of(), score, null, "report");
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
        return new ReportResult("a.txt", "", elements, List.of(missing, placeholder), score, null, "report");
    }

    static ReportResult unreadable() {
        return ReportResult.error("missing.docx", new Message("无法读取文件", "cannot read the file"));
    }

    private static ElementVerdict ok(Element e, ElementStatus status, Location evidence) {
        return new ElementVerdict(e, status, false, Message.NONE, List.of(evidence), true);
    }

    private static Location at(int line, int column, String text) {
        return new Location(line, column, line, column + text.codePointCount(0, text.length()), text);
    }
}
