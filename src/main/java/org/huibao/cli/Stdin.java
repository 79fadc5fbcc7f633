package org.huibao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.huibao.check.Checker;
import org.huibao.model.Message;
import org.huibao.model.ReportResult;
import org.huibao.read.ByteSize;

/** Checks the report given on standard input ({@code huibao check - --stdin-filename draft.docx}). */
final class Stdin {
    private Stdin() {
    }

    /**
     * The bytes go to a temporary file named like the report, so that it is read by the same reader
     * (chosen by extension) as the file itself would be; a nameless report is text.
     */
    static ReportResult check(Checker checker, InputStream in, String filename, long maxBytes) {
        String display = filename == null ? Inputs.STDIN : filename;
        String name = filename == null ? "stdin.txt" : Path.of(filename).getFileName().toString();
        Path dir = null;
        Path tmp = null;
        try {
            dir = Files.createTempDirectory("huibao-stdin");
            tmp = dir.resolve(name.contains(".") ? name : name + ".txt");
            if (!copyBounded(in, tmp, maxBytes)) {
                String limit = new ByteSize(maxBytes).toString();
                return ReportResult.error(display, new Message("标准输入过大，超过上限 " + limit,
                        "standard input too large: over the " + limit + " limit"));
            }
            return checker.check(tmp, display);
        } catch (IOException e) {
            return ReportResult.error(display, new Message("无法读取标准输入：" + e.getMessage(),
                    "cannot read standard input: " + e.getMessage()));
        } finally {
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
                if (dir != null) {
                    Files.deleteIfExists(dir);
                }
            } catch (IOException ignored) {
                // a temporary file left behind is the operating system's to clean
            }
        }
    }

    /**
     * Copies at most {@code maxBytes} of the stream to {@code file}; false when there was more. Stops
     * there, so an endless pipe ({@code huibao check - < /dev/zero}) neither fills the disk nor hangs.
     */
    private static boolean copyBounded(InputStream in, Path file, long maxBytes) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }
}
