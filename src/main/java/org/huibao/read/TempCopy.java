package org.huibao.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.huibao.read.ReadException.Kind;

/**
 * A report that arrives as a stream (standard input, an upload) copied to a file of its own, so that the
 * reader chosen by extension reads it exactly as it would read the file on disk. Each copy lives in a
 * fresh private directory under a name made here — only the extension comes from the caller, reduced to
 * letters and digits — so nothing the sender says can point at another path. Closing deletes both.
 */
public final class TempCopy implements AutoCloseable {

    private final Path dir;
    private final Path file;

    private TempCopy(Path dir, Path file) {
        this.dir = dir;
        this.file = file;
    }

    /**
     * Copies {@code in} until its end, at most {@code maxBytes}.
     *
     * @param extension picks the reader later ("docx", "txt"); characters other than ASCII letters and
     *                  digits are dropped
     * @throws ReadException of kind {@link Kind#TOO_LARGE} as soon as the stream passes {@code maxBytes}
     *                       (nothing is left behind)
     */
    public static TempCopy of(InputStream in, String extension, long maxBytes) throws IOException, ReadException {
        Path dir = Files.createTempDirectory("huibao-");
        TempCopy copy = new TempCopy(dir, dir.resolve("report." + safe(extension)));
        try (OutputStream out = Files.newOutputStream(copy.file)) {
            if (!InputFiles.copyAtMost(in, out, maxBytes)) {
                throw new ReadException(Kind.TOO_LARGE, "内容过大，超过上限 " + TextReader.humanSize(maxBytes)
                        + " (too large: over the " + TextReader.humanSize(maxBytes) + " limit)");
            }
        } catch (IOException | ReadException | RuntimeException e) {
            copy.close();
            throw e;
        }
        return copy;
    }

    /** The copy; its extension is the one given, its name otherwise meaningless. */
    public Path path() {
        return file;
    }

    /** Deletes the copy and its directory; safe to call again, and from another thread. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary file left behind is the operating system's to clean
        }
    }

    private static String safe(String extension) {
        String s = extension == null ? "" : extension.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        return s.isEmpty() ? "bin" : s.substring(0, Math.min(s.length(), 16));
    }
}
