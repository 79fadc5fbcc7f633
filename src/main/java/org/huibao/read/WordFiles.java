package org.huibao.read;

import org.huibao.api.PageSetup;
import org.huibao.api.ParagraphFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.huibao.read.ReadException.Kind;

/**
 * What the .docx and .doc readers share and that needs no POI: checking the file before it is opened,
 * telling the container format from the first bytes, the one-line error messages, and turning the
 * extracted paragraphs into a {@link SourceText}.
 */
final class WordFiles {

    /** What the first bytes of a file say it is. */
    enum Container { ZIP, OLE2, RTF, MARKUP, PDF, OTHER }

    /** Paragraphs in document order, one line each, and the formatting of those that have one. */
    record Content(List<String> lines, List<ParagraphFormat> formats, Optional<PageSetup> page,
                   List<Suppression> suppressions) {
        Content(List<String> lines, List<ParagraphFormat> formats, Optional<PageSetup> page) {
            this(lines, formats, page, List.of());
        }
    }

    static final String MSG_NO_TEXT = "文档中没有文字 (the document has no text)";

    private WordFiles() {
    }

    /** Checks that {@code path} is a readable regular file within the size limit, and sniffs its format. */
    static Container check(Path path, long maxBytes) throws ReadException {
        BasicFileAttributes attrs = InputFiles.attributes(path, maxBytes);
        if (attrs.size() == 0) {
            throw new ReadException(Kind.EMPTY, TextReader.MSG_EMPTY);
        }
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (AccessDeniedException e) {
            throw new ReadException(Kind.UNREADABLE, TextReader.MSG_DENIED, e);
        } catch (IOException e) {
            throw unreadable("读取失败", "read error", e);
        }
        Container c = sniff(head, n);
        Path name = path.getFileName();
        if (c == Container.OTHER && name != null && name.toString().startsWith("~$")) {
            throw unreadable("这是 Word 或 WPS 打开文档时生成的临时文件（文件名以 ~$ 开头），不是报告",
                    "a temporary owner file that Word or WPS keeps while a document is open, not a report", null);
        }
        if (c == Container.OTHER && looksLikeText(head, n)) {
            throw unreadable("这是纯文本文件，不是 Word 文档（请改用 .txt 扩展名）",
                    "this is a plain text file, not a Word document; name it .txt", null);
        }
        return c;
    }

    /** No NUL byte, few control characters, and (up to the last line break read) valid UTF-8 or GB18030. */
    private static boolean looksLikeText(byte[] head, int n) {
        int end = n;
        if (n == head.length) {
            end = 0;
            for (int i = n - 1; i >= 0; i--) {
                if (head[i] == '\n') {
                    end = i + 1;
                    break;
                }
            }
        }
        if (end == 0) {
            return false;
        }
        byte[] b = java.util.Arrays.copyOf(head, end);
        int controls = 0;
        for (byte x : b) {
            if (x == 0) {
                return false;
            }
            if ((x & 0xFF) < 0x20 && x != '\t' && x != '\n' && x != '\r' && x != '\f') {
                controls++;
            }
        }
        return controls * 10 <= b.length
                && (CharsetDetector.decodesStrictly(b, 0, java.nio.charset.StandardCharsets.UTF_8)
                    || CharsetDetector.decodesStrictly(b, 0, CharsetDetector.GB18030));
    }

    static Container sniff(byte[] b, int n) {
        if (n >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5 || b[2] == 7)) {
            return Container.ZIP;
        }
        if (n >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0 && (b[4] & 0xFF) == 0xA1 && (b[5] & 0xFF) == 0xB1
                && b[6] == 0x1A && (b[7] & 0xFF) == 0xE1) {
            return Container.OLE2;
        }
        int i = 0;
        // UTF-8 BOM and leading white space before markup
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        if (n - i >= 5 && b[i] == '{' && b[i + 1] == '\\' && b[i + 2] == 'r' && b[i + 3] == 't' && b[i + 4] == 'f') {
            return Container.RTF;
        }
        if (n - i >= 1 && b[i] == '<') {
            return Container.MARKUP;
        }
        if (n >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return Container.PDF;
        }
        return Container.OTHER;
    }

    /** The reason a file with a Word extension is not a Word file we can open, by what it really is. */
    static ReadException notWord(Container c) {
        switch (c) {
            case RTF:
                return unreadable("这是 RTF 文件，请在 Word 或 WPS 中另存为 .docx",
                        "this is an RTF file; save it as .docx in Word or WPS", null);
            case MARKUP:
                return unreadable("这是网页或 XML 格式的文件，请在 Word 或 WPS 中另存为 .docx",
                        "this is a web page or XML file; save it as .docx in Word or WPS", null);
            case PDF:
                return unreadable("这是 PDF 文件，不是 Word 文档", "this is a PDF file, not a Word document", null);
            default:
                return unreadable("不是 Word 文档，或文件已损坏", "not a Word document, or the file is damaged", null);
        }
    }

    /** {@code 无法打开 Word 文件：<zh> (cannot open Word file: <en>)}, one line. */
    static ReadException unreadable(String zh, String en, Throwable cause) {
        return new ReadException(Kind.UNREADABLE, "无法打开 Word 文件：" + zh + " (cannot open Word file: " + en + ")", cause);
    }

    /**
     * One line per paragraph. Characters that would break the line structure (line and paragraph
     * separators, form feeds, stray control characters) are dropped; tabs stay.
     */
    static SourceText source(String displayName, Content content, String format) throws ReadException {
        List<String> lines = new ArrayList<>(content.lines().size());
        boolean anyText = false;
        for (String line : content.lines()) {
            String clean = clean(line);
            anyText |= !clean.isBlank();
            lines.add(clean);
        }
        if (!anyText) {
            throw new ReadException(Kind.EMPTY, MSG_NO_TEXT);
        }
        Layout layout = content.formats().isEmpty() && content.page().isEmpty()
                ? Layout.NONE : new Layout(content.formats(), content.page());
        return new SourceText(displayName, String.join("\n", lines), format, layout, content.suppressions());
    }

    /** What {@link #clean} leaves out: control characters but tab, and the line and paragraph separators. */
    static boolean dropped(char c) {
        return c != '\t' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    static String clean(String line) {
        StringBuilder sb = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean drop = dropped(c);
            if (drop && sb == null) {
                sb = new StringBuilder(line.length());
                sb.append(line, 0, i);
            } else if (!drop && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? line : sb.toString();
    }
}
