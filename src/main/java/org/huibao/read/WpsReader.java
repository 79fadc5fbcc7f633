package org.huibao.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.huibao.read.ReadException.Kind;

/**
 * WPS 文字's own .wps files. Since WPS Office 2005 a .wps is a Word 97 compound file (the same
 * WordDocument stream as a .doc), so it is read exactly as a .doc, list numbering and layout
 * included; a .docx saved under a .wps name is read as a .docx. Anything else under the name
 * (the pre-2005 WPS format, a Microsoft Works file, another zip) gets one reason that names the fix.
 */
public final class WpsReader implements DocumentReader {

    static final String MSG_UNREADABLE = "WPS 文档格式无法读取，请在 WPS 中另存为 .docx 后再检查"
            + " (this WPS document format cannot be read; save it as .docx in WPS and check it again)";

    private static final Set<String> EXTENSIONS = Set.of("wps");

    private final long maxBytes;
    private final int maxChars;

    /** @param maxBytes files larger than this are rejected with {@link Kind#TOO_LARGE} */
    public WpsReader(long maxBytes) {
        this(maxBytes, Readers.DEFAULT_MAX_CHARS);
    }

    /** @param maxChars reading stops, with {@link Kind#TOO_LARGE}, once the text is longer */
    public WpsReader(long maxBytes, int maxChars) {
        Readers.requireLimits(maxBytes, 1, maxChars);
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
    }

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    @Override
    public SourceText read(Path path, String displayName) throws ReadException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayName, "displayName");
        // Empty, text, a lock file (~$…), too large: told as for any Word file.
        WordFiles.Container container = WordFiles.check(path, maxBytes);
        switch (container) {
            case OLE2:
                if (!hasWordStream(path)) {
                    throw unreadable(null);
                }
                return WordFiles.source(displayName, compatible(() -> DocExtractor.extract(path, maxChars)), "wps");
            case ZIP:
                if (!isDocx(path)) {
                    throw unreadable(null);
                }
                return WordFiles.source(displayName, DocxExtractor.extract(path, maxChars), "wps");
            default:
                throw unreadable(null);
        }
    }

    private interface Extraction {
        WordFiles.Content run() throws ReadException;
    }

    /**
     * The .doc reading, or the WPS reason when the Word 97 reader cannot follow the file. A reason
     * the .doc reader gives without an underlying error (a password, no text, too large) is about
     * the document, not its format, and is kept.
     */
    private static WordFiles.Content compatible(Extraction extraction) throws ReadException {
        try {
            return extraction.run();
        } catch (ReadException e) {
            if (e.kind() == Kind.UNREADABLE && e.getCause() != null) {
                throw unreadable(e);
            }
            throw e;
        }
    }

    /** A compound file that Word 97 could open: it has the WordDocument stream, or is an encrypted package. */
    private static boolean hasWordStream(Path path) {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            return root.hasEntryCaseInsensitive("WordDocument") || root.hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A zip with the main part of a Word document. */
    private static boolean isDocx(Path path) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static ReadException unreadable(Throwable cause) {
        return new ReadException(Kind.UNREADABLE, MSG_UNREADABLE, cause);
    }
}
