package org.huibao.read;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size limit as a person writes it: {@code 20MB}, {@code 500KB}, {@code 1.5 GB}, {@code 4096}.
 * Units are binary (1 KB = 1024 bytes), as {@link TextReader#humanSize} prints them, so a limit
 * reads back the way it was given.
 *
 * @param bytes a positive number of bytes
 */
public record ByteSize(long bytes) {

    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([KMGT]?)(I?B)?", Pattern.CASE_INSENSITIVE);

    public ByteSize {
        if (bytes < 1) {
            throw new IllegalArgumentException("bytes < 1: " + bytes);
        }
    }

    /**
     * Parses a size; the message of the exception is a one-line "中文 (English)" reason for the user.
     */
    public static ByteSize parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("无法识别的大小 \"" + s + "\"，应写作 20MB、500KB 这样的形式"
                    + " (not a size: \"" + s + "\"; write it like 20MB or 500KB)");
        }
        int power = "BKMGT".indexOf(m.group(2).isEmpty() ? "B" : m.group(2).toUpperCase(Locale.ROOT));
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
        if (bytes.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalArgumentException("大小至少为 1 字节：\"" + s + "\" (a size must be at least 1 byte: \"" + s + "\")");
        }
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("大小超出范围：\"" + s + "\" (size out of range: \"" + s + "\")");
        }
        return new ByteSize(bytes.longValue());
    }

    @Override
    public String toString() {
        return TextReader.humanSize(bytes);
    }
}
