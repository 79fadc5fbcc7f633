package org.huibao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.huibao.check.Checker;
import org.huibao.api.Message;
import org.huibao.model.ReportResult;
import org.huibao.read.ByteSize;
import org.huibao.read.ReadException;
import org.huibao.read.TempCopy;

/** Checks the report given on standard input ({@code huibao check - --stdin-filename draft.docx}). */
final class Stdin {
    private Stdin() {
    }

    /**
     * The bytes go to a temporary file with the report's extension, so that it is read by the same
     * reader (chosen by extension) as the file itself would be; a nameless report is text. At most
     * {@code maxBytes} are copied, so an endless pipe ({@code huibao check - < /dev/zero}) neither fills
     * the disk nor hangs.
     */
    static ReportResult check(Checker checker, InputStream in, String filename, long maxBytes) {
        String display = filename == null ? Inputs.STDIN : filename;
        String name = filename == null ? "stdin.txt" : String.valueOf(Path.of(filename).getFileName());
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "txt" : name.substring(dot + 1);
        try (TempCopy copy = TempCopy.of(in, extension, maxBytes)) {
            return checker.check(copy.path(), display);
        } catch (ReadException e) {
            if (e.kind() == ReadException.Kind.TOO_LARGE) {
                String limit = new ByteSize(maxBytes).toString();
                return ReportResult.error(display, new Message("标准输入过大，超过上限 " + limit,
                        "standard input too large: over the " + limit + " limit"));
            }
            return ReportResult.error(display, new Message("无法读取标准输入：" + e.getMessage(),
                    "cannot read standard input: " + e.getMessage()));
        } catch (IOException e) {
            return ReportResult.error(display, new Message("无法读取标准输入：" + e.getMessage(),
                    "cannot read standard input: " + e.getMessage()));
        }
    }
}
