package org.huibao.analysis;

import java.util.ArrayList;
import java.util.IdentityHashMap;
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
 * pattern contains); most lines contain no entry, and are done with after the one scan. Immutable.
 */
public final class WordLists {
    private final Map<String, Lexicon> lexicons;
    private final Map<Lexicon.Entry, Gate> gates;

    /** One match: where, the text, the correct form and the note. */
    public record Match(Span span, String text, String replacement, String note) {
    }

    public WordLists(Map<String, Lexicon> lexicons, Vocabulary.Builder words) {
        this.lexicons = Map.copyOf(lexicons);
        Map<Lexicon.Entry, Gate> a = new IdentityHashMap<>();
        for (String name : this.lexicons.keySet().stream().sorted().toList()) {
            for (Lexicon.Entry e : this.lexicons.get(name).entries()) {
                Prefilter f = e.literal() ? Prefilter.literal(e.wrong()) : Prefilter.of(e.pattern().pattern());
                a.put(e, words.gate(f));
            }
        }
        this.gates = a;
    }

    /** The lists' names, sorted. */
    public List<String> names() {
        return lexicons.keySet().stream().sorted().toList();
    }

    /**
     * Every entry of the named list found in a text, in entry order and then left to right, as a
     * regular-expression scan per entry would find them; an unknown list finds nothing.
     *
     * @param scan    the text's scan with the vocabulary these lists were built into
     * @param columns spans of the text's stretches
     */
    public List<Match> find(String name, String text, LineScan scan, Columns columns) {
        Lexicon lexicon = lexicons.get(name);
        if (lexicon == null) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        for (Lexicon.Entry e : lexicon.entries()) {
            if (!scan.mayMatch(gates.get(e))) {
                continue;
            }
            Matcher m = e.pattern().matcher(text);
            List<int[]> unless = null;
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                if (e.unless() != null) {
                    unless = unless != null ? unless : stretches(e.unless(), text);
                    if (covers(unless, m.start(), m.end())) {
                        continue;
                    }
                }
                Matcher single = e.pattern().matcher(m.group());
                String replacement = single.matches() ? single.replaceFirst(e.right()) : e.right();
                out.add(new Match(columns.span(m.start(), m.end()), m.group(), replacement, e.note()));
            }
        }
        return out;
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
