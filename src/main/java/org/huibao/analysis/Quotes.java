package org.huibao.analysis;

/**
 * The pieces of text a writer quotes rather than says: what lies inside “…” or 《…》 is a quotation or a title
 * (a request quoted from another document, a standard phrase named beside the step beyond it).
 */
final class Quotes {

    private Quotes() {
    }

    /** Whether {@code [from, to)} lies inside “…” or 《…》 closed in the line. */
    static boolean inside(String t, int from, int to) {
        int open = Math.max(MaskReadings.back(t, '“', from), MaskReadings.back(t, '《', from));
        if (open < 0) {
            return false;
        }
        char close = t.charAt(open) == '“' ? '”' : '》';
        int shut = t.indexOf(close, open + 1);
        return shut >= to;
    }

    /**
     * A variant of a standard phrase named on purpose: 推动“高效办成一件事”向“高效办成一类事”集成升级 quotes the
     * standard phrase and, beside it, the step beyond it. A drafter's slip is not quoted next to the right form.
     */
    static boolean besideStandard(String line, int start, int end, String standard) {
        return inside(line, start, end) && line.contains("“" + standard + "”");
    }
}
