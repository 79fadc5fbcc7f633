package org.huibao.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Span;
import org.huibao.lexicon.Lexicon;
import org.huibao.lexicon.Prefilter;
import org.huibao.parse.Columns;

/**
 * Finds the entries of word lists ({@code *.lexicon.yaml}) in a line. An entry's pattern runs only on a
 * line whose scan found its anchor (the entry's own text, or the literal text every match of its
 * pattern contains); most lines contain no entry, and are done with after the one scan. The gates are
 * kept inverted — per anchor word, the entries it lets run — so that a line costs in proportion to the
 * anchor words it holds, not to the entries and their anchors (a list of idioms has hundreds).
 * Immutable but for the patterns' {@link QuickClasses} equivalents, made on first use; thread-safe.
 */
public final class WordLists {
    private final Map<String, Lexicon> lexicons;
    private final Map<String, Index> indexes;
    /** The lists' names, sorted: asked for every line. */
    private final List<String> names;

    /**
     * One list's gates, inverted.
     *
     * @param always entries whose pattern runs on every line
     * @param repeat entries whose pattern also runs on a line with a doubled Chinese character
     * @param byWord per word id, the entries that word lets run ({@code null}: none)
     * @param starts per entry, where in a line a match may begin ({@code null}: anywhere)
     * @param windows per entry, the window around literal text of a look-ahead a match begins in ({@code null}: none)
     * @param windowIds per entry with a window, its anchors' word ids
     * @param quick per entry, what its pattern is matched with: its {@link QuickClasses} equivalent
     */
    private record Index(BitSet always, BitSet repeat, int[][] byWord, StartsAt.Test[] starts,
                         AnchorWindow[] windows, int[][] windowIds, QuickClasses.Table quick) {
    }

    /**
     * One match: where, the text, the correct form and the note, and the correct form again as {@code fix}
     * when the entry lets it replace the text (null otherwise).
     */
    public record Match(Span span, String text, String replacement, String note, String fix) {
    }

    public WordLists(Map<String, Lexicon> lexicons, Vocabulary.Builder words) {
        this.lexicons = Map.copyOf(lexicons);
        Map<String, Index> a = new HashMap<>();
        for (String name : this.lexicons.keySet().stream().sorted().toList()) {
            a.put(name, index(this.lexicons.get(name).entries(), words));
        }
        this.indexes = a;
        this.names = this.lexicons.keySet().stream().sorted().toList();
    }

    private static Index index(List<Lexicon.Entry> entries, Vocabulary.Builder words) {
        BitSet always = new BitSet();
        BitSet repeat = new BitSet();
        Map<Integer, List<Integer>> byWord = new HashMap<>();
        StartsAt.Test[] starts = new StartsAt.Test[entries.size()];
        AnchorWindow[] windows = new AnchorWindow[entries.size()];
        int[][] windowIds = new int[entries.size()][];
        int size = 0;
        for (int k = 0; k < entries.size(); k++) {
            Lexicon.Entry e = entries.get(k);
            Prefilter f = e.literal() ? Prefilter.literal(e.wrong()) : Prefilter.of(e.pattern().pattern());
            Gate gate = words.gate(f);
            starts[k] = start(e, gate);
            windows[k] = window(e, starts[k]);
            if (windows[k] != null) {
                windowIds[k] = words.anchors(windows[k].anchors());
                if (gate.always()) {
                    // its only literal text is in a look-ahead: a line without it has no match
                    gate = new Gate(windowIds[k], false);
                }
            }
            if (gate.always()) {
                always.set(k);
                continue;
            }
            repeat.set(k, gate.repeat());
            for (int id : gate.anchors()) {
                byWord.computeIfAbsent(id, x -> new ArrayList<>()).add(k);
                size = Math.max(size, id + 1);
            }
        }
        int[][] table = new int[size][];
        byWord.forEach((id, ks) -> table[id] = ks.stream().mapToInt(Integer::intValue).toArray());
        QuickClasses.Table quick = new QuickClasses.Table(entries.stream().map(Lexicon.Entry::pattern).toList());
        return new Index(always, repeat, table, starts, windows, windowIds, quick);
    }

    /**
     * Where a match of an entry may begin. An entry that runs only on a doubled Chinese character has
     * a pattern every branch of which opens with "(\\p{IsHan})\\1" or "\\p{IsHan}(\\p{IsHan})\\1"
     * ({@link Prefilter#repeat()}): a match begins on the doubled character or one character before it.
     * Such an entry, run on every line that has a doubled character anywhere, would otherwise try its
     * pattern at each character of the line.
     */
    private static StartsAt.Test start(Lexicon.Entry e, Gate gate) {
        if (gate.repeat() && gate.anchors().length == 0) {
            return WordLists::doubledAtOrAfter;
        }
        return e.literal() ? null : StartsAt.of(e.pattern()).orElse(null);
    }

    /**
     * The window a match of the entry begins in, for an entry whose first character tells little (any
     * Chinese character) and whose look-ahead names rarer text of two characters or more; null otherwise
     * (a one-character anchor is no rarer than the first-character test, and would put a frequent
     * character into every line's scan).
     */
    private static AnchorWindow window(Lexicon.Entry e, StartsAt.Test start) {
        if (e.literal() || start != null && !(start instanceof FirstChars first && first.broad())) {
            return null;
        }
        AnchorWindow w = AnchorWindow.of(e.pattern()).orElse(null);
        return w != null && w.anchors().stream().allMatch(a -> a.length() >= 2) ? w : null;
    }

    /** A character typed twice in a row begins at {@code at} or at the character after it. */
    static boolean doubledAtOrAfter(String text, int at) {
        int cp = text.codePointAt(at);
        int next = at + Character.charCount(cp);
        if (next >= text.length()) {
            return false;
        }
        int cp2 = text.codePointAt(next);
        if (cp == cp2) {
            return true;
        }
        int after = next + Character.charCount(cp2);
        return after < text.length() && text.codePointAt(after) == cp2;
    }

    /** The lists' names, sorted. */
    public List<String> names() {
        return names;
    }

    /**
     * Every entry of the named list found in a text, in entry order and then left to right, as a
     * regular-expression scan per entry would find them; an unknown list finds nothing.
     *
     * @param scan    the text's scan with the vocabulary these lists were built into
     * @param columns spans of the text's stretches
     */
    public List<Match> find(String name, String text, LineScan scan, Columns columns) {
        return find(name, text, scan, columns, Dated.UNKNOWN);
    }

    /** As {@link #find(String, String, LineScan, Columns)}, without the entries whose standard postdates the text. */
    List<Match> find(String name, String text, LineScan scan, Columns columns, Dated dated) {
        Lexicon lexicon = lexicons.get(name);
        if (lexicon == null) {
            return List.of();
        }
        Index index = indexes.get(name);
        BitSet run = (BitSet) index.always().clone();
        if (scan.repeat()) {
            run.or(index.repeat());
        }
        int[][] byWord = index.byWord();
        for (int id = scan.nextWord(0); id >= 0 && id < byWord.length; id = scan.nextWord(id + 1)) {
            if (byWord[id] != null) {
                for (int k : byWord[id]) {
                    run.set(k);
                }
            }
        }
        List<Match> out = new ArrayList<>();
        for (int k = run.nextSetBit(0); k >= 0; k = run.nextSetBit(k + 1)) {
            Lexicon.Entry e = lexicon.entries().get(k);
            if (dated.before(e.since()) || e.dated() && (!dated.shows(e.since()) || Dated.opensOnReview(text))) {
                continue;
            }
            StartsAt.Test start = index.starts()[k];
            AnchorWindow window = index.windows()[k];
            if (window != null) {
                BitSet near = window.starts(scan, index.windowIds()[k]);
                if (near.isEmpty()) {
                    continue;
                }
                start = AnchorWindow.test(near, start);
            }
            Search search = new Search(index.quick().get(k), text, start);
            Matcher m = search.matcher();
            List<int[]> unless = null;
            while (search.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                if (e.unless() != null) {
                    unless = unless != null ? unless : stretches(e.unless(), text);
                    if (covers(unless, m.start(), m.end())) {
                        continue;
                    }
                }
                // The groups of the match in its line: a look-around that needs the line (二十大 before 三中全会)
                // does not match the text alone.
                String replacement = expand(e.right(), m);
                String fix = e.fix() && !replacement.equals(m.group()) ? replacement : null;
                out.add(new Match(columns.span(m.start(), m.end()), m.group(), replacement, e.note(), fix));
            }
        }
        return out;
    }

    /**
     * A correct form with the match's groups put in, as {@link Matcher#replaceFirst(String)} reads it:
     * {@code $n} and {@code ${name}} are groups (a group that did not take part gives ""), a backslash
     * quotes the next character. A reference to no group is kept as written.
     */
    static String expand(String right, Matcher m) {
        if (right.indexOf('$') < 0 && right.indexOf('\\') < 0) {
            return right;
        }
        StringBuilder b = new StringBuilder(right.length() + 16);
        for (int i = 0; i < right.length(); i++) {
            char c = right.charAt(i);
            if (c == '\\' && i + 1 < right.length()) {
                b.append(right.charAt(++i));
            } else if (c == '$' && i + 1 < right.length() && right.charAt(i + 1) >= '0' && right.charAt(i + 1) <= '9') {
                int group = right.charAt(++i) - '0';
                while (i + 1 < right.length() && right.charAt(i + 1) >= '0' && right.charAt(i + 1) <= '9'
                        && group * 10 + right.charAt(i + 1) - '0' <= m.groupCount()) {
                    group = group * 10 + right.charAt(++i) - '0';
                }
                if (group <= m.groupCount()) {
                    b.append(m.group(group) == null ? "" : m.group(group));
                } else {
                    b.append('$').append(group);
                }
            } else if (c == '$' && i + 1 < right.length() && right.charAt(i + 1) == '{' && right.indexOf('}', i) > 0) {
                int close = right.indexOf('}', i);
                String name = right.substring(i + 2, close);
                try {
                    String g = m.group(name);
                    b.append(g == null ? "" : g);
                } catch (IllegalArgumentException unknown) {
                    b.append(right, i, close + 1);
                }
                i = close;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Every stretch an {@code unless} pattern matches, found once per line rather than once per match. */
    private static List<int[]> stretches(Pattern unless, String text) {
        List<int[]> out = new ArrayList<>();
        Matcher u = unless.matcher(text);
        while (u.find()) {
            out.add(new int[] {u.start(), u.end()});
        }
        return out;
    }

    private static boolean covers(List<int[]> stretches, int start, int end) {
        for (int[] s : stretches) {
            if (s[0] <= start && s[1] >= end) {
                return true;
            }
        }
        return false;
    }
}
