package org.huibao.analysis;

import java.util.List;
import org.huibao.api.Heading;
import org.huibao.api.Line;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;
import org.huibao.parse.Columns;

/**
 * A run-in heading closed by a colon where its siblings close theirs with a full stop: “（一）健全责任体系：公司成立…”
 * beside “（二）落实安全投入。全年提取…”. A heading that runs into its paragraph ends with 。 (GB/T 15834-2011:
 * the heading is a sentence of its own; a colon announces what follows, which a body paragraph is not); the
 * siblings show that the text writes its headings so. Read over the headings of one parent, since a line
 * alone cannot tell a run-in heading from a lead-in that a list follows.
 */
final class HeadingColons {
    /** The longest heading before its colon: a lead-in sentence longer than this is no heading. */
    private static final int LONGEST = 20;

    private HeadingColons() {
    }

    static void find(List<Line> lines, List<Heading> headings, List<Spot> out) {
        for (Heading h : headings) {
            Line line = lineOf(lines, h);
            if (!h.numbered() || h.inline() || line == null) {
                continue;
            }
            String text = h.text();
            int colon = text.indexOf('：');
            if (colon < 2 || colon > LONGEST || colon >= text.length() - 1 || containsStop(text, colon)) {
                continue;
            }
            int runIn = 0;
            int colons = 0;
            for (Heading s : headings) {
                if (s.numbered() && s.parentId() == h.parentId() && s.level() == h.level() && s.id() != h.id()) {
                    // a sibling that runs in through a colon of its own (名词解释: 6.家庭农场：是指…) writes the same way
                    boolean colonStyle = s.text().indexOf('：') > 0 && (!s.inline() || closedByColon(s.text()));
                    runIn += s.inline() && !colonStyle ? 1 : 0;
                    colons += colonStyle ? 1 : 0;
                }
            }
            int at = line.text().indexOf(text);
            // two run-in siblings at least, and more of them than headings closed by a colon
            if (runIn >= 2 && runIn > colons && at >= 0) {
                Columns columns = new Columns(line.span(), line.text());
                out.add(new Spot(SpotKind.MISUSED_MARK, line.id(), columns.span(at + colon, at + colon + 1), "：", "。", "。"));
            }
        }
    }

    /** A run-in heading closed by a colon, as the one this class judges: a short head, then ：. */
    private static boolean closedByColon(String text) {
        int colon = text.indexOf('：');
        return colon >= 2 && colon <= LONGEST && !containsStop(text, colon);
    }

    /** The line a heading starts on: its own, or the paragraph it runs into. */
    private static Line lineOf(List<Line> lines, Heading h) {
        for (Line line : lines) {
            if (line.span().contains(h.textSpan().start())) {
                return line;
            }
        }
        return null;
    }

    /** A stop or a comma before the colon makes the words before it a sentence, not a heading. */
    private static boolean containsStop(String text, int colon) {
        for (int i = 0; i < colon; i++) {
            if ("。，；！？".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
