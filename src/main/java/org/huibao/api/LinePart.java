package org.huibao.api;

/**
 * What the part of the report a {@link Line} sits in is for, as {@link Clause#part()} says of a clause:
 * from the innermost heading above it (or the line's own heading) that says. One per line; a rule that
 * looks only at the problems part joins on it: {@code LinePart(lineId == $t.lineId, part == PartRole.PROBLEMS)}.
 *
 * @param lineId the {@link Line}
 * @param part   the role of its part; {@link PartRole#OTHER} when no heading above it says
 */
public record LinePart(int lineId, PartRole part) {
}
