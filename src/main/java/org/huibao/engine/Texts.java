package org.huibao.engine;

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
import org.huibao.parse.Node;
import org.huibao.parse.Span;

/**
 * Pattern and lexicon matching for rules, as the global {@code texts}. Spans of matches are exact
 * (line and code-point column), so findings point at the characters. One instance serves all
 * sessions of a run; the pattern cache makes repeated patterns cheap and is safe across threads, and
 * a {@link Prefilter} skips the regex scan of a line that lacks the literal text every match contains.
 */
public final class Texts {
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

    public Texts(Map<String, Lexicon> lexicons) {
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

    private Texts(Texts shared) {
        this.lexicons = shared.lexicons;
        this.entryFilters = shared.entryFilters;
        this.cache = shared.cache;
        this.memo = new IdentityHashMap<>();
    }

    /**
     * The instance one session uses: it shares the compiled patterns and remembers the lexicon matches
     * of each node. Sessions run on one thread each, so the memo needs no locking.
     */
    Texts forSession() {
        return new Texts(this);
    }

    /** Every match of {@code regex} in the node's text. */
    public List<TextMatch> find(Node node, String regex) {
        return find(node, regex, 0);
    }

    /** Every match of group {@code group} of {@code regex} in the node's text (context around it unreported). */
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

    /** Every entry of the named lexicon found in the node's text; an unknown lexicon finds nothing. */
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

    /**
     * Spans of stretches of one node's text. Nodes never cross a line (a report paragraph is one
     * line), so columns follow from the node's own start column; code points are counted onwards from
     * the previous position, so a long line with many matches is not recounted from its start each time.
     */
    static final class Columns {
        private final Span node;
        private final String text;
        private int index;
        private int codePoints;

        Columns(Node n) {
            this.node = n instanceof org.huibao.parse.Heading h ? h.textSpan() : n.span();
            this.text = n.text();
        }

        Span span(int from, int to) {
            int col = node.column() + codePointsTo(from);
            int endCol = node.column() + codePointsTo(to);
            return new Span(node.start() + from, node.start() + to, node.line(), col, node.line(), endCol);
        }

        private int codePointsTo(int i) {
            if (i < index) {
                index = 0;
                codePoints = 0;
            }
            codePoints += text.codePointCount(index, i);
            index = i;
            return codePoints;
        }
    }
}
