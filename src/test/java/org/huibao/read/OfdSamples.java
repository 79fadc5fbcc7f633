package org.huibao.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.element.Paragraph;
import org.ofdrw.layout.element.Position;
import org.ofdrw.layout.element.TextAlign;

/**
 * OFD files for the tests: whole reports typeset by ofdrw-layout (the open-source OFD writer, as an
 * office would produce them), and small hand-made packages for the hostile cases.
 */
final class OfdSamples {

    private static final double MM_PER_PT = 25.4 / 72;
    private static final double BODY_PT = 16;

    enum Align { LEFT, CENTRE, RIGHT }

    /** One paragraph to set: text, size in points, first-line indent in characters, alignment, space above in mm. */
    record Para(String text, double size, int indentChars, Align align, double spaceBefore) {
        Para before(double mm) {
            return new Para(text, size, indentChars, align, mm);
        }
    }

    static Para title(String text) {
        return new Para(text, 22, 0, Align.CENTRE, 0);
    }

    static Para body(String text) {
        return new Para(text, BODY_PT, 2, Align.LEFT, 0);
    }

    static Para flush(String text) {
        return new Para(text, BODY_PT, 0, Align.LEFT, 0);
    }

    static Para right(String text) {
        return new Para(text, BODY_PT, 0, Align.RIGHT, 0);
    }

    private OfdSamples() {
    }

    /**
     * The paragraphs set on A4 pages of {@code pageHeight} mm, with a small running header at the
     * top of every page and "- N -" centred at the bottom, as 公文 are paginated.
     */
    static byte[] report(List<Para> paragraphs, String header, double pageHeight) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OFDDoc doc = new OFDDoc(out)) {
            PageLayout page = new PageLayout(210d, pageHeight);
            // 公文 set 16 pt characters on a grid that fills the line; ofdrw-layout neither justifies
            // nor compresses, so the text width is a whole number of its 5.6405 mm advances (27).
            page.setMargin(30d, 210 - 28 - 152.4, 30d, 28d);
            doc.setDefaultPageLayout(page);
            doc.onPage(p -> {
                if (header != null) {
                    p.add(placed(header, 9, 28, 14, 154, TextAlign.center));
                }
                p.add(placed("- " + p.getPageNum() + " -", 12, 95, pageHeight - 20, 20, TextAlign.center));
            });
            for (Para para : paragraphs) {
                Paragraph p = new Paragraph(para.text(), para.size() * MM_PER_PT);
                p.setFirstLineIndent(para.indentChars());
                p.setTextAlign(switch (para.align()) {
                    case LEFT -> TextAlign.left;
                    case CENTRE -> TextAlign.center;
                    case RIGHT -> TextAlign.right;
                });
                p.setLineSpace(para.size() * MM_PER_PT * 0.5);
                if (para.spaceBefore() > 0) {
                    p.setMarginTop(para.spaceBefore());
                }
                doc.add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Paragraph placed(String text, double sizePt, double x, double y, double width, TextAlign align) {
        Paragraph p = new Paragraph(text, sizePt * MM_PER_PT);
        p.setPosition(Position.Absolute);
        p.setX(x);
        p.setY(y);
        p.setWidth(width);
        p.setTextAlign(align);
        return p;
    }

    // ---- hand-made packages ------------------------------------------------------------------------

    static final String NS = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";

    static String ofdXml(String docRoot) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD " + NS + " Version=\"1.1\" DocType=\"OFD\">"
                + "<ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo>"
                + "<ofd:DocRoot>" + docRoot + "</ofd:DocRoot></ofd:DocBody></ofd:OFD>";
    }

    static String documentXml(String pages) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document " + NS + "><ofd:CommonData>"
                + "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
                + "<ofd:MaxUnitID>9</ofd:MaxUnitID></ofd:CommonData>"
                + "<ofd:Pages>" + pages + "</ofd:Pages></ofd:Document>";
    }

    /** A page whose text objects are {@code objects}, each a text line at 16 pt. */
    static String pageXml(String objects) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page " + NS + "><ofd:Content>"
                + "<ofd:Layer ID=\"2\">" + objects + "</ofd:Layer></ofd:Content></ofd:Page>";
    }

    /** One line of text at {@code y} mm from the top, left margin 28 mm, 16 pt. */
    static String line(double y, String text) {
        return "<ofd:TextObject ID=\"3\" Boundary=\"28 " + y + " 160 8\" Font=\"1\" Size=\"5.644\">"
                + "<ofd:TextCode X=\"0\" Y=\"6\" DeltaX=\"g " + Math.max(text.length() - 1, 0) + " 5.644\">"
                + text + "</ofd:TextCode></ofd:TextObject>";
    }

    /** OFD.xml, Doc_0/Document.xml with one page, and that page's content. */
    static Map<String, byte[]> onePage(String pageContent) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("OFD.xml", utf8(ofdXml("Doc_0/Document.xml")));
        parts.put("Doc_0/Document.xml", utf8(documentXml("<ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/>")));
        parts.put("Doc_0/Pages/Page_0/Content.xml", utf8(pageContent));
        return parts;
    }

    /** {@code pages} pages, each one line of {@code chars} characters, different on every page. */
    static Map<String, byte[]> pagesOfText(int pages, int chars) {
        Map<String, byte[]> parts = onePage("");
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            // the same line on every page would be a running header
            String text = Character.toString(0x4E00 + i).repeat(chars);
            parts.put("Doc_0/Pages/Page_" + i + "/Content.xml", utf8(pageXml(line(40, text))));
            list.append("<ofd:Page ID=\"").append(i + 1).append("\" BaseLoc=\"Pages/Page_").append(i).append("/Content.xml\"/>");
        }
        parts.put("Doc_0/Document.xml", utf8(documentXml(list.toString())));
        return parts;
    }

    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The zip with the uncompressed size of {@code name} in its central directory set to 1000 bytes:
     * a zip that understates what it inflates to.
     */
    static byte[] understate(byte[] zip, String name) {
        byte[] out = zip.clone();
        byte[] wanted = utf8(name);
        for (int i = 0; i + 46 < out.length; i++) {
            if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 1 && out[i + 3] == 2) {
                int nameLength = (out[i + 28] & 0xFF) | (out[i + 29] & 0xFF) << 8;
                if (java.util.Arrays.equals(out, i + 46, i + 46 + nameLength, wanted, 0, wanted.length)) {
                    out[i + 24] = (byte) 0xE8;
                    out[i + 25] = 0x03;
                    out[i + 26] = 0;
                    out[i + 27] = 0;
                    return out;
                }
            }
        }
        throw new IllegalArgumentException("no central directory entry " + name);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
