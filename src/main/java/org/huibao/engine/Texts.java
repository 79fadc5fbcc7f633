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
        Compiled c = cache.computeIfAbsent(regex, Compiled::of);
        List<TextMatch> out = new ArrayList<>();
        if (!c.prefilter().mayMatch(node.text())) {
            return out;
        }
        Matcher m = c.pattern().matcher(node.text());
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new TextMatch(node.id(), sub(node, m.start(), m.end()), m.group(), "", ""));
            }
        }
        return out;
    }

    /** Every match of group {@code group} of {@code regex} in the node's text (context around it unreported). */
    public List<TextMatch> find(Node node, String regex, int group) {
        Compiled c = cache.computeIfAbsent(regex, Compiled::of);
        List<TextMatch> out = new ArrayList<>();
        if (!c.prefilter().mayMatch(node.text())) {
            return out;
        }
        Matcher m = c.pattern().matcher(node.text());
        while (m.find()) {
            if (m.group(group) != null && m.end(group) > m.start(group)) {
                out.add(new TextMatch(node.id(), sub(node, m.start(group), m.end(group)), m.group(group), "", ""));
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
        for (Lexicon.Entry e : lexicon.entries()) {
            if (!entryFilters.get(e).mayMatch(text)) {
                continue;
            }
            Matcher m = e.pattern().matcher(text);
            while (m.find()) {
                if (m.end() == m.start() || (e.unless() != null && unless(e.unless(), text, m.start(), m.end()))) {
                    continue;
                }
                StringBuilder right = new StringBuilder();
                Matcher single = e.pattern().matcher(m.group());
                String replacement = single.matches() ? single.replaceFirst(e.right()) : e.right();
                right.append(replacement);
                out.add(new TextMatch(node.id(), sub(node, m.start(), m.end()), m.group(), right.toString(), e.note()));
            }
        }
        return List.copyOf(out);
    }

    /** The {@code unless} pattern matches a stretch of text that covers the match. */
    private static boolean unless(Pattern unless, String text, int start, int end) {
        Matcher u = unless.matcher(text);
        while (u.find()) {
            if (u.start() <= start && u.end() >= end) {
                return true;
            }
        }
        return false;
    }

    /**
     * The span of [from, to) inside a node. Nodes never cross a line (a report paragraph is one
     * line), so columns follow from the node's own start column.
     */
    static Span sub(Node node, int from, int to) {
        Span s = node instanceof org.huibao.parse.Heading h ? h.textSpan() : node.span();
        String t = node.text();
        int col = s.column() + t.codePointCount(0, from);
        int endCol = s.column() + t.codePointCount(0, to);
        return new Span(s.start() + from, s.start() + to, s.line(), col, s.line(), endCol);
    }
}
