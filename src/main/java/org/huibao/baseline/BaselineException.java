package org.huibao.baseline;

/** A baseline file that cannot be read or written; the message is one line, naming the problem in both languages. */
public final class BaselineException extends Exception {
    private static final long serialVersionUID = 1L;

    public BaselineException(String message) {
        super(message);
    }
}
