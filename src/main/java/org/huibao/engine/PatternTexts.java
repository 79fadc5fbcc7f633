package org.huibao.engine;

import org.huibao.lexicon.Lexicon;
import org.huibao.api.TextMatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.lexicon.Prefilter;
import org.huibao.api.Node;
import org.huibao.parse.Columns;
import org.huibao.api.Texts;
import org.huibao.api.Span;

/**
 * The {@code texts} global: pattern and lexicon matching for rules written by users. Spans of matches are exact
 * (line and code-point column), so findings point at the characters. One instance serves all
 * sessions of a run; the pattern cache makes repeated patterns cheap and is safe across threads, and
 * a {@link Prefilter} skips the regex scan of a line that lacks the literal text every match contains.
 */
final class PatternTexts implements Texts {
    private final Map<String, Lexicon> lexicons;
    private final Map<Lexicon.Entry, Prefilter> entryFilters;
    private final Map<String, Compiled> cache;
    /** Lexicon matches by node, for one session: rules ask again for every candidate on a line. */
    private final Map<Node, Map<String, List<TextMatch>>> memo;

    /** A rule's pattern with the test that rules it out cheaply. */
    private record Compiled(Pattern pattern, Prefilter prefilter) {
        static Compiled of(String regex) {
            return new Compiled(Pattern.compile(regex), Prefilter.of(regex));
        }
    }

    PatternTexts(Map<String, Lexicon> lexicons) {
        this.lexicons = Map.copyOf(lexicons);
        Map<Lexicon.Entry, Prefilter> filters = new IdentityHashMap<>();
        for (Lexicon l : this.lexicons.values()) {
            for (Lexicon.Entry e : l.entries()) {
                filters.put(e, e.literal() ? Prefilter.literal(e.wrong()) : Prefilter.of(e.pattern().pattern()));
            }
        }
        this.entryFilters = Collections.unmodifiableMap(filters);
        this.cache = new ConcurrentHashMap<>();
        this.memo = null;
    }

    private PatternTexts(PatternTexts shared) {
        this.lexicons = shared.lexicons;
        this.entryFilters = shared.entryFilters;
        this.cache = shared.cache;
        this.memo = new IdentityHashMap<>();
    }

    /**
     * The instance one session uses: it shares the compiled patterns and remembers the lexicon matches
     * of each node. Sessions run on one thread each, so the memo needs no locking.
     */
    PatternTexts forSession() {
        return new PatternTexts(this);
    }

    @Override
    public List<TextMatch> find(Node node, String regex) {
        return find(node, regex, 0);
    }

    @Override
    public List<TextMatch> find(Node node, String regex, int group) {
        Compiled c = cache.computeIfAbsent(regex, Compiled::of);
        List<TextMatch> out = new ArrayList<>();
        if (!c.prefilter().mayMatch(node.text())) {
            return out;
        }
        Matcher m = c.pattern().matcher(node.text());
        Columns columns = new Columns(node);
        while (m.find()) {
            if (m.group(group) != null && m.end(group) > m.start(group)) {
                out.add(new TextMatch(node.id(), columns.span(m.start(group), m.end(group)), m.group(group), "", ""));
            }
        }
        return out;
    }

    @Override
    public List<TextMatch> lexicon(String name, Node node) {
        if (memo == null) {
            return scan(name, node);
        }
        return memo.computeIfAbsent(node, n -> new HashMap<>()).computeIfAbsent(name, k -> scan(name, node));
    }

    private List<TextMatch> scan(String name, Node node) {
        Lexicon lexicon = lexicons.get(name);
        List<TextMatch> out = new ArrayList<>();
        if (lexicon == null) {
            return List.of();
        }
        String text = node.text();
        Columns columns = new Columns(node);
        for (Lexicon.Entry e : lexicon.entries()) {
            if (!entryFilters.get(e).mayMatch(text)) {
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
                StringBuilder right = new StringBuilder();
                Matcher single = e.pattern().matcher(m.group());
                String replacement = single.matches() ? single.replaceFirst(e.right()) : e.right();
                right.append(replacement);
                out.add(new TextMatch(node.id(), columns.span(m.start(), m.end()), m.group(), right.toString(), e.note()));
            }
        }
        return List.copyOf(out);
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
