package org.huibao.analysis;

import org.huibao.api.Block;
import org.huibao.api.Heading;
import org.huibao.api.Node;
import org.huibao.api.NodeType;
import org.huibao.api.Sentence;
import org.huibao.parse.Report;

/**
 * The opening of a paragraph that names the part it begins, in a report without headings of that part:
 * "但我们的短板也很突出。一是…", "我们也注意到一些问题：…", "明年的打算，归结起来是三条。", or a short
 * paragraph of its own before the items ("先说问题，我直说。"). It is read as a heading is: by the
 * element's heading cues.
 */
final class ParagraphLead {

    /** Longest lead, in letters: a lead names a part, it does not tell the work. */
    static final int MAX_LEAD = 20;

    private ParagraphLead() {
    }

    /**
     * Where the lead of {@code s} ends in its text (before its final punctuation), or -1 when {@code s} is
     * no paragraph's lead: not the first sentence of its paragraph, an item's heading, a lead-in (read by
     * the lead-in cues), or longer than a lead — or nothing follows it.
     */
    static int end(Report report, Sentence s) {
        if (s.index() != 0 || s.leadIn()) {
            return -1;
        }
        if (s.sectionId() >= 0 && report.node(s.sectionId()).span().start() == s.span().start()) {
            return -1;
        }
        String text = s.text();
        int colon = text.indexOf('：');
        if (colon < 0) {
            colon = text.indexOf(':');
        }
        if (colon > 0 && Han.contentLength(text.substring(0, colon)) <= MAX_LEAD
                && colon < text.length() - 1) {
            return colon;
        }
        int e = text.length();
        while (e > 0 && "。！!".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e == 0 || Han.contentLength(text) > MAX_LEAD || !followed(report, s)) {
            return -1;
        }
        return e;
    }

    /** What the lead opens: the rest of its paragraph, or, when it is a paragraph of its own, its part. */
    static Part part(Report report, Sentence s, int leadEnd) {
        if (leadEnd < s.text().length() - 1 || restOfParagraph(report, s)) {
            return new Part(s.span().start() + leadEnd, report.node(s.blockId()).span().end());
        }
        return Introduced.part(report, s);
    }

    /** Whether its paragraph goes on after the sentence (with a sentence or an item: "一是…"). */
    private static boolean restOfParagraph(Report report, Sentence s) {
        int end = report.node(s.blockId()).span().end();
        return Han.contentLength(report.text().substring(Math.min(s.span().end(), end), end)) > 0;
    }

    /** Whether text of the body follows the sentence: more of its paragraph, or a paragraph or heading. */
    private static boolean followed(Report report, Sentence s) {
        if (restOfParagraph(report, s)) {
            return true;
        }
        int end = report.node(s.blockId()).span().end();
        for (int id = s.id() + 1; id < report.nodes().size(); id++) {
            Node n = report.node(id);
            if (n.span().start() >= end) {
                return n instanceof Heading
                        || n instanceof Block b && b.type() == NodeType.PARAGRAPH;
            }
        }
        return false;
    }
}
