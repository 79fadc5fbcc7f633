package org.huibao.analysis;

/** Whether one of a few words stands right after or right before a place in a line. */
final class Adjacent {
    private Adjacent() {
    }

    /** One of {@code words} starts at {@code at} of {@code t}. */
    static boolean startsWithAny(String t, int at, String... words) {
        for (String w : words) {
            if (t.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** One of {@code words} ends at {@code end} of {@code t} (stands right before it). */
    static boolean endsWithAny(String t, int end, String... words) {
        for (String w : words) {
            if (end >= w.length() && t.startsWith(w, end - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** One of {@code words} ends {@code s}. */
    static boolean endsWithAny(String s, String... words) {
        return endsWithAny(s, s.length(), words);
    }
}
