package org.huibao.cli;

/** Exit codes (ARCHITECTURE.md). */
final class ExitCode {
    /** every report passed */
    static final int OK = 0;
    /** at least one report failed */
    static final int FAILED = 1;
    /** bad usage, config or rules */
    static final int USAGE = 2;
    /** at least one input could not be read */
    static final int UNREADABLE = 3;

    private ExitCode() {
    }
}
