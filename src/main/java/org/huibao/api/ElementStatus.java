package org.huibao.api;

import java.util.Locale;

/** How a required element is present: a part headed for it, stated inside other text, or not at all. */
public enum ElementStatus {
    /** a part of the report is headed for it ("二、存在的问题") */
    SECTION,
    /** stated inside other text ("下一步，我们将……") */
    INLINE,
    /** not found */
    ABSENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
