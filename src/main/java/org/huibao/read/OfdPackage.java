package org.huibao.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.huibao.read.ReadException.Kind;

/**
 * The zip container of an OFD file, read in place: nothing is unpacked to disk, and every part is
 * inflated through a counter, so a zip bomb ends as a one-line reason after a bounded amount of work
 * whatever its headers claim. Parts are named by their OFD path ({@code Doc_0/Document.xml}).
 */
final class OfdPackage implements AutoCloseable {

    /** A page's content is tens of kilobytes; a font or image is not read at all. */
    static final long MAX_PART_BYTES = 16L << 20;
    /** All parts read for one file together: about a hundred times a long report. */
    static final long MAX_TOTAL_BYTES = 256L << 20;
    /** Past this much inflated, a part that grew more than {@link #MAX_RATIO} times is a bomb. */
    private static final long RATIO_CHECKED_FROM = 1L << 20;
    /** Real OFD XML inflates ten to fifty times; deflate cannot exceed about a thousand. */
    private static final long MAX_RATIO = 500;
    /** An oversize part that inflates more than this is called a bomb rather than merely large. */
    private static final long BOMB_RATIO = 100;

    private final ZipFile zip;
    private final Map<String, ZipEntry> byName = new HashMap<>();
    private final Map<String, ZipEntry> byLowerName = new HashMap<>();
    private long inflated;

    private OfdPackage(ZipFile zip) {
        this.zip = zip;
        zip.stream().forEach(e -> {
            String name = normalise(e.getName());
            if (name != null && !e.isDirectory()) {
                byName.putIfAbsent(name, e);
                byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), e);
            }
        });
    }

    /** Opens {@code file} as a zip; anything else is refused with what it seems to be instead. */
    static OfdPackage open(Path file) throws ReadException {
        try {
            return new OfdPackage(new ZipFile(file.toFile()));
        } catch (ZipException e) {
            throw OfdFiles.notZip(file);
        } catch (IOException | RuntimeException e) {
            throw OfdFiles.damaged("无法解压", "cannot unzip it", e);
        }
    }

    boolean has(String part) {
        return entry(part) != null;
    }

    /**
     * The part's bytes as a stream that stops at the part and total limits; the limits are reported
     * by {@link Counted#failure()} because parsers wrap the stream's exceptions in their own.
     */
    Counted open(String part) throws ReadException {
        ZipEntry e = entry(part);
        if (e == null) {
            throw OfdFiles.damaged("缺少 " + OfdFiles.shown(part), "missing " + OfdFiles.shown(part), null);
        }
        long compressed = Math.max(e.getCompressedSize(), 1);
        if (e.getSize() > MAX_PART_BYTES) {
            // Refused on what the zip declares; a zip that understates is stopped while inflating.
            throw oversize(e.getSize(), compressed, MAX_PART_BYTES);
        }
        try {
            return new Counted(zip.getInputStream(e), compressed);
        } catch (ZipException ex) {
            String m = String.valueOf(ex.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("encrypt")) {
                throw new ReadException(Kind.UNREADABLE, OfdFiles.MSG_ENCRYPTED, ex);
            }
            throw OfdFiles.damaged("无法解压 " + OfdFiles.shown(part), "cannot unzip " + OfdFiles.shown(part), ex);
        } catch (IOException | RuntimeException ex) {
            throw OfdFiles.damaged("无法解压 " + OfdFiles.shown(part), "cannot unzip " + OfdFiles.shown(part), ex);
        }
    }

    private static ReadException oversize(long size, long compressed, long limit) {
        if (size / compressed > BOMB_RATIO) {
            return new ReadException(Kind.UNREADABLE, OfdFiles.MSG_BOMB);
        }
        return new ReadException(Kind.TOO_LARGE, "OFD 文件过大：解压后的内容超过 " + TextReader.humanSize(limit)
                + " (OFD file too large: the unzipped content exceeds " + TextReader.humanSize(limit) + ")");
    }

    private ZipEntry entry(String part) {
        String name = normalise(part);
        if (name == null) {
            return null;
        }
        ZipEntry e = byName.get(name);
        // Archivers on Windows do not always keep the case the references use.
        return e != null ? e : byLowerName.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * An OFD location resolved against the part that names it: {@code /x} from the package root,
     * anything else from the folder of {@code base}. Null when it climbs out of the package.
     */
    static String resolve(String base, String location) {
        String loc = location.strip().replace('\\', '/');
        if (loc.startsWith("/")) {
            return normalise(loc);
        }
        int slash = base.lastIndexOf('/');
        return normalise(slash < 0 ? loc : base.substring(0, slash + 1) + loc);
    }

    /** Without "." and "..", leading or doubled slashes; null when ".." leaves the package. */
    static String normalise(String name) {
        Deque<String> parts = new ArrayDeque<>();
        for (String s : name.replace('\\', '/').split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(s);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read only: nothing is lost
        }
    }

    /** A part's stream that counts what it inflates against the part's and the package's limits. */
    final class Counted extends FilterInputStream {
        private final long compressed;
        private long count;
        private ReadException failure;

        private Counted(InputStream in, long compressed) {
            super(in);
            this.compressed = compressed;
        }

        /** The limit that stopped reading, if one did. */
        ReadException failure() {
            return failure;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                inflated += n;
                check();
            }
            return n;
        }

        /** Skipped bytes are inflated too, so they are read and counted. */
        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
            int read = buffer.length == 0 ? 0 : read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        private void check() throws IOException {
            if (count > RATIO_CHECKED_FROM && count > compressed * MAX_RATIO) {
                failure = new ReadException(Kind.UNREADABLE, OfdFiles.MSG_BOMB);
            } else if (count > MAX_PART_BYTES) {
                failure = oversize(count, compressed, MAX_PART_BYTES);
            } else if (inflated > MAX_TOTAL_BYTES) {
                failure = oversize(inflated, Long.MAX_VALUE, MAX_TOTAL_BYTES);
            }
            if (failure != null) {
                throw new IOException(failure.getMessage());
            }
        }
    }
}
