package org.huibao.engine;

/** Rules that cannot be loaded; the message names each rule file and line. */
public final class RuleLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    public RuleLoadException(String message) {
        super(message);
    }
}
