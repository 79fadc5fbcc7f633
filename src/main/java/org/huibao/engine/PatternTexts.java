package org.huibao.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.analysis.Vocabulary;
import org.huibao.analysis.WordLists;
import org.huibao.api.Node;
import org.huibao.api.TextMatch;
import org.huibao.api.Texts;
import org.huibao.lexicon.Lexicon;
import org.huibao.lexicon.Prefilter;
import org.huibao.parse.Columns;

/**
 * The {@code texts} global: pattern and word-list matching for rules written by users. Spans of matches
 * are exact (line and code-point column), so findings point at the characters. One instance serves all
 * sessions of a run; the pattern cache makes repeated patterns cheap and is safe across threads, and a
 * {@link Prefilter} skips the regex scan of a node that lacks the literal text every match contains.
 */
final class PatternTexts implements Texts {
    private final WordLists wordLists;
    private final Vocabulary vocabulary;
    private final Map<String, Compiled> cache;
    /** Word-list matches by node, for one session: rules ask again for every candidate on a line. */
    private final Map<Node, Map<String, List<TextMatch>>> memo;

    /** A rule's pattern with the test that rules it out cheaply. */
    private record Compiled(Pattern pattern, Prefilter prefilter) {
        static Compiled of(String regex) {
            return new Compiled(Pattern.compile(regex), Prefilter.of(regex));
        }
    }

    PatternTexts(Map<String, Lexicon> lexicons) {
        Vocabulary.Builder words = new Vocabulary.Builder();
        this.wordLists = new WordLists(lexicons, words);
        this.vocabulary = words.build();
        this.cache = new ConcurrentHashMap<>();
        this.memo = null;
    }

    private PatternTexts(PatternTexts shared) {
        this.wordLists = shared.wordLists;
        this.vocabulary = shared.vocabulary;
        this.cache = shared.cache;
        this.memo = new IdentityHashMap<>();
    }

    /**
     * The instance one session uses: it shares the compiled patterns and remembers the word-list matches
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
        List<TextMatch> out = new ArrayList<>();
        for (WordLists.Match m : wordLists.find(name, node.text(), vocabulary.scan(node.text()), new Columns(node))) {
            out.add(new TextMatch(node.id(), m.span(), m.text(), m.replacement(), m.note()));
        }
        return List.copyOf(out);
    }
}
