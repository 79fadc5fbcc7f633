package org.huibao.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.huibao.read.WordStyleView;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The lines of a .docx's main part as huibao's Word reader reads them (one per paragraph, table cells
 * row by row, tracked changes accepted, hidden text, tables of contents and deleted paragraphs left
 * out), each character with the run and the run child it comes from, so that a place in the report
 * text can be found in the markup. The reader's rules are followed step by step; what it adds that no
 * run holds (a list's ordinal) is the part of a report line before the text found here, and a line
 * that does not end with the text found here is not trusted (see {@link CommentAnchors}).
 */
final class WordLines {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Nesting followed, as in the reader; deeper markup is left out rather than overflow the stack. */
    private static final int MAX_DEPTH = 64;
    /** Stands for a manual line break until the paragraph is complete, as in the reader. */
    private static final char BREAK = '\u2028';

    /** Where one character of a line is in the markup: a run, the child of the run, the offset in its text. */
    record Source(Element run, Element child, int offset) {
    }

    /**
     * One line of the report: the paragraphs it is made of (more than one when a paragraph mark was
     * deleted in tracked changes), its text without an ordinal, and the source of each char of it.
     */
    record Line(List<Element> paragraphs, String text, List<Source> sources) {
    }

    private final WordStyleView styles;
    private final List<Line> lines = new ArrayList<>();
    private Pending carry;

    private WordLines(WordStyleView styles) {
        this.styles = styles;
    }

    /** The lines of a document body. */
    static List<Line> of(Element body, WordStyleView styles) {
        WordLines x = new WordLines(styles);
        x.blocks(body, 0);
        x.flush();
        return x.lines;
    }

    /** The text of the given paragraphs read afresh (after runs were split), in the reader's way. */
    static Line reread(List<Element> paragraphs, WordStyleView styles) {
        WordLines x = new WordLines(styles);
        Pending p = new Pending();
        for (Element para : paragraphs) {
            p.paragraphs.add(para);
            x.inline(para, p, styles.paragraphStyle(child(para, "pPr")), 0);
        }
        return p.line();
    }

    /** A line being read: the raw characters (breaks still marked) and their sources. */
    private static final class Pending {
        final List<Element> paragraphs = new ArrayList<>();
        final StringBuilder raw = new StringBuilder();
        final List<Source> sources = new ArrayList<>();
        boolean started;

        void append(String s, Element run, Element child) {
            for (int i = 0; i < s.length(); i++) {
                raw.append(s.charAt(i));
                sources.add(new Source(run, child, i));
            }
        }

        /** As the reader's ParagraphText.line() and WordFiles.clean(): breaks joined, controls dropped. */
        Line line() {
            StringBuilder text = new StringBuilder(raw.length());
            List<Source> out = new ArrayList<>(raw.length());
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == BREAK) {
                    if (i > 0 && i + 1 < raw.length() && isLatin(raw.charAt(i - 1)) && isLatin(raw.charAt(i + 1))) {
                        text.append(' ');
                        out.add(sources.get(i));
                    }
                    continue;
                }
                if (c != '\t' && (Character.isISOControl(c) || c == '\u2029')) {
                    continue;
                }
                text.append(c);
                out.add(sources.get(i));
            }
            return new Line(List.copyOf(paragraphs), text.toString(), List.copyOf(out));
        }

        private static boolean isLatin(char c) {
            return c < 0x80 && Character.isLetterOrDigit(c);
        }
    }

    private void blocks(Element parent, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Element e : children(parent)) {
            switch (e.getLocalName()) {
                case "p" -> paragraph(e);
                case "tbl" -> {
                    flush();
                    table(e, depth + 1);
                }
                case "sdt" -> {
                    Element content = child(e, "sdtContent");
                    if (content != null && !isTableOfContents(e)) {
                        blocks(content, depth + 1);
                    }
                }
                case "customXml", "ins", "moveTo" -> blocks(e, depth + 1);
                default -> {
                    // sectPr, bookmarks, deleted blocks
                }
            }
        }
    }

    private void table(Element tbl, int depth) {
        for (Element tr : within(tbl, "tr", depth)) {
            Element trPr = child(tr, "trPr");
            if (trPr != null && child(trPr, "del") != null) {
                continue;
            }
            for (Element tc : within(tr, "tc", depth + 1)) {
                Element tcPr = child(tc, "tcPr");
                if (tcPr == null || child(tcPr, "cellDel") == null) {
                    blocks(tc, depth + 2);
                    flush();
                }
            }
        }
    }

    /** Each {@code w:name} child, also inside content controls and custom XML, which wrap rows and cells. */
    private static List<Element> within(Element parent, String name, int depth) {
        List<Element> out = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            return out;
        }
        for (Element e : children(parent)) {
            String local = e.getLocalName();
            if (local.equals(name)) {
                out.add(e);
            } else if (local.equals("sdt")) {
                Element content = child(e, "sdtContent");
                if (content != null) {
                    out.addAll(within(content, name, depth + 1));
                }
            } else if (local.equals("customXml")) {
                out.addAll(within(e, name, depth + 1));
            }
        }
        return out;
    }

    private void paragraph(Element p) {
        Element pPr = child(p, "pPr");
        Element markRPr = child(pPr, "rPr");
        boolean markDeleted = markRPr != null && (child(markRPr, "del") != null || child(markRPr, "moveFrom") != null);
        String styleId = styles.paragraphStyle(pPr);
        if (carry == null && styles.tocEntry(styleId)) {
            return;
        }
        Pending target = carry != null ? carry : new Pending();
        target.paragraphs.add(p);
        inline(p, target, styleId, 0);
        if (!target.started) {
            if (markDeleted && target.line().text().isEmpty()) {
                return; // deleted whole: not there once the changes are accepted
            }
            target.started = true;
        }
        if (markDeleted) {
            carry = target;
        } else {
            carry = null;
            lines.add(target.line());
        }
    }

    private void flush() {
        if (carry != null) {
            Pending p = carry;
            carry = null;
            lines.add(p.line());
        }
    }

    private void inline(Element parent, Pending out, String styleId, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Element e : children(parent)) {
            switch (e.getLocalName()) {
                case "r" -> run(e, out, styleId);
                case "ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "bdo", "dir" ->
                        inline(e, out, styleId, depth + 1);
                case "sdt" -> {
                    Element content = child(e, "sdtContent");
                    if (content != null) {
                        inline(content, out, styleId, depth + 1);
                    }
                }
                default -> {
                    // deletions, properties, bookmarks, comment ranges, proofing marks
                }
            }
        }
    }

    private void run(Element r, Pending out, String styleId) {
        if (styles.hidden(styleId, child(r, "rPr"))) {
            return;
        }
        for (Element e : children(r)) {
            switch (e.getLocalName()) {
                case "t" -> out.append(e.getTextContent(), r, e);
                case "tab", "ptab" -> out.append("\t", r, e);
                case "br" -> {
                    String type = attr(e, "type");
                    if (type == null || "textWrapping".equals(type)) {
                        out.append(String.valueOf(BREAK), r, e);
                    }
                }
                case "cr" -> out.append(String.valueOf(BREAK), r, e);
                case "noBreakHyphen" -> out.append("-", r, e);
                default -> {
                    // field codes, deleted text, references, drawings
                }
            }
        }
    }

    private static boolean isTableOfContents(Element sdt) {
        String v = attr(child(child(child(sdt, "sdtPr"), "docPartObj"), "docPartGallery"), "val");
        return v != null && v.toLowerCase(Locale.ROOT).contains("table of contents");
    }

    // ---- DOM helpers (transitional WordprocessingML only) -------------------------------------------

    static boolean isW(Node n) {
        return n != null && n.getNodeType() == Node.ELEMENT_NODE && W.equals(n.getNamespaceURI());
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
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
