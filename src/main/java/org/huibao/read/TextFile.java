package org.huibao.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A text file as its bytes hold it, for writing an edited copy that differs only where it was edited:
 * the charset {@link TextReader} decodes it with, its byte-order mark, and its text with its own line
 * ends (the reader's text has {@code \n} for each CRLF and CR; lines are the same).
 *
 * @param charset the charset the reader decodes the file with
 * @param bom     the byte-order mark the file starts with, empty when none
 * @param text    the decoded text, line ends as in the file
 */
public record TextFile(Charset charset, byte[] bom, String text) {

    /** A text file read once: what the reader makes of it, and the file itself when an edited copy can be written. */
    public record Read(SourceText source, Optional<TextFile> file) {
    }

    /** Reads the file once, as {@code reader} reads it; a file it refuses is refused the same way. */
    public static Read read(Path path, TextReader reader, String displayName) throws ReadException {
        byte[] bytes = InputFiles.readAll(path, reader.maxBytes());
        return new Read(reader.decode(bytes, displayName), of(bytes));
    }

    /** {@link #read} of bytes in memory (an edited copy before it is written). */
    public static Read decode(byte[] bytes, TextReader reader, String displayName) throws ReadException {
        return new Read(reader.decode(bytes, displayName), of(bytes));
    }

    /**
     * The file's text, or empty when its bytes would not come back the same from decoding and encoding
     * again (an edited copy could then differ where nothing was edited). The caller has read the file
     * with {@link TextReader} already, which says why a file cannot be read.
     */
    public static Optional<TextFile> of(byte[] bytes) {
        CharsetDetector.Detection detection = CharsetDetector.detectDecoding(bytes);
        CharsetDetector.Detected detected = detection.detected();
        Charset charset = detected.charset();
        String text;
        try {
            text = detection.text() != null ? detection.text()
                    : CharsetDetector.decodeStrictly(bytes, detected.bomLength(), charset);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        byte[] bom = Arrays.copyOf(bytes, detected.bomLength());
        TextFile file = new TextFile(charset, bom, text);
        try {
            if (!Arrays.equals(file.encode(text), bytes)) {
                return Optional.empty();
            }
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** {@code edited} in the file's charset, after the file's byte-order mark; refused if a character has no encoding. */
    public byte[] encode(String edited) throws CharacterCodingException {
        ByteBuffer b = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(edited));
        byte[] out = new byte[bom.length + b.remaining()];
        System.arraycopy(bom, 0, out, 0, bom.length);
        b.get(out, bom.length, b.remaining());
        return out;
    }

    /** The text as the reader gives it: CRLF and CR as {@code \n}. */
    public String normalised() {
        return TextReader.normaliseLineEnds(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextFile f && charset.equals(f.charset) && Arrays.equals(bom, f.bom) && text.equals(f.text);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * charset.hashCode() + Arrays.hashCode(bom)) + text.hashCode();
    }

    @Override
    public String toString() {
        return "TextFile[" + charset + ", bom " + bom.length + " bytes, " + text.length() + " chars]";
    }
}
