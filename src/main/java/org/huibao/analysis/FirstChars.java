package org.huibao.analysis;

import java.util.BitSet;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The characters a match of a regular expression can begin with, read from the pattern's text, as a
 * {@link StartsAt.Test}. A search tries the whole pattern at every position of the text; a pattern of
 * config.yaml such as balance.figures ({@code (\d+…|[*＊×xX]{1,4})\s*(%|个|次…)}) can only begin on a few
 * characters, which one table look-up tells apart from the thousands of others in a report.
 *
 * <p>Conservative: a pattern with flags, inline flags, quoting or a construct this reading does not
 * follow, one that can match the empty text, or one that may begin with any character (a {@code .}, a
 * negated class, {@code \D}…) has none. Zero-width parts (look-arounds, {@code ^}, {@code \b}) consume
 * nothing, so the characters after them decide. Immutable.
 */
final class FirstChars implements StartsAt.Test {
    /** Characters of the Basic Multilingual Plane a match may begin with. */
    private final BitSet chars;
    /** The same as bits, 64 characters a word: read for every character of a text by {@link #next}. */
    private final long[] words;
    /** A match may also begin with a character of the Han script ({@code \p{IsHan}}). */
    private final boolean han;

    private FirstChars(BitSet chars, boolean han) {
        this.chars = chars;
        this.words = chars.toLongArray();
        this.han = han;
    }

    /** The first characters of the pattern's matches; empty when they cannot be told from its text. */
    static Optional<FirstChars> of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return Optional.empty();
        }
        Reader r = new Reader(pattern.pattern());
        Starts s = r.alternation();
        if (s == null || r.i != r.regex.length() || s.any || s.nullable) {
            return Optional.empty();
        }
        return Optional.of(new FirstChars(s.chars.toBitSet(), s.han));
    }

    /**
     * Whether a match may begin with any Chinese character (or with hundreds of characters): such a test
     * lets nearly every position of a Chinese line through.
     */
    boolean broad() {
        return han || chars.cardinality() > 256;
    }

    @Override
    public boolean mayStart(String text, int at) {
        int cp = text.codePointAt(at);
        return cp < 1 << 16 && chars.get(cp) || han && Han.is(cp);
    }

    /** As {@link #mayStart} at each position in turn, in one loop over the text's chars. */
    @Override
    public int next(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (mayStart(text, i)) {
                    return i;
                }
            } else if (c >>> 6 < words.length && (words[c >>> 6] & 1L << c) != 0 || han && Han.is(c)) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * What a part of the pattern may begin with: {@code any} character, or those of {@code chars} and,
     * with {@code han}, of the Han script; {@code nullable} when the part can match the empty text.
     */
    private static final class Starts {
        final Ranges chars = new Ranges();
        boolean han;
        boolean any;
        boolean nullable;

        static Starts empty() {
            Starts s = new Starts();
            s.nullable = true;
            return s;
        }

        static Starts any() {
            Starts s = new Starts();
            s.any = true;
            return s;
        }

        static Starts of(int... cs) {
            Starts s = new Starts();
            for (int c : cs) {
                s.chars.set(c);
            }
            return s;
        }

        static Starts range(int from, int to) {
            Starts s = new Starts();
            s.chars.set(from, to + 1);
            return s;
        }

        void addAll(Starts o) {
            chars.or(o.chars);
            han |= o.han;
            any |= o.any;
        }
    }

    /**
     * Characters as ranges, kept apart until the pattern is read: a {@code BitSet} per atom was an array of
     * hundreds of words for one Chinese character, made and joined again for every atom of every word
     * list's pattern at start-up. The same bits in the end.
     */
    private static final class Ranges {
        private int[] bounds = new int[4];
        private int n;

        void set(int c) {
            set(c, c + 1);
        }

        /** From {@code from} to {@code to}, exclusive, as {@code BitSet.set(from, to)}. */
        void set(int from, int to) {
            if (n == bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, 2 * n);
            }
            bounds[n++] = from;
            bounds[n++] = to;
        }

        void or(Ranges o) {
            for (int k = 0; k < o.n; k += 2) {
                set(o.bounds[k], o.bounds[k + 1]);
            }
        }

        BitSet toBitSet() {
            BitSet out = new BitSet();
            for (int k = 0; k < n; k += 2) {
                out.set(bounds[k], bounds[k + 1]);
            }
            return out;
        }
    }

    /** A recursive reading of the pattern; {@code null} from any method: not plain enough to tell. */
    private static final class Reader {
        private final String regex;
        private int i;

        Reader(String regex) {
            this.regex = regex;
        }

        Starts alternation() {
            Starts out = sequence();
            while (out != null && i < regex.length() && regex.charAt(i) == '|') {
                i++;
                Starts next = sequence();
                if (next == null) {
                    return null;
                }
                out.addAll(next);
                out.nullable |= next.nullable;
            }
            return out;
        }

        /** The atoms up to the first that cannot be empty decide; the rest is read only to be skipped. */
        private Starts sequence() {
            Starts out = Starts.empty();
            while (i < regex.length() && regex.charAt(i) != '|' && regex.charAt(i) != ')') {
                Starts atom = atom();
                if (atom == null) {
                    return null;
                }
                int min = quantifier();
                if (min < 0) {
                    return null;
                }
                if (out.nullable) {
                    out.addAll(atom);
                    out.nullable = atom.nullable || min == 0;
                }
            }
            return out;
        }

        private Starts atom() {
            char c = regex.charAt(i);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    return characterClass();
                }
                case '.' -> {
                    i++;
                    return Starts.any();
                }
                case '\\' -> {
                    return escape();
                }
                case '^', '$' -> {
                    i++;
                    return Starts.empty();
                }
                case '*', '+', '?', '{', '}', ']' -> {
                    return null;
                }
                default -> {
                    i++;
                    return Character.isSurrogate(c) ? null : Starts.of(c);
                }
            }
        }

        private Starts group() {
            i++;
            boolean lookaround = regex.startsWith("?=", i) || regex.startsWith("?!", i)
                    || regex.startsWith("?<=", i) || regex.startsWith("?<!", i);
            if (lookaround) {
                i += regex.charAt(i + 1) == '<' ? 3 : 2;
            } else if (regex.startsWith("?:", i) || regex.startsWith("?>", i)) {
                i += 2;
            } else if (regex.startsWith("?<", i)) {
                int close = regex.indexOf('>', i);
                if (close < 0) {
                    return null;
                }
                i = close + 1; // a named group
            } else if (regex.startsWith("?", i)) {
                return null; // inline flags change what the rest matches
            }
            Starts inside = alternation();
            if (inside == null || i >= regex.length() || regex.charAt(i) != ')') {
                return null;
            }
            i++;
            // a look-around consumes nothing: what follows it decides
            return lookaround ? Starts.empty() : inside;
        }

        private Starts escape() {
            if (i + 1 >= regex.length()) {
                return null;
            }
            char c = regex.charAt(i + 1);
            i += 2;
            switch (c) {
                case 'd' -> {
                    return Starts.range('0', '9');
                }
                case 's' -> {
                    return Starts.of(' ', '\t', '\n', 0x0B, '\f', '\r');
                }
                case 'w' -> {
                    Starts s = Starts.range('a', 'z');
                    s.chars.set('A', 'Z' + 1);
                    s.chars.set('0', '9' + 1);
                    s.chars.set('_');
                    return s;
                }
                case 't' -> {
                    return Starts.of('\t');
                }
                case 'n' -> {
                    return Starts.of('\n');
                }
                case 'r' -> {
                    return Starts.of('\r');
                }
                case 'f' -> {
                    return Starts.of('\f');
                }
                case 'b', 'B', 'A', 'G', 'Z', 'z' -> {
                    return Starts.empty(); // boundaries consume nothing
                }
                case 'p', 'P' -> {
                    return property(c == 'p');
                }
                default -> {
                    if (c >= '1' && c <= '9') {
                        // a back reference repeats a group, which may be empty
                        while (i < regex.length() && Character.isDigit(regex.charAt(i))) {
                            i++;
                        }
                        Starts s = Starts.any();
                        s.nullable = true;
                        return s;
                    }
                    if (c < 128 && !Character.isLetterOrDigit(c)) {
                        return Starts.of(c); // an escaped mark: itself
                    }
                    return null; // \Q, \x, \k, a Unicode escape, \R, \X, \h, \v, \D, \S, \W…: not followed here
                }
            }
        }

        /** {@code \p{IsHan}}; any other property may begin with anything as far as this reading knows. */
        private Starts property(boolean positive) {
            if (i >= regex.length() || regex.charAt(i) != '{') {
                return null;
            }
            int close = regex.indexOf('}', i);
            if (close < 0) {
                return null;
            }
            String name = regex.substring(i + 1, close);
            i = close + 1;
            if (positive && name.equals("IsHan")) {
                Starts s = new Starts();
                s.han = true;
                return s;
            }
            return Starts.any();
        }

        /** A class of plain characters, ranges and the escapes above; a negated or nested one is any. */
        private Starts characterClass() {
            i++;
            boolean negated = i < regex.length() && regex.charAt(i) == '^';
            if (negated) {
                i++;
            }
            if (i < regex.length() && regex.charAt(i) == ']') {
                return null; // a leading ] is read differently by different engines
            }
            Starts out = new Starts();
            while (i < regex.length() && regex.charAt(i) != ']') {
                char c = regex.charAt(i);
                if (c == '[' || regex.startsWith("&&", i) || Character.isSurrogate(c)) {
                    return null; // nested classes, intersections, supplementary characters
                }
                if (c == '\\') {
                    Starts e = escape();
                    if (e == null || e.nullable) {
                        return null;
                    }
                    out.addAll(e);
                    continue;
                }
                i++;
                if (i + 1 < regex.length() && regex.charAt(i) == '-' && regex.charAt(i + 1) != ']') {
                    char to = regex.charAt(i + 1);
                    if (to == '\\' || to == '[' || Character.isSurrogate(to) || to < c) {
                        return null;
                    }
                    out.chars.set(c, to + 1);
                    i += 2;
                } else {
                    out.chars.set(c);
                }
            }
            if (i >= regex.length()) {
                return null;
            }
            i++;
            return negated ? Starts.any() : out;
        }

        /** The least number of times the atom before must occur: 1 without a quantifier; -1 when malformed. */
        private int quantifier() {
            if (i >= regex.length()) {
                return 1;
            }
            char c = regex.charAt(i);
            int min;
            if (c == '?' || c == '*') {
                i++;
                min = 0;
            } else if (c == '+') {
                i++;
                min = 1;
            } else if (c == '{') {
                int close = regex.indexOf('}', i);
                if (close < 0) {
                    return -1;
                }
                String body = regex.substring(i + 1, close);
                if (!body.matches("\\d{1,6}(,\\d{0,6})?")) {
                    return -1;
                }
                i = close + 1;
                int comma = body.indexOf(',');
                min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
            } else {
                return 1;
            }
            if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
                i++; // lazy or possessive: the same first characters
            }
            return min;
        }
    }
}
