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
 */
public record Spot(SpotKind kind, int lineId, Span span, String text, String detail) {

    /** True when the two stretches share a character. */
    public boolean overlaps(Spot other) {
        return span.start() < other.span.end() && span.end() > other.span.start();
    }
}
