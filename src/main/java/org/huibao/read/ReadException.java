package org.huibao.read;

import java.util.Objects;

/**
 * One input could not be read. {@link #getMessage()} is a one-line, user-facing reason, Chinese
 * first with English in parentheses, and never contains the file name: the caller prefixes it.
 */
public final class ReadException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind { NOT_FOUND, UNREADABLE, EMPTY, BINARY, UNSUPPORTED, TOO_LARGE }

    private final Kind kind;

    public ReadException(Kind kind, String message) {
        this(kind, message, null);
    }

    /** Keeps the underlying I/O error for debugging while the message stays user-facing. */
    public ReadException(Kind kind, String message, Throwable cause) {
        super(oneLine(message), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }

    // Reasons may come from the OS or JDK; a line break would break the caller's "file: reason" output.
    private static String oneLine(String message) {
        Objects.requireNonNull(message, "message");
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
