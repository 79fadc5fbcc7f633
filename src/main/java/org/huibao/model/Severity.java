package org.huibao.model;

import java.util.Locale;
import java.util.Optional;

/** Finding severities, most severe first. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String s) {
        for (Severity v : values()) {
            if (v.id().equals(s)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
