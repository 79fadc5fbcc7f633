package org.huibao.read;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
        return decode(InputFiles.readAll(path, maxBytes), displayName);
    }

    /** Decodes raw bytes of a text report; shared by files and standard input. */
    public SourceText decode(byte[] bytes, String displayName) throws ReadException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(displayName, "displayName");
        if (bytes.length > maxBytes) {
            throw InputFiles.tooLarge(bytes.length, maxBytes);
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
