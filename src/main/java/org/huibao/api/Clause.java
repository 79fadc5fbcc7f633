package org.huibao.api;

/**
 * A clause — the stretch of a sentence or heading between commas, semicolons, colons and full stops —
 * that carries an element's cue, read word by word (Chinese word segmentation): whose it is, whether it
 * is denied, when it holds and what part of the report it sits in. The element rules judge cues by the
 * clause they stand in ({@link CueHit#clauseId()}).
 *
 * @param id       referenced by {@link CueHit#clauseId()}
 * @param nodeId   the sentence or heading it belongs to
 * @param span     where it is
 * @param text     its text
 * @param owner    whose doing or state it speaks of
 * @param negation the first negation word of the clause (不, 没有, 未, 无 …; a word, so 不断, 不少 and
 *                 不仅 are not negations), or "" when it has none
 * @param mode     done, ongoing, planned, required, or none
 * @param past     speaks of an earlier time (以往, 过去, 此前, 曾经): a problem told of the past is not a
 *                 standing one
 * @param part     the role of the part of the report it sits in
 */
public record Clause(int id, int nodeId, Span span, String text, Owner owner, String negation, Mode mode,
                     boolean past, PartRole part) {

    /** True when the clause contains a negation word. */
    public boolean negated() {
        return !negation.isEmpty();
    }

    /** True when the clause looks forward: planned or required. */
    public boolean forward() {
        return mode == Mode.PLANNED || mode == Mode.REQUIRED;
    }
}
