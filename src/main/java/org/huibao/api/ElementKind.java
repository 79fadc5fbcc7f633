package org.huibao.api;

import java.util.Locale;
import java.util.Optional;

/**
 * How an element's cues are read (config.yaml, {@code elements.ID.like}): as one of the built-in elements
 * is, with the judgement its rules in rules/elements.drl make, or plainly. The built-in elements declare
 * their own kind; an office's element chooses one.
 */
public enum ElementKind {
    /** the unit's own arrangements: not a higher body's or others', not a demand, not in a problems part */
    LEADERSHIP,
    /** the unit's own present problems: not told of the past, not remedied; specific problems counted */
    SHORTCOMINGS,
    /** forward measures: a plan's heading or wording, and requirements or pledges ("要…", "我们将…") */
    NEXT_STEPS,
    /**
     * an account of it: any cue not denied, not a preview, not excluded, not about a higher body or others,
     * and not in the parts about problems or next steps (a problem with it or a plan for it is not one)
     */
    PLAIN;

    /** The id used in configuration: {@code leadership}, {@code shortcomings}, {@code next_steps}, {@code plain}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ElementKind> parse(String id) {
        for (ElementKind k : values()) {
            if (k.id().equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
