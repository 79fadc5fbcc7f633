package org.huibao.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.transform.TransformerException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.huibao.model.Fix;
import org.huibao.model.Location;
import org.huibao.read.WordBodyView;
import org.huibao.read.WordBodyView.Line;
import org.huibao.read.WordBodyView.Source;
import org.huibao.read.WordStyleView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The corrected copy of a .docx: the original package with each fix made as a tracked change by the
 * author {@value #AUTHOR} — the old characters in a {@code w:del}, the new ones in a {@code w:ins} right
 * after it — so that a reviewer accepts or rejects each in Word, WPS or LibreOffice. The runs are split
 * at each edit's ends as for the annotated copy (each piece keeps its run's properties) and the new run
 * takes the properties of the first old one. Only the main document part changes; every other part is
 * copied byte for byte, and the original file is only read.
 *
 * <p>An edit is made only where it is plain text of one run sequence: not in a list's number (which no
 * run holds), a field, a tab or a break, another author's tracked change, or across paragraphs or
 * hyperlinks. Those are left out and reported as not made.
 */
public final class DocxRevisions {

    /** The author of the tracked changes. */
    public static final String AUTHOR = "huibao";

    /** Where runs may be wrapped in a tracked change: plain content of a paragraph, link or control. */
    private static final Set<String> EDITABLE_PARENTS = Set.of("p", "hyperlink", "smartTag", "customXml", "sdtContent");
    /** Markup between the runs of an edit that may go into the deletion with them. */
    private static final Set<String> PASSIVE = Set.of("proofErr", "bookmarkStart", "bookmarkEnd", "permStart", "permEnd");
    /** What a run of an edit may hold besides its text. */
    private static final Set<String> RUN_EXTRAS = Set.of("rPr", "lastRenderedPageBreak");

    private DocxRevisions() {
    }

    /**
     * The copy's bytes and, for each fix asked for (in order), whether it is in the copy.
     */
    public record Copy(byte[] bytes, List<Boolean> made) {
        public Copy {
            made = List.copyOf(made);
        }
    }

    /** One fix in the document: its line, UTF-16 positions in the line's text, and its replacement. */
    private record Edit(int index, int line, int start, int end, String replacement) {
    }

    /**
     * The corrected copy of {@code source}, or empty when it is not a Word package this can copy (as for
     * the annotated copy: not a zip, damaged, Strict OOXML, a template or macro-enabled part, too large).
     *
     * @param reportText the report's text as huibao read it, which the fixes' places point into
     * @param when       the time the changes are dated
     */
    public static Optional<Copy> copy(Path source, String reportText, List<Fix> fixes, Instant when) {
        OPCPackage pkg;
        try {
            if (!DocxAnnotator.isZip(source) || Files.size(source) > DocxAnnotator.MAX_BYTES) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(source)) {
                pkg = OPCPackage.open(in);
            }
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return Optional.empty();
        }
        try {
            return revise(pkg, reportText, fixes, when.truncatedTo(ChronoUnit.SECONDS));
        } catch (IOException | InvalidFormatException | SAXException | TransformerException | RuntimeException e) {
            return Optional.empty();
        } finally {
            pkg.revert();
        }
    }

    private static Optional<Copy> revise(OPCPackage pkg, String reportText, List<Fix> fixes, Instant when)
            throws IOException, InvalidFormatException, SAXException, TransformerException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart main = rels.size() == 0 ? null : pkg.getPart(rels.getRelationship(0));
        if (main == null || !XWPFRelation.DOCUMENT.getContentType().equals(main.getContentType())) {
            return Optional.empty();
        }
        Document doc = DocxAnnotator.parse(main);
        Element root = doc.getDocumentElement();
        Element body = WordDom.child(root, "body");
        String prefix = root.lookupPrefix(WordDom.W);
        if (!WordDom.isW(root) || !"document".equals(root.getLocalName()) || body == null || prefix == null
                || prefix.isEmpty()) {
            return Optional.empty();
        }
        Element stylesRoot = null;
        for (PackageRelationship rel : main.getRelationships()) {
            if (rel.getTargetMode() != TargetMode.EXTERNAL && rel.getRelationshipType().equals(XWPFRelation.STYLES.getRelation())) {
                PackagePart part = main.getRelatedPart(rel);
                stylesRoot = part == null ? null : DocxAnnotator.parse(part).getDocumentElement();
                break;
            }
        }
        WordStyleView styles = new WordStyleView(WordDom.W, stylesRoot);
        List<Line> lines = new ArrayList<>(WordBodyView.lines(root, WordDom.W, styles));
        String[] report = reportText.split("\n", -1);
        int[] lineOf = CommentAnchors.align(report, lines);

        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < fixes.size(); i++) {
            Edit e = locate(i, fixes.get(i), report, lineOf, lines);
            if (e != null) {
                edits.add(e);
            }
        }
        split(edits, lines, styles);
        Revisions marks = new Revisions(doc, prefix, when);
        List<Boolean> made = new ArrayList<>();
        for (int i = 0; i < fixes.size(); i++) {
            made.add(false);
        }
        for (Edit e : edits) {
            if (marks.make(e, lines.get(e.line()))) {
                made.set(e.index(), true);
            }
        }
        if (!made.contains(true)) {
            return Optional.of(new Copy(new byte[0], made));
        }
        try (OutputStream o = main.getOutputStream()) {
            DocxAnnotator.serialize(doc, o);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        return Optional.of(new Copy(out.toByteArray(), made));
    }

    /** The fix in document coordinates, or null when its place is not plain text of one document line. */
    private static Edit locate(int index, Fix fix, String[] report, int[] lineOf, List<Line> lines) {
        Location r = fix.range();
        int l = r.line() - 1;
        if (r.endLine() != r.line() || l < 0 || l >= report.length || lineOf[l] < 0) {
            return null;
        }
        Line line = lines.get(lineOf[l]);
        String text = line.text();
        int ordinal = report[l].length() - text.length();
        int s = CommentAnchors.index(report[l], r.column()) - ordinal;
        int e = CommentAnchors.index(report[l], r.endColumn()) - ordinal;
        if (s < 0 || e < s || e > text.length() || !text.substring(s, e).equals(r.text())) {
            return null;
        }
        for (int k = s; k < e; k++) {
            if (!"t".equals(line.sources().get(k).child().getLocalName())) {
                return null; // a tab, a break, a non-breaking hyphen: not text to edit
            }
        }
        if (s == e && text.isEmpty()) {
            return null;
        }
        return new Edit(index, lineOf[l], s, e, fix.replacement());
    }

    /** Splits runs at every edit's ends, line by line from the end backwards, and re-reads the lines split. */
    private static void split(List<Edit> edits, List<Line> lines, WordStyleView styles) {
        Map<Integer, TreeSet<Integer>> cuts = new TreeMap<>();
        for (Edit e : edits) {
            int len = lines.get(e.line()).text().length();
            for (int pos : new int[] {e.start(), e.end()}) {
                if (pos > 0 && pos < len) {
                    cuts.computeIfAbsent(e.line(), k -> new TreeSet<>()).add(pos);
                }
            }
        }
        for (Map.Entry<Integer, TreeSet<Integer>> c : cuts.entrySet()) {
            Line line = lines.get(c.getKey());
            for (int pos : c.getValue().descendingSet()) {
                CommentAnchors.cut(line.sources().get(pos - 1), line.sources().get(pos));
            }
            Line again = WordBodyView.reread(line.paragraphs(), WordDom.W, styles);
            if (!again.text().equals(line.text())) {
                throw new IllegalStateException("splitting runs changed the text of a paragraph");
            }
            lines.set(c.getKey(), again);
        }
    }

    /** Writes the tracked changes; one instance per document. */
    private static final class Revisions {
        private final Document doc;
        private final String prefix;
        private final String date;
        private final Set<String> usedIds = new HashSet<>();
        private long nextId;

        Revisions(Document doc, String prefix, Instant when) {
            this.doc = doc;
            this.prefix = prefix;
            this.date = when.toString();
            NodeList all = doc.getElementsByTagNameNS(WordDom.W, "*");
            for (int i = 0; i < all.getLength(); i++) {
                String id = WordDom.attr((Element) all.item(i), "id");
                if (id != null) {
                    usedIds.add(id.trim());
                }
            }
        }

        /** Makes one edit on runs already split at its ends; false (and nothing changed) when they cannot take it. */
        boolean make(Edit e, Line line) {
            if (e.start() == e.end()) {
                return insert(e, line);
            }
            List<Element> runs = new ArrayList<>();
            for (int k = e.start(); k < e.end(); k++) {
                Element run = line.sources().get(k).run();
                if (runs.isEmpty() || runs.get(runs.size() - 1) != run) {
                    runs.add(run);
                }
            }
            Node parent = runs.get(0).getParentNode();
            if (!(parent instanceof Element p) || !WordDom.isW(p) || !EDITABLE_PARENTS.contains(p.getLocalName())) {
                return false;
            }
            List<Node> span = span(runs);
            if (span == null) {
                return false;
            }
            Element del = change("del");
            parent.insertBefore(del, runs.get(0));
            for (Node n : span) {
                del.appendChild(n);
            }
            for (Element run : runs) {
                for (Element child : WordDom.children(run)) {
                    if ("t".equals(child.getLocalName())) {
                        Element dt = (Element) doc.renameNode(child, WordDom.W, prefix + ":delText");
                        CommentAnchors.preserve(dt);
                    }
                }
            }
            if (!e.replacement().isEmpty()) {
                Element ins = change("ins");
                ins.appendChild(run(runs.get(0), e.replacement()));
                parent.insertBefore(ins, del.getNextSibling());
            }
            return true;
        }

        /** An edit that only adds text: a tracked insertion before the character at its place, or after the last. */
        private boolean insert(Edit e, Line line) {
            boolean atEnd = e.start() >= line.text().length();
            Element next = atEnd ? null : line.sources().get(e.start()).run();
            Element before = e.start() > 0 ? line.sources().get(e.start() - 1).run() : null;
            Element like = next != null ? next : before;
            Node parent = like.getParentNode();
            if (!(parent instanceof Element p) || !WordDom.isW(p) || !EDITABLE_PARENTS.contains(p.getLocalName())) {
                return false;
            }
            Element ins = change("ins");
            ins.appendChild(run(like, e.replacement()));
            parent.insertBefore(ins, next != null ? next : before.getNextSibling());
            return true;
        }

        /**
         * The siblings from the first run to the last: the runs and passive markup between them, each run
         * holding nothing but text (so that the deletion takes no picture, field or note with it); null
         * when anything else is among them.
         */
        private static List<Node> span(List<Element> runs) {
            Set<Element> wanted = new HashSet<>(runs);
            Element last = runs.get(runs.size() - 1);
            List<Node> out = new ArrayList<>();
            for (Node n = runs.get(0); n != null; n = n.getNextSibling()) {
                out.add(n);
                if (n instanceof Element el) {
                    if (wanted.contains(el)) {
                        for (Node c = el.getFirstChild(); c != null; c = c.getNextSibling()) {
                            if (c instanceof Element child && (!WordDom.isW(child)
                                    || !"t".equals(child.getLocalName()) && !RUN_EXTRAS.contains(child.getLocalName()))) {
                                return null;
                            }
                        }
                    } else if (!WordDom.isW(el) || !PASSIVE.contains(el.getLocalName())) {
                        return null;
                    }
                }
                if (n == last) {
                    return out;
                }
            }
            return null;
        }

        /** A new run with the properties of {@code like} (without its own tracked formatting) and the text. */
        private Element run(Element like, String text) {
            Element r = element("r");
            Element rPr = WordDom.child(like, "rPr");
            if (rPr != null) {
                Element copy = (Element) rPr.cloneNode(true);
                Element change = WordDom.child(copy, "rPrChange");
                if (change != null) {
                    copy.removeChild(change);
                }
                r.appendChild(copy);
            }
            Element t = element("t");
            t.setTextContent(text);
            CommentAnchors.preserve(t);
            r.appendChild(t);
            return r;
        }

        private Element change(String name) {
            Element e = element(name);
            e.setAttributeNS(WordDom.W, prefix + ":id", freeId());
            e.setAttributeNS(WordDom.W, prefix + ":author", AUTHOR);
            e.setAttributeNS(WordDom.W, prefix + ":date", date);
            return e;
        }

        private String freeId() {
            while (usedIds.contains(Long.toString(nextId))) {
                nextId++;
            }
            String id = Long.toString(nextId++);
            usedIds.add(id);
            return id;
        }

        private Element element(String name) {
            return doc.createElementNS(WordDom.W, prefix + ":" + name);
        }
    }
}
