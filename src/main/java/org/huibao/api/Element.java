package org.huibao.api;

import java.util.Optional;

/** The three required elements of a work report, with their stable ids. */
public enum Element {
    LEADERSHIP("leadership"), SHORTCOMINGS("shortcomings"), NEXT_STEPS("next_steps");

    private final String id;

    Element(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Element> byId(String id) {
        for (Element e : values()) {
            if (e.id.equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
