package org.huibao.output;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.huibao.output.Annotations.Anchor;
import org.huibao.read.WordBodyView;
import org.huibao.read.WordBodyView.Line;
import org.huibao.read.WordBodyView.Source;
import org.huibao.read.WordStyleView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Anchors comments on the exact text of their findings in a .docx's main part: the runs are split at
 * each anchor's ends (each piece keeping the run's properties), w:commentRangeStart goes before the
 * first piece, w:commentRangeEnd and a run with the w:commentReference after the last. Only markup
 * the reader skips is added, so the text, fonts and sizes huibao reads are those of the original.
 */
final class CommentAnchors {

    /** How far ahead a report line is looked for among the document's lines when the two disagree. */
    private static final int LOOK_AHEAD = 64;

    private final Document doc;
    private final String prefix;
    private final WordStyleView styles;
    private final String[] report;
    /** The document's lines, re-read after each split so that sources always point at live markup. */
    private final List<Line> lines;
    /** For each report line (0-based), the index of its document line, or -1 when none matches. */
    private final int[] lineOf;

    /** One end of an anchor: a document line and a char position in its text (UTF-16). */
    private record Point(int line, int pos) {
    }

    private CommentAnchors(Document doc, List<Line> lines, WordStyleView styles, String[] report) {
        this.doc = doc;
        this.prefix = doc.getDocumentElement().lookupPrefix(WordDom.W);
        if (prefix == null || prefix.isEmpty()) {
            throw new IllegalArgumentException("the document part has no prefix for WordprocessingML");
        }
        this.styles = styles;
        this.report = report;
        this.lines = new ArrayList<>(lines);
        this.lineOf = align(report, lines);
    }

    /**
     * Anchors {@code notes}, the n-th with id {@code ids.get(n)}. The first (the summary) is always
     * placed: on its line, else on the first line with text.
     *
     * @return for each note whether it was placed (its line may not be in the document as read)
     */
    static boolean[] apply(Document doc, List<Line> lines, WordStyleView styles, String[] report,
                           List<Annotations.Note> notes, List<BigInteger> ids) {
        CommentAnchors a = new CommentAnchors(doc, lines, styles, report);
        boolean[] placed = new boolean[notes.size()];
        List<Point[]> ranges = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            Point[] range = a.resolve(notes.get(i).anchor());
            if (range == null && i == 0) {
                range = a.wholeOrEmpty(a.firstWithText());
            }
            placed[i] = range != null;
            ranges.add(range);
        }
        a.split(ranges);
        for (int i = 0; i < notes.size(); i++) {
            if (placed[i]) {
                a.mark(ranges.get(i), ids.get(i));
            }
        }
        return placed;
    }

    private int firstWithText() {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).text().isBlank()) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Pairs report lines with document lines: the same index when the report line ends with the
     * document line's text (what the reader puts before it is a list ordinal), else the next document
     * line within {@link #LOOK_AHEAD} that has text and matches.
     */
    static int[] align(String[] report, List<Line> lines) {
        int[] out = new int[report.length];
        int j = 0;
        for (int i = 0; i < report.length; i++) {
            out[i] = -1;
            if (j < lines.size() && report[i].endsWith(lines.get(j).text())) {
                out[i] = j++;
                continue;
            }
            for (int k = j + 1; k < lines.size() && k <= j + LOOK_AHEAD; k++) {
                String t = lines.get(k).text();
                if (!t.isEmpty() && report[i].endsWith(t)) {
                    out[i] = k;
                    j = k + 1;
                    break;
                }
            }
        }
        return out;
    }

    /** The anchor in document coordinates, start and end; null when its line is not found. */
    private Point[] resolve(Anchor a) {
        int l1 = a.line() - 1;
        if (l1 < 0 || l1 >= report.length || lineOf[l1] < 0) {
            return null;
        }
        int w1 = lineOf[l1];
        int len1 = lines.get(w1).text().length();
        int ordinal1 = report[l1].length() - len1;
        int s = clamp(index(report[l1], a.column()) - ordinal1, len1);
        int l2 = a.endLine() - 1;
        if (l2 > l1 && l2 < report.length && lineOf[l2] > w1) {
            int w2 = lineOf[l2];
            int len2 = lines.get(w2).text().length();
            int e = clamp(index(report[l2], a.endColumn()) - (report[l2].length() - len2), len2);
            Point start = s < len1 ? new Point(w1, s) : null;
            Point end = e > 0 ? new Point(w2, e) : null;
            if (start != null && end != null) {
                return new Point[] {start, end};
            }
            if (start != null && len1 > 0) {
                return new Point[] {start, new Point(w1, len1)};
            }
            if (end != null) {
                return new Point[] {new Point(w2, 0), end};
            }
            return wholeOrEmpty(w1);
        }
        int e = l2 == l1 ? clamp(index(report[l1], a.endColumn()) - ordinal1, len1) : len1;
        if (e > s) {
            return new Point[] {new Point(w1, s), new Point(w1, e)};
        }
        if (len1 == 0 || index(report[l1], a.endColumn()) <= ordinal1 && index(report[l1], a.column()) < ordinal1) {
            return wholeOrEmpty(w1); // on the list ordinal, which no run holds: the paragraph
        }
        // An empty place (a missing mark): the character at it, or the last one.
        String text = lines.get(w1).text();
        if (s >= len1) {
            s = text.offsetByCodePoints(len1, -1);
            return new Point[] {new Point(w1, s), new Point(w1, len1)};
        }
        return new Point[] {new Point(w1, s), new Point(w1, text.offsetByCodePoints(s, 1))};
    }

    /** The whole text of a line; for a line without text, its paragraph (start and end at position 0). */
    private Point[] wholeOrEmpty(int w) {
        int len = lines.get(w).text().length();
        return new Point[] {new Point(w, 0), new Point(w, len)};
    }

    /** A 1-based code point column as a UTF-16 index into {@code s}, within it. */
    static int index(String s, int column) {
        int cps = s.codePointCount(0, s.length());
        int c = Math.max(0, Math.min(column - 1, cps));
        return s.offsetByCodePoints(0, c);
    }

    private static int clamp(int i, int len) {
        return Math.max(0, Math.min(i, len));
    }

    // ---- splitting runs ----------------------------------------------------------------------------

    /** Splits runs so that every anchor end is at a run boundary, from the end of each line backwards. */
    private void split(List<Point[]> ranges) {
        Map<Integer, TreeSet<Integer>> cuts = new TreeMap<>();
        for (Point[] r : ranges) {
            if (r != null) {
                for (Point p : r) {
                    if (p.pos() > 0 && p.pos() < lines.get(p.line()).text().length()) {
                        cuts.computeIfAbsent(p.line(), k -> new TreeSet<>()).add(p.pos());
                    }
                }
            }
        }
        for (Map.Entry<Integer, TreeSet<Integer>> e : cuts.entrySet()) {
            Line line = lines.get(e.getKey());
            List<Source> sources = line.sources();
            // Backwards: a split changes only the characters after it, whose cuts are already made.
            for (int pos : e.getValue().descendingSet()) {
                cut(sources.get(pos - 1), sources.get(pos));
            }
            Line split = WordBodyView.reread(line.paragraphs(), WordDom.W, styles);
            if (!split.text().equals(line.text())) {
                // Splitting must not change a character; if it did, the copy is not to be trusted.
                throw new IllegalStateException("splitting runs changed the text of a paragraph");
            }
            lines.set(e.getKey(), split);
        }
    }

    /** Splits the run between two neighbouring characters, when they are in the same run. */
    static void cut(Source before, Source at) {
        Element run = at.run();
        if (before.run() != run) {
            return;
        }
        Element moved = at.child();
        if (at.offset() > 0) {
            String text = moved.getTextContent();
            Element tail = (Element) moved.cloneNode(false);
            tail.setTextContent(text.substring(at.offset()));
            moved.setTextContent(text.substring(0, at.offset()));
            preserve(moved);
            preserve(tail);
            run.insertBefore(tail, moved.getNextSibling());
            moved = tail;
        }
        Element second = (Element) run.cloneNode(false);
        Element rPr = WordDom.child(run, "rPr");
        if (rPr != null) {
            second.appendChild(rPr.cloneNode(true));
        }
        for (Node n = moved; n != null; ) {
            Node next = n.getNextSibling();
            second.appendChild(n);
            n = next;
        }
        run.getParentNode().insertBefore(second, run.getNextSibling());
    }

    static void preserve(Element t) {
        t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    }

    // ---- markers -----------------------------------------------------------------------------------

    private void mark(Point[] range, BigInteger id) {
        Point start = range[0];
        Point end = range[1];
        Line first = lines.get(start.line());
        Element startMark = marker("commentRangeStart", id);
        if (start.pos() < first.text().length()) {
            Element run = first.sources().get(start.pos()).run();
            run.getParentNode().insertBefore(startMark, run);
        } else {
            Element p = first.paragraphs().get(0);
            Element pPr = WordDom.child(p, "pPr");
            p.insertBefore(startMark, pPr == null ? p.getFirstChild() : pPr.getNextSibling());
        }
        Line last = lines.get(end.line());
        Element endMark = marker("commentRangeEnd", id);
        Element reference = element("r");
        reference.appendChild(marker("commentReference", id));
        if (end.pos() > 0) {
            Element run = last.sources().get(end.pos() - 1).run();
            run.getParentNode().insertBefore(endMark, run.getNextSibling());
        } else {
            last.paragraphs().get(last.paragraphs().size() - 1).appendChild(endMark);
        }
        endMark.getParentNode().insertBefore(reference, endMark.getNextSibling());
    }

    private Element marker(String name, BigInteger id) {
        Element e = element(name);
        e.setAttributeNS(WordDom.W, prefix + ":id", id.toString());
        return e;
    }

    private Element element(String name) {
        return doc.createElementNS(WordDom.W, prefix + ":" + name);
    }
}
