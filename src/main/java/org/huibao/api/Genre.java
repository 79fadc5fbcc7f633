package org.huibao.api;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of document a report is; it changes what a reviewer expects (a speech ends 汇报完毕,
 * a 报告 must not carry 请示 wording, a 述职 speaks of one person, a 政府工作报告 has no 组织领导 part).
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
    SUMMARY,
    /** 政府工作报告 to a people's congress: no 组织领导 part; the year's tasks are its next steps */
    GOVERNMENT_WORK_REPORT,
    /** 讲话, 致辞, 开幕词: a leader addresses a meeting; its requirements are the next steps */
    ADDRESS,
    /** 表态发言: a unit pledges what it will do */
    PLEDGE,
    /** 整改情况报告: the problems found by an inspection or audit and how they are being rectified */
    RECTIFICATION,
    /** not a report at all: a news item, a notice, a regulation, a communiqué */
    NOT_A_REPORT;

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
