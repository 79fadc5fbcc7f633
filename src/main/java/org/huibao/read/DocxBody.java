package org.huibao.read;

import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ooxml.util.DocumentHelper;
import org.huibao.read.ReadException.Kind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks the body of document.xml as a stream: the block structure (tables, rows, cells, content
 * controls, tracked insertions) is followed with a stack of its own, and only one paragraph (or one
 * property element) at a time is built as DOM for {@link DocxExtractor}. A whole-document DOM costs
 * some twenty times the part's size, so a 60 MB part of a million empty paragraphs took the heap;
 * now memory goes with the largest paragraph, and blocks nested however deep are read, not dropped
 * or left to overflow the stack.
 *
 * <p>The same walk goes through a document already parsed ({@link #walk(Element, String, Blocks)}),
 * handing out its own paragraph elements: the annotated Word copy finds its places in the very
 * paragraphs the reader reads, by the reader's rules.
 */
final class DocxBody extends WordXml {

    /** What the walk finds, in document order. */
    interface Blocks {
        void paragraph(Element p, boolean inTable) throws ReadException;

        void section(Element sectPr, boolean inTable);

        /** A comment's range starts or ends between paragraphs. */
        void commentRange(Element mark);

        /** A table starts, a cell or the body ends: a paragraph left open by a deleted mark ends here. */
        void flush(boolean inTable) throws ReadException;
    }

    /**
     * Nodes of one paragraph's DOM, some 150 bytes each. A paragraph of ten thousand characters, each
     * in a run of its own with its own formatting, has about 150,000; what has more is not text.
     */
    static final int MAX_PARAGRAPH_NODES = 500_000;

    /** What the children of an open element are. */
    private enum Holds { BLOCKS, ROWS, CELLS, CONTROL }

    /** An element being walked through. */
    private static final class Frame {
        final Holds holds;
        final boolean inTable;
        /** For a content control: what its sdtContent holds. */
        final Holds content;
        /** A table cell, which ends its last paragraph when it closes. */
        final boolean cell;
        /** The rest is left out: a deleted row or cell, a table of contents. */
        boolean closed;

        Frame(Holds holds, boolean inTable, Holds content, boolean cell) {
            this.holds = holds;
            this.inTable = inTable;
            this.content = content;
            this.cell = cell;
        }

        Frame(Holds holds, boolean inTable) {
            this(holds, inTable, null, false);
        }
    }

    /** Where the walk reads: the stream of document.xml, or a document already parsed. */
    private interface Events {
        /** Moves on: {@code START_ELEMENT}, {@code END_ELEMENT}, another event, or {@code END_DOCUMENT}. */
        int next() throws XMLStreamException;

        /** The namespace of the element at a start tag. */
        String namespace();

        String localName();

        /** The element at a start tag, with all it contains, as DOM; left at its end tag. */
        Element build() throws XMLStreamException, ReadException;

        /** Passes over the element at a start tag, leaving the walk at its end tag. */
        void skip() throws XMLStreamException;
    }

    private final Events in;
    private final Blocks out;

    private DocxBody(Events in, String ns, Blocks out) {
        super(ns);
        this.in = in;
        this.out = out;
    }

    /**
     * Walks the body of the document whose root element {@code in} is positioned at, in namespace
     * {@code ns}, to the end of the root element.
     */
    static void walk(XMLStreamReader in, String ns, TextBudget budget, Blocks out)
            throws XMLStreamException, ReadException {
        new DocxBody(new StreamEvents(in, ns, budget), ns, out).walk();
    }

    /** Walks the body of a parsed document from its root element; the paragraphs handed out are its own. */
    static void walk(Element root, String ns, Blocks out) throws ReadException {
        try {
            new DocxBody(new DomEvents(root), ns, out).walk();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("a parsed document has no stream to fail", e);
        }
    }

    private void walk() throws XMLStreamException, ReadException {
        Deque<Frame> open = new ArrayDeque<>();
        for (int event = in.next(); event != XMLStreamConstants.END_DOCUMENT; event = in.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (open.isEmpty()) {
                    if (at("body")) {
                        open.push(new Frame(Holds.BLOCKS, false));
                    } else {
                        skip();
                    }
                } else {
                    start(open);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (open.isEmpty()) {
                    return; // the end of w:document
                }
                Frame f = open.pop();
                if (f.cell && !f.closed) {
                    out.flush(true);
                } else if (open.isEmpty()) {
                    out.flush(false);
                }
            }
        }
    }

    /** An element inside the open one: followed, handed out as DOM, or skipped. */
    private void start(Deque<Frame> open) throws XMLStreamException, ReadException {
        Frame f = open.peek();
        if (!ns.equals(in.namespace()) || f.closed) {
            skip(); // mc:AlternateContent (drawings, text boxes), math; the rest of a deleted row or cell
            return;
        }
        String local = in.localName();
        switch (f.holds) {
            case BLOCKS -> {
                switch (local) {
                    case "p" -> out.paragraph(build(), f.inTable);
                    case "tbl" -> {
                        out.flush(f.inTable);
                        open.push(new Frame(Holds.ROWS, true));
                    }
                    case "sdt" -> open.push(control(Holds.BLOCKS, f.inTable));
                    case "customXml", "ins", "moveTo" -> open.push(new Frame(Holds.BLOCKS, f.inTable));
                    case "sectPr" -> out.section(build(), f.inTable);
                    case "commentRangeStart", "commentRangeEnd" -> out.commentRange(build());
                    case "tcPr" -> {
                        if (f.cell) {
                            f.closed = child(build(), "cellDel") != null;
                        } else {
                            skip();
                        }
                    }
                    default -> skip();
                }
            }
            case ROWS -> {
                switch (local) {
                    case "tr" -> open.push(new Frame(Holds.CELLS, true));
                    case "sdt" -> open.push(control(Holds.ROWS, true));
                    case "customXml" -> open.push(new Frame(Holds.ROWS, true));
                    default -> skip();
                }
            }
            case CELLS -> {
                switch (local) {
                    case "trPr" -> f.closed = child(build(), "del") != null;
                    case "tc" -> open.push(new Frame(Holds.BLOCKS, true, null, true));
                    case "sdt" -> open.push(control(Holds.CELLS, true));
                    case "customXml" -> open.push(new Frame(Holds.CELLS, true));
                    default -> skip();
                }
            }
            case CONTROL -> {
                switch (local) {
                    case "sdtPr" -> {
                        Element sdtPr = build();
                        f.closed = f.content == Holds.BLOCKS && isTableOfContents(sdtPr);
                    }
                    case "sdtContent" -> open.push(new Frame(f.content, f.inTable));
                    default -> skip();
                }
            }
            default -> throw new IllegalStateException(f.holds.toString());
        }
    }

    /** A content control around blocks, rows or cells. */
    private static Frame control(Holds content, boolean inTable) {
        return new Frame(Holds.CONTROL, inTable, content, false);
    }

    /**
     * A table of contents repeats the headings with page numbers; read as text it would be a second,
     * out-of-place copy of the report's structure. Word wraps it in a content control like this.
     */
    private boolean isTableOfContents(Element sdtPr) {
        String v = val(child(child(sdtPr, "docPartObj"), "docPartGallery"));
        return v != null && v.toLowerCase(java.util.Locale.ROOT).contains("table of contents");
    }

    private Element build() throws XMLStreamException, ReadException {
        return in.build();
    }

    private void skip() throws XMLStreamException {
        in.skip();
    }

    private boolean at(String local) {
        return ns.equals(in.namespace()) && local.equals(in.localName());
    }

    /** document.xml as a stream; the elements built go into a scratch document. */
    private static final class StreamEvents implements Events {
        private final XMLStreamReader in;
        private final String ns;
        private final TextBudget budget;
        private final Document owner = DocumentHelper.createDocument();

        StreamEvents(XMLStreamReader in, String ns, TextBudget budget) {
            this.in = in;
            this.ns = ns;
            this.budget = budget;
        }

        @Override
        public int next() throws XMLStreamException {
            return in.hasNext() ? in.next() : XMLStreamConstants.END_DOCUMENT;
        }

        @Override
        public String namespace() {
            return in.getNamespaceURI();
        }

        @Override
        public String localName() {
            return in.getLocalName();
        }

        /**
         * The element the reader is at, with all it contains, as DOM; the reader is left at its end tag.
         * Built without recursion, however deep the markup; its text counts against the budget as it comes.
         */
        @Override
        public Element build() throws XMLStreamException, ReadException {
            Element root = element();
            Element current = root;
            int nodes = 1;
            long text = 0;
            while (current != null) {
                int event = in.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Element e = element();
                        current.appendChild(e);
                        current = e;
                        nodes++;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Node parent = current == root ? null : current.getParentNode();
                        current = parent instanceof Element p ? p : null;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> {
                        current.appendChild(owner.createTextNode(in.getText()));
                        nodes++;
                        if (ns.equals(current.getNamespaceURI()) && "t".equals(current.getLocalName())) {
                            text += in.getTextLength();
                            budget.ensure(text);
                        }
                    }
                    default -> {
                        // comments and processing instructions are no part of the text
                    }
                }
                if (nodes > MAX_PARAGRAPH_NODES) {
                    String n = PdfBudget.number(MAX_PARAGRAPH_NODES);
                    throw new ReadException(Kind.TOO_LARGE, "Word 文档中有一个段落的标记超过 " + n
                            + " 个节点，不像正常的文档，未读完 (a paragraph of the document has over " + n
                            + " XML nodes, which no real document has; reading stopped)");
                }
            }
            return root;
        }

        /** The start tag the reader is at, with its attributes, as an element of the scratch document. */
        private Element element() {
            Element e = owner.createElementNS(in.getNamespaceURI(), qualified(in.getPrefix(), in.getLocalName()));
            for (int i = 0; i < in.getAttributeCount(); i++) {
                String uri = in.getAttributeNamespace(i);
                e.setAttributeNS(uri == null || uri.isEmpty() ? null : uri,
                        qualified(in.getAttributePrefix(i), in.getAttributeLocalName(i)), in.getAttributeValue(i));
            }
            return e;
        }

        private static String qualified(String prefix, String local) {
            return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
        }

        /** Passes over the element the reader is at, leaving the reader at its end tag. */
        @Override
        public void skip() throws XMLStreamException {
            long depth = 1;
            while (depth > 0) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }
    }

    /**
     * A parsed document walked as the stream would be read: its elements' start and end tags in
     * document order (text and other nodes are passed over). Keeps one node and a side, so it holds no
     * stack however deep the markup.
     */
    private static final class DomEvents implements Events {
        private final Element root;
        private Node node;
        private boolean end;

        /** Positioned at the start tag of {@code root}, as the stream is when the walk starts. */
        DomEvents(Element root) {
            this.root = root;
            this.node = root;
        }

        @Override
        public int next() {
            if (node == null) {
                return XMLStreamConstants.END_DOCUMENT;
            }
            if (!end) {
                Node child = element(node.getFirstChild());
                if (child != null) {
                    node = child;
                    return XMLStreamConstants.START_ELEMENT;
                }
                end = true;
                return XMLStreamConstants.END_ELEMENT;
            }
            if (node == root) {
                node = null;
                return XMLStreamConstants.END_DOCUMENT;
            }
            Node sibling = element(node.getNextSibling());
            if (sibling != null) {
                node = sibling;
                end = false;
                return XMLStreamConstants.START_ELEMENT;
            }
            node = node.getParentNode();
            return XMLStreamConstants.END_ELEMENT;
        }

        private static Node element(Node n) {
            while (n != null && n.getNodeType() != Node.ELEMENT_NODE) {
                n = n.getNextSibling();
            }
            return n;
        }

        @Override
        public String namespace() {
            return node.getNamespaceURI();
        }

        @Override
        public String localName() {
            return node.getLocalName();
        }

        @Override
        public Element build() {
            end = true;
            return (Element) node;
        }

        @Override
        public void skip() {
            end = true;
        }
    }
}
