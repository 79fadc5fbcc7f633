package org.huibao.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the huibao-ignore comments of a .docx apply: the places of their {@code commentRangeStart} and
 * {@code commentRangeEnd} in the report text, found while the body is walked. Marks inside a paragraph
 * are placed when the paragraph becomes a line of the text; marks between paragraphs at the start of the
 * next line or the end of the last. Only the first start and end of each huibao-ignore comment are kept,
 * so memory goes with the number of such comments, not with the markup.
 */
final class DocxRanges {

    private record Place(int line, int column) {
    }

    private final Map<String, DocxComments.Ignore> ignores;
    private final Map<String, Place> starts = new HashMap<>();
    private final Map<String, Place> ends = new HashMap<>();
    /** Marks seen, whether placed yet or not: only the first start and the first end of a comment count. */
    private final Map<String, Integer> seen = new HashMap<>();
    /** Ranges that start between paragraphs: at the next line. */
    private final List<String> startsBeforeNext = new ArrayList<>();

    DocxRanges(Map<String, DocxComments.Ignore> ignores) {
        this.ignores = ignores;
    }

    /** A range mark inside a paragraph: remembered in it, to be placed when it becomes a line. */
    void inParagraph(String id, boolean start, ParagraphText paragraph) {
        if (first(id, start)) {
            paragraph.mark(id, start);
        }
    }

    /** A range mark between paragraphs, after {@code lines} lines of text, the last being {@code last}. */
    void betweenParagraphs(String id, boolean start, int lines, String last) {
        if (!first(id, start)) {
            return;
        }
        if (start) {
            startsBeforeNext.add(id);
        } else {
            ends.putIfAbsent(id, lines == 0 ? new Place(1, 1)
                    : new Place(lines, last.codePointCount(0, last.length()) + 1));
        }
    }

    /** A paragraph became line {@code line} of the text: its marks and those waiting for it are placed. */
    void emitted(int line, ParagraphText paragraph) {
        for (String id : startsBeforeNext) {
            starts.putIfAbsent(id, new Place(line, 1));
        }
        startsBeforeNext.clear();
        for (ParagraphText.Mark m : paragraph.marks()) {
            Place p = new Place(line, m.start() && m.at() == 0 ? 1 : paragraph.column(m.at()));
            (m.start() ? starts : ends).putIfAbsent(m.id(), p);
        }
    }

    private boolean first(String id, boolean start) {
        if (id == null || !ignores.containsKey(id)) {
            return false;
        }
        int bit = start ? 1 : 2;
        int had = seen.getOrDefault(id, 0);
        if ((had & bit) != 0) {
            return false;
        }
        seen.put(id, had | bit);
        return true;
    }

    /**
     * One suppression per rule a comment names, over its range. A range with no extent (a comment on a
     * caret) or with one end lost (in a paragraph left out, like a table of contents) covers its paragraph.
     */
    List<Suppression> suppressions() {
        List<Suppression> out = new ArrayList<>();
        for (Map.Entry<String, DocxComments.Ignore> e : new TreeMap<>(ignores).entrySet()) {
            Place from = starts.get(e.getKey());
            Place to = ends.get(e.getKey());
            if (from == null && to == null) {
                continue; // not anchored in the body
            }
            if (from == null) {
                from = new Place(to.line(), 1);
            }
            if (to == null) {
                to = new Place(from.line() + 1, 1);
            } else if (to.line() < from.line() || to.line() == from.line() && to.column() <= from.column()) {
                from = new Place(from.line(), 1);
                to = new Place(from.line() + 1, 1);
            }
            List<String> rules = e.getValue().rules().isEmpty() ? List.of("") : e.getValue().rules();
            for (String rule : rules) {
                out.add(new Suppression(rule, e.getValue().written(rule), from.line(), from.column(), from.line(),
                        from.column(), to.line(), to.column()));
            }
        }
        return out;
    }
}
