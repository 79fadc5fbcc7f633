package org.huibao.read;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Word reader's rules for turning the paragraphs {@link DocxBody} hands out into lines of the
 * report: a table-of-contents entry is left out; a paragraph whose mark was deleted in tracked changes
 * runs on into the next one, and one deleted whole is not there; in each paragraph the runs are read in
 * document order, also inside insertions, links, fields and content controls, deletions and hidden
 * runs left out. One implementation for the reader ({@link DocxExtractor}) and for the annotated Word
 * copy ({@link WordBodyView}), which must find the reader's lines in the markup.
 *
 * @param <L> what a line is built into
 */
final class DocxParagraphs<L extends DocxParagraphs.Line> extends WordXml {

    /** A line being read. */
    interface Line {
        /** The line's text so far. */
        ParagraphText text();

        /** Text of the run {@code run}, from its child {@code child} (a w:t, a tab, a hyphen). */
        void append(String s, Element run, Element child, DocxStyles.RunProps props);

        /** A manual line break, from the run's child {@code child} (a w:br or w:cr). */
        void lineBreak(Element run, Element child);
    }

    /** Where the lines go. */
    interface Lines<L> {
        /** A new, empty line. */
        L open();

        /** Paragraph {@code p} is part of the line (the first, or one its deleted mark joined on). */
        void paragraph(L line, Element p);

        /** The line's first paragraph that stays: its properties and style decide the line's numbering and layout. */
        void started(L line, Element pPr, String styleId);

        /** The line is complete. */
        void close(L line, boolean inTable) throws ReadException;

        /** A Word comment's range starts or ends here, inside the line's paragraph. */
        default void commentRange(L line, String id, boolean start) {
        }
    }

    private final DocxStyles styles;
    private final Lines<L> out;
    /** A line whose last paragraph mark was deleted: the next paragraph runs on into it. */
    private L carry;

    DocxParagraphs(String ns, DocxStyles styles, Lines<L> out) {
        super(ns);
        this.styles = styles;
        this.out = out;
    }

    void paragraph(Element p, boolean inTable) throws ReadException {
        Element pPr = child(p, "pPr");
        Element markRPr = pPr == null ? null : child(pPr, "rPr");
        boolean markDeleted = markRPr != null && (child(markRPr, "del") != null || child(markRPr, "moveFrom") != null);
        String styleId = styles.paragraphStyle(pPr);
        if (carry == null && styles.tocEntry(styleId)) {
            return;
        }
        boolean started = carry != null;
        L target = carry != null ? carry : out.open();
        out.paragraph(target, p);
        inline(p, target, styleId);
        if (!started) {
            if (markDeleted && target.text().line().isEmpty()) {
                return; // a paragraph deleted whole: not there once the changes are accepted
            }
            out.started(target, pPr, styleId);
        }
        if (markDeleted) {
            carry = target;
        } else {
            carry = null;
            out.close(target, inTable);
        }
    }

    /** Ends a line left open by a deleted mark, e.g. at the end of a table cell. */
    void flush(boolean inTable) throws ReadException {
        if (carry != null) {
            L p = carry;
            carry = null;
            out.close(p, inTable);
        }
    }

    /** The runs of the paragraphs read afresh into {@code line}, as {@link #paragraph} reads them. */
    void reread(Iterable<Element> paragraphs, L line) {
        for (Element p : paragraphs) {
            inline(p, line, styles.paragraphStyle(child(p, "pPr")));
        }
    }

    /**
     * The runs of a paragraph, also inside the elements that wrap runs (insertions, links, fields,
     * content controls), in document order. Walked without recursion, so nesting has no limit.
     */
    private void inline(Element p, L out, String styleId) {
        Node n = p.getFirstChild();
        while (n != null) {
            Node into = null;
            if (isW(n)) {
                Element e = (Element) n;
                switch (e.getLocalName()) {
                    case "r":
                        run(e, out, styleId);
                        break;
                    case "ins":
                    case "moveTo":
                    case "hyperlink":
                    case "smartTag":
                    case "customXml":
                    case "fldSimple":
                    case "bdo":
                    case "dir":
                        into = e.getFirstChild();
                        break;
                    case "sdt":
                        Element content = child(e, "sdtContent");
                        into = content == null ? null : content.getFirstChild();
                        break;
                    case "commentRangeStart":
                    case "commentRangeEnd":
                        this.out.commentRange(out, attr(e, "id"), e.getLocalName().endsWith("Start"));
                        break;
                    default:
                        break; // del, moveFrom, pPr, bookmarks, proofing marks
                }
            } // else mc:AlternateContent (drawings, text boxes), math
            if (into != null) {
                n = into;
                continue;
            }
            // next in document order: the next sibling, or that of the nearest ancestor that has one
            while (n != p && n.getNextSibling() == null) {
                n = n.getParentNode();
            }
            n = n == p ? null : n.getNextSibling();
        }
    }

    private void run(Element r, L out, String styleId) {
        DocxStyles.RunProps props = styles.run(styleId, child(r, "rPr"));
        if (props.hidden()) {
            return;
        }
        for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!isW(n)) {
                continue;
            }
            Element e = (Element) n;
            switch (e.getLocalName()) {
                case "t":
                    out.append(text(e), r, e, props);
                    break;
                case "tab":
                case "ptab":
                    out.append("\t", r, e, props);
                    break;
                case "br":
                    String type = attr(e, "type");
                    if (type == null || "textWrapping".equals(type)) {
                        out.lineBreak(r, e);
                    }
                    break;
                case "cr":
                    out.lineBreak(r, e);
                    break;
                case "noBreakHyphen":
                    out.append("-", r, e, props);
                    break;
                default:
                    break; // instrText, delText, fldChar, footnote and comment references, drawings
            }
        }
    }

    /** The text of a w:t, which holds nothing else (DOM's getTextContent would recurse into anything). */
    private static String text(Element t) {
        Node only = t.getFirstChild();
        if (only != null && only.getNextSibling() == null) {
            return only.getNodeType() == Node.TEXT_NODE ? only.getNodeValue() : "";
        }
        StringBuilder sb = new StringBuilder();
        for (Node n = only; n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue());
            }
        }
        return sb.toString();
    }
}
