package org.huibao.read;

import org.huibao.api.PageSetup;
import org.huibao.api.ParagraphFormat;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
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
final class DocxExtractor implements DocxBody.Blocks {

    private static final String REL_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String REL_DOCUMENT_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
    private static final String W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static final String DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String DRAWINGML_STRICT = "http://purl.oclc.org/ooxml/drawingml/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** No document part of a real report comes near this once unzipped; it is read as a stream. */
    static final long MAX_PART_BYTES = 64L << 20;
    /**
     * Styles, numbering, theme and settings are read as DOM, at some twenty times their size; a real
     * report's are a few hundred kilobytes.
     */
    static final long MAX_RELATED_PART_BYTES = 16L << 20;
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    /** Word's size when no style says otherwise: 10 pt. */
    private static final double DEFAULT_SIZE_PT = 10;

    private static final Pattern MEASURE = Pattern.compile("\\s*(-?[0-9]*\\.?[0-9]+)\\s*(mm|cm|in|pt|pc|pi)?\\s*");

    private final String ns;
    private final Styles styles;
    private final Numbering numbering;
    private final double tabStopTwips;

    private final TextBudget budget;
    private final List<String> lines = new ArrayList<>();
    private final List<ParagraphFormat> formats = new ArrayList<>();
    private PageSetup page;
    private Pending carry;

    private DocxExtractor(String ns, Element stylesRoot, Element numberingRoot, Element themeRoot,
                          Element settingsRoot, TextBudget budget) {
        this.ns = ns;
        this.budget = budget;
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
        this.styles = new Styles(stylesRoot, new Theme(themeRoot, eastAsiaLang));
        this.numbering = new Numbering(numberingRoot);
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
                return new WordFiles.Content(x.lines, x.formats, Optional.ofNullable(x.page));
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
            }
        }
        return new DocxExtractor(ns, styles, numbering, theme, settings, budget);
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
    private static final class Bounded extends FilterInputStream {
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

    /** A paragraph whose mark was deleted in tracked changes: its text runs on into the next one. */
    private static final class Pending {
        final ParagraphText text;
        Element pPr;
        String styleId;
        Numbering.Numbered number;
        boolean started;

        Pending(ParagraphText text) {
            this.text = text;
        }
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
        Element markRPr = pPr == null ? null : child(pPr, "rPr");
        boolean markDeleted = markRPr != null && (child(markRPr, "del") != null || child(markRPr, "moveFrom") != null);
        String styleId = styles.paragraphStyle(pPr);
        if (carry == null && isTocEntry(styleId)) {
            return;
        }
        Pending target = carry != null ? carry : new Pending(new ParagraphText());
        inline(p, target.text, styleId);
        if (!target.started) {
            if (markDeleted && target.text.line().isEmpty()) {
                return; // a paragraph deleted whole: not there once the changes are accepted
            }
            target.started = true;
            target.pPr = pPr;
            target.styleId = styleId;
            target.number = numbering.numbered(pPr, styleId, styles);
            if (target.number != null) {
                target.text.ordinal(target.number.ordinal());
            }
        }
        if (markDeleted) {
            carry = target;
        } else {
            carry = null;
            emit(target, inTable);
        }
    }

    /** Every writer sets table-of-contents entries in the "toc N" (LibreOffice: "Contents N") styles. */
    private boolean isTocEntry(String styleId) {
        String name = styles.name(styleId).toLowerCase(Locale.ROOT);
        return name.matches("(toc|contents) ?[1-9]");
    }

    /** Ends a paragraph left open by a deleted mark, e.g. at the end of a table cell. */
    @Override
    public void flush(boolean inTable) throws ReadException {
        if (carry != null) {
            Pending p = carry;
            carry = null;
            emit(p, inTable);
        }
    }

    private void emit(Pending p, boolean inTable) throws ReadException {
        String line = p.text.line();
        budget.line(line);
        lines.add(line);
        if (!inTable) {
            formats.add(format(lines.size(), p));
        }
    }

    /**
     * The runs of a paragraph, also inside the elements that wrap runs (insertions, links, fields,
     * content controls), in document order. Walked without recursion, so nesting has no limit.
     */
    private void inline(Element p, ParagraphText out, String styleId) {
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
                    default:
                        break; // del, moveFrom, pPr, bookmarks, comment ranges, proofing marks
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

    private void run(Element r, ParagraphText out, String styleId) {
        RunProps props = styles.run(styleId, child(r, "rPr"));
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
                    out.append(text(e), props.font(), props.sizePt());
                    break;
                case "tab":
                case "ptab":
                    out.append("\t", props.font(), props.sizePt());
                    break;
                case "br":
                    String type = attr(e, "type");
                    if (type == null || "textWrapping".equals(type)) {
                        out.lineBreak();
                    }
                    break;
                case "cr":
                    out.lineBreak();
                    break;
                case "noBreakHyphen":
                    out.append("-", props.font(), props.sizePt());
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

    // ---- layout ------------------------------------------------------------------------------------

    private ParagraphFormat format(int line, Pending p) {
        RunProps mark = styles.run(p.styleId, p.pPr == null ? null : child(p.pPr, "rPr"));
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

    // ---- measures and DOM helpers ------------------------------------------------------------------

    /** A twips measure: a plain number, or a number with a unit (ECMA-376 universal measure); NaN if none. */
    static double twips(String v) {
        if (v == null) {
            return Double.NaN;
        }
        Matcher m = MEASURE.matcher(v);
        if (!m.matches()) {
            return Double.NaN;
        }
        double d = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        if (unit == null) {
            return d;
        }
        switch (unit) {
            case "mm": return d * TWIPS_PER_MM;
            case "cm": return d * TWIPS_PER_MM * 10;
            case "in": return d * 1440;
            case "pt": return d * 20;
            default: return d * 240; // pc, pi
        }
    }

    /** A font size in points from a half-point measure ("32") or a universal one ("16pt"). */
    static double halfPoints(String v) {
        double t = twips(v);
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        boolean unit = !v.trim().matches("-?[0-9.]+");
        return unit ? t / 20 : t / 2;
    }

    private static double decimal(String v) {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private boolean isW(Node n) {
        return n.getNodeType() == Node.ELEMENT_NODE && ns.equals(n.getNamespaceURI());
    }

    Element child(Element e, String local) {
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

    List<Element> children(Element e, String local) {
        List<Element> out = new ArrayList<>();
        if (e == null) {
            return out;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n) && local.equals(n.getLocalName())) {
                out.add((Element) n);
            }
        }
        return out;
    }

    String attr(Element e, String local) {
        if (e == null) {
            return null;
        }
        if (e.hasAttributeNS(ns, local)) {
            return e.getAttributeNS(ns, local);
        }
        // some writers leave the w: prefix off attributes
        return e.hasAttribute(local) ? e.getAttribute(local) : null;
    }

    String val(Element e) {
        return attr(e, "val");
    }

    /** ST_OnOff: present without a value, or with 1/true/on. */
    boolean on(Element e) {
        if (e == null) {
            return false;
        }
        String v = val(e);
        return v == null || !("0".equals(v) || "false".equals(v) || "off".equals(v));
    }

    // ---- styles ------------------------------------------------------------------------------------

    /**
     * Resolved run properties.
     *
     * @param font the East Asian font; "" when nothing names one
     */
    private record RunProps(String font, double sizePt, boolean hidden) {
    }

    /** Theme fonts, for rFonts that name a theme slot (eastAsiaTheme="minorEastAsia"). */
    private final class Theme {
        private final Map<String, String> slots = new HashMap<>();

        Theme(Element root, String eastAsiaLang) {
            if (root == null) {
                return;
            }
            Element scheme = first(root, "fontScheme");
            if (scheme == null) {
                return;
            }
            String script = script(eastAsiaLang);
            for (String kind : new String[] {"major", "minor"}) {
                Element font = drawingChild(scheme, kind + "Font");
                if (font == null) {
                    continue;
                }
                String latin = typeface(drawingChild(font, "latin"));
                String ea = typeface(drawingChild(font, "ea"));
                if (ea == null || ea.isEmpty()) {
                    for (Node n = font.getFirstChild(); n != null; n = n.getNextSibling()) {
                        if (n instanceof Element f && "font".equals(f.getLocalName())
                                && script.equals(f.getAttribute("script"))) {
                            ea = f.getAttribute("typeface");
                        }
                    }
                }
                if (latin != null) {
                    slots.put(kind + "HAnsi", latin);
                    slots.put(kind + "Ascii", latin);
                }
                if (ea != null) {
                    slots.put(kind + "EastAsia", ea);
                }
            }
        }

        String font(String slot) {
            return slots.get(slot);
        }

        private Element first(Element root, String local) {
            NodeList l = root.getElementsByTagNameNS(DRAWINGML, local);
            if (l.getLength() == 0) {
                l = root.getElementsByTagNameNS(DRAWINGML_STRICT, local);
            }
            return l.getLength() == 0 ? null : (Element) l.item(0);
        }

        private Element drawingChild(Element e, String local) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c && local.equals(c.getLocalName())) {
                    return c;
                }
            }
            return null;
        }

        private String typeface(Element e) {
            return e == null ? null : e.getAttribute("typeface");
        }

        private String script(String lang) {
            String l = lang.toLowerCase(Locale.ROOT);
            if (l.startsWith("zh-tw") || l.startsWith("zh-hk") || l.startsWith("zh-mo") || l.startsWith("zh-hant")) {
                return "Hant";
            }
            if (l.startsWith("ja")) {
                return "Jpan";
            }
            if (l.startsWith("ko")) {
                return "Hang";
            }
            return "Hans";
        }
    }

    /** styles.xml: document defaults, styles by id with their basedOn chains. */
    private final class Styles {
        private final Map<String, Element> byId = new HashMap<>();
        private final Map<String, List<Element>> chains = new HashMap<>();
        private final Theme theme;
        private Element rPrDefault;
        private Element pPrDefault;
        private String defaultParagraph;

        Styles(Element root, Theme theme) {
            this.theme = theme;
            if (root == null) {
                return;
            }
            Element defaults = child(root, "docDefaults");
            if (defaults != null) {
                rPrDefault = child(child(defaults, "rPrDefault"), "rPr");
                pPrDefault = child(child(defaults, "pPrDefault"), "pPr");
            }
            for (Element s : children(root, "style")) {
                String id = attr(s, "styleId");
                if (id == null) {
                    continue;
                }
                byId.putIfAbsent(id, s);
                String isDefault = attr(s, "default");
                if ("paragraph".equals(attr(s, "type")) && isDefault != null && !"0".equals(isDefault)
                        && !"false".equals(isDefault) && !"off".equals(isDefault) && defaultParagraph == null) {
                    defaultParagraph = id;
                }
            }
        }

        Element style(String id) {
            return id == null ? null : byId.get(id);
        }

        String paragraphStyle(Element pPr) {
            String id = val(child(pPr, "pStyle"));
            return id != null && byId.containsKey(id) ? id : defaultParagraph;
        }

        String name(String styleId) {
            Element s = style(styleId);
            if (s == null) {
                return styleId == null ? "" : styleId;
            }
            String name = val(child(s, "name"));
            return name == null ? styleId : name;
        }

        /** The style and the styles it is based on, base first. */
        List<Element> chain(String id) {
            if (id == null) {
                return List.of();
            }
            return chains.computeIfAbsent(id, k -> {
                List<Element> out = new ArrayList<>();
                String cur = k;
                while (cur != null && out.size() < 32) {
                    Element s = byId.get(cur);
                    if (s == null || out.contains(s)) {
                        break;
                    }
                    out.add(0, s);
                    cur = val(child(s, "basedOn"));
                }
                return out;
            });
        }

        /** The numbering a paragraph style gives (its own or inherited numPr), or null. */
        Element styleNumPr(String styleId) {
            Element found = null;
            for (Element s : chain(styleId)) {
                Element numPr = child(child(s, "pPr"), "numPr");
                if (numPr != null) {
                    found = numPr;
                }
            }
            return found;
        }

        /**
         * Paragraph property layers, lowest priority first. Indents of a list level sit above the
         * paragraph style when the paragraph itself asks for the numbering, below it when the
         * numbering comes with the style (as Word lays them out).
         */
        List<Element> paragraphLayers(Element pPr, String styleId, Numbering.Numbered number) {
            List<Element> layers = new ArrayList<>();
            if (pPrDefault != null) {
                layers.add(pPrDefault);
            }
            Element lvlPPr = number == null ? null : number.levelPPr();
            if (lvlPPr != null && number.fromStyle()) {
                layers.add(lvlPPr);
            }
            for (Element s : chain(styleId)) {
                Element p = child(s, "pPr");
                if (p != null) {
                    layers.add(p);
                }
            }
            if (lvlPPr != null && !number.fromStyle()) {
                layers.add(lvlPPr);
            }
            if (pPr != null) {
                layers.add(pPr);
            }
            return layers;
        }

        RunProps run(String paragraphStyle, Element rPr) {
            List<Element> layers = new ArrayList<>();
            if (rPrDefault != null) {
                layers.add(rPrDefault);
            }
            for (Element s : chain(paragraphStyle)) {
                Element r = child(s, "rPr");
                if (r != null) {
                    layers.add(r);
                }
            }
            String charStyle = val(child(rPr, "rStyle"));
            for (Element s : chain(charStyle)) {
                Element r = child(s, "rPr");
                if (r != null) {
                    layers.add(r);
                }
            }
            if (rPr != null) {
                layers.add(rPr);
            }
            String eastAsia = null;
            String ascii = null;
            double size = Double.NaN;
            boolean hidden = false;
            for (Element layer : layers) {
                Element fonts = child(layer, "rFonts");
                if (fonts != null) {
                    String ea = font(fonts, "eastAsiaTheme", "eastAsia");
                    if (ea != null) {
                        eastAsia = ea;
                    }
                    String a = font(fonts, "asciiTheme", "ascii");
                    if (a != null) {
                        ascii = a;
                    }
                }
                double sz = halfPoints(val(child(layer, "sz")));
                if (!Double.isNaN(sz) && sz > 0) {
                    size = sz;
                }
                Element vanish = child(layer, "vanish");
                if (vanish != null) {
                    hidden = on(vanish);
                }
            }
            String font = eastAsia;
            if (font == null || font.isEmpty()) {
                // a Chinese font named only for Latin text is still the one the text is set in
                font = ascii != null && ascii.chars().anyMatch(c -> c > 0x2E80) ? ascii : "";
            }
            return new RunProps(font, Double.isNaN(size) ? DEFAULT_SIZE_PT : size, hidden);
        }

        private String font(Element fonts, String themeAttr, String attr) {
            String slot = attr(fonts, themeAttr);
            if (slot != null) {
                String f = theme.font(slot);
                if (f != null && !f.isEmpty()) {
                    return f;
                }
            }
            String f = attr(fonts, attr);
            return f == null || f.isEmpty() ? null : f;
        }
    }

    // ---- numbering ---------------------------------------------------------------------------------

    /** numbering.xml: list definitions and instances, and the counters as the document goes on. */
    private final class Numbering {

        /** A numbered paragraph: its ordinal, its level's paragraph properties, and where the numbering came from. */
        record Numbered(String ordinal, Element levelPPr, boolean fromStyle) {
        }

        private final Map<String, Element> abstracts = new HashMap<>();
        private final Map<String, Element> nums = new HashMap<>();
        private final Map<String, Element[]> levelCache = new HashMap<>();
        private final Map<String, ListCounters.Level[]> parsedLevels = new HashMap<>();
        private final ListCounters counters = new ListCounters();

        Numbering(Element root) {
            if (root == null) {
                return;
            }
            for (Element a : children(root, "abstractNum")) {
                String id = attr(a, "abstractNumId");
                if (id != null) {
                    abstracts.putIfAbsent(id, a);
                }
            }
            for (Element n : children(root, "num")) {
                String id = attr(n, "numId");
                if (id != null) {
                    nums.putIfAbsent(id, n);
                }
            }
        }

        Numbered numbered(Element pPr, String styleId, Styles styles) {
            Element direct = child(pPr, "numPr");
            Element fromStyle = styles.styleNumPr(styleId);
            String numId = val(child(direct, "numId"));
            boolean viaStyle = false;
            if (numId == null) {
                numId = val(child(fromStyle, "numId"));
                viaStyle = numId != null;
            }
            if (numId == null || "0".equals(numId.trim())) {
                return null;
            }
            Element num = nums.get(numId.trim());
            if (num == null) {
                return null;
            }
            Element definition = definition(num);
            if (definition == null) {
                return null;
            }
            String ilvlText = val(child(direct, "ilvl"));
            if (ilvlText == null) {
                ilvlText = val(child(fromStyle, "ilvl"));
            }
            int ilvl = ilvlText == null ? levelOfStyle(definition, styleId) : (int) decimal(ilvlText);
            if (ilvl < 0 || ilvl >= ListCounters.LEVELS) {
                return null;
            }
            Element[] levels = levels(numId.trim(), num, definition);
            ListCounters.Level[] parsed = parsedLevels.computeIfAbsent(numId.trim(), k -> parse(levels));
            Map<Integer, Integer> overrides = new HashMap<>();
            for (Element o : children(num, "lvlOverride")) {
                Element start = child(o, "startOverride");
                String lvl = attr(o, "ilvl");
                if (start != null && lvl != null && val(start) != null) {
                    overrides.put((int) decimal(lvl), (int) decimal(val(start)));
                }
            }
            String ordinal = counters.next(definition, numId.trim(), overrides, k -> parsed[k], ilvl);
            if (ordinal == null) {
                return null;
            }
            Element lvl = levels[ilvl];
            return new Numbered(ordinal, lvl == null ? null : child(lvl, "pPr"), viaStyle);
        }

        /** The abstractNum a num uses, following a numStyleLink to the list style's own definition. */
        private Element definition(Element num) {
            Element current = num;
            for (int hops = 0; hops < 4; hops++) {
                Element a = abstracts.get(val(child(current, "abstractNumId")));
                if (a == null) {
                    return null;
                }
                String link = val(child(a, "numStyleLink"));
                if (link == null) {
                    return a;
                }
                Element listStyle = styles.style(link);
                String linkedNum = val(child(child(child(listStyle, "pPr"), "numPr"), "numId"));
                Element next = linkedNum == null ? null : nums.get(linkedNum);
                if (next == null) {
                    return a;
                }
                current = next;
            }
            return null;
        }

        private int levelOfStyle(Element definition, String styleId) {
            for (Element lvl : children(definition, "lvl")) {
                if (styleId != null && styleId.equals(val(child(lvl, "pStyle")))) {
                    return (int) decimal(attr(lvl, "ilvl"));
                }
            }
            return 0;
        }

        /** The nine levels as one num sees them: the definition's, with whole-level overrides laid over. */
        private Element[] levels(String numId, Element num, Element definition) {
            return levelCache.computeIfAbsent(numId, k -> {
                Element[] out = new Element[ListCounters.LEVELS];
                for (Element lvl : children(definition, "lvl")) {
                    int i = (int) decimal(attr(lvl, "ilvl") == null ? "-1" : attr(lvl, "ilvl"));
                    if (i >= 0 && i < out.length && out[i] == null) {
                        out[i] = lvl;
                    }
                }
                for (Element o : children(num, "lvlOverride")) {
                    Element lvl = child(o, "lvl");
                    int i = (int) decimal(attr(o, "ilvl") == null ? "-1" : attr(o, "ilvl"));
                    if (lvl != null && i >= 0 && i < out.length) {
                        out[i] = lvl;
                    }
                }
                return out;
            });
        }

        private ListCounters.Level[] parse(Element[] levels) {
            ListCounters.Level[] out = new ListCounters.Level[levels.length];
            for (int i = 0; i < levels.length; i++) {
                Element lvl = levels[i];
                if (lvl == null) {
                    continue;
                }
                String start = val(child(lvl, "start"));
                String restart = val(child(lvl, "lvlRestart"));
                String suffix = val(child(lvl, "suff"));
                Element lvlText = child(lvl, "lvlText");
                out[i] = new ListCounters.Level(start == null ? 0 : (int) decimal(start), numFmt(lvl),
                        lvlText == null ? "" : val(lvlText), on(child(lvl, "isLgl")),
                        restart == null ? -1 : (int) decimal(restart), suffix == null ? "tab" : suffix);
            }
            return out;
        }

        /** w:numFmt, or (Word 2010 custom formats) the one in the mc:Fallback that older readers get. */
        private String numFmt(Element lvl) {
            Element f = child(lvl, "numFmt");
            if (f != null && val(f) != null) {
                return val(f);
            }
            for (Node n = lvl.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element alt && MC.equals(alt.getNamespaceURI()) && "AlternateContent".equals(alt.getLocalName())) {
                    for (Node m = alt.getFirstChild(); m != null; m = m.getNextSibling()) {
                        if (m instanceof Element fb && "Fallback".equals(fb.getLocalName())) {
                            Element inner = child(fb, "numFmt");
                            if (inner != null && val(inner) != null) {
                                return val(inner);
                            }
                        }
                    }
                }
            }
            return "decimal";
        }
    }
}
