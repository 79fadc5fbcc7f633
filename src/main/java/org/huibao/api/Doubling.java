package org.huibao.api;

/**
 * Helper of the wording rules (rules/wording.drl), imported there as a function; in Java because a
 * DRL "function" block would load the Java compiler at every start.
 */
public final class Doubling {

    private Doubling() {
    }

    /** The repeated unit of a doubling: "建" of "建建", "做到" of "做到做到". */
    public static String half(String s) {
        return s.substring(0, s.length() / 2);
    }
}
