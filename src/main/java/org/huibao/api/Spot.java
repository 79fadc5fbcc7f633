package org.huibao.api;

/**
 * A character-level fact about one line: a stretch of characters of a {@link SpotKind} — a half-width
 * mark touching Chinese text, a doubled character, a mask, a request phrase… Found in one pass per line
 * before the rules run; the kinds say exactly what each covers and what it leaves alone.
 *
 * @param kind   what was found
 * @param lineId the {@link Line} it is in
 * @param span   the characters
 * @param text   the characters' text
 * @param detail a kind-specific detail, "" if none: for {@link SpotKind#HALF_WIDTH_MARK} the full-width
 *               form, for {@link SpotKind#NESTED_TITLE} the inner title with single marks, for
 *               {@link SpotKind#ENUMERATION_COMMA} the two marks with the comma between them
 * @param fix    the text that replaces the characters when that edit is safe and has one answer, null
 *               when a person must decide: the full-width mark of a {@link SpotKind#HALF_WIDTH_MARK}
 *               (not a lone straight quote, which may open or close), one copy of a
 *               {@link SpotKind#DOUBLED_CHARACTER} or {@link SpotKind#DOUBLED_WORD}, one mark of a
 *               {@link SpotKind#DOUBLED_MARK} of one kind (，， but not ，。), the inner title of a
 *               {@link SpotKind#NESTED_TITLE} in single marks, a {@link SpotKind#DATE_FORM} without its
 *               zeros or dots (05日 → 5日, 2024.6.1 → 2024年6月1日; not a two-digit year, whose century a
 *               person knows), a {@link SpotKind#NUMBER_FORM}'s standard form. A rule passes it on with
 *               {@link FindingSink#fix(org.kie.api.runtime.rule.RuleContext, Spot)}
 */
public record Spot(SpotKind kind, int lineId, Span span, String text, String detail, String fix) {

    /** A spot without a fix. */
    public Spot(SpotKind kind, int lineId, Span span, String text, String detail) {
        this(kind, lineId, span, text, detail, null);
    }

    /** True when the two stretches share a character. */
    public boolean overlaps(Spot other) {
        return span.start() < other.span.end() && span.end() > other.span.start();
    }
}
