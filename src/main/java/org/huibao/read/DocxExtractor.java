package org.huibao.read;

import org.huibao.api.PageSetup;
import org.huibao.api.ParagraphFormat;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;
import org.huibao.read.ReadException.Kind;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads a .docx package: POI's OPC layer opens the zip (with its zip-bomb guards left on); the
 * document part is streamed ({@link DocxBody}) and each paragraph walked as DOM, as are the styles,
 * numbering, theme and settings parts, which keeps every detail of the markup in view: tracked
 * insertions and deletions, fields, content controls, list levels. The text is counted against
 * --max-chars as it comes ({@link TextBudget}).
 *
 * <p>Only the main document part is read, so headers, footers, comments, footnotes and endnotes stay
 * out; so do text boxes and drawings, which float outside the reading order. Used only from
 * {@link WordReader#read}, so a run over text files never loads POI.
 */
final class DocxExtractor extends WordXml implements DocxBody.Blocks, DocxParagraphs.Lines<DocxExtractor.Pending> {

    private static final String REL_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String REL_DOCUMENT_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
    private static final String W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /** No document part of a real report comes near this once unzipped; it is read as a stream. */
    static final long MAX_PART_BYTES = 64L << 20;
    /**
     * Styles, numbering, theme and settings are read as DOM, at some twenty times their size; a real
     * report's are a few hundred kilobytes.
     */
    static final long MAX_RELATED_PART_BYTES = 16L << 20;

    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private final double tabStopTwips;

    private final TextBudget budget;
    private final DocxRanges ranges;
    private final List<String> lines = new ArrayList<>();
    private final List<ParagraphFormat> formats = new ArrayList<>();
    private final DocxParagraphs<Pending> paragraphs;
    private PageSetup page;

    private DocxExtractor(String ns, Element stylesRoot, Element numberingRoot, Element themeRoot,
                          Element settingsRoot, Map<String, DocxComments.Ignore> ignores, TextBudget budget) {
        super(ns);
        this.budget = budget;
        this.ranges = new DocxRanges(ignores);
        String eastAsiaLang = "zh-CN";
        double tab = 720;
        if (settingsRoot != null) {
            Element lang = child(settingsRoot, "themeFontLang");
            if (lang != null && attr(lang, "eastAsia") != null) {
                eastAsiaLang = attr(lang, "eastAsia");
            }
            double t = twips(val(child(settingsRoot, "defaultTabStop")));
            if (t > 0) {
                tab = t;
            }
        }
        this.tabStopTwips = tab;
        this.styles = new DocxStyles(ns, stylesRoot, new DocxTheme(themeRoot, eastAsiaLang));
        this.numbering = new DocxNumbering(ns, numberingRoot, styles);
        this.paragraphs = new DocxParagraphs<>(ns, styles, this);
    }

    // ---- opening -----------------------------------------------------------------------------------

    /** The text of the .docx file at {@code path}; given up once it is longer than {@code maxChars}. */
    static WordFiles.Content extract(Path path, int maxChars) throws ReadException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw damaged(e);
        }
        try {
            return read(pkg, new TextBudget(maxChars));
        } catch (ReadException e) {
            throw e;
        } catch (IOException | SAXException | XMLStreamException | InvalidFormatException | RuntimeException e) {
            throw damaged(e);
        } catch (StackOverflowError e) {
            // The body is walked without recursion; this guards the rest (styles, POI's own parsing).
            throw WordFiles.unreadable("文档结构嵌套过深", "the document's structure is nested too deeply", null);
        } finally {
            // READ access: revert() closes the zip without ever writing to the user's file.
            pkg.revert();
        }
    }

    private static WordFiles.Content read(OPCPackage pkg, TextBudget budget) throws ReadException, IOException,
            SAXException, XMLStreamException, InvalidFormatException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(REL_DOCUMENT);
        if (rels.size() == 0) {
            rels = pkg.getRelationshipsByType(REL_DOCUMENT_STRICT);
        }
        PackagePart main = rels.size() == 0 ? null : pkg.getPart(rels.getRelationship(0));
        if (main == null) {
            throw WordFiles.unreadable("压缩包中没有 Word 正文", "the package has no Word document part", null);
        }
        if (!main.getContentType().contains("wordprocessingml")) {
            throw WordFiles.unreadable("这是 Excel 或 PowerPoint 文件，不是 Word 文档",
                    "this is an Excel or PowerPoint file, not a Word document", null);
        }
        try (InputStream in = new Bounded(main.getInputStream(), MAX_PART_BYTES, "document.xml")) {
            XMLStreamReader body = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                String ns = root(body);
                DocxExtractor x = related(main, ns, budget);
                DocxBody.walk(body, ns, budget, x);
                return new WordFiles.Content(x.lines, x.formats, Optional.ofNullable(x.page), x.ranges.suppressions());
            } finally {
                body.close();
            }
        }
    }

    /** Moves to the root element, which must be a WordprocessingML document; its namespace. */
    private static String root(XMLStreamReader in) throws XMLStreamException, ReadException {
        while (in.hasNext() && in.next() != XMLStreamConstants.START_ELEMENT) {
            // the XML declaration, comments
        }
        String ns = in.isStartElement() ? in.getNamespaceURI() : null;
        if (!in.isStartElement() || !"document".equals(in.getLocalName())
                || !(W_TRANSITIONAL.equals(ns) || W_STRICT.equals(ns))) {
            throw WordFiles.unreadable("正文部件不是 WordprocessingML", "the document part is not WordprocessingML", null);
        }
        return ns;
    }

    /** An extractor with the styles, numbering, theme and settings the main part refers to. */
    private static DocxExtractor related(PackagePart main, String ns, TextBudget budget)
            throws IOException, ReadException, InvalidFormatException {
        Element styles = null;
        Element numbering = null;
        Element theme = null;
        Element settings = null;
        Map<String, DocxComments.Ignore> ignores = Map.of();
        for (PackageRelationship rel : main.getRelationships()) {
            if (rel.getTargetMode() == TargetMode.EXTERNAL) {
                continue;
            }
            String type = rel.getRelationshipType();
            if (type.endsWith("/styles") && styles == null) {
                styles = related(main, rel);
            } else if (type.endsWith("/numbering") && numbering == null) {
                numbering = related(main, rel);
            } else if (type.endsWith("/theme") && theme == null) {
                theme = related(main, rel);
            } else if (type.endsWith("/settings") && settings == null) {
                settings = related(main, rel);
            } else if (type.endsWith("/comments") && ignores.isEmpty()) {
                ignores = DocxComments.of(main, rel, ns);
            }
        }
        return new DocxExtractor(ns, styles, numbering, theme, settings, ignores, budget);
    }

    /** A part the document refers to; a missing or broken one is treated as absent, as Word does. */
    private static Element related(PackagePart main, PackageRelationship rel) throws IOException, ReadException {
        PackagePart part;
        try {
            part = main.getRelatedPart(rel);
        } catch (InvalidFormatException | RuntimeException e) {
            return null;
        }
        if (part == null) {
            return null;
        }
        String name = part.getPartName().getName();
        try (InputStream in = new Bounded(part.getInputStream(), MAX_RELATED_PART_BYTES,
                name.substring(name.lastIndexOf('/') + 1))) {
            return DocumentHelper.readDocument(in).getDocumentElement();
        } catch (SAXException e) {
            return null;
        }
    }

    private static ReadException damaged(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PartTooLarge large) {
                String max = TextReader.humanSize(large.limit);
                return new ReadException(Kind.TOO_LARGE, "文件过大：解压后的 " + large.part + " 超过 " + max
                        + " (file too large: the unzipped " + large.part + " exceeds " + max + ")", e);
            }
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return WordFiles.unreadable("压缩比异常，疑似压缩炸弹", "suspicious compression ratio, possibly a zip bomb", e);
            }
        }
        return WordFiles.unreadable("文件已损坏或不是 .docx 格式", "the file is damaged or not in .docx format", e);
    }

    /** Stops reading a part past {@code limit} bytes. */
    static final class Bounded extends FilterInputStream {
        private final long limit;
        private final String part;
        private long count;

        Bounded(InputStream in, long limit, String part) {
            super(in);
            this.limit = limit;
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new PartTooLarge(part, limit);
            }
        }
    }

    private static final class PartTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final String part;
        final long limit;

        PartTooLarge(String part, long limit) {
            this.part = part;
            this.limit = limit;
        }
    }

    // ---- body --------------------------------------------------------------------------------------

    /** A line being read, with what its layout needs: its first paragraph's properties, style and number. */
    static final class Pending implements DocxParagraphs.Line {
        final ParagraphText text = new ParagraphText();
        Element pPr;
        String styleId;
        DocxNumbering.Numbered number;

        @Override
        public ParagraphText text() {
            return text;
        }

        @Override
        public void append(String s, Element run, Element child, DocxStyles.RunProps props) {
            text.append(s, props.font(), props.sizePt());
        }

        @Override
        public void lineBreak(Element run, Element child) {
            text.lineBreak();
        }
    }

    @Override
    public void commentRange(Element mark) {
        ranges.betweenParagraphs(attr(mark, "id"), mark.getLocalName().endsWith("Start"), lines.size(),
                lines.isEmpty() ? "" : WordFiles.clean(lines.get(lines.size() - 1)));
    }

    @Override
    public void section(Element sectPr, boolean inTable) {
        if (page == null && !inTable) {
            page = pageSetup(sectPr);
        }
    }

    @Override
    public void paragraph(Element p, boolean inTable) throws ReadException {
        Element pPr = child(p, "pPr");
        if (pPr != null && !inTable && page == null) {
            Element sectPr = child(pPr, "sectPr");
            if (sectPr != null) {
                page = pageSetup(sectPr);
            }
        }
        paragraphs.paragraph(p, inTable);
    }

    /** Ends a paragraph left open by a deleted mark, e.g. at the end of a table cell. */
    @Override
    public void flush(boolean inTable) throws ReadException {
        paragraphs.flush(inTable);
    }

    @Override
    public Pending open() {
        return new Pending();
    }

    @Override
    public void paragraph(Pending line, Element p) {
        // the layout is the first paragraph's
    }

    @Override
    public void commentRange(Pending line, String id, boolean start) {
        ranges.inParagraph(id, start, line.text);
    }

    @Override
    public void started(Pending line, Element pPr, String styleId) {
        line.pPr = pPr;
        line.styleId = styleId;
        line.number = numbering.numbered(pPr, styleId);
        if (line.number != null) {
            line.text.ordinal(line.number.ordinal());
        }
    }

    @Override
    public void close(Pending p, boolean inTable) throws ReadException {
        String line = p.text.line();
        budget.line(line);
        lines.add(line);
        ranges.emitted(lines.size(), p.text);
        ranges.emitted(lines.size(), p.text);
        if (!inTable) {
            formats.add(format(lines.size(), p));
        }
    }

    // ---- layout ------------------------------------------------------------------------------------

    private ParagraphFormat format(int line, Pending p) {
        DocxStyles.RunProps mark = styles.run(p.styleId, p.pPr == null ? null : child(p.pPr, "rPr"));
        double size = p.text.dominantSize(mark.sizePt());
        String font = p.text.dominantFont(mark.font());
        List<Element> layers = styles.paragraphLayers(p.pPr, p.styleId, p.number);
        Indent indent = null;
        String jc = null;
        for (Element pPr : layers) {
            Element ind = child(pPr, "ind");
            if (ind != null) {
                Indent i = indent(ind);
                if (i != null) {
                    indent = i;
                }
            }
            String j = val(child(pPr, "jc"));
            if (j != null) {
                jc = j;
            }
        }
        double indentTwips = indent == null ? 0 : indent.chars() ? indent.value() * size * 20 : indent.value();
        double chars = ParagraphText.indentChars(indentTwips, p.text.leadingWhitespace(), size, tabStopTwips);
        return new ParagraphFormat(line, font, size, chars, "center".equals(jc), styles.name(p.styleId));
    }

    /** A first-line indent: in characters (hundredths in the file) or in twips; negative when hanging. */
    private record Indent(boolean chars, double value) {
    }

    private Indent indent(Element ind) {
        String hangingChars = attr(ind, "hangingChars");
        String firstLineChars = attr(ind, "firstLineChars");
        String hanging = attr(ind, "hanging");
        String firstLine = attr(ind, "firstLine");
        // Per ECMA-376 the *Chars form wins over twips and a hanging indent over a first-line one; a
        // zero *Chars next to a twips value is Word cancelling a style's character indent.
        if (hangingChars != null && decimal(hangingChars) != 0) {
            return new Indent(true, -decimal(hangingChars) / 100);
        }
        if (hanging != null && twips(hanging) != 0) {
            return new Indent(false, -twips(hanging));
        }
        if (firstLineChars != null && (decimal(firstLineChars) != 0 || firstLine == null)) {
            return new Indent(true, decimal(firstLineChars) / 100);
        }
        if (firstLine != null) {
            return new Indent(false, twips(firstLine));
        }
        if (hangingChars != null || hanging != null) {
            return new Indent(false, 0);
        }
        return null;
    }

    private PageSetup pageSetup(Element sectPr) {
        Element m = child(sectPr, "pgMar");
        if (m == null) {
            return null;
        }
        double top = Math.abs(twips(attr(m, "top")));
        double bottom = Math.abs(twips(attr(m, "bottom")));
        double left = twips(attr(m, "left"));
        double right = twips(attr(m, "right"));
        if (Double.isNaN(left)) {
            left = twips(attr(m, "start"));
        }
        if (Double.isNaN(right)) {
            right = twips(attr(m, "end"));
        }
        if (Double.isNaN(top) || Double.isNaN(bottom) || Double.isNaN(left) || Double.isNaN(right)) {
            return null;
        }
        double gutter = twips(attr(m, "gutter"));
        if (!Double.isNaN(gutter)) {
            left += gutter; // the binding margin (订口) is what GB/T 9704 measures
        }
        return new PageSetup(mm(top), mm(bottom), mm(left), mm(right));
    }

    private static double mm(double twips) {
        return Math.round(twips / TWIPS_PER_MM * 10) / 10.0;
    }

}
