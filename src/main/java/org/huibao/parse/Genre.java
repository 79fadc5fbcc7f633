package org.huibao.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What kind of document a report is; it changes what a reviewer expects (a speech ends 汇报完毕,
 * a 报告 must not carry 请示 wording, a 述职 speaks of one person).
 */
public enum Genre {
    /** 工作报告 / 情况汇报 to a higher body */
    REPORT,
    /** 汇报发言, 讲话, 发言 */
    SPEECH,
    /** 述职报告, 述责述廉 */
    DEBRIEF,
    /** 自查报告 */
    SELF_CHECK,
    /** 工作总结 */
    SUMMARY;

    private static final Pattern SPEECH_TITLE = Pattern.compile("讲话|发言|致辞|汇报提纲");
    private static final Pattern SPEECH_CLOSING = Pattern.compile("^汇报完毕|^谢谢");

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Genre> parse(String id) {
        for (Genre g : values()) {
            if (g.id().equals(id)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The genre from title, salutation and closing; a report when nothing says otherwise. */
    public static Genre detect(Report report) {
        String title = report.title().orElse("");
        if (title.contains("述职") || title.contains("述责述廉")) {
            return DEBRIEF;
        }
        if (title.contains("自查")) {
            return SELF_CHECK;
        }
        if (SPEECH_TITLE.matcher(title).find() || !report.blocks(NodeType.SALUTATION).isEmpty()
                || report.blocks(NodeType.CLOSING).stream().anyMatch(b -> SPEECH_CLOSING.matcher(b.text()).find())) {
            return SPEECH;
        }
        if (title.contains("总结") && !title.contains("报告")) {
            return SUMMARY;
        }
        return REPORT;
    }
}
