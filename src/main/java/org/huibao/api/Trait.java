package org.huibao.api;

/**
 * A property of one node's whole text, of a {@link TraitKind}: the attachment note, a line that reads
 * like a title, the addressee's colon, the kind of closing, a heading line's full stop. Decided once
 * per report before the rules run, so that rules test a fact instead of running a pattern; the kinds say
 * exactly which texts qualify. A node without the property has no trait of that kind.
 *
 * @param kind   the property
 * @param nodeId the {@link Block} or {@link Heading} that has it
 * @param span   that node's span
 */
public record Trait(TraitKind kind, int nodeId, Span span) {
}
