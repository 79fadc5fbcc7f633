package org.huibao.analysis;

/**
 * Two parallel terms of one list that are one edit apart (依宪行政、依法行政; 依法治国、依宪治国; 依法执政、依规治党 aside):
 * a drafter names both on purpose, so the one that differs from a standard phrase is no misquote of it
 * when its correction is the item written next to it. Stateless.
 */
final class ParallelTerms {
    private static final String SEPARATORS = "、，,和与及";

    private ParallelTerms() {
    }

    /**
     * Whether the near miss {@code line[start, end)}, whose correct form is {@code fixed}, stands beside an
     * item of its list that its correction writes: the item after it is the correction's end
     * (坚持依宪行政、依法行政), or the item before it the correction's start (依法治国、依宪治国…).
     */
    static boolean beside(String line, int start, int end, String fixed) {
        String wrote = line.substring(start, end);
        if (end + 1 < line.length() && SEPARATORS.indexOf(line.charAt(end)) >= 0) {
            String next = item(line, end + 1, 1);
            if (next.length() >= 2 && fixed.endsWith(next) && !wrote.endsWith(next)) {
                return true;
            }
        }
        if (start > 1 && SEPARATORS.indexOf(line.charAt(start - 1)) >= 0) {
            String previous = item(line, start - 1, -1);
            return previous.length() >= 2 && fixed.startsWith(previous) && !wrote.startsWith(previous);
        }
        return false;
    }

    /** The run of Chinese characters from {@code at} on ({@code step} 1), or before {@code at} ({@code step} -1). */
    private static String item(String line, int at, int step) {
        if (step > 0) {
            int e = at;
            while (e < line.length() && Han.is(line.charAt(e)) && SEPARATORS.indexOf(line.charAt(e)) < 0) {
                e++;
            }
            return line.substring(at, e);
        }
        int b = at;
        while (b > 0 && Han.is(line.charAt(b - 1)) && SEPARATORS.indexOf(line.charAt(b - 1)) < 0) {
            b--;
        }
        return line.substring(b, at);
    }
}
