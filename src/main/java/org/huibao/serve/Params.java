package org.huibao.serve;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.huibao.api.Lang;
import org.huibao.output.DocumentFormatter;
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

    /**
     * {@code ?format=NAME}: any format of {@code huibao check --format}, the annotated Word copy
     * ({@code docx}) included; json when absent. The name as the formats spell it.
     */
    static String format(Context ctx, Formatters formatters) throws ApiError {
        String v = ctx.queryParam("format");
        String name = v == null || v.isEmpty() ? "json" : v;
        if (formatters.document(name).isPresent()) {
            return name;
        }
        Formatter format = formatters.byName(name).orElseThrow(() -> ApiError.badRequest(
                "未知输出格式 \"" + name + "\"；可用：" + String.join("、", formatters.names()),
                "unknown format \"" + name + "\"; available: " + String.join(", ", formatters.names())));
        if (format.binary()) {
            // A one-report workbook is of no use to a reviewer; it is for huibao check over a batch.
            throw ApiError.badRequest("\"" + name + "\" 格式只用于 huibao check 的批量结果（写入文件）",
                    "the \"" + name + "\" format is for batches with huibao check (written to a file)");
        }
        return format.name();
    }

    /** {@code ?include=text}: the JSON result also carries the report text (see JsonWithText). */
    static boolean includeText(Context ctx, String format) throws ApiError {
        String v = ctx.queryParam("include");
        if (v == null || v.isEmpty()) {
            return false;
        }
        if (!v.equals("text")) {
            throw ApiError.badRequest("include 只能是 text，收到 \"" + v + "\"", "include must be text, got \"" + v + "\"");
        }
        if (!format.equals("json")) {
            throw ApiError.badRequest("include=text 只用于 JSON 格式", "include=text applies to the json format only");
        }
        return true;
    }

    /** The response's Content-Type for a format. */
    static String contentType(String format, Formatters formatters) {
        Optional<DocumentFormatter> document = formatters.document(format);
        if (document.isPresent()) {
            return document.get().contentType();
        }
        String type = switch (format) {
            case "json" -> "application/json";
            case "sarif" -> "application/sarif+json";
            case "junit" -> "application/xml";
            case "html" -> "text/html";
            default -> "text/plain";
        };
        return type + "; charset=utf-8";
    }

    /**
     * A Content-Disposition that saves the answer as {@code fileName}: the name in UTF-8 (RFC 6266,
     * RFC 5987), and for old clients the same with what is not printable ASCII as '_'.
     */
    static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        fileName.codePoints().forEach(c -> {
            boolean plain = c > 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' && c != ';';
            ascii.append(plain ? (char) c : '_');
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
                }
            }
        });
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
