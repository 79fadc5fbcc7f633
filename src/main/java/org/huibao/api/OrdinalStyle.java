package org.huibao.api;

/**
 * The written form of an ordinal. The canonical GB/T 9704 / GB/T 15834 forms are the first four; the
 * others are variants real drafts use, kept distinct so structure rules can name the exact slip.
 */
public enum OrdinalStyle {
    CHINESE_COMMA(1, "一、"),
    CHINESE_PAREN(2, "（一）"),
    ARABIC_DOT(3, "1."),
    ARABIC_PAREN(4, "（1）"),
    /** 一. 一． 一， */
    CHINESE_OTHER_PUNCT(1, "一."),
    /** (一) with half-width parentheses, or （一）、 */
    CHINESE_PAREN_VARIANT(2, "(一)"),
    /** 1、 1． 1， */
    ARABIC_OTHER_PUNCT(3, "1、"),
    /** (1) with half-width parentheses, （1）. or （1）、 */
    ARABIC_PAREN_VARIANT(4, "(1)"),
    /** ① ② ③ */
    CIRCLED(4, "①"),
    /** 一是 二是 */
    SHI(0, "一是"),
    /** 第一， 第二， */
    DI(0, "第一，"),
    /** 首先 其次 再次 最后 */
    SEQUENCE(0, "首先，"),
    NONE(0, "");

    private final int level;
    private final String example;

    OrdinalStyle(int level, String example) {
        this.level = level;
        this.example = example;
    }

    /** GB/T 9704 level this style marks, 0 for enumerations and none. */
    public int level() {
        return level;
    }

    public String example() {
        return example;
    }

    public boolean canonical() {
        return ordinal() < 4;
    }
}
