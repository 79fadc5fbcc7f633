package org.huibao.parse;

import org.huibao.api.Block;
import org.huibao.api.DocumentFact;
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
 * @param meta  the YAML front matter the text opens with ({@link FrontMatter#NONE} when none): no node
 *              lies in it
 */
public record Report(String name, String text, LineIndex lines, List<Node> nodes, FrontMatter meta) {

    public Report {
        nodes = List.copyOf(nodes);
        meta = meta == null ? FrontMatter.NONE : meta;
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

    /**
     * The title text (main title and subtitle joined), if the report has one. With a front matter title:
     * the body's title line when it names a kind of document (报告, 总结, 通知…); a subtitle or dateline
     * ("——2019年1月26日在…会议上") follows the front matter's title; any other first line (a dateline
     * without dashes, a meeting's document number, the speaker) is not a title, and the front matter's is.
     */
    public Optional<String> title() {
        List<Block> titles = blocks(NodeType.TITLE);
        StringBuilder sb = new StringBuilder();
        for (Block b : titles) {
            sb.append(unbold(b.text()));
        }
        String body = sb.toString();
        String declared = meta.title();
        if (declared.isEmpty()) {
            return titles.isEmpty() ? Optional.empty() : Optional.of(body);
        }
        if (titles.isEmpty()) {
            return Optional.of(declared);
        }
        if (Matter.isSubtitle(body)) {
            return Optional.of(declared + body);
        }
        return Optional.of(DocumentFact.namesKind(body) || OtherDocuments.namesOtherDocument(body) ? body : declared);
    }

    /** A title line set in bold ("**关于…的报告**"): its marks are markup (HB306 reads them), not title words. */
    private static String unbold(String t) {
        return t.length() > 4 && t.startsWith("**") && t.endsWith("**") && t.indexOf("**", 2) == t.length() - 2
                ? t.substring(2, t.length() - 2).strip() : t;
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
