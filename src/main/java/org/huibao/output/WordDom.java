package org.huibao.output;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Look-ups in the DOM of a .docx's main part (transitional WordprocessingML only), for the annotated
 * copy's own edits: its reading of the text is the reader's ({@link org.huibao.read.WordBodyView}).
 */
final class WordDom {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordDom() {
    }

    static boolean isW(Node n) {
        return n != null && n.getNodeType() == Node.ELEMENT_NODE && W.equals(n.getNamespaceURI());
    }

    /** The WordprocessingML element children of {@code parent}, in order; a copy, so the DOM may change. */
    static java.util.List<Element> children(Element parent) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n)) {
                out.add((Element) n);
            }
        }
        return out;
    }

    static Element child(Element e, String local) {
        if (e == null) {
            return null;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n) && local.equals(n.getLocalName())) {
                return (Element) n;
            }
        }
        return null;
    }

    static String attr(Element e, String local) {
        if (e == null) {
            return null;
        }
        if (e.hasAttributeNS(W, local)) {
            return e.getAttributeNS(W, local);
        }
        return e.hasAttribute(local) ? e.getAttribute(local) : null;
    }
}
