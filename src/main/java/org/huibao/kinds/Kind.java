package org.huibao.kinds;

import java.util.List;

/**
 * One kind of no-code rule ({@code kind:} in a {@code *.rule.yaml} file): the keys it reads beyond the
 * common ones, and how it reads them into a {@link Check}. {@link Kinds} holds them all: a new kind is
 * one more entry there.
 */
interface Kind {

    /** As written after {@code kind:}. */
    String name();

    /** The keys a rule of this kind may have beyond {@link YamlRule#COMMON_KEYS}. */
    List<String> keys();

    /**
     * Reads the kind's own keys of one rule; a problem is noted on {@code rule} and gives {@code null}.
     *
     * @param id the rule's id, to name its word lists
     */
    Check read(Fields rule, String id);

    /** False for a kind this build names but cannot run: its rules' other keys are not looked at. */
    default boolean supported() {
        return true;
    }
}
