package org.huibao.parse;

import org.huibao.api.HeadingKind;
import org.huibao.api.Node;
import org.huibao.api.NodeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the report tree from normalised text. One report paragraph is one line (as Word, WPS and
 * published texts have it); the parser recognises the front matter (title, addressee, salutation),
 * the back matter (closing, signature and date), headings of the four GB/T 9704 levels on their own
 * line or as a paragraph's first sentence, un-numbered heading lines, enumeration items and sentences.
 * The parser never fails: text it cannot place is a paragraph.
 *
 * <p>Stages: {@link FrontMatter} finds where the body starts, {@link Lines} splits it, {@link Matter} marks the lines around the body,
 * {@link BodyLines} reads the body, {@link Nesting} builds the tree.
 */
public final class StructureParser {

    /** Parses a report. */
    public Report parse(String name, String text) {
        LineIndex index = new LineIndex(text);
        List<Draft> drafts = new ArrayList<>();
        // the front matter is skipped, not cut out: every offset, line and column stays the file's own
        FrontMatter meta = FrontMatter.read(text);
        List<Line> lines = Lines.split(text, meta.end(), drafts::add);
        Matter matter = new Matter(text, drafts::add);
        int first = matter.front(lines, 0);
        Matter.Back back = matter.back(lines, first, text.length());
        BodyLines body = new BodyLines(text, drafts::add);
        for (int i = first; i <= back.last(); i++) {
            body.read(lines.get(i));
        }
        List<Draft> headings = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.type == NodeType.HEADING) {
                headings.add(d);
            }
        }
        // a stable sort: nodes of one type that start together stay in the order they were read
        drafts.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(Draft::rank));
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).id = i;
        }
        markHeadlines(drafts);
        Nesting.nest(headings, back.bodyEnd());
        Nesting.assignSections(drafts);
        List<Node> nodes = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            nodes.add(d.freeze(index));
        }
        return new Report(name, text, index, nodes, meta);
    }

    /**
     * A government work report sets its plan part under a headline of several lines ("做好2023年工作" /
     * "我们要撸起袖子加油干" / "在…中填写优异成绩单"), each read as an un-numbered heading: the lines after the
     * first go on with it, so that the part it names holds what follows them.
     */
    private static void markHeadlines(List<Draft> drafts) {
        Draft last = null;
        for (Draft d : drafts) {
            if (d.type == NodeType.SENTENCE) {
                continue;
            }
            d.headlineGoesOn = d.type == NodeType.HEADING && d.kind == HeadingKind.UNNUMBERED && !d.inline
                    && last != null && last.type == NodeType.HEADING && last.kind == HeadingKind.UNNUMBERED && !last.inline;
            last = d;
        }
    }
}
