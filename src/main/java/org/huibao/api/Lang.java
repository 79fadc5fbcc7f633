package org.huibao.api;

import java.util.Locale;
import java.util.Optional;

/** Languages of user-facing messages. */
public enum Lang {
    ZH, EN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Lang> parse(String s) {
        for (Lang l : values()) {
            if (l.id().equals(s)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
