package org.huibao.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huibao.api.Line;

/**
 * The scans of a report's lines, looked up by position: answers "may this pattern match in this stretch
 * of text" from the one scan of the line the stretch lies in. One per report and thread: it remembers
 * the last stretch asked about (every cue pattern asks about the same sentence in turn).
 */
final class LineScans {
    private final int[] starts;
    private final Line[] lines;
    private final LineScan[] scans;
    private int lastAt = -1;
    private int lastLength = -1;
    private int lastLine = -1;
    private int[] lastWords;
    /** Every stretch asked about, by offset and length: each element's cues ask about every sentence. */
    private final Map<Long, Stretch> seen = new HashMap<>();

    /** The scanned line a stretch lies in (-1: none), and the ids of the words inside it. */
    private record Stretch(int line, int[] words) {
    }

    LineScans(List<Line> lines, Map<Integer, LineScan> scans) {
        List<Line> sorted = lines.stream().sorted((a, b) -> Integer.compare(a.span().start(), b.span().start())).toList();
        this.starts = new int[sorted.size()];
        this.lines = sorted.toArray(new Line[0]);
        this.scans = new LineScan[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            starts[i] = sorted.get(i).span().start();
            this.scans[i] = scans.get(sorted.get(i).id());
        }
    }

    /**
     * Whether a pattern behind the gate may match in {@code text}, which starts at offset {@code at} of
     * the report; {@code null} when the text is not part of one scanned line (then the caller looks).
     */
    Boolean mayMatch(Gate gate, int at, String text) {
        if (at != lastAt || text.length() != lastLength) {
            lastAt = at;
            lastLength = text.length();
            Long key = (long) at << 32 | text.length();
            Stretch s = seen.get(key);
            if (s == null) {
                int line = lineOf(at, text);
                s = new Stretch(line, line < 0 ? null : scans[line].wordsIn(at - lines[line].span().start(),
                        at - lines[line].span().start() + text.length()));
                seen.put(key, s);
            }
            lastLine = s.line();
            lastWords = s.words();
        }
        if (lastLine < 0) {
            return null;
        }
        int from = at - lines[lastLine].span().start();
        return scans[lastLine].mayMatch(gate, lastWords, from, from + text.length(), lines[lastLine].text());
    }

    /** The index of the scanned line that holds {@code text} at {@code at}, or -1. */
    private int lineOf(int at, String text) {
        int k = java.util.Arrays.binarySearch(starts, at);
        int i = k >= 0 ? k : -k - 2;
        while (i >= 0 && i + 1 < starts.length && starts[i + 1] == at) {
            i++;
        }
        if (i < 0 || scans[i] == null) {
            return -1;
        }
        Line line = lines[i];
        int from = at - line.span().start();
        int to = from + text.length();
        if (to > line.text().length() || !line.text().startsWith(text, from)) {
            return -1;
        }
        return i;
    }
}
