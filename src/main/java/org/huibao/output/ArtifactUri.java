package org.huibao.output;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The artifact location of a file as the user gave it, as SARIF wants it. */
record ArtifactUri(String uri, String uriBaseId) {

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:/.*");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * The path as a URI reference: '/' between folders, every character outside RFC 3986's unreserved
     * set percent-encoded as UTF-8 (so 工作汇报.txt is {@code %E5%B7%A5…}); relative paths are relative to
     * {@code %SRCROOT%}, absolute ones become {@code file:} URIs.
     */
    static ArtifactUri of(String file) {
        String p = Outputs.slashes(file);
        if (WINDOWS_DRIVE.matcher(p).matches()) {
            return new ArtifactUri("file:///" + p.substring(0, 2) + encodePath(p.substring(2)), null);
        }
        if (p.startsWith("//")) {
            return new ArtifactUri("file:" + encodePath(p), null);
        }
        if (p.startsWith("/")) {
            return new ArtifactUri("file://" + encodePath(p), null);
        }
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return new ArtifactUri(p.isEmpty() ? "." : encodePath(p), SarifFormatter.SRCROOT);
    }

    private static String encodePath(String path) {
        StringBuilder b = new StringBuilder(path.length() * 2);
        for (int i = 0; i < path.length(); ) {
            int cp = path.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '/' || unreserved(cp)) {
                b.appendCodePoint(cp);
            } else {
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
                }
            }
        }
        return b.toString();
    }

    private static boolean unreserved(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
