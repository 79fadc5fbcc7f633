package org.huibao.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.huibao.lexicon.Prefilter;

/**
 * Where a match of a pattern may begin, read from a positive look-ahead that holds literal text: in
 * {@code (?:[\u4e00-\u9fff]{2}、){2,6}[\u4e00-\u9fff]{2}(?=的?新发展理念)} every match begins at most
 * {@code reach} characters before an occurrence of 新发展理念 ends, and not after it begins. Without this
 * such a pattern — which may begin with any Chinese character, and whose only rare text is in the
 * look-ahead — is tried at every character of every line that holds a 、 (or of every line).
 *
 * <p>Read conservatively from the pattern's text: every top-level alternative needs such a look-ahead,
 * after a part of bounded length ({@link MatchLength}); the look-ahead's own text must be plain and
 * bounded and must hold literal text every match of it contains ({@link Prefilter}). Patterns with
 * flags, inline flags or quoting have none. Exact: a match at {@code s} has the look-ahead match
 * within {@code [s, s + reach)}, and that match contains one of the anchors. Immutable.
 *
 * @param anchors texts of which one occurs within the window of every match
 * @param reach   a match beginning at {@code s} has that occurrence within {@code [s, s + reach)}
 */
record AnchorWindow(List<String> anchors, int reach) {
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]+[:)]");

    /** The window of a pattern's matches; empty when it cannot be told from its text. */
    static Optional<AnchorWindow> of(Pattern pattern) {
        String regex = pattern.pattern();
        if (pattern.flags() != 0 || INLINE_FLAGS.matcher(regex).find() || regex.contains("\\Q")) {
            return Optional.empty();
        }
        List<String> branches = Syntax.branches(regex);
        if (branches == null) {
            return Optional.empty();
        }
        Set<String> anchors = new LinkedHashSet<>();
        int reach = 0;
        for (String branch : branches) {
            AnchorWindow w = ofBranch(branch);
            if (w == null) {
                return Optional.empty();
            }
            anchors.addAll(w.anchors());
            reach = Math.max(reach, w.reach());
        }
        return Optional.of(new AnchorWindow(List.copyOf(anchors), reach));
    }

    /** The best window of one alternative (the one whose shortest anchor is longest, then the narrowest), or null. */
    private static AnchorWindow ofBranch(String branch) {
        AnchorWindow best = null;
        int offset = 0; // the most characters the parts so far can consume
        int i = 0;
        while (i < branch.length() && offset >= 0) {
            int end = Syntax.elementEnd(branch, i);
            if (end < 0) {
                return best;
            }
            String element = branch.substring(i, end);
            if (element.startsWith("(?=") && element.endsWith(")")) {
                AnchorWindow w = lookAhead(element.substring(3, element.length() - 1), offset);
                if (w != null && better(w, best)) {
                    best = w;
                }
            } else if (!zeroWidth(element)) {
                int n = MatchLength.maxChars(element);
                offset = n < 0 ? -1 : offset + n;
            }
            i = end;
        }
        return best;
    }

    /** A positive look-ahead at most {@code offset} characters after the match's start; null when it tells nothing. */
    private static AnchorWindow lookAhead(String body, int offset) {
        int n = MatchLength.maxChars(body);
        Prefilter f = Prefilter.of(body);
        if (n < 0 || f.repeat() || f.anchors().isEmpty()) {
            return null;
        }
        return new AnchorWindow(f.anchors(), offset + n);
    }

    /**
     * Look-arounds other than a positive look-ahead read text but consume none; a quantified look-around
     * ({@code (?=x)?}) is no look-around this reading follows.
     */
    private static boolean zeroWidth(String element) {
        return (element.startsWith("(?!") || element.startsWith("(?<=") || element.startsWith("(?<!"))
                && element.endsWith(")");
    }

    private static boolean better(AnchorWindow a, AnchorWindow b) {
        if (b == null) {
            return true;
        }
        int sa = shortest(a.anchors());
        int sb = shortest(b.anchors());
        return sa != sb ? sa > sb : a.reach() < b.reach();
    }

    private static int shortest(List<String> texts) {
        return texts.stream().mapToInt(String::length).min().orElse(0);
    }

    /**
     * The positions of a line where a match may begin: within {@code reach} of an occurrence of an
     * anchor, as the line's scan found them; empty when the line has none.
     *
     * @param ids the anchors' ids in the scan's vocabulary
     */
    BitSet starts(LineScan scan, int[] ids) {
        BitSet out = new BitSet();
        for (int h = 0; h < scan.hits(); h++) {
            int id = scan.id(h);
            for (int a : ids) {
                if (a == id) {
                    out.set(Math.max(0, scan.end(h) - reach), scan.start(h) + 1);
                    break;
                }
            }
        }
        return out;
    }

    /** A start test from {@link #starts}, narrowed by another test (may be null). */
    static StartsAt.Test test(BitSet starts, StartsAt.Test also) {
        return new StartsAt.Test() {
            @Override
            public boolean mayStart(String text, int at) {
                return starts.get(at) && (also == null || also.mayStart(text, at));
            }

            @Override
            public int next(String text, int from) {
                for (int i = starts.nextSetBit(from); i >= 0 && i < text.length(); i = starts.nextSetBit(i + 1)) {
                    if (also == null || also.mayStart(text, i)) {
                        return i;
                    }
                }
                return text.length();
            }
        };
    }

    /** Reading the top level of a pattern: its alternatives and the extent of each element. */
    private static final class Syntax {
        /** The top-level alternatives, or null when the brackets do not balance. */
        static List<String> branches(String regex) {
            List<String> out = new ArrayList<>();
            int start = 0;
            int i = 0;
            while (i < regex.length()) {
                if (regex.charAt(i) == '|') {
                    out.add(regex.substring(start, i));
                    start = ++i;
                    continue;
                }
                int end = elementEnd(regex, i);
                if (end < 0) {
                    return null;
                }
                i = end;
            }
            out.add(regex.substring(start));
            return out;
        }

        /** The index after the element (a group, class, escape or character, with its quantifier) at {@code i}; -1 if unreadable. */
        static int elementEnd(String s, int i) {
            int end = atomEnd(s, i);
            return end < 0 ? -1 : Prefilter.skipQuantifier(s, end);
        }

        private static int atomEnd(String s, int i) {
            char c = s.charAt(i);
            if (c == '\\') {
                return i + 2 <= s.length() ? escapeEnd(s, i) : -1;
            }
            if (c == '[') {
                return classEnd(s, i);
            }
            if (c == '(') {
                int k = i + 1;
                while (k < s.length() && s.charAt(k) != ')') {
                    if (s.charAt(k) == '|') {
                        k++;
                        continue;
                    }
                    k = atomEnd(s, k);
                    if (k < 0) {
                        return -1;
                    }
                    k = Prefilter.skipQuantifier(s, k);
                }
                return k < s.length() ? k + 1 : -1;
            }
            if (c == ')') {
                return -1;
            }
            return Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
        }

        /** After {@code \p{..}}, {@code \x{..}}, {@code \k<..>} or a two-character escape. */
        private static int escapeEnd(String s, int i) {
            char c = s.charAt(i + 1);
            if ((c == 'p' || c == 'P' || c == 'x') && i + 2 < s.length() && s.charAt(i + 2) == '{') {
                int close = s.indexOf('}', i);
                return close < 0 ? -1 : close + 1;
            }
            if (c == 'p' || c == 'P') {
                return i + 3 <= s.length() ? i + 3 : -1;
            }
            if (c == 'k' && i + 2 < s.length() && s.charAt(i + 2) == '<') {
                int close = s.indexOf('>', i);
                return close < 0 ? -1 : close + 1;
            }
            return i + 2;
        }

        /** After the class opened at {@code i}, nested classes and escapes included; -1 if unclosed. */
        private static int classEnd(String s, int i) {
            int depth = 0;
            int k = i;
            while (k < s.length()) {
                char c = s.charAt(k);
                if (c == '\\') {
                    k += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    k++;
                    if (k < s.length() && s.charAt(k) == '^') {
                        k++;
                    }
                    if (k < s.length() && s.charAt(k) == ']') {
                        k++; // a leading ] is a character of the class
                    }
                    continue;
                }
                k++;
                if (c == ']' && --depth == 0) {
                    return k;
                }
            }
            return -1;
        }
    }
}
