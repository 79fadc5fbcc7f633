package org.huibao.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.XmlException;
import org.huibao.model.ReportResult;
import org.huibao.output.Annotations.Note;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTComment;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CommentsDocument;
import org.huibao.read.WordBodyView;
import org.huibao.read.WordStyleView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The annotated copy of a .docx: the original package with comments added and nothing else changed.
 * Only the main document part (where the comment anchors go), the comments part and the package's
 * bookkeeping (content types, the main part's relationships) are written anew; every other part —
 * styles, numbering, headers, images — is copied byte for byte. The original file is only read.
 */
final class DocxAnnotator {

    /** A larger file is not copied (a new document is written instead); the readers' own limit is 20 MB. */
    static final long MAX_BYTES = 100L << 20;
    /** As in the reader: no part of a real report comes near this once unzipped. */
    static final int MAX_PART_BYTES = 64 << 20;

    private DocxAnnotator() {
    }

    /**
     * The annotated copy of {@code source}, or empty when it is not a Word package this can copy: not a
     * zip, a damaged or Strict OOXML package, a template or macro-enabled main part, or markup the
     * anchoring does not expect. The caller then writes a new document instead.
     */
    static Optional<byte[]> copy(Path source, ReportResult report, Annotations.Plan plan) {
        OPCPackage pkg;
        try {
            if (!isZip(source) || Files.size(source) > MAX_BYTES) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(source)) {
                pkg = OPCPackage.open(in);
            }
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return Optional.empty();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            return annotate(pkg, report, plan, out) ? Optional.of(out.toByteArray()) : Optional.empty();
        } catch (IOException | InvalidFormatException | SAXException | XmlException | TransformerException
                 | RuntimeException e) {
            return Optional.empty();
        } finally {
            // Opened from a stream: revert() drops the copy in memory; the file was never opened for writing.
            pkg.revert();
        }
    }

    static boolean isZip(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        }
    }

    private static boolean annotate(OPCPackage pkg, ReportResult report, Annotations.Plan plan, OutputStream out)
            throws IOException, InvalidFormatException, SAXException, XmlException, TransformerException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart main = rels.size() == 0 ? null : pkg.getPart(rels.getRelationship(0));
        // Only a document proper: a template or macro-enabled part saved under .docx would not open.
        if (main == null || !XWPFRelation.DOCUMENT.getContentType().equals(main.getContentType())) {
            return false;
        }
        Document doc = parse(main);
        Element root = doc.getDocumentElement();
        Element body = WordDom.child(root, "body");
        if (!WordDom.isW(root) || !"document".equals(root.getLocalName()) || body == null) {
            return false; // Strict OOXML, or not WordprocessingML
        }
        Element stylesRoot = null;
        PackagePart commentsPart = null;
        for (PackageRelationship rel : main.getRelationships()) {
            if (rel.getTargetMode() == TargetMode.EXTERNAL) {
                continue;
            }
            String type = rel.getRelationshipType();
            if (type.equals(XWPFRelation.STYLES.getRelation()) && stylesRoot == null) {
                PackagePart part = main.getRelatedPart(rel);
                stylesRoot = part == null ? null : parse(part).getDocumentElement();
            } else if (type.equals(XWPFRelation.COMMENT.getRelation()) && commentsPart == null) {
                commentsPart = main.getRelatedPart(rel);
            }
        }
        WordStyleView styles = new WordStyleView(WordDom.W, stylesRoot);
        List<WordBodyView.Line> lines = WordBodyView.lines(root, WordDom.W, styles);
        if (lines.isEmpty()) {
            return false;
        }
        CommentsDocument comments = commentsPart == null ? CommentsDocument.Factory.newInstance()
                : CommentsDocument.Factory.parse(new ByteArrayInputStream(bounded(commentsPart)),
                        POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        if (comments.getComments() == null) {
            comments.addNewComments();
        }
        List<Note> notes = new ArrayList<>();
        notes.add(plan.summary());
        notes.addAll(plan.notes());
        List<BigInteger> ids = freeIds(doc, comments, notes.size());
        String[] reportLines = report.text().split("\n", -1);
        boolean[] placed = CommentAnchors.apply(doc, lines, styles, reportLines, notes, ids);
        List<Note> unplaced = new ArrayList<>();
        for (int i = 1; i < notes.size(); i++) {
            if (!placed[i]) {
                unplaced.add(notes.get(i));
            }
        }
        CommentXml.fill(comments.getComments().addNewComment(), ids.get(0), plan.summaryWith(unplaced).paragraphs());
        for (int i = 1; i < notes.size(); i++) {
            if (placed[i]) {
                CommentXml.fill(comments.getComments().addNewComment(), ids.get(i), notes.get(i).paragraphs());
            }
        }

        PackagePartName mainName = main.getPartName();
        try (OutputStream o = main.getOutputStream()) {
            serialize(doc, o);
        }
        if (commentsPart != null) {
            try (OutputStream o = commentsPart.getOutputStream()) {
                comments.save(o, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            }
        } else {
            PackagePartName name = freeName(pkg);
            PackagePart part = pkg.createPart(name, XWPFRelation.COMMENT.getContentType());
            try (OutputStream o = part.getOutputStream()) {
                comments.save(o, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            }
            // Writing replaced the main part's object; its relationships went with it.
            pkg.getPart(mainName).addRelationship(name, TargetMode.INTERNAL, XWPFRelation.COMMENT.getRelation());
        }
        pkg.save(out);
        return true;
    }

    /**
     * {@code count} comment ids no annotation of the document uses yet (comments, bookmarks and
     * revisions share the w:id space in practice), the smallest first.
     */
    private static List<BigInteger> freeIds(Document doc, CommentsDocument comments, int count) {
        Set<String> used = new HashSet<>();
        NodeList all = doc.getElementsByTagNameNS(WordDom.W, "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = WordDom.attr((Element) all.item(i), "id");
            if (id != null) {
                used.add(id.trim());
            }
        }
        for (CTComment c : comments.getComments().getCommentArray()) {
            if (c.getId() != null) {
                used.add(c.getId().toString());
            }
        }
        List<BigInteger> out = new ArrayList<>(count);
        for (long n = 0; out.size() < count; n++) {
            if (!used.contains(Long.toString(n))) {
                out.add(BigInteger.valueOf(n));
            }
        }
        return out;
    }

    private static PackagePartName freeName(OPCPackage pkg) throws InvalidFormatException {
        PackagePartName name = PackagingURIHelper.createPartName("/word/comments.xml");
        for (int n = 2; pkg.containPart(name); n++) {
            name = PackagingURIHelper.createPartName("/word/comments" + n + ".xml");
        }
        return name;
    }

    static Document parse(PackagePart part) throws IOException, SAXException {
        return DocumentHelper.readDocument(new ByteArrayInputStream(bounded(part)));
    }

    /** A part's bytes, refused past {@link #MAX_PART_BYTES} (a zip bomb gets no further). */
    private static byte[] bounded(PackagePart part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] b = in.readNBytes(MAX_PART_BYTES + 1);
            if (b.length > MAX_PART_BYTES) {
                throw new IOException("part too large: " + part.getPartName());
            }
            return b;
        }
    }

    static void serialize(Document doc, OutputStream out) throws TransformerException {
        Transformer t = XMLHelper.newTransformer();
        doc.setXmlStandalone(true);
        t.transform(new DOMSource(doc), new StreamResult(out));
    }
}
