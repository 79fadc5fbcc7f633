package org.huibao.analysis;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

/**
 * An equivalent of a pattern whose character classes of many single characters are tested faster.
 * {@code java.util.regex} compiles {@code [^。；！？]} to a chain of one test per member, joined by one call per
 * member, and walks the whole chain for every character that is none of them — for a class repeated over a
 * stretch of a line ({@code [^。；！？]{0,40}}) that is each character of the stretch. A class that excludes
 * only characters outside the common Han block is written as that block or the class
 * ({@code [\u4e00-\u9fff[^。；！？]]}): a Han character, most of a report, is let through by one range test. A
 * class of five or more Han characters ({@code [一二三四五六七八九]}) is written as the few ranges that cover them
 * and the class ({@code [[\u4e00-\u4e94\u516b-\u516d\u56db]&&[…]]}): most Han characters fall outside the ranges.
 * Both sets are the same characters, so every match, group and look-around is the same; only classes of plain
 * characters (no escape, range, nested class or intersection) in a pattern without flags are rewritten, and the
 * pattern's own text stays what readers of it ({@link FirstChars}, {@code Prefilter}, findings) read: the
 * equivalent is used for matching only. Stateless.
 */
final class QuickClasses {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char HAN_FIRST = '\u4e00';
    private static final char HAN_LAST = '\u9fff';
    /** Fewer members than this are tested about as fast one by one as through a cover. */
    private static final int NEGATED_MIN = 2;
    private static final int HAN_MIN = 5;
    /** Members this close together share a range of the cover. */
    private static final int GAP = 0x80;

    private QuickClasses() {
    }

    /** The pattern with its classes rewritten, or the pattern itself when none is. */
    static Pattern of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return pattern;
        }
        String regex = pattern.pattern();
        String quick = rewrite(regex);
        return quick.equals(regex) ? pattern : Pattern.compile(quick);
    }

    /**
     * The equivalents of a list of patterns, each made when it is first asked for: a check of one report
     * compiles only those it runs. Thread-safe: two threads may make the same one, and either is kept.
     */
    static final class Table {
        private final List<Pattern> patterns;
        private final AtomicReferenceArray<Pattern> made;

        Table(List<Pattern> patterns) {
            this.patterns = List.copyOf(patterns);
            this.made = new AtomicReferenceArray<>(this.patterns.size());
        }

        /** The equivalent of the pattern at {@code k}. */
        Pattern get(int k) {
            Pattern quick = made.get(k);
            if (quick == null) {
                quick = of(patterns.get(k));
                made.set(k, quick);
            }
            return quick;
        }
    }

    /** The regular expression with its plain classes rewritten; unchanged when it holds inline flags. */
    static String rewrite(String regex) {
        if (inlineFlags(regex)) {
            return regex;
        }
        StringBuilder out = new StringBuilder(regex.length() + 16);
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (regex.startsWith("Q", i + 1)) {
                    int end = regex.indexOf("\\E", i + 2);
                    int to = end < 0 ? regex.length() : end + 2;
                    out.append(regex, i, to);
                    i = to;
                } else {
                    int to = Math.min(regex.length(), i + 2);
                    out.append(regex, i, to);
                    i = to;
                }
            } else if (c == '[') {
                int end = classEnd(regex, i);
                if (end < 0) {
                    return regex; // not a pattern this reading understands: leave it as it is
                }
                out.append(quick(regex.substring(i, end + 1)));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Any {@code (?flags)} or {@code (?flags:…)} group: it may change how a class matches (case, comments). */
    private static boolean inlineFlags(String regex) {
        for (int i = regex.indexOf("(?"); i >= 0; i = regex.indexOf("(?", i + 1)) {
            if (i + 2 < regex.length() && "idmsuxU-".indexOf(regex.charAt(i + 2)) >= 0
                    && (i == 0 || regex.charAt(i - 1) != '\\')) {
                return true;
            }
        }
        return false;
    }

    /** The index of the {@code ]} that closes the class opened at {@code open}, nested classes and escapes read; -1 when none. */
    private static int classEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
                if (regex.startsWith("]", i + 1) || regex.startsWith("^]", i + 1)) {
                    return -1; // a leading ] is literal in some engines: not read here
                }
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A class, as written from its {@code [} to its {@code ]}, or its faster equivalent. */
    static String quick(String cls) {
        boolean negated = cls.startsWith("[^");
        String members = cls.substring(negated ? 2 : 1, cls.length() - 1);
        if (members.isEmpty()) {
            return cls;
        }
        boolean han = true;
        for (int i = 0; i < members.length(); i++) {
            char c = members.charAt(i);
            if ("\\[]&-^".indexOf(c) >= 0 || Character.isSurrogate(c) || Character.isWhitespace(c)) {
                return cls;
            }
            han &= c >= HAN_FIRST && c <= HAN_LAST;
            if (negated && c >= HAN_FIRST && c <= HAN_LAST) {
                return cls;
            }
        }
        if (negated) {
            return members.length() >= NEGATED_MIN ? "[" + range(HAN_FIRST, HAN_LAST) + cls + "]" : cls;
        }
        if (!han || members.length() < HAN_MIN) {
            return cls;
        }
        String cover = cover(members);
        return cover == null ? cls : "[[" + cover + "]&&" + cls + "]";
    }

    /** Ranges that hold every member, members less than {@link #GAP} apart in one; null when they are not fewer than half the members. */
    private static String cover(String members) {
        char[] m = members.toCharArray();
        java.util.Arrays.sort(m);
        StringBuilder out = new StringBuilder();
        int ranges = 0;
        for (int i = 0; i < m.length; ) {
            int j = i;
            while (j + 1 < m.length && m[j + 1] - m[j] < GAP) {
                j++;
            }
            out.append(range(m[i], m[j]));
            ranges++;
            i = j + 1;
        }
        return ranges * 2 <= m.length ? out.toString() : null;
    }

    private static String range(char from, char to) {
        return from == to ? escape(from) : escape(from) + "-" + escape(to);
    }

    /**
     * The character as a Unicode escape with four lower-case hex digits, as {@code String.format} with
     * {@code %04x} writes it: the formatter, run interpreted at start-up, cost four times the rest of the
     * rewriting.
     */
    static String escape(char c) {
        char[] out = {'\\', 'u', HEX[c >>> 12], HEX[c >>> 8 & 0xf], HEX[c >>> 4 & 0xf], HEX[c & 0xf]};
        return new String(out);
    }
}
