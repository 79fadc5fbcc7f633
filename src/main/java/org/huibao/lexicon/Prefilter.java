package org.huibao.lexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cheap test that rules a regular expression out before it runs: literal text that every match must
 * contain. Most lines of a report contain none of a word list's entries, and {@link String#contains}
 * is far cheaper than a regex scan (which tries every look-behind at every position). Derived
 * conservatively from the pattern's text: where the pattern is not plain enough to be sure, there is
 * no anchor and the pattern always runs.
 *
 * Immutable.
 */
public final class Prefilter {

    public static final Prefilter NONE = new Prefilter(List.of());
    private static final String COMMENTS = "(?x)";
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]+[:)]");
    /**
     * A branch that opens with its first group, one Chinese character, repeated at once —
     * "(\\p{IsHan})\\1…" or "\\p{IsHan}(\\p{IsHan})\\1…", a negative look-ahead of one character class
     * allowed after the leading character ("\\p{IsHan}(?![的了])(\\p{IsHan})\\1…": the look-ahead matches
     * nothing) — matches only where such a character is doubled.
     */
    private static final Pattern REPEAT = Pattern.compile(
            "^(?:\\\\p\\{IsHan\\}(?:\\(\\?!\\[(?:\\\\.|[^\\]\\\\])+\\]\\))?)?\\(\\\\p\\{IsHan\\}\\)\\\\1(?!\\d)");

    /** A word list of hundreds of idioms is one pattern; beyond a few anchors, look at each character once. */
    private static final int FEW = 4;

    /** Texts of which every match contains at least one, sorted; empty: no filter. */
    private final List<String> anchors;
    /** Some alternative has no anchor but needs a Chinese character typed twice in a row ("(\\p{IsHan})\\1"). */
    private final boolean repeat;
    /** The first characters of the anchors, never modified after construction. */
    private final BitSet firstChars;

    private Prefilter(List<String> anchors) {
        this(anchors, false);
    }

    private Prefilter(List<String> anchors, boolean repeat) {
        this.repeat = repeat;
        this.anchors = List.copyOf(new java.util.TreeSet<>(anchors)); // distinct and sorted; no stream: made ~3,000 times at start-up
        this.firstChars = firstChars(this.anchors);
    }

    /** Texts of which every match contains at least one; empty when there is no filter. */
    public List<String> anchors() {
        return anchors;
    }

    private static BitSet firstChars(List<String> anchors) {
        BitSet first = new BitSet();
        for (String a : anchors) {
            first.set(a.charAt(0));
        }
        return first;
    }

    /**
     * True when some alternative has no anchor but can only match where a Chinese character is typed
     * twice in a row: such a pattern may match where {@link #anchors()} has none, if the text has one.
     */
    public boolean repeat() {
        return repeat;
    }

    /** True when the text has a Chinese character typed twice in a row. */
    public static boolean hasRepeat(String text) {
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == previous && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return true;
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return false;
    }

    public boolean mayMatch(String text) {
        if (anchors.isEmpty() && !repeat) {
            return true;
        }
        if (repeat && hasRepeat(text)) {
            return true;
        }
        if (anchors.isEmpty()) {
            return false;
        }
        if (anchors.size() <= FEW) {
            for (String a : anchors) {
                if (text.contains(a)) {
                    return true;
                }
            }
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (firstChars.get(c)) {
                // anchors are sorted: those starting with c are one run, found by binary search
                int k = Collections.binarySearch(anchors, String.valueOf(c));
                for (int j = k < 0 ? -k - 1 : k; j < anchors.size() && anchors.get(j).charAt(0) == c; j++) {
                    if (text.startsWith(anchors.get(j), i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The prefilter of literal text (a word list's {@code wrong:} entry). */
    public static Prefilter literal(String text) {
        return text.isEmpty() ? NONE : new Prefilter(List.of(text));
    }

    /** The prefilter of a pattern (without flags); {@link #NONE} when any alternative has no anchor. */
    public static Prefilter of(String regex) {
        if (regex.startsWith(COMMENTS) && regex.indexOf('#') < 0 && regex.indexOf('\\') < 0) {
            // a long word list written over several lines: (?x) only makes the white space not count
            regex = regex.substring(COMMENTS.length()).replaceAll("\\s+", "");
        }
        if (INLINE_FLAGS.matcher(regex).find() || regex.contains("\\Q")) {
            return NONE; // (?i) and the like change what a literal matches; \\Q…\\E quotes what looks like syntax
        }
        List<String> anchors = new ArrayList<>();
        boolean repeat = false;
        for (String branch : topLevelBranches(regex)) {
            List<String> required = requiredText(branch);
            if (required.isEmpty()) {
                if (!REPEAT.matcher(branch).find()) {
                    return NONE;
                }
                repeat = true;
            }
            anchors.addAll(required);
        }
        return new Prefilter(anchors, repeat);
    }

    private static List<String> topLevelBranches(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    /**
     * What every match of one alternative contains, as a set of which at least one occurs: a run of
     * plain characters at the top level, or a group of plain alternatives ({@code (成立|组建|设立)}).
     * Look-arounds are skipped (they consume nothing); classes, escapes, the dot and optional parts end
     * a run. Of the candidates, the one whose shortest text is longest wins. Empty: nothing is sure.
     */
    private static List<String> requiredText(String branch) {
        Best best = new Best();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < branch.length()) {
            char c = branch.charAt(i);
            if (c == '(') {
                boolean lookaround = branch.startsWith("(?=", i) || branch.startsWith("(?!", i)
                        || branch.startsWith("(?<=", i) || branch.startsWith("(?<!", i);
                int end = groupEnd(branch, i);
                if (end < 0) {
                    return List.of();
                }
                if (lookaround) {
                    i = end + 1;
                    continue;
                }
                best.offer(run);
                int after = skipQuantifier(branch, end + 1);
                if (!optional(branch, end + 1)) {
                    List<String> alternatives = plainAlternatives(branch.substring(i + 1, end));
                    if (alternatives.isEmpty()) {
                        // (?:[两二]严三实|三严[两二]实): each alternative's own required text, one of which every match holds
                        alternatives = groupRequiredText(branch.substring(i + 1, end));
                    }
                    if (after == end + 1 && firstGroup(branch, i) && backReferenceToFirst(branch, after)) {
                        // (研究|讨论)\1: the word twice
                        alternatives = alternatives.stream().map(a -> a + a).toList();
                    }
                    best.offer(alternatives);
                }
                i = after;
                continue;
            }
            if (c == '[') {
                best.offer(run);
                int end = classEnd(branch, i);
                if (end < 0) {
                    return List.of();
                }
                if (atLeastTwice(branch, end + 1)) {
                    best.offer(pairs(branch.substring(i + 1, end)));
                }
                i = skipQuantifier(branch, end + 1);
                continue;
            }
            if (c == '\\' || c == '.' || c == '^' || c == '$' || c == ')' || c == ']' || c == '{' || c == '}'
                    || c == '?' || c == '*' || c == '+' || Character.isSurrogate(c)) {
                // an escape or a construct this reading does not follow: the run ends here
                best.offer(run);
                i = c == '\\' ? escapeEnd(branch, i) : i + 1;
                i = skipQuantifier(branch, i);
                continue;
            }
            if (optional(branch, i + 1)) {
                best.offer(run);
                i = skipQuantifier(branch, i + 1);
            } else if (i + 1 < branch.length() && (branch.charAt(i + 1) == '+' || branch.charAt(i + 1) == '{')) {
                // required at least once: it ends the run, since what follows may be a repetition of it
                run.append(c);
                best.offer(run);
                i = skipQuantifier(branch, i + 1);
            } else {
                run.append(c);
                i++;
            }
        }
        best.offer(run);
        return best.texts;
    }

    /**
     * What every match of a group's body contains when the body is no list of plain words: each top-level
     * alternative's required text, joined; empty when some alternative has none or the group is special.
     */
    private static List<String> groupRequiredText(String body) {
        if (body.startsWith("?:")) {
            body = body.substring(2);
        } else if (body.startsWith("?<") && body.indexOf('>') > 0 && !body.startsWith("?<=") && !body.startsWith("?<!")) {
            body = body.substring(body.indexOf('>') + 1);
        } else if (body.startsWith("?")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String alternative : topLevelBranches(body)) {
            List<String> required = requiredText(alternative);
            if (required.isEmpty()) {
                return List.of();
            }
            out.addAll(required);
        }
        return out;
    }

    /** Whether the group opened at {@code open} is the pattern's first capturing group. */
    private static boolean firstGroup(String branch, int open) {
        if (branch.startsWith("(?", open)) {
            return false;
        }
        for (int i = 0; i < open; i++) {
            char c = branch.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' && !branch.startsWith("(?", i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean backReferenceToFirst(String branch, int i) {
        return branch.startsWith("\\1", i) && (i + 2 >= branch.length() || !Character.isDigit(branch.charAt(i + 2)));
    }

    /** Whether the quantifier at {@code i} asks for at least two repetitions: {2,}, {2}, {3,5}… */
    private static boolean atLeastTwice(String s, int i) {
        if (i >= s.length() || s.charAt(i) != '{') {
            return false;
        }
        int k = i + 1;
        int n = 0;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            n = n * 10 + (s.charAt(k) - '0');
            k++;
        }
        return k > i + 1 && n >= 2;
    }

    /** Every two-character text of a small class of plain characters ([一二三]{2,}): one is in every match. */
    private static List<String> pairs(String body) {
        if (body.isEmpty() || body.length() > 20 || body.startsWith("^") || !body.chars().allMatch(Prefilter::plain)
                || body.indexOf('-') >= 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int a = 0; a < body.length(); a++) {
            for (int b = 0; b < body.length(); b++) {
                out.add("" + body.charAt(a) + body.charAt(b));
            }
        }
        return out;
    }

    /** Whether the quantifier at {@code i} (if any) allows zero repetitions. */
    private static boolean optional(String s, int i) {
        return i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '*' || s.startsWith("{0", i));
    }

    /** The alternatives of a group's body if each is plain text ({@code 成立|组建}), else empty. */
    private static List<String> plainAlternatives(String body) {
        if (body.startsWith("?:")) {
            body = body.substring(2);
        } else if (body.startsWith("?<") && body.indexOf('>') > 0) {
            body = body.substring(body.indexOf('>') + 1); // a named group
        } else if (body.startsWith("?")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String alternative : body.split("\\|", -1)) {
            if (alternative.isEmpty() || !alternative.chars().allMatch(Prefilter::plain)) {
                return List.of();
            }
            out.add(alternative);
        }
        return out;
    }

    private static boolean plain(int c) {
        return "\\.^$()[]{}?*+|".indexOf(c) < 0 && !Character.isSurrogate((char) c);
    }

    /** The best set of texts seen so far: the one whose shortest text is longest, then the smaller one. */
    private static final class Best {
        private List<String> texts = List.of();

        void offer(StringBuilder run) {
            if (!run.isEmpty()) {
                offer(List.of(run.toString()));
            }
            run.setLength(0);
        }

        void offer(List<String> candidate) {
            if (candidate.isEmpty()) {
                return;
            }
            int min = shortest(candidate);
            int bestMin = texts.isEmpty() ? 0 : shortest(texts);
            if (min > bestMin || (min == bestMin && candidate.size() < texts.size())) {
                texts = candidate;
            }
        }

        private static int shortest(List<String> texts) {
            return texts.stream().mapToInt(String::length).min().orElse(0);
        }
    }

    /** After the quantifier (?, *, +, {m,n}, lazy or possessive) that may follow a pattern atom ending at {@code i}. */
    public static int skipQuantifier(String s, int i) {
        if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '*' || s.charAt(i) == '+')) {
            i++;
        } else if (i < s.length() && s.charAt(i) == '{') {
            int close = s.indexOf('}', i);
            i = close < 0 ? s.length() : close + 1;
        }
        if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
            i++; // lazy or possessive
        }
        return i;
    }

    /**
     * The index just after the escape that starts at {@code i}: its argument ({@code \\p{IsHan}}, {@code \\u3000},
     * {@code \\x{4E00}}, {@code \\0101}, {@code \\cA}, {@code \\k<name>}) is part of it, never text the match contains.
     */
    private static int escapeEnd(String s, int i) {
        int k = i + 1;
        if (k >= s.length()) {
            return s.length();
        }
        char c = s.charAt(k);
        int braced = k + 1 < s.length() && s.charAt(k + 1) == '{' ? s.indexOf('}', k + 1) : -1;
        switch (c) {
            case 'p', 'P', 'N', 'x' -> {
                if (braced > 0) {
                    return braced + 1;
                }
                return Math.min(s.length(), k + (c == 'x' ? 3 : 2));
            }
            case 'u' -> {
                return Math.min(s.length(), k + 5);
            }
            case 'c' -> {
                return Math.min(s.length(), k + 2);
            }
            case 'k' -> {
                int close = s.indexOf('>', k);
                return close < 0 ? s.length() : close + 1;
            }
            case '0' -> {
                int j = k + 1;
                while (j < s.length() && j < k + 4 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                    j++;
                }
                return j;
            }
            default -> {
                int j = k + 1;
                while (Character.isDigit(c) && j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++; // a back reference \\12
                }
                return j;
            }
        }
    }

    /** The index of the ')' that closes the group opened at {@code open}, or -1. */
    private static int groupEnd(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(s, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the ']' that closes the class opened at {@code open}, or -1. */
    private static int classEnd(String s, int open) {
        int i = open + 1;
        if (i < s.length() && s.charAt(i) == '^') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == ']') {
            i++; // a leading ] is literal
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                return -1; // nested classes and intersections: not followed
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }
}
