package org.huibao.api;

/**
 * An ordinal written inside the text of a sentence or a heading, in any punctuation: the item is there
 * even though the parser could not see it as a heading (it follows a comma, or shares a line with the
 * item before it). Found once per report before the rules run; the numbering rules ask
 * {@link #names(Heading, int)} instead of searching the text. One fact per node, form and value.
 *
 * <p>What counts as a mention of item {@code v} (n is v as a Chinese numeral, {@link Numbering#cn}):
 * <ul>
 * <li>{@link OrdinalStyle#SHI}: n是, not right after one of 一…十 ("二是", not the 二是 of "十二是")</li>
 * <li>{@link OrdinalStyle#DI}: 第n followed by one of ，,、：:</li>
 * <li>{@link OrdinalStyle#CIRCLED}: the circled number (⑳ stands for 20 and above)</li>
 * <li>{@link OrdinalStyle#CHINESE_COMMA} (level 1): n followed by one of 、.．,， an ASCII blank or 　,
 * not right after one of 一…十百</li>
 * <li>{@link OrdinalStyle#CHINESE_PAREN} (level 2): n in brackets, （n） or (n), either bracket full- or
 * half-width</li>
 * <li>{@link OrdinalStyle#ARABIC_DOT} (level 3): v in ASCII digits, not right after a digit or . ．,
 * followed by . or ． (not by a digit after it) or by 、,，</li>
 * <li>{@link OrdinalStyle#ARABIC_PAREN} (level 4): v in ASCII digits in brackets</li>
 * </ul>
 * From 100 up, n is written in ASCII digits, as {@link Numbering#cn} writes it.
 *
 * @param nodeId    the {@link Sentence} or {@link Heading} whose text holds the mention
 * @param nodeType  {@link NodeType#SENTENCE} or {@link NodeType#HEADING}
 * @param nodeStart where that node starts ({@code span.start} of the node)
 * @param form      the form found, one of the seven styles above
 * @param value     the number it stands for (1–20 for circled numbers)
 */
public record OrdinalMention(int nodeId, NodeType nodeType, int nodeStart, OrdinalStyle form, int value) {

    /**
     * True when this is a mention of item {@code value} of the heading's numbering: the form that goes
     * with the heading's style (SHI, DI and CIRCLED their own; the others by their level, level 0 as
     * level 4) and the same number. Never for a value below 1.
     */
    public boolean names(Heading h, int value) {
        if (value < 1) {
            return false;
        }
        OrdinalStyle f = formOf(h.style());
        return form == f && this.value == (f == OrdinalStyle.CIRCLED ? Math.min(value, 20) : value);
    }

    /**
     * The form and value in one number, so that rules can join on it with {@code ==}, which Drools
     * indexes: {@code key == OrdinalMention.key($h, v)} holds exactly when {@code names($h, v)} does. A
     * condition that only calls {@link #names} tests every mention against every heading.
     */
    public int key() {
        return form.ordinal() * 1_000_000 + value;
    }

    /** The {@link #key()} of a mention of item {@code value} of the heading's numbering; -1 (none) below 1. */
    public static int key(Heading h, int value) {
        if (value < 1) {
            return -1;
        }
        OrdinalStyle f = formOf(h.style());
        return f.ordinal() * 1_000_000 + (f == OrdinalStyle.CIRCLED ? Math.min(value, 20) : value);
    }

    /** The form in which items of a numbering of style {@code s} are mentioned. */
    public static OrdinalStyle formOf(OrdinalStyle s) {
        switch (s) {
            case SHI:
            case DI:
            case CIRCLED:
                return s;
            default:
                switch (s.level()) {
                    case 1: return OrdinalStyle.CHINESE_COMMA;
                    case 2: return OrdinalStyle.CHINESE_PAREN;
                    case 3: return OrdinalStyle.ARABIC_DOT;
                    default: return OrdinalStyle.ARABIC_PAREN;
                }
        }
    }
}
