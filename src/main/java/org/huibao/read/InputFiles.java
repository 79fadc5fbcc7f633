package org.huibao.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import org.huibao.read.ReadException.Kind;

/**
 * What every reader does before it looks at a format: refuse directories and oversize files, read
 * pipes within the limit, and turn I/O errors into one-line reasons. Shared so that a missing file
 * or a permission problem reads the same whatever the extension.
 */
final class InputFiles {

    private InputFiles() {
    }

    /** The input's attributes; a directory, or a regular file over {@code maxBytes}, is refused. */
    static BasicFileAttributes attributes(Path path, long maxBytes) throws ReadException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw ioError(e, path);
        }
        if (attrs.isDirectory()) {
            throw new ReadException(Kind.UNREADABLE, TextReader.MSG_DIRECTORY);
        }
        if (attrs.isRegularFile() && attrs.size() > maxBytes) {
            throw tooLarge(attrs.size(), maxBytes);
        }
        return attrs;
    }

    /** All bytes of the input, at most {@code maxBytes}: at once from a file, buffered from a pipe. */
    static byte[] readAll(Path path, long maxBytes) throws ReadException {
        BasicFileAttributes attrs = attributes(path, maxBytes);
        if (!attrs.isRegularFile()) {
            // Pipes and devices (e.g. process substitution) report no meaningful size up front.
            return readBounded(path, maxBytes);
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw ioError(e, path);
        }
    }

    /** Reads a stream of unknown length, giving up as soon as it passes {@code maxBytes}. */
    static byte[] readBounded(Path path, long maxBytes) throws ReadException {
        try (InputStream in = Files.newInputStream(path)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!copyAtMost(in, out, maxBytes)) {
                // The stream is abandoned here, so its full size is unknown.
                throw new ReadException(Kind.TOO_LARGE, "文件过大，超过上限 " + TextReader.humanSize(maxBytes)
                        + " (file too large: over the " + TextReader.humanSize(maxBytes) + " limit)");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ioError(e, path);
        }
    }

    /**
     * Copies {@code in} to {@code out} up to {@code maxBytes}; false, and stops, as soon as there is
     * more, so that an endless stream neither hangs nor fills memory or disk.
     */
    static boolean copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                return false;
            }
            out.write(buffer, 0, n);
        }
        return true;
    }

    /**
     * The sizes are rounded as people read them, unless that makes the file and the limit look the
     * same (20 MB and one byte): then they are given in bytes.
     */
    static ReadException tooLarge(long size, long maxBytes) {
        String shown = TextReader.humanSize(size);
        String limit = TextReader.humanSize(maxBytes);
        if (shown.equals(limit)) {
            String bytes = String.format(Locale.ROOT, "%,d", size);
            String maxInBytes = String.format(Locale.ROOT, "%,d", maxBytes);
            return new ReadException(Kind.TOO_LARGE, "文件过大：" + bytes + " 字节，上限 " + maxInBytes + " 字节（" + limit
                    + "） (file too large: " + bytes + " bytes, limit " + maxInBytes + " bytes, " + limit + ")");
        }
        return new ReadException(Kind.TOO_LARGE, "文件过大：" + shown + "，上限 " + limit
                + " (file too large: " + shown + ", limit " + limit + ")");
    }

    static ReadException ioError(IOException e, Path path) {
        if (e instanceof NoSuchFileException) {
            if (Files.isSymbolicLink(path)) {
                return new ReadException(Kind.NOT_FOUND, "符号链接指向的文件不存在 (broken symbolic link)", e);
            }
            return new ReadException(Kind.NOT_FOUND, TextReader.MSG_NOT_FOUND, e);
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().contains("levels of symbolic links")) {
            return new ReadException(Kind.UNREADABLE, "符号链接循环 (symbolic link loop)", e);
        }
        if (e instanceof AccessDeniedException) {
            return new ReadException(Kind.UNREADABLE, TextReader.MSG_DENIED, e);
        }
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            reason = e.getClass().getSimpleName();
        }
        // JDK messages for file-system errors start with the path; the caller already prints the file.
        reason = reason.replace(path.toString(), "").replaceAll("^[\\s:]+", "").strip();
        return new ReadException(Kind.UNREADABLE, "读取失败：" + reason + " (read error: " + reason + ")", e);
    }
}
