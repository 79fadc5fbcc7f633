package org.huibao.analysis;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.huibao.lexicon.Prefilter;

/**
 * For every cue and context pattern, the text a line must contain for the pattern to find anything, and
 * the same in terms of the vocabulary, so that the scan of the line answers without reading it again.
 * Thread-safe: holds only what was built from the patterns.
 */
final class CueGates {

    private final Map<Pattern, Prefilter> filters;
    private final Map<Pattern, Gate> gates;
    /** Where a match of each pattern may begin, when its text tells ({@link StartsAt#of}). */
    private final Map<Pattern, StartsAt.Test> starts;
    /** What a search matches with: the {@link QuickClasses} equivalent of each pattern that has another. */
    private final Map<Pattern, Pattern> quick;

    /** Gates for {@code patterns}; their anchors are added to {@code words}, the vocabulary lines are scanned with. */
    CueGates(List<Pattern> patterns, Vocabulary.Builder words) {
        Map<Pattern, Prefilter> f = new IdentityHashMap<>();
        Map<Pattern, Gate> g = new IdentityHashMap<>();
        Map<Pattern, StartsAt.Test> s = new IdentityHashMap<>();
        Map<Pattern, Pattern> q = new IdentityHashMap<>();
        for (Pattern p : patterns) {
            StartsAt.of(p).ifPresent(first -> s.put(p, first));
            Pattern equivalent = QuickClasses.of(p);
            if (equivalent != p) {
                q.put(p, equivalent);
            }
            Prefilter filter = Prefilter.of(p.pattern());
            f.put(p, filter);
            g.put(p, words.gate(filter));
        }
        this.filters = Collections.unmodifiableMap(f);
        this.gates = Collections.unmodifiableMap(g);
        this.starts = Collections.unmodifiableMap(s);
        this.quick = Collections.unmodifiableMap(q);
    }

    /**
     * The matches of the pattern in the text, the pattern tried only where one may begin: a cue's
     * pattern begins with one of a few characters, and is otherwise tried at every character of the text.
     */
    Search search(Pattern p, String text) {
        return new Search(quick.getOrDefault(p, p), text, starts.get(p));
    }

    /**
     * One gate for a whole list of patterns, by the list's identity: a pattern list is asked about every
     * sentence, and for most sentences none of its patterns can match; one look at the line's scan says
     * so for all of them. Filled as lists are first asked about; a new map is published each time, so
     * readers on other threads see either the old one or the new one, never one being changed.
     */
    private volatile Map<List<Pattern>, Gate> unions = new IdentityHashMap<>();

    /**
     * The patterns, or none when the scan of the text's line says that none of them can find anything
     * in the text: then each one's {@link #mayFind} would have said false.
     */
    List<Pattern> candidates(List<Pattern> patterns, String text, int at, LineScans scans) {
        if (scans == null || patterns.isEmpty()) {
            return patterns;
        }
        Gate union = unions.get(patterns);
        if (union == null) {
            union = union(patterns);
            Map<List<Pattern>, Gate> more = new IdentityHashMap<>(unions);
            more.put(patterns, union);
            unions = more;
        }
        if (union.always()) {
            return patterns;
        }
        Boolean may = scans.mayMatch(union, at, text);
        return may == null || may ? patterns : List.of();
    }

    /**
     * A gate that lets a stretch through when some pattern's gate would: any one that always runs, a
     * doubled character when any one asks for it, any one's anchors. A pattern without a gate of its
     * own (not given to the constructor) always runs.
     */
    private Gate union(List<Pattern> patterns) {
        java.util.Set<Integer> anchors = new java.util.LinkedHashSet<>();
        boolean repeat = false;
        for (Pattern p : patterns) {
            Gate g = gates.get(p);
            if (g == null || g.always()) {
                return Gate.ALWAYS;
            }
            repeat |= g.repeat();
            if (g.anchors() != null) {
                for (int a : g.anchors()) {
                    anchors.add(a);
                }
            }
        }
        return new Gate(anchors.stream().mapToInt(Integer::intValue).toArray(), repeat);
    }

    /**
     * False when the pattern cannot find anything in the text; true when it may. {@code at} is where the
     * text starts in the report: the scan of its line answers, without reading the text again.
     */
    boolean mayFind(Pattern p, String text, int at, LineScans scans) {
        if (scans != null) {
            Boolean may = scans.mayMatch(gates.get(p), at, text);
            if (may != null) {
                return may;
            }
        }
        Prefilter f = filters.get(p);
        return f == null || f.mayMatch(text);
    }

    /** Whether any of the patterns finds something in the text. */
    boolean anyFind(List<Pattern> patterns, String text, int at, LineScans scans) {
        for (Pattern p : candidates(patterns, text, at, scans)) {
            if (mayFind(p, text, at, scans) && search(p, text).find()) {
                return true;
            }
        }
        return false;
    }
}
