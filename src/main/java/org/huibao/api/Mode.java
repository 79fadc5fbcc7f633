package org.huibao.api;

/** Time and modality of a clause, from its markers (了/已 · 正在 · 将/拟/计划/力争 · 要/必须/务必). */
public enum Mode {
    /** done: 了, 已, 已经, 先后, 累计 */
    DONE,
    /** going on: 正在, 持续 */
    ONGOING,
    /** planned by the speaker: 将 (before a verb), 拟, 计划, 准备, 打算, 力争, 争取, 下一步, 明年 */
    PLANNED,
    /** required or demanded: 要, 必须, 务必, 应当, 需要 (before a verb), 一要…二要… */
    REQUIRED,
    /** no marker: a statement of how things are */
    NONE
}
