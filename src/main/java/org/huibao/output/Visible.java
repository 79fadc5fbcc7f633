package org.huibao.output;

/**
 * The one rule for characters that can forge or hide output: C0 controls (ESC drives a terminal, a line
 * feed starts a line that reads like a finding), DEL, C1 controls (U+009B is a CSI on some terminals),
 * the Unicode bidi controls (which reorder what a reviewer reads) and the line and paragraph separators.
 * They come from file names and report text, which an author controls; wherever such text reaches a
 * person, each of these characters is written as a visible escape ({@code \x1b} for ESC, {@code \n}
 * for a line feed, backslash, u and four hex digits for U+202E), so that the reviewer sees something
 * odd is there. Every other character, Chinese included, is left as it is. A backslash is not doubled: Windows paths stay readable, and an escape
 * only has to be noticed, not decoded.
 */
public final class Visible {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Visible() {
    }

    /** Whether the code point is one this class never lets through raw. */
    public static boolean hidden(int cp) {
        return cp < 0x20 || cp >= 0x7F && cp <= 0x9F
                || cp == 0x061C                       // Arabic letter mark
                || cp == 0x200E || cp == 0x200F       // left-to-right and right-to-left marks
                || cp >= 0x202A && cp <= 0x202E       // embeddings and overrides
                || cp >= 0x2066 && cp <= 0x2069       // isolates
                || cp == 0x2028 || cp == 0x2029;      // line and paragraph separators
    }

    /**
     * A name (a file name, a command-line argument, a rule id) with every hidden character escaped: a
     * line break in a name is itself suspicious, so it is shown, not turned into a space.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        if (clean(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> append(b, cp));
        return b.toString();
    }

    /**
     * Report text put on one line (an excerpt, a message, a reason): line breaks and tabs become
     * spaces, as layout; any other hidden character is escaped. Stripped.
     */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (lineBreakOrTab(cp)) {
                b.append(' ');
            } else {
                append(b, cp);
            }
        });
        return b.toString().strip();
    }

    /**
     * Report text that may span lines (an annotation message, an XML body): tab, line feed and carriage
     * return are kept for the format's own escaping to handle, the line and paragraph separators become
     * line feeds, any other hidden character is escaped.
     */
    static String lines(String s) {
        if (s == null) {
            return "";
        }
        if (clean(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                b.appendCodePoint(cp);
            } else if (cp == 0x2028 || cp == 0x2029) {
                b.append('\n');
            } else {
                append(b, cp);
            }
        });
        return b.toString();
    }

    /** Whether the text has a right-to-left letter, which can reorder the neutral characters around it. */
    static boolean hasRightToLeft(String s) {
        return s != null && s.codePoints().anyMatch(cp -> {
            byte d = Character.getDirectionality(cp);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    /** The escape of a hidden code point, or the code point itself. */
    static void append(StringBuilder b, int cp) {
        if (!hidden(cp)) {
            b.appendCodePoint(cp);
            return;
        }
        switch (cp) {
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            default -> {
                if (cp <= 0xFF) {
                    b.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 0xF]);
                } else {
                    b.append("\\u").append(HEX[cp >> 12 & 0xF]).append(HEX[cp >> 8 & 0xF])
                            .append(HEX[cp >> 4 & 0xF]).append(HEX[cp & 0xF]);
                }
            }
        }
    }

    // Every hidden character is in the BMP, so a scan of chars finds them all.
    private static boolean clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (hidden(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean lineBreakOrTab(int cp) {
        return cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029;
    }
}
