package org.huibao.analysis;

/**
 * The most characters (UTF-16 units) a match of a regular expression can span, for patterns whose
 * matching at a position depends on nothing but the text from there on. Conservative: whatever this
 * reading does not follow — look-arounds, anchors, word boundaries, back references, inline flags,
 * quoting — and every unbounded quantifier gives -1.
 */
final class MatchLength {
    private static final int UNKNOWN = -1;
    /** Beyond this a bound is no help; treated as unbounded, which also keeps the sums from overflowing. */
    private static final int CAP = 1 << 20;

    private final String regex;
    private int i;

    private MatchLength(String regex) {
        this.regex = regex;
    }

    /** The longest match in characters, or -1 when unbounded or the pattern is not plain enough. */
    static int maxChars(String regex) {
        MatchLength m = new MatchLength(regex);
        int n = m.alternation();
        return n < 0 || m.i != regex.length() ? UNKNOWN : n;
    }

    private int alternation() {
        int max = sequence();
        while (max >= 0 && i < regex.length() && regex.charAt(i) == '|') {
            i++;
            int n = sequence();
            max = n < 0 ? UNKNOWN : Math.max(max, n);
        }
        return max;
    }

    private int sequence() {
        int sum = 0;
        while (i < regex.length() && regex.charAt(i) != '|' && regex.charAt(i) != ')') {
            int atom = atom();
            if (atom < 0) {
                return UNKNOWN;
            }
            int times = quantifier();
            if (times < 0) {
                return UNKNOWN;
            }
            long n = sum + (long) atom * times;
            if (n > CAP) {
                return UNKNOWN;
            }
            sum = (int) n;
        }
        return sum;
    }

    /** The longest text one atom matches, or -1. */
    private int atom() {
        char c = regex.charAt(i);
        switch (c) {
            case '(' -> {
                i++;
                if (regex.startsWith("?:", i)) {
                    i += 2;
                } else if (i < regex.length() && regex.charAt(i) == '?') {
                    return UNKNOWN; // look-arounds, flags, named and atomic groups
                }
                int n = alternation();
                if (n < 0 || i >= regex.length() || regex.charAt(i) != ')') {
                    return UNKNOWN;
                }
                i++;
                return n;
            }
            case '[' -> {
                return characterClass() ? 2 : UNKNOWN;
            }
            case '.' -> {
                i++;
                return 2;
            }
            case '\\' -> {
                return escape();
            }
            case '^', '$', '*', '+', '?', '{', '}', ']' -> {
                return UNKNOWN;
            }
            default -> {
                i++;
                if (Character.isHighSurrogate(c) && i < regex.length() && Character.isLowSurrogate(regex.charAt(i))) {
                    i++;
                    return 2;
                }
                return 1;
            }
        }
    }

    private int escape() {
        if (i + 1 >= regex.length()) {
            return UNKNOWN;
        }
        char c = regex.charAt(i + 1);
        i += 2;
        if ("dDsSwW".indexOf(c) >= 0) {
            return 2;
        }
        if (c == 'p' || c == 'P') {
            if (i < regex.length() && regex.charAt(i) == '{') {
                int close = regex.indexOf('}', i);
                if (close < 0) {
                    return UNKNOWN;
                }
                i = close + 1;
            } else {
                i++;
            }
            return 2;
        }
        if ("tnrfae".indexOf(c) >= 0) {
            return 1;
        }
        if (c < 128 && !Character.isLetterOrDigit(c)) {
            return 1; // an escaped mark: itself
        }
        return UNKNOWN; // \\b \\B \\A \\G \\Z \\z \\Q \\E \\R \\X \\N \\k, back references, octal…
    }

    /** Skips a character class; false when it holds something this reading does not follow. */
    private boolean characterClass() {
        int depth = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (regex.startsWith("Q", i + 1)) {
                    return false;
                }
                if (regex.startsWith("p{", i + 1) || regex.startsWith("P{", i + 1)) {
                    int close = regex.indexOf('}', i);
                    if (close < 0) {
                        return false;
                    }
                    i = close + 1;
                } else {
                    i += 2;
                }
                continue;
            }
            if (c == '[') {
                depth++;
                i++;
                if (regex.startsWith("^", i)) {
                    i++;
                }
                if (regex.startsWith("]", i)) {
                    return false; // a leading ] is read differently by different engines
                }
                continue;
            }
            i++;
            if (c == ']' && --depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** How many times at most the atom before may repeat: 1 without a quantifier, -1 when unbounded. */
    private int quantifier() {
        if (i >= regex.length()) {
            return 1;
        }
        char c = regex.charAt(i);
        int times;
        if (c == '?') {
            i++;
            times = 1;
        } else if (c == '*' || c == '+') {
            return UNKNOWN;
        } else if (c == '{') {
            int close = regex.indexOf('}', i);
            if (close < 0) {
                return UNKNOWN;
            }
            String body = regex.substring(i + 1, close);
            i = close + 1;
            if (!body.matches("\\d{1,6}(,\\d{1,6})?")) {
                return UNKNOWN; // {n,} and anything malformed
            }
            int comma = body.indexOf(',');
            times = Integer.parseInt(comma < 0 ? body : body.substring(comma + 1));
        } else {
            return 1;
        }
        if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
            i++; // lazy or possessive
        }
        if (i < regex.length() && "?*+{".indexOf(regex.charAt(i)) >= 0) {
            return UNKNOWN;
        }
        return times;
    }
}
