package org.huibao.api;

import java.util.Locale;
import java.util.Optional;

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
}
