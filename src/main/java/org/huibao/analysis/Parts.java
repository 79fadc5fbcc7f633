package org.huibao.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extent and concreteness of parts of one report. Every body cue of a paragraph asks about the
 * text from its sentence to the paragraph's end; computed afresh each time, that was quadratic in
 * the length of a paragraph (a 1 MB line took minutes). Extents come from a running count of
 * letters and digits; concreteness remembers, per part end, where each pattern matched last.
 */
final class Parts {
    private final String text;
    private final List<Pattern> concrete;
    private final StretchGate gate;
    private StretchGate.Text anchors;
    private int[] content;
    private final Map<Integer, Found> found = new HashMap<>();

    /** From {@code from} to a part end: where each pattern first matched, -1 for no match. */
    private record Found(int from, int[] starts) {
    }

    Parts(String text, List<Pattern> concrete, StretchGate gate) {
        this.text = text;
        this.concrete = concrete;
        this.gate = gate;
    }

    int extent(Part part) {
        if (part.to() <= part.from()) {
            return 0;
        }
        if (content == null) {
            content = new int[text.length() + 1];
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int next = content[i] + (Han.letterOrDigit(cp) ? 1 : 0);
                for (int k = 1; k <= Character.charCount(cp); k++) {
                    content[i + k] = next;
                }
                i += Character.charCount(cp);
            }
        }
        return content[part.to()] - content[part.from()];
    }

    /**
     * Some concrete pattern matches inside the part. A match that lies inside a shorter part also
     * lies inside a longer one with the same end, so a later cue of the paragraph searches again
     * only for a pattern whose remembered match starts before it.
     */
    boolean concrete(Part part) {
        if (part.to() <= part.from()) {
            return false;
        }
        Found before = found.get(part.to());
        int[] starts = new int[concrete.size()];
        boolean any = false;
        for (int i = 0; i < starts.length; i++) {
            if (before != null && before.from() <= part.from()
                    && (before.starts()[i] < 0 || before.starts()[i] >= part.from())) {
                starts[i] = before.starts()[i];
            } else if (!anchors().mayFind(i, part.from(), part.to())) {
                starts[i] = -1;
            } else {
                // region() with default bounds matches exactly as on the substring would
                int from = anchors().searchFrom(i, part.from(), text);
                Matcher m = concrete.get(i).matcher(text).region(from, part.to());
                starts[i] = m.find() ? m.start() : -1;
            }
            any |= starts[i] >= 0;
        }
        found.put(part.to(), new Found(part.from(), starts));
        return any;
    }

    private StretchGate.Text anchors() {
        if (anchors == null) {
            anchors = gate.in(text);
        }
        return anchors;
    }
}
