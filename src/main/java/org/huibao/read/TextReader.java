package org.huibao.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.huibao.read.ReadException.Kind;

/** Plain text and Markdown. */
public final class TextReader implements DocumentReader {

    static final String MSG_NOT_FOUND = "文件不存在 (no such file)";
    static final String MSG_DIRECTORY = "这是目录，不是文件 (is a directory, not a file)";
    static final String MSG_DENIED = "没有读取权限 (permission denied)";
    static final String MSG_EMPTY = "文件为空 (empty file)";
    static final String MSG_BINARY = "二进制文件，不是文本报告 (binary file, not a text report)";

    private static final Set<String> EXTENSIONS = Set.of("txt", "md");

    // Word and old DOS editors leave the odd stray control character (vertical tab, 0x1A) in real
    // reports, so a single one is tolerated; binary data decoded as text is dense with them.
    private static final int CONTROL_SHARE_DIVISOR = 10;

    private final long maxBytes;

    /** @param maxBytes files larger than this are rejected with {@link Kind#TOO_LARGE} */
    public TextReader(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    @Override
    public SourceText read(Path path, String displayName) throws ReadException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayName, "displayName");
        return decode(readBytes(path), displayName);
    }

    /** Decodes raw bytes of a text report; shared by files and standard input. */
    public SourceText decode(byte[] bytes, String displayName) throws ReadException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(displayName, "displayName");
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length);
        }
        if (bytes.length == 0) {
            throw new ReadException(Kind.EMPTY, MSG_EMPTY);
        }
        CharsetDetector.Detected detected = CharsetDetector.detect(bytes);
        if (bytes.length == detected.bomLength()) {
            throw new ReadException(Kind.EMPTY, MSG_EMPTY);
        }
        // In UTF-16/32 every ASCII character carries a zero byte; anywhere else NUL means binary data.
        if (!CharsetDetector.isWide(detected.charset()) && containsNul(bytes)) {
            throw new ReadException(Kind.BINARY, MSG_BINARY);
        }
        String text;
        try {
            text = CharsetDetector.decodeStrictly(bytes, detected.bomLength(), detected.charset());
        } catch (CharacterCodingException e) {
            throw undecodable(detected);
        }
        if (looksBinary(text)) {
            throw new ReadException(Kind.BINARY, MSG_BINARY);
        }
        if (isBlank(text)) {
            throw new ReadException(Kind.EMPTY, MSG_EMPTY);
        }
        return new SourceText(displayName, normaliseLineEnds(text), detected.charset().name());
    }

    private byte[] readBytes(Path path) throws ReadException {
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                throw new ReadException(Kind.UNREADABLE, MSG_DIRECTORY);
            }
            if (attrs.isRegularFile()) {
                if (attrs.size() > maxBytes) {
                    throw tooLarge(attrs.size());
                }
                return Files.readAllBytes(path);
            }
            // Pipes and devices (e.g. process substitution) report no meaningful size up front.
            return readBounded(path);
        } catch (NoSuchFileException e) {
            throw new ReadException(Kind.NOT_FOUND, MSG_NOT_FOUND, e);
        } catch (AccessDeniedException e) {
            throw new ReadException(Kind.UNREADABLE, MSG_DENIED, e);
        } catch (IOException e) {
            String reason = reason(e, path);
            throw new ReadException(Kind.UNREADABLE, "读取失败：" + reason + " (read error: " + reason + ")", e);
        }
    }

    private byte[] readBounded(Path path) throws IOException, ReadException {
        try (InputStream in = Files.newInputStream(path)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    // The stream is abandoned here, so its full size is unknown.
                    throw new ReadException(Kind.TOO_LARGE, "文件过大，超过上限 " + humanSize(maxBytes)
                            + " (file too large: over the " + humanSize(maxBytes) + " limit)");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    // JDK messages for file-system errors start with the path; the caller already prints the file.
    private static String reason(IOException e, Path path) {
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return reason.replace(path.toString(), "").replaceAll("^[\\s:]+", "").strip();
    }

    private ReadException tooLarge(long size) {
        return new ReadException(Kind.TOO_LARGE, "文件过大：" + humanSize(size) + "，上限 " + humanSize(maxBytes)
                + " (file too large: " + humanSize(size) + ", limit " + humanSize(maxBytes) + ")");
    }

    private static ReadException undecodable(CharsetDetector.Detected detected) {
        String cs = detected.charset().name();
        if (detected.bomLength() > 0) {
            return new ReadException(Kind.UNREADABLE, "文件以 " + cs + " 字节序标记开头，但内容不是有效的 " + cs
                    + " 文本 (starts with a " + cs + " byte-order mark but is not valid " + cs + ")");
        }
        if (detected.charset().equals(StandardCharsets.UTF_8)) {
            return new ReadException(Kind.UNREADABLE, "UTF-8 文本中有无效字节，文件可能已损坏或被截断"
                    + " (invalid bytes in UTF-8 text, the file may be damaged or truncated)");
        }
        return new ReadException(Kind.BINARY, "无法识别文件编码，不是有效的 UTF-8 或 GB18030 文本，可能是二进制文件"
                + " (unrecognised encoding: not valid UTF-8 or GB18030 text, probably a binary file)");
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        if (controls > 0 && controls == text.length()) {
            return true;
        }
        return controls > 1 && controls * CONTROL_SHARE_DIVISOR > text.length();
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Character.isWhitespace misses U+00A0 and friends; U+FEFF and U+200B are invisible too.
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B') {
                return false;
            }
        }
        return true;
    }

    /** CRLF and lone CR become LF; nothing else changes, so offsets stay aligned with what the user sees. */
    static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
