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

    /** Gates for {@code patterns}; their anchors are added to {@code words}, the vocabulary lines are scanned with. */
    CueGates(List<Pattern> patterns, Vocabulary.Builder words) {
        Map<Pattern, Prefilter> f = new IdentityHashMap<>();
        Map<Pattern, Gate> g = new IdentityHashMap<>();
        for (Pattern p : patterns) {
            Prefilter filter = Prefilter.of(p.pattern());
            f.put(p, filter);
            g.put(p, words.gate(filter));
        }
        this.filters = Collections.unmodifiableMap(f);
        this.gates = Collections.unmodifiableMap(g);
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
        for (Pattern p : patterns) {
            if (mayFind(p, text, at, scans) && p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
