package org.huibao.parse;

import org.huibao.api.Block;
import org.huibao.api.Heading;
import org.huibao.api.Node;
import org.huibao.api.NodeType;
import org.huibao.api.Sentence;
import org.huibao.api.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The parsed report: every node in document order (one id space), with typed views. Immutable.
 *
 * @param name  display name of the input
 * @param text  the normalised text all spans point into
 * @param nodes all nodes, ordered by start offset; node ids index this list
 */
public record Report(String name, String text, LineIndex lines, List<Node> nodes) {

    public Report {
        nodes = List.copyOf(nodes);
    }

    public Node node(int id) {
        return nodes.get(id);
    }

    public List<Heading> headings() {
        return ofType(Heading.class);
    }

    public List<Sentence> sentences() {
        return ofType(Sentence.class);
    }

    public List<Block> blocks(NodeType type) {
        List<Block> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof Block b && b.type() == type) {
                out.add(b);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The title text (main title and subtitle joined), if the report has one. */
    public Optional<String> title() {
        List<Block> titles = blocks(NodeType.TITLE);
        if (titles.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (Block b : titles) {
            sb.append(b.text());
        }
        return Optional.of(sb.toString());
    }

    /** The chain of headings enclosing a section id, innermost first. */
    public List<Heading> headingChain(int sectionId) {
        List<Heading> chain = new ArrayList<>();
        int id = sectionId;
        while (id >= 0) {
            Heading h = (Heading) nodes.get(id);
            chain.add(h);
            id = h.parentId();
        }
        return chain;
    }

    public Span span(int start, int end) {
        return lines.span(start, end);
    }

    private <T extends Node> List<T> ofType(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Node n : nodes) {
            if (type.isInstance(n)) {
                out.add(type.cast(n));
            }
        }
        return Collections.unmodifiableList(out);
    }
}
