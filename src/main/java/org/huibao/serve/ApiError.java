package org.huibao.serve;

import org.huibao.api.Message;

/**
 * Why a request gets no result: an HTTP status, a stable code for programs, and a message in both
 * languages for people. Thrown by the request handling and answered as a JSON error body.
 */
final class ApiError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Message text;

    ApiError(int status, String code, Message text) {
        super(code + ": " + text.en(), null, false, false);
        this.status = status;
        this.code = code;
        this.text = text;
    }

    ApiError(int status, String code, String zh, String en) {
        this(status, code, new Message(zh, en));
    }

    static ApiError badRequest(String zh, String en) {
        return new ApiError(400, "bad_request", zh, en);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Message text() {
        return text;
    }
}
