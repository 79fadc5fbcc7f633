package org.huibao.serve;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One message between the server and a worker process over the worker's standard input and output: a
 * four-byte length, then a kind byte and fields (strings as a length and UTF-8 bytes). A length is
 * never trusted for an allocation: a frame is read in pieces, so a garbled stream (a dying JVM's last
 * words) ends in an error, not in a huge array.
 */
final class Frame {
    /** The largest frame either side accepts: a formatted result of the longest report is far below. */
    static final int MAX_BYTES = 256 * 1024 * 1024;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    private Frame(char kind) {
        bytes.write(kind);
    }

    static Frame of(char kind) {
        return new Frame(kind);
    }

    Frame text(String s) {
        return data(s.getBytes(StandardCharsets.UTF_8));
    }

    Frame data(byte[] b) {
        try {
            out.writeInt(b.length);
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return this;
    }

    Frame number(long n) {
        try {
            out.writeLong(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Frame flag(boolean b) {
        return number(b ? 1 : 0);
    }

    /** Writes the frame and flushes it. */
    void sendTo(OutputStream to) throws IOException {
        byte[] payload = bytes.toByteArray();
        DataOutputStream d = new DataOutputStream(to);
        d.writeInt(payload.length);
        d.write(payload);
        d.flush();
    }

    /**
     * The next frame; null at a clean end of the stream (the other side closed it between frames).
     *
     * @throws IOException a stream that ends inside a frame, or a length out of bounds
     */
    static Fields receive(InputStream from) throws IOException {
        DataInputStream in = new DataInputStream(from);
        int first = in.read();
        if (first < 0) {
            return null;
        }
        int length = (first << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8) | in.readUnsignedByte();
        if (length < 1 || length > MAX_BYTES) {
            throw new IOException("bad frame length " + length);
        }
        ByteArrayOutputStream payload = new ByteArrayOutputStream(Math.min(length, 64 * 1024));
        byte[] buffer = new byte[64 * 1024];
        int left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, Math.min(buffer.length, left));
            if (n < 0) {
                throw new EOFException("the stream ended inside a frame");
            }
            payload.write(buffer, 0, n);
            left -= n;
        }
        return new Fields(payload.toByteArray());
    }

    /** A received frame's kind and fields, read in the order they were written. */
    static final class Fields {
        private final DataInputStream in;
        private final char kind;

        private Fields(byte[] payload) throws IOException {
            this.in = new DataInputStream(new ByteArrayInputStream(payload));
            this.kind = (char) in.readUnsignedByte();
        }

        char kind() {
            return kind;
        }

        String text() throws IOException {
            return new String(data(), StandardCharsets.UTF_8);
        }

        byte[] data() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > in.available()) {
                throw new IOException("bad field length " + n);
            }
            return in.readNBytes(n);
        }

        long number() throws IOException {
            return in.readLong();
        }

        boolean flag() throws IOException {
            return number() != 0;
        }
    }
}
