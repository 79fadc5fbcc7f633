package org.huibao.serve;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.huibao.read.ReadException;
import org.huibao.read.Readers;
import org.huibao.read.TempCopy;

/**
 * The report a check request carries, copied to a temporary file of its own: either the request body
 * itself (text/plain or application/octet-stream, named by {@code ?name=}) or the part named
 * {@code file} of a multipart/form-data upload (named by its file name). Only the extension of the name
 * is used for the file, to pick the reader; the name itself is shown in the result.
 */
final class Upload implements AutoCloseable {

    /** Room for a multipart request's boundaries and part headers around the file. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;
    static final String DEFAULT_NAME = "draft.txt";
    private static final int MAX_NAME_LENGTH = 120;

    /** Request attribute: how far the multipart parser got with the body, for the error answer. */
    static final String BODY_STATE = "huibao.body";

    /** READ: the parser took the whole body; BROKEN: it gave up part-way, the rest is unread. */
    enum BodyState { READ, BROKEN }

    private final String name;
    private final TempCopy copy;

    private Upload(String name, TempCopy copy) {
        this.name = name;
        this.copy = copy;
    }

    /** Reads the request's report; every refusal is an {@link ApiError} with its status. */
    static Upload from(Context ctx, Readers readers, long maxBytes) throws ApiError {
        String type = mediaType(ctx.contentType());
        long declared = ctx.req().getContentLengthLong();
        if (type.equals("multipart/form-data")) {
            if (declared > maxBytes + MULTIPART_OVERHEAD) {
                throw tooLarge(maxBytes);
            }
            return fromPart(ctx, readers, maxBytes);
        }
        if (type.isEmpty() || type.equals("text/plain") || type.equals("application/octet-stream")) {
            String name = displayName(ctx.queryParam("name"), DEFAULT_NAME);
            // A name without an extension is text, as for standard input.
            String extension = extension(name).orElse("txt");
            requireSupported(extension, readers);
            if (declared > maxBytes) {
                throw tooLarge(maxBytes);
            }
            try (InputStream in = ctx.req().getInputStream()) {
                return nonEmpty(new Upload(name, copy(in, extension, maxBytes)));
            } catch (IOException e) {
                throw unreadableRequest(e);
            }
        }
        throw new ApiError(415, "unsupported_media_type",
                "不支持的请求类型 " + type + "：请以 text/plain 发送报告文本，或以 multipart/form-data 上传文件（字段名 file）",
                "unsupported content type " + type + ": send the report as text/plain, or upload it as "
                        + "multipart/form-data in a part named file");
    }

    private static Upload fromPart(Context ctx, Readers readers, long maxBytes) throws ApiError {
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("file");
            ctx.attribute(BODY_STATE, BodyState.READ);
        } catch (Exception e) { // Kotlin lets Jetty's checked ServletException through undeclared
            ctx.attribute(BODY_STATE, BodyState.BROKEN);
            if (tooLargeCause(e)) {
                throw tooLarge(maxBytes);
            }
            throw ApiError.badRequest("无法解析上传内容（multipart 格式有误）",
                    "the upload could not be parsed (malformed multipart body)");
        }
        if (files.isEmpty()) {
            throw ApiError.badRequest("上传内容中没有名为 file 的文件", "the upload has no file part named file");
        }
        if (files.size() > 1) {
            throw ApiError.badRequest("一次只能检查一个文件", "one file per request");
        }
        UploadedFile file = files.get(0);
        String name = displayName(file.filename(), "");
        String extension = extension(name).orElseThrow(() -> unsupported("", readers));
        requireSupported(extension, readers);
        if (file.size() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = file.content()) {
            return nonEmpty(new Upload(name, copy(in, extension, maxBytes)));
        } catch (IOException e) {
            throw unreadableRequest(e);
        }
    }

    private static TempCopy copy(InputStream in, String extension, long maxBytes) throws IOException, ApiError {
        try {
            return TempCopy.of(in, extension, maxBytes);
        } catch (ReadException e) {
            throw tooLarge(maxBytes);
        }
    }

    private static Upload nonEmpty(Upload upload) throws ApiError {
        try {
            if (Files.size(upload.path()) == 0) {
                upload.close();
                throw ApiError.badRequest("请求中没有报告内容", "the request has no report in it");
            }
        } catch (IOException e) {
            upload.close();
            throw unreadableRequest(e);
        }
        return upload;
    }

    String name() {
        return name;
    }

    Path path() {
        return copy.path();
    }

    @Override
    public void close() {
        copy.close();
    }

    /** The media type without parameters, lower-case; empty when the request has none. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The base name of what the client called the report, without folders (some browsers send a full
     * Windows path) or control characters, and not too long to show.
     */
    static String displayName(String raw, String fallback) {
        if (raw == null) {
            return fallback;
        }
        String s = raw.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (s.codePointCount(0, s.length()) > MAX_NAME_LENGTH) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_NAME_LENGTH));
        }
        return s.isEmpty() || s.equals(".") || s.equals("..") ? fallback : s;
    }

    static java.util.Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static void requireSupported(String extension, Readers readers) throws ApiError {
        if (!readers.extensions().contains(extension)) {
            throw unsupported(extension, readers);
        }
    }

    private static ApiError unsupported(String extension, Readers readers) {
        String what = extension.isEmpty() ? "" : " ." + extension;
        String zhList = "." + String.join("、.", readers.extensions());
        String enList = "." + String.join(", .", readers.extensions());
        return new ApiError(415, "unsupported_type", "不支持的文件类型" + what + "（支持：" + zhList + "）",
                "unsupported file type" + what + " (supported: " + enList + ")");
    }

    static ApiError tooLarge(long maxBytes) {
        String limit = size(maxBytes);
        return new ApiError(413, "too_large", "上传内容过大，上限为 " + limit, "the upload is too large: the limit is " + limit);
    }

    private static ApiError unreadableRequest(IOException e) {
        return ApiError.badRequest("读取请求失败：" + e.getMessage(), "cannot read the request: " + e.getMessage());
    }

    /**
     * Jetty tells a body over the multipart limit (only a body sent without a length can get there: a
     * declared one is refused up front, and a file over the limit in a body within it is refused after
     * parsing, with the body read to its end) only
     * by its message: "max file size exceeded", "max length exceeded".
     */
    private static boolean tooLargeCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("size exceeded") || m.contains("length exceeded")) {
                return true;
            }
        }
        return false;
    }

    /** "10 MB", "512 KB", "100 B": whole units where they fit, for messages. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }
}
