package org.huibao.serve;

import org.huibao.api.Message;

/** The server could not start: a one-line reason in both languages, for a usage error. */
public final class StartException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    StartException(String zh, String en) {
        super(en, null, false, false);
        this.reason = new Message(zh, en);
    }

    public Message reason() {
        return reason;
    }
}
