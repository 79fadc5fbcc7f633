package org.huibao.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.huibao.api.Message;
import org.huibao.model.ReportResult;
import org.huibao.model.RuleInfo;
import org.huibao.model.RunResult;
import org.huibao.output.DocumentFormatter;
import org.huibao.output.Formatter;
import org.huibao.output.Formatters;
import org.huibao.output.OutputOptions;

/**
 * What a check comes to: the formatted result, or why there is none. Made where the check ran (a
 * worker process, or the server itself in tests) so that only bytes and messages cross between them.
 *
 * @param kind    which of the three it is
 * @param body    the formatted result, for {@link Kind#RESULT}
 * @param message why the report has no result (the reader's or the rule engine's message, or the
 *                internal error's name), otherwise {@link Message#NONE}
 * @param retire  the process that made it should not check again (it ran out of memory)
 */
record CheckAnswer(Kind kind, byte[] body, Message message, boolean retire) {

    enum Kind {
        /** 200: the result in the requested format. */
        RESULT,
        /** 422: the report cannot be checked (unreadable, too long, a rule failed, out of memory). */
        UNREADABLE,
        /** 500: a bug. */
        INTERNAL
    }

    static CheckAnswer result(byte[] body) {
        return new CheckAnswer(Kind.RESULT, body, Message.NONE, false);
    }

    static CheckAnswer unreadable(Message why) {
        return new CheckAnswer(Kind.UNREADABLE, new byte[0], why, false);
    }

    static CheckAnswer internal(Throwable e) {
        String what = e.getClass().getSimpleName();
        return new CheckAnswer(Kind.INTERNAL, new byte[0], new Message("内部错误：" + what, "internal error: " + what),
                false);
    }

    /** As {@code huibao check} says it, and the process that ran out should not be trusted again. */
    static CheckAnswer outOfMemory() {
        return new CheckAnswer(Kind.UNREADABLE, new byte[0], new Message("内存不足，无法检查这份报告",
                "out of memory while checking this report"), true);
    }

    /** The result formatted as {@code huibao check --format NAME} prints it for this one report. */
    static CheckAnswer of(ReportResult result, CheckRequest request, String version, List<RuleInfo> rules,
                          Formatters formatters) throws IOException {
        if (result.error() != null) {
            return unreadable(result.error());
        }
        OutputOptions options = new OutputOptions(request.lang(), false, false, rules);
        Optional<DocumentFormatter> document = formatters.document(request.format());
        if (document.isPresent()) {
            // Made here, in the worker, from the uploaded copy: only its bytes go back to the server.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.get().write(result, Optional.of(request.file()), options, bytes);
            return result(bytes.toByteArray());
        }
        Formatter format = formatters.byName(request.format())
                .orElseThrow(() -> new IllegalArgumentException("unknown format " + request.format()));
        StringWriter out = new StringWriter();
        format.write(new RunResult(version, List.of(result)), options, out);
        String body = request.includeText() ? JsonWithText.add(out.toString(), result) : out.toString();
        return result(body.getBytes(StandardCharsets.UTF_8));
    }
}
