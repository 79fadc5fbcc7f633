package org.huibao.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.huibao.read.ReadException.Kind;

/** The OFD reader's one-line reasons, and what a file given as .ofd really is when it is no OFD. */
final class OfdFiles {

    static final String MSG_NO_TEXT = "OFD 中没有可提取的文字（可能是扫描件） (no extractable text; probably a scan)";
    static final String MSG_GARBLED = "OFD 中的文字无法正确提取（文字编码异常） (the text cannot be extracted: it is not encoded as text)";
    static final String MSG_BOMB = "OFD 文件压缩比异常，疑似压缩炸弹 (suspicious compression ratio in the OFD file, possibly a zip bomb)";
    static final String MSG_ENCRYPTED = "OFD 文件已加密，无法读取 (the OFD file is encrypted)";
    static final String MSG_NOT_OFD = "不是 OFD 文件，或文件已损坏 (not an OFD file, or the file is damaged)";
    static final String MSG_NO_OFD_XML = "压缩包中没有 OFD.xml，不是 OFD 文件 (the archive has no OFD.xml: not an OFD file)";
    static final String MSG_DOCX = "这是 Word 文档（.docx），不是 OFD 文件，请使用 .docx 扩展名"
            + " (this is a Word .docx document, not an OFD file; name it .docx)";

    /** Longest part name quoted in a message: a hostile name must not make the line unreadable. */
    private static final int SHOWN_CHARS = 80;

    private OfdFiles() {
    }

    /** {@code OFD 文件已损坏：<zh> (damaged OFD file: <en>)}. */
    static ReadException damaged(String zh, String en, Throwable cause) {
        return new ReadException(Kind.UNREADABLE, "OFD 文件已损坏：" + zh + " (damaged OFD file: " + en + ")", cause);
    }

    static ReadException tooManyPages(long pages, int limit) {
        return new ReadException(Kind.TOO_LARGE, "OFD 页数过多：" + pages + " 页，上限 " + limit
                + " 页 (too many pages: " + pages + ", limit " + limit + ")");
    }

    /** A part name from the file, cut short and without characters that would break the line. */
    static String shown(String part) {
        String s = part == null ? "" : part.replaceAll("[\\p{Cntrl}\\u2028\\u2029()]", "?");
        return s.length() <= SHOWN_CHARS ? s : s.substring(0, SHOWN_CHARS) + "…";
    }

    /**
     * Why a file named .ofd that is not a zip cannot be read, by what its first bytes say it is.
     * A text file or a Word lock file gets the Word reader's wording, which names the fix.
     */
    static ReadException notZip(Path path) throws ReadException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (AccessDeniedException e) {
            throw new ReadException(Kind.UNREADABLE, TextReader.MSG_DENIED, e);
        } catch (IOException e) {
            throw InputFiles.ioError(e, path);
        }
        switch (WordFiles.sniff(head, n)) {
            case PDF:
                return new ReadException(Kind.UNREADABLE, "这是 PDF 文件，不是 OFD 文件，请使用 .pdf 扩展名"
                        + " (this is a PDF file, not an OFD file; name it .pdf)");
            case OLE2:
                return new ReadException(Kind.UNREADABLE, "这是 Office 97–2003 文件（如 .doc），不是 OFD 文件"
                        + " (this is an Office 97–2003 file such as .doc, not an OFD file)");
            default:
                return new ReadException(Kind.UNREADABLE, MSG_NOT_OFD);
        }
    }
}
