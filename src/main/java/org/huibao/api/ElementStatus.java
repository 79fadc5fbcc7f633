package org.huibao.api;

import java.util.Locale;

/** How a required element is present: a part headed for it, stated inside other text, or not at all. */
public enum ElementStatus {
    SECTION, INLINE, ABSENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
