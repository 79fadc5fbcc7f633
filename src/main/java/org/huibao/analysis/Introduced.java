package org.huibao.analysis;

import org.huibao.api.Block;
import org.huibao.api.Heading;
import org.huibao.api.HeadingKind;
import org.huibao.api.Node;
import org.huibao.api.NodeType;
import org.huibao.api.Sentence;
import org.huibao.parse.Report;

/** What a sentence introduces or announces: the stretch of the report its specifics are in. */
final class Introduced {

    private Introduced() {
    }

    /**
     * What a lead-in sentence ("但仍存在以下不足：", "重点做好以下三个方面的工作：") introduces: the
     * rest of its part of the report, up to the next heading of its level or the closing.
     */
    static Part part(Report report, Sentence s) {
        int end = report.text().length();
        if (s.sectionId() >= 0) {
            end = ((Heading) report.node(s.sectionId())).scope().end();
        } else {
            for (Node n : report.nodes()) {
                if (n.span().start() > s.span().start() && (n instanceof Heading h && h.kind() != HeadingKind.ENUMERATION
                        || n instanceof Block b && (b.type() == NodeType.CLOSING || b.type() == NodeType.SIGNATURE))) {
                    end = n.span().start();
                    break;
                }
            }
        }
        return new Part(s.span().end(), Math.max(s.span().end(), end));
    }

    /** The sentence after {@code s} in its paragraph, or null. */
    static Sentence nextInParagraph(Report report, Sentence s) {
        int id = s.id() + 1;
        if (id < report.nodes().size() && report.node(id) instanceof Sentence n && n.blockId() == s.blockId()) {
            return n;
        }
        return null;
    }

    /** What follows a sentence's announcing colon: the rest of it, or what it introduces when it ends there. */
    static Part afterColon(Report report, Sentence s) {
        int colon = s.text().indexOf('：');
        if (colon < 0) {
            colon = s.text().indexOf(':');
        }
        int from = s.span().start() + colon + 1;
        return from >= s.span().end() ? part(report, s) : new Part(from, s.span().end());
    }
}
