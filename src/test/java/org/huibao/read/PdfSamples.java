package org.huibao.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Builds PDFs for the tests the way Word lays out a report (A4, GB/T 9704 proportions: 28 characters
 * of 16 pt a line, first-line indent of two characters, justified lines), with running headers and
 * page numbers if asked.
 *
 * <p>No font file is needed: the glyphs are Type 3 fonts drawn as boxes, 255 characters per font,
 * each with a ToUnicode map, so the text extracts exactly and the tests run on a machine without CJK
 * fonts. Chinese characters are one em wide, ASCII half an em.
 */
public final class PdfSamples {

    static final float PAGE_WIDTH = 595.3f;
    static final float PAGE_HEIGHT = 841.9f;
    static final float LEFT = 80f;
    static final float BODY = 16f;
    static final float TEXT_WIDTH = 28 * BODY;
    static final float TOP = 760f;
    static final float BOTTOM = 90f;

    /** Punctuation Word does not put at a line start: it takes the character before with it. */
    private static final String NO_LINE_START = "，。、；：！？）》”’…";
    private static final String NO_LINE_END = "（《“‘";

    enum Align { LEFT, CENTRE, RIGHT }

    /** One paragraph to set: its text, font size, first-line indent in characters, alignment. */
    record Para(String text, float size, float indentChars, Align align, float spaceBefore) {
        Para before(float points) {
            return new Para(text, size, indentChars, align, points);
        }
    }

    static Para title(String text) {
        return new Para(text, 22, 0, Align.CENTRE, 0);
    }

    static Para body(String text) {
        return new Para(text, BODY, 2, Align.LEFT, 0);
    }

    static Para flush(String text) {
        return new Para(text, BODY, 0, Align.LEFT, 0);
    }

    static Para right(String text) {
        return new Para(text, BODY, 0, Align.RIGHT, 0);
    }

    /** A line as placed: baseline {@code y} from the bottom of the page, PDF style. */
    record Placed(float x, float y, float size, float charSpacing, String text) {
    }

    private PdfSamples() {
    }

    /** A PDF of a title and body paragraphs, for tests outside this package. */
    public static byte[] simpleReport(String title, String... paragraphs) {
        List<Para> paras = new ArrayList<>();
        paras.add(title(title));
        for (String p : paragraphs) {
            paras.add(body(p));
        }
        return new Typesetter().pdf(paras);
    }

    /** Sets paragraphs on pages and writes the PDF. */
    static final class Typesetter {
        private int linesPerPage = Integer.MAX_VALUE;
        private boolean justify = true;
        private String header;
        private boolean pageNumbers;
        private boolean unicode = true;
        private final List<List<Placed>> pages = new ArrayList<>();

        Typesetter linesPerPage(int n) {
            this.linesPerPage = n;
            return this;
        }

        /** Ragged right, as with Word's "左对齐". */
        Typesetter raggedRight() {
            this.justify = false;
            return this;
        }

        Typesetter header(String text) {
            this.header = text;
            return this;
        }

        /** "- 1 -" centred at the foot of each page, as GB/T 9704 has it. */
        Typesetter pageNumbers() {
            this.pageNumbers = true;
            return this;
        }

        /** Fonts without a ToUnicode map and with made-up glyph names, so the text cannot be extracted. */
        Typesetter withoutUnicode() {
            this.unicode = false;
            return this;
        }

        /** The lines as set, page by page (header and page number not included). */
        List<List<Placed>> pages() {
            return pages;
        }

        byte[] pdf(List<Para> paragraphs) {
            layout(paragraphs);
            try (PDDocument doc = new PDDocument()) {
                Fonts fonts = new Fonts();
                List<byte[]> contents = new ArrayList<>();
                for (int p = 0; p < pages.size(); p++) {
                    List<Placed> lines = new ArrayList<>(pages.get(p));
                    if (header != null) {
                        lines.add(0, centred(header, 10.5f, PAGE_HEIGHT - 50));
                    }
                    if (pageNumbers) {
                        lines.add(centred("- " + (p + 1) + " -", 14, 50));
                    }
                    contents.add(content(lines, fonts));
                }
                COSDictionary fontResources = fonts.resources(doc, unicode);
                for (byte[] content : contents) {
                    PDPage page = new PDPage(new PDRectangle(PAGE_WIDTH, PAGE_HEIGHT));
                    PDResources resources = new PDResources();
                    resources.getCOSObject().setItem(COSName.FONT, fontResources);
                    page.setResources(resources);
                    page.setContents(stream(doc, content));
                    doc.addPage(page);
                }
                return save(doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void layout(List<Para> paragraphs) {
            pages.clear();
            List<Placed> page = new ArrayList<>();
            pages.add(page);
            float y = TOP;
            for (Para para : paragraphs) {
                y -= para.spaceBefore();
                float pitch = para.size() * 1.8f;
                List<String> lines = wrap(para);
                for (int i = 0; i < lines.size(); i++) {
                    if (page.size() == linesPerPage || y < BOTTOM) {
                        page = new ArrayList<>();
                        pages.add(page);
                        y = TOP;
                    }
                    String line = lines.get(i);
                    float indent = i == 0 ? para.indentChars() * para.size() : 0;
                    float width = width(line, para.size());
                    float room = TEXT_WIDTH - indent - width;
                    float x = switch (para.align()) {
                        case LEFT -> LEFT + indent;
                        case CENTRE -> LEFT + indent + room / 2;
                        case RIGHT -> LEFT + TEXT_WIDTH - width;
                    };
                    boolean lastLine = i == lines.size() - 1;
                    int chars = line.codePointCount(0, line.length());
                    float spacing = justify && !lastLine && para.align() == Align.LEFT && chars > 1 ? room / (chars - 1) : 0;
                    page.add(new Placed(x, y, para.size(), spacing, line));
                    y -= pitch;
                }
            }
        }

        private static List<String> wrap(Para para) {
            String t = para.text();
            List<String> lines = new ArrayList<>();
            int i = 0;
            while (i < t.length()) {
                float avail = TEXT_WIDTH - (lines.isEmpty() ? para.indentChars() * para.size() : 0);
                float w = 0;
                int j = i;
                while (j < t.length() && w + width(t.charAt(j), para.size()) <= avail + 0.01f) {
                    w += width(t.charAt(j), para.size());
                    j++;
                }
                if (j < t.length()) {
                    int k = j;
                    while (k > i + 1 && isAsciiAlnum(t.charAt(k)) && isAsciiAlnum(t.charAt(k - 1))) {
                        k--;
                    }
                    if (isAsciiAlnum(t.charAt(k)) && k > i + 1) {
                        j = k;
                    }
                    while (j > i + 1 && NO_LINE_START.indexOf(t.charAt(j)) >= 0) {
                        j--;
                    }
                    while (j > i + 1 && NO_LINE_END.indexOf(t.charAt(j - 1)) >= 0) {
                        j--;
                    }
                }
                lines.add(t.substring(i, j));
                i = j;
            }
            return lines;
        }

        private static Placed centred(String text, float size, float y) {
            return new Placed(LEFT + (TEXT_WIDTH - width(text, size)) / 2, y, size, 0, text);
        }

        private static byte[] content(List<Placed> lines, Fonts fonts) {
            StringBuilder s = new StringBuilder();
            for (Placed line : lines) {
                s.append("BT\n").append(num(line.charSpacing())).append(" Tc\n")
                        .append("1 0 0 1 ").append(num(line.x())).append(' ').append(num(line.y())).append(" Tm\n");
                int font = -1;
                StringBuilder hex = new StringBuilder();
                for (int i = 0; i < line.text().length(); i++) {
                    int[] slot = fonts.slot(line.text().charAt(i));
                    if (slot[0] != font) {
                        flush(s, hex);
                        font = slot[0];
                        s.append("/F").append(font).append(' ').append(num(line.size())).append(" Tf\n");
                    }
                    hex.append(String.format(Locale.ROOT, "%02X", slot[1]));
                }
                flush(s, hex);
                s.append("ET\n");
            }
            return s.toString().getBytes(StandardCharsets.US_ASCII);
        }

        private static void flush(StringBuilder s, StringBuilder hex) {
            if (hex.length() > 0) {
                s.append('<').append(hex).append("> Tj\n");
                hex.setLength(0);
            }
        }
    }

    /** Characters to Type 3 fonts: font {@code i / 255}, code {@code 1 + i % 255}. */
    private static final class Fonts {
        private final Map<Character, Integer> index = new LinkedHashMap<>();

        int[] slot(char c) {
            int i = index.computeIfAbsent(c, k -> index.size());
            return new int[] {i / 255, 1 + i % 255};
        }

        COSDictionary resources(PDDocument doc, boolean unicode) throws IOException {
            List<Character> chars = new ArrayList<>(index.keySet());
            COSDictionary fonts = new COSDictionary();
            for (int f = 0; f * 255 < chars.size(); f++) {
                fonts.setItem(COSName.getPDFName("F" + f),
                        type3(doc, chars.subList(f * 255, Math.min(chars.size(), (f + 1) * 255)), unicode));
            }
            return fonts;
        }

        private static COSDictionary type3(PDDocument doc, List<Character> chars, boolean unicode) throws IOException {
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.getPDFName("Type3"));
            font.setItem(COSName.FONT_BBOX, numbers(0, -150, 1000, 880));
            font.setItem(COSName.FONT_MATRIX, numbers(0.001f, 0, 0, 0.001f, 0, 0));
            COSDictionary procs = new COSDictionary();
            COSArray differences = new COSArray();
            differences.add(COSInteger.ONE);
            COSArray widths = new COSArray();
            StringBuilder map = new StringBuilder();
            for (int i = 0; i < chars.size(); i++) {
                char c = chars.get(i);
                int w = c < 0x80 ? 500 : 1000;
                String name = "g" + (i + 1);
                differences.add(COSName.getPDFName(name));
                widths.add(COSInteger.get(w));
                String proc = w + " 0 0 -120 " + w + " 860 d1 " + w / 10 + " -100 " + w * 8 / 10 + " 900 re f";
                procs.setItem(COSName.getPDFName(name), cosStream(doc, proc.getBytes(StandardCharsets.US_ASCII)));
                map.append(String.format(Locale.ROOT, "<%02X> <%04X>%n", i + 1, (int) c));
            }
            font.setItem(COSName.getPDFName("CharProcs"), procs);
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.DIFFERENCES, differences);
            font.setItem(COSName.ENCODING, encoding);
            font.setInt(COSName.FIRST_CHAR, 1);
            font.setInt(COSName.LAST_CHAR, chars.size());
            font.setItem(COSName.WIDTHS, widths);
            font.setItem(COSName.RESOURCES, new COSDictionary());
            String cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                    + "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
                    + chars.size() + " beginbfchar\n" + map + "endbfchar\n"
                    + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
            if (unicode) {
                font.setItem(COSName.TO_UNICODE, cosStream(doc, cmap.getBytes(StandardCharsets.US_ASCII)));
            }
            return font;
        }
    }

    /** A page with only a picture on it, like a scanned report. */
    static byte[] imageOnly() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 80; y += 4) {
                for (int x = 0; x < 60; x++) {
                    image.setRGB(x, y, 0x202020);
                }
            }
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(xobject, 50, 50, 495, 742);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code pdf} encrypted; an empty user password opens it without asking, like a "protected" PDF. */
    static byte[] encrypted(byte[] pdf, String userPassword) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static PDStream stream(PDDocument doc, byte[] content) throws IOException {
        PDStream s = new PDStream(doc);
        try (OutputStream out = s.createOutputStream()) {
            out.write(content);
        }
        return s;
    }

    private static COSStream cosStream(PDDocument doc, byte[] content) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream out = s.createOutputStream()) {
            out.write(content);
        }
        return s;
    }

    private static COSArray numbers(float... values) {
        COSArray a = new COSArray();
        for (float v : values) {
            a.add(new COSFloat(v));
        }
        return a;
    }

    static float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += width(text.charAt(i), size);
        }
        return w;
    }

    private static float width(char c, float size) {
        return c < 0x80 ? size / 2 : size;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static String num(float v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
