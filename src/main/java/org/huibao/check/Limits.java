package org.huibao.check;

import java.time.Duration;

/**
 * How much one report may cost, so that a hostile or mistaken input (a log file, a whole book) ends
 * as that file's error instead of a run that never finishes.
 *
 * @param timeLimit how long the rules may run on one report before its check is stopped
 * @param maxChars  the longest text checked; a work report is tens of thousands of characters
 */
public record Limits(Duration timeLimit, int maxChars) {

    /** 30 s of rules; 500,000 characters (about 250 pages), checked in a few seconds. */
    public static final Limits DEFAULTS = new Limits(Duration.ofSeconds(30), 500_000);

    public Limits {
        if (timeLimit.isNegative() || timeLimit.isZero() || maxChars < 1) {
            throw new IllegalArgumentException("limits must be positive: " + timeLimit + ", " + maxChars);
        }
    }
}
