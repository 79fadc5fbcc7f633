package org.huibao.analysis;

/**
 * A variant of a standard phrase named on purpose:推动“高效办成一件事”向“高效办成一类事”集成升级 quotes the
 * standard phrase and, beside it, the step beyond it. A drafter's slip is not quoted next to the right form.
 */
final class Contrast {

    private Contrast() {
    }

    /** True when {@code line[start, end)} lies inside quotation marks and the line also quotes {@code standard}. */
    static boolean quotedBeside(String line, int start, int end, String standard) {
        int open = line.lastIndexOf('“', start);
        int closeBefore = line.lastIndexOf('”', start - 1);
        int close = line.indexOf('”', end);
        int openAfter = line.indexOf('“', end);
        boolean quoted = open >= 0 && open > closeBefore && close >= 0 && (openAfter < 0 || close < openAfter);
        return quoted && line.contains("“" + standard + "”");
    }
}
