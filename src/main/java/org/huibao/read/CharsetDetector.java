package org.huibao.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Detects the charset of report bytes.
 *
 * <p>Order matters: a BOM is an explicit statement by the writer; strict UTF-8 validity comes next
 * because non-UTF-8 Chinese text almost never forms valid UTF-8, whereas statistical detection is
 * unreliable on short texts (a few GBK characters are routinely reported as windows-1252, KOI8-R or
 * TIS-620). Only then is juniversalchardet asked, and only its multi-byte East Asian verdicts are
 * trusted over GB18030, which is what Chinese Windows tools write by default.
 *
 * <p>The result is always a charset to try, never a promise that the bytes decode with it.
 */
public final class CharsetDetector {

    /**
     * @param charset the charset to decode with; never null
     * @param bomLength number of leading bytes that are a byte-order mark and must be skipped
     */
    public record Detected(Charset charset, int bomLength) {
        public Detected {
            Objects.requireNonNull(charset, "charset");
            if (bomLength < 0) {
                throw new IllegalArgumentException("bomLength < 0: " + bomLength);
            }
        }
    }

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    // GB2312 and GBK are subsets of GB18030; decoding with the superset never loses characters.
    private static final Set<String> GB_FAMILY = Set.of("GB18030", "GBK", "GB2312", "EUC-CN", "X-EUC-CN", "CP936");

    // Multi-byte verdicts are structural (byte sequences must fit the encoding) and thus trustworthy;
    // single-byte verdicts (windows-1252, KOI8-R, ...) are what the detector says for short GBK text.
    private static final Set<String> TRUSTED_MULTIBYTE = Set.of(
            "BIG5", "EUC-TW", "ISO-2022-CN", "EUC-JP", "SHIFT_JIS", "ISO-2022-JP", "EUC-KR", "ISO-2022-KR");

    // Below this, a couple of GBK characters can look like UTF-8 by chance.
    private static final int MIN_UTF8_SEQUENCES = 4;

    // The detector settles long before this on real text; the cap bounds time on 50 MB inputs.
    private static final int DETECTOR_SAMPLE_BYTES = 1 << 20;
    private static final int DETECTOR_CHUNK_BYTES = 1 << 16;

    private CharsetDetector() {
    }

    /**
     * Returns the most plausible charset. The result is a best guess when nothing fits (GB18030
     * then), so callers must still decode strictly and treat failure as "not a text report".
     */
    public static Detected detect(byte[] bytes) {
        return detectDecoding(bytes).detected();
    }

    /**
     * What {@link #detect} finds, with the text when finding it meant decoding all of it: the strict
     * UTF-8 test is a whole decoding, which a reader would otherwise repeat.
     *
     * @param text the bytes decoded strictly with the charset from offset 0, or {@code null}
     */
    record Detection(Detected detected, String text) {
    }

    static Detection detectDecoding(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        Optional<Detected> bom = fromBom(bytes);
        if (bom.isPresent()) {
            return new Detection(bom.get(), null);
        }
        try {
            return new Detection(new Detected(StandardCharsets.UTF_8, 0), decodeStrictly(bytes, 0, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            // not UTF-8: look further
        }
        return new Detection(guessNotUtf8(bytes), null);
    }

    /** The charset of bytes that are not strictly valid UTF-8 (nor have a byte-order mark). */
    private static Detected guessNotUtf8(byte[] bytes) {
        // Checked before the statistical detector: a damaged UTF-8 file often still decodes as
        // GB18030, and plausible-looking mojibake is worse than a clear error.
        if (looksLikeDamagedUtf8(bytes)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        Optional<Charset> named = askDetector(bytes).flatMap(CharsetDetector::toCharset);
        if (named.isPresent() && isTrusted(named.get()) && decodesStrictly(bytes, 0, named.get())) {
            return new Detected(named.get(), 0);
        }
        // Single-byte verdicts are ignored on purpose: for short GBK text they are simply wrong, and a
        // text that is neither Unicode nor East Asian is not a report this tool can check anyway.
        // GB18030 is what Chinese Windows tools write; if even that does not decode, the caller's
        // strict decoding rejects the bytes.
        return new Detected(GB18030, 0);
    }

    /**
     * True when nearly all non-ASCII bytes form well-shaped UTF-8 sequences. GBK text cannot pass:
     * its trail bytes fall in 0x80-0xBF only about a third of the time.
     */
    static boolean looksLikeDamagedUtf8(byte[] bytes) {
        int wellFormed = 0;
        int broken = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int len = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (len > 0 && i + len <= bytes.length && continuationBytes(bytes, i + 1, len - 1)) {
                wellFormed++;
                i += len;
            } else {
                broken++;
                i++;
            }
        }
        return wellFormed >= MIN_UTF8_SEQUENCES && broken * 10 <= wellFormed;
    }

    private static boolean continuationBytes(byte[] bytes, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    static boolean isWide(Charset charset) {
        String name = charset.name();
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }

    static boolean decodesStrictly(byte[] bytes, int offset, Charset charset) {
        try {
            decodeStrictly(bytes, offset, charset);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static String decodeStrictly(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static Optional<Detected> fromBom(byte[] b) {
        // UTF-32LE before UTF-16LE: FF FE 00 00 would otherwise read as a UTF-16 BOM followed by NUL.
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(new Detected(UTF_32BE, 4));
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(new Detected(UTF_32LE, 4));
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new Detected(StandardCharsets.UTF_8, 3));
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return Optional.of(new Detected(StandardCharsets.UTF_16LE, 2));
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return Optional.of(new Detected(StandardCharsets.UTF_16BE, 2));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> askDetector(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        int limit = Math.min(bytes.length, DETECTOR_SAMPLE_BYTES);
        for (int off = 0; off < limit && !detector.isDone(); off += DETECTOR_CHUNK_BYTES) {
            detector.handleData(bytes, off, Math.min(DETECTOR_CHUNK_BYTES, limit - off));
        }
        detector.dataEnd();
        return Optional.ofNullable(detector.getDetectedCharset());
    }

    private static Optional<Charset> toCharset(String detectorName) {
        String upper = detectorName.toUpperCase(Locale.ROOT);
        if (GB_FAMILY.contains(upper)) {
            return Optional.of(GB18030);
        }
        try {
            // Some detector names (HZ-GB-2312, UCS-4 variants) have no JDK decoder; treat as no verdict.
            return Charset.isSupported(detectorName) ? Optional.of(Charset.forName(detectorName)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    private static boolean isTrusted(Charset charset) {
        if (charset.equals(GB18030)) {
            return true;
        }
        if (TRUSTED_MULTIBYTE.contains(charset.name().toUpperCase(Locale.ROOT))) {
            return true;
        }
        return charset.aliases().stream().map(a -> a.toUpperCase(Locale.ROOT)).anyMatch(TRUSTED_MULTIBYTE::contains);
    }
}
