package org.huibao.serve;

import io.javalin.http.Context;
import org.huibao.api.Lang;
import org.huibao.output.Formatter;
import org.huibao.output.Formatters;

/** The query parameters the API understands; a wrong value is a 400, never silently ignored. */
final class Params {
    private Params() {
    }

    /** {@code ?lang=zh|en}, else the server's language. */
    static Lang lang(Context ctx, Lang fallback) throws ApiError {
        String v = ctx.queryParam("lang");
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        return Lang.parse(v).orElseThrow(() -> ApiError.badRequest("lang 只能是 zh 或 en，收到 \"" + v + "\"",
                "lang must be zh or en, got \"" + v + "\""));
    }

    /** {@code ?format=NAME}: any format of {@code huibao check --format}; json when absent. */
    static Formatter format(Context ctx, Formatters formatters) throws ApiError {
        String v = ctx.queryParam("format");
        String name = v == null || v.isEmpty() ? "json" : v;
        Formatter format = formatters.byName(name).orElseThrow(() -> ApiError.badRequest(
                "未知输出格式 \"" + name + "\"；可用：" + String.join("、", formatters.names()),
                "unknown format \"" + name + "\"; available: " + String.join(", ", formatters.names())));
        if (format.binary()) {
            // A one-report workbook is of no use to a reviewer; it is for huibao check over a batch.
            throw ApiError.badRequest("\"" + name + "\" 格式只用于 huibao check 的批量结果（写入文件）",
                    "the \"" + name + "\" format is for batches with huibao check (written to a file)");
        }
        return format;
    }

    /** {@code ?include=text}: the JSON result also carries the report text (see JsonWithText). */
    static boolean includeText(Context ctx, Formatter format) throws ApiError {
        String v = ctx.queryParam("include");
        if (v == null || v.isEmpty()) {
            return false;
        }
        if (!v.equals("text")) {
            throw ApiError.badRequest("include 只能是 text，收到 \"" + v + "\"", "include must be text, got \"" + v + "\"");
        }
        if (!format.name().equals("json")) {
            throw ApiError.badRequest("include=text 只用于 JSON 格式", "include=text applies to the json format only");
        }
        return true;
    }

    /** The response's Content-Type for a format. */
    static String contentType(Formatter format) {
        String type = switch (format.name()) {
            case "json" -> "application/json";
            case "sarif" -> "application/sarif+json";
            case "junit" -> "application/xml";
            case "html" -> "text/html";
            default -> "text/plain";
        };
        return type + "; charset=utf-8";
    }
}
