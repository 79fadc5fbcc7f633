package org.huibao.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.parse.Node;
import org.huibao.parse.Span;

/**
 * Pattern and lexicon matching for rules, as the global {@code texts}. Spans of matches are exact
 * (line and code-point column), so findings point at the characters. One instance serves all
 * sessions of a run; the pattern cache makes repeated patterns cheap and is safe across threads.
 */
public final class Texts {
    private final Map<String, Lexicon> lexicons;
    private final Map<String, Pattern> cache = new ConcurrentHashMap<>();

    public Texts(Map<String, Lexicon> lexicons) {
        this.lexicons = Map.copyOf(lexicons);
    }

    /** Every match of {@code regex} in the node's text. */
    public List<TextMatch> find(Node node, String regex) {
        Pattern p = cache.computeIfAbsent(regex, Pattern::compile);
        List<TextMatch> out = new ArrayList<>();
        Matcher m = p.matcher(node.text());
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new TextMatch(node.id(), sub(node, m.start(), m.end()), m.group(), "", ""));
            }
        }
        return out;
    }

    /** Every match of group {@code group} of {@code regex} in the node's text (context around it unreported). */
    public List<TextMatch> find(Node node, String regex, int group) {
        Pattern p = cache.computeIfAbsent(regex, Pattern::compile);
        List<TextMatch> out = new ArrayList<>();
        Matcher m = p.matcher(node.text());
        while (m.find()) {
            if (m.group(group) != null && m.end(group) > m.start(group)) {
                out.add(new TextMatch(node.id(), sub(node, m.start(group), m.end(group)), m.group(group), "", ""));
            }
        }
        return out;
    }

    /** Every entry of the named lexicon found in the node's text; an unknown lexicon finds nothing. */
    public List<TextMatch> lexicon(String name, Node node) {
        Lexicon lexicon = lexicons.get(name);
        List<TextMatch> out = new ArrayList<>();
        if (lexicon == null) {
            return out;
        }
        String text = node.text();
        for (Lexicon.Entry e : lexicon.entries()) {
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
        return out;
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
