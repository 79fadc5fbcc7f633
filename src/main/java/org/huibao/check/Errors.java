package org.huibao.check;

import org.huibao.api.Message;
import org.huibao.read.ReadException;

/** Turns a reader's one-line "中文 (English)" reason into a two-language message. */
final class Errors {
    private Errors() {
    }

    static Message message(ReadException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int open = m.lastIndexOf(" (");
        if (open > 0 && m.endsWith(")")) {
            return new Message(m.substring(0, open), m.substring(open + 2, m.length() - 1));
        }
        return new Message(m, m);
    }
}
