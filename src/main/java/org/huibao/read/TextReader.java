package org.huibao.read;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
    private static final int MAX_NUL_RUNS = 3;

    private final long maxBytes;

    /** @param maxBytes files larger than this are rejected with {@link Kind#TOO_LARGE} */
    public TextReader(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The largest file read. */
    long maxBytes() {
        return maxBytes;
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
        CharsetDetector.Detection detection = CharsetDetector.detectDecoding(bytes);
        CharsetDetector.Detected detected = detection.detected();
        if (bytes.length == detected.bomLength()) {
            throw new ReadException(Kind.EMPTY, MSG_EMPTY);
        }
        if (detected.bomLength() == 0) {
            ReadException other = otherFormat(bytes);
            if (other != null) {
                throw other;
            }
        }
        // In UTF-16/32 every ASCII character carries a zero byte; anywhere else NUL means binary data,
        // or a text file damaged in one place, which is worth telling apart: the user can fix that line.
        if (!CharsetDetector.isWide(detected.charset()) && containsNul(bytes)) {
            throw nul(bytes);
        }
        String text;
        try {
            text = detection.text() != null ? detection.text()
                    : CharsetDetector.decodeStrictly(bytes, detected.bomLength(), detected.charset());
        } catch (CharacterCodingException e) {
            throw undecodable(detected, bytes);
        }
        if (looksBinary(text)) {
            throw new ReadException(Kind.BINARY, MSG_BINARY);
        }
        if (isBlank(text)) {
            throw new ReadException(Kind.EMPTY, MSG_EMPTY);
        }
        SuppressionComments.Result stripped = SuppressionComments.strip(normaliseLineEnds(text));
        if (isBlank(stripped.text())) {
            throw new ReadException(Kind.EMPTY, MSG_EMPTY);
        }
        return new SourceText(displayName, stripped.text(), detected.charset().name(), Layout.NONE,
                stripped.suppressions());
    }

    private static ReadException undecodable(CharsetDetector.Detected detected, byte[] bytes) {
        String cs = detected.charset().name();
        if (detected.bomLength() > 0) {
            return new ReadException(Kind.UNREADABLE, "文件以 " + cs + " 字节序标记开头，但内容不是有效的 " + cs
                    + " 文本 (starts with a " + cs + " byte-order mark but is not valid " + cs + ")");
        }
        if (detected.charset().equals(StandardCharsets.UTF_8)) {
            int line = lineOf(bytes, firstMalformed(bytes));
            return new ReadException(Kind.UNREADABLE, "第 " + line + " 行有无效的 UTF-8 字节，文件可能已损坏或被截断"
                    + " (invalid UTF-8 bytes on line " + line + ": the file may be damaged or truncated)");
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

    /**
     * A NUL byte in what is otherwise text (a few of them, the rest decoding cleanly) is damage at one
     * place, reported with its line; NUL bytes in data that is not text make it a binary file.
     */
    private static ReadException nul(byte[] bytes) {
        int first = -1;
        int runs = 0;
        ByteArrayOutputStream rest = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                first = first < 0 ? i : first;
                runs += i == 0 || bytes[i - 1] != 0 ? 1 : 0;
            } else {
                rest.write(bytes[i]);
            }
        }
        byte[] without = rest.toByteArray();
        // Damage comes in a place or two (a zeroed block after a crash); binary data has NULs all over.
        boolean text = runs <= MAX_NUL_RUNS && without.length > 0
                && (CharsetDetector.decodesStrictly(without, 0, StandardCharsets.UTF_8)
                    || CharsetDetector.decodesStrictly(without, 0, CharsetDetector.GB18030))
                && fewControls(without);
        if (!text) {
            return new ReadException(Kind.BINARY, MSG_BINARY);
        }
        int line = lineOf(bytes, first);
        return new ReadException(Kind.BINARY, "第 " + line + " 行有 NUL 空字符（0x00），文件可能已损坏，不作为文本读取"
                + " (a NUL character, byte 0x00, on line " + line + ": the file may be damaged; not read as text)");
    }

    private static boolean fewControls(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if ((b & 0xFF) < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return controls <= 1 || controls * CONTROL_SHARE_DIVISOR <= bytes.length;
    }

    /** A zip, OLE2 or PDF file under a text name: the reason names what it is. */
    private static ReadException otherFormat(byte[] b) {
        WordFiles.Container c = WordFiles.sniff(b, Math.min(b.length, 8));
        switch (c) {
            case ZIP:
                if (contains(b, "word/document".getBytes(StandardCharsets.US_ASCII))) {
                    return new ReadException(Kind.UNSUPPORTED, "这是 Word 文档（.docx），不是纯文本，请使用 .docx 扩展名"
                            + " (this is a .docx Word document, not plain text; give it the .docx extension)");
                }
                return new ReadException(Kind.UNSUPPORTED, "这是 ZIP 压缩包，不是纯文本"
                        + " (this is a zip archive, not plain text)");
            case OLE2:
                return new ReadException(Kind.UNSUPPORTED, "这是 Word 97-2003 文档（.doc）或其他 Office 文件，不是纯文本"
                        + " (this is a .doc Word 97-2003 document or another Office file, not plain text)");
            case PDF:
                return new ReadException(Kind.UNSUPPORTED, "这是 PDF 文件，不是纯文本，请使用 .pdf 扩展名"
                        + " (this is a PDF file, not plain text; give it the .pdf extension)");
            default:
                return null;
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Byte offset where strict UTF-8 decoding fails, or the length when it does not. */
    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return decoder.flush(out).isError() ? in.position() : bytes.length;
            }
            out.clear();
        }
    }

    /** 1-based line of a byte offset, for encodings in which line ends are the bytes 0x0A and 0x0D. */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
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
