package org.huibao.read;

import java.io.IOException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One OFD part as a stream of XML events, read with the JDK's own StAX parser: no tree is built, so
 * memory does not grow with the part. OFD XML has no document type declaration, so one is refused
 * outright (no entity of any kind is expanded, no external file or URL is ever opened), and nesting
 * deeper than any real page is refused before the parser's element stack can grow with it.
 */
final class OfdXml implements AutoCloseable {

    /** A page nests page blocks a few levels deep; this is far past any real one. */
    static final int MAX_DEPTH = 256;

    private final OfdPackage.Counted in;
    private final XMLStreamReader xml;
    private final String part;
    private int depth;

    private OfdXml(OfdPackage.Counted in, XMLStreamReader xml, String part) {
        this.in = in;
        this.xml = xml;
        this.part = part;
    }

    static OfdXml open(OfdPackage pkg, String part) throws ReadException {
        OfdPackage.Counted in = pkg.open(part);
        try {
            return new OfdXml(in, factory().createXMLStreamReader(in), part);
        } catch (XMLStreamException | RuntimeException e) {
            closeQuietly(in);
            if (in.failure() != null) {
                throw in.failure();
            }
            throw OfdFiles.damaged(OfdFiles.shown(part) + " 不是有效的 XML", OfdFiles.shown(part) + " is not valid XML", e);
        }
    }

    // A new factory per part: factories are not promised to be thread-safe, and this one is cheap.
    private static XMLInputFactory factory() {
        // The JDK's parser, whatever other StAX implementation the class path may bring.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /**
     * Moves to the next start tag, end tag or text and returns its {@link XMLStreamConstants} type;
     * {@link XMLStreamConstants#END_DOCUMENT} at the end.
     */
    int next() throws ReadException {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT:
                        if (++depth > MAX_DEPTH) {
                            throw OfdFiles.damaged(OfdFiles.shown(part) + " 的 XML 嵌套过深（超过 " + MAX_DEPTH + " 层）",
                                    OfdFiles.shown(part) + " nests XML more than " + MAX_DEPTH + " levels deep", null);
                        }
                        return event;
                    case XMLStreamConstants.END_ELEMENT:
                        depth--;
                        return event;
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                    case XMLStreamConstants.SPACE:
                        return XMLStreamConstants.CHARACTERS;
                    case XMLStreamConstants.DTD:
                        throw OfdFiles.damaged(OfdFiles.shown(part) + " 含有 OFD 不允许的文档类型声明（DOCTYPE）",
                                OfdFiles.shown(part) + " has a document type declaration, which OFD does not allow", null);
                    default:
                        break;
                }
            }
            return XMLStreamConstants.END_DOCUMENT;
        } catch (XMLStreamException | RuntimeException e) {
            if (in.failure() != null) {
                throw in.failure();
            }
            throw OfdFiles.damaged(OfdFiles.shown(part) + " 不是有效的 XML", OfdFiles.shown(part) + " is not valid XML", e);
        }
    }

    /** Local name of the current tag; OFD files use several namespace URIs and prefixes for the same names. */
    String name() {
        return xml.getLocalName();
    }

    /** An attribute of the current start tag by local name, or null. */
    String attr(String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (localName.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    String text() {
        return xml.getText();
    }

    int depth() {
        return depth;
    }

    /**
     * The text inside the current start tag, up to its end tag, at most {@code max} characters (a
     * location or a box, never a whole part).
     */
    String elementText(int max) throws ReadException {
        StringBuilder sb = new StringBuilder();
        int start = depth;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_DOCUMENT || event == XMLStreamConstants.END_ELEMENT && depth < start) {
                return sb.toString();
            }
            if (event == XMLStreamConstants.CHARACTERS && sb.length() < max) {
                String t = text();
                sb.append(t, 0, Math.min(t.length(), max - sb.length()));
            }
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // the stream below is closed next
        }
        closeQuietly(in);
    }

    private static void closeQuietly(OfdPackage.Counted in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // an inflater stream of a read-only zip: nothing to save
        }
    }
}
