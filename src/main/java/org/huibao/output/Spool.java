package org.huibao.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds the part of a document that has to wait for something written before it (the JSON summary
 * precedes the reports): in memory while small, in a temporary file once it grows, so that a batch of
 * thousands of reports needs no more memory than one.
 */
final class Spool extends Writer {
    /** Beyond this many characters the spool moves to a file. */
    static final int IN_MEMORY = 1 << 20;

    private final int limit;
    private StringBuilder memory = new StringBuilder();
    private Path file;
    private Writer fileWriter;
    private long length;

    Spool() {
        this(IN_MEMORY);
    }

    Spool(int limit) {
        this.limit = limit;
    }

    long length() {
        return length;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        length += len;
        if (fileWriter == null && memory.length() + len > limit) {
            file = Files.createTempFile("huibao-", ".spool");
            fileWriter = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
            fileWriter.write(memory.toString());
            memory = null;
        }
        if (fileWriter != null) {
            fileWriter.write(buf, off, len);
        } else {
            memory.append(buf, off, len);
        }
    }

    /** Copies everything from character {@code from} on to {@code out}. */
    void copyTo(Writer out, long from) throws IOException {
        if (fileWriter == null) {
            out.append(memory, (int) from, memory.length());
            return;
        }
        fileWriter.flush();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.skip(from);
            char[] buf = new char[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
            }
        }
    }

    @Override
    public void flush() throws IOException {
        if (fileWriter != null) {
            fileWriter.flush();
        }
    }

    /** Deletes the temporary file, if there is one. */
    @Override
    public void close() throws IOException {
        if (fileWriter != null) {
            fileWriter.close();
            Files.deleteIfExists(file);
            fileWriter = null;
        }
    }
}
