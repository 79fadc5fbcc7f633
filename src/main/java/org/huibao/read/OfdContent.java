package org.huibao.read;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;

/**
 * The text of one page (or template page) content part, as glyphs placed on the page for
 * {@link PdfLines}. OFD stores text as it is drawn (GB/T 33190 §11): a text object has a boundary
 * box whose top-left corner is its origin, an optional transform (CTM) and a font size; each of its
 * text codes starts a run of characters at X/Y, the next character being DeltaX further on. All
 * lengths are millimetres with the y axis downwards; glyphs come out in points from the page's top,
 * as the PDF reader measures them, so that both are rebuilt into paragraphs alike.
 *
 * <p>Text set at a slant or upside down (watermarks, seals) is left out, as for PDF.
 *
 * @param width     the page's own width in millimetres; NaN when it uses the document's
 * @param templates IDs of the template pages drawn with this page
 * @param glyphs    the page's characters
 */
record OfdContent(double width, List<String> templates, List<PdfLines.Glyph> glyphs) {

    static final double POINTS_PER_MM = 72 / 25.4;
    /** The default when a text object gives no size: 10 pt, the smallest size a report uses. */
    private static final double DEFAULT_SIZE_MM = 10 / POINTS_PER_MM;
    /** tan 2°: a steeper baseline is a rotated text object, not a page's text. */
    private static final double MAX_SLANT = 0.035;
    private static final int MAX_VALUE_CHARS = 4096;

    OfdContent {
        templates = List.copyOf(templates);
        glyphs = List.copyOf(glyphs);
    }

    static OfdContent read(OfdPackage pkg, String part, OfdBudget budget) throws ReadException {
        try (OfdXml xml = OfdXml.open(pkg, part)) {
            return new Parser(xml, budget).run();
        }
    }

    /** Width of a box "x y w h" in millimetres; NaN if it is not one. */
    static double boxWidth(String box) {
        double[] b = numbers(box, 4);
        return b.length == 4 && b[2] > 0 ? b[2] : Double.NaN;
    }

    /** Up to {@code max} numbers separated by blanks; stops at the first that is not a finite number. */
    static double[] numbers(String s, int max) {
        List<Double> out = new ArrayList<>();
        Tokens t = new Tokens(s);
        String tok;
        while (out.size() < max && (tok = t.next()) != null) {
            double v = number(tok);
            if (Double.isNaN(v)) {
                break;
            }
            out.add(v);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double number(String s) {
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Blank-separated tokens of a possibly long attribute, without splitting it all at once. */
    private static final class Tokens {
        private final String s;
        private int i;

        Tokens(String s) {
            this.s = s == null ? "" : s;
        }

        String next() {
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != ',') {
                i++;
            }
            return start == i ? null : s.substring(start, i);
        }
    }

    /**
     * The first {@code n} offsets of a DeltaX or DeltaY list, with "g count value" runs expanded only
     * as far as needed (a run may claim a billion repeats); NaN where the list ends early.
     */
    static double[] deltas(String list, int n) {
        double[] out = new double[Math.max(n, 0)];
        java.util.Arrays.fill(out, Double.NaN);
        Tokens t = new Tokens(list);
        int k = 0;
        String tok;
        while (k < out.length && (tok = t.next()) != null) {
            if (tok.equals("g")) {
                double count = number(String.valueOf(t.next()));
                double value = number(String.valueOf(t.next()));
                if (Double.isNaN(count) || Double.isNaN(value)) {
                    break;
                }
                for (long r = 0; r < count && k < out.length; r++) {
                    out[k++] = value;
                }
            } else {
                double v = number(tok);
                if (Double.isNaN(v)) {
                    break;
                }
                out[k++] = v;
            }
        }
        return out;
    }

    /** One pass over the part's events. */
    private static final class Parser {
        private final OfdXml xml;
        private final OfdBudget budget;
        private final List<String> path = new ArrayList<>();
        private final List<String> templates = new ArrayList<>();
        private final List<PdfLines.Glyph> glyphs = new ArrayList<>();
        private double width = Double.NaN;
        /** The text object being read; null outside one or when it is left out. */
        private TextObject object;
        private boolean inObject;

        Parser(OfdXml xml, OfdBudget budget) {
            this.xml = xml;
            this.budget = budget;
        }

        OfdContent run() throws ReadException {
            int event;
            while ((event = xml.next()) != XMLStreamConstants.END_DOCUMENT) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (start(xml.name(), path.isEmpty() ? "" : path.get(path.size() - 1))) {
                        path.add(xml.name());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && !path.isEmpty()) {
                    String name = path.remove(path.size() - 1);
                    if ("TextObject".equals(name)) {
                        inObject = false;
                        object = null;
                    }
                }
            }
            return new OfdContent(width, templates, glyphs);
        }

        /** Handles a start tag; false when its content was consumed with it. */
        private boolean start(String name, String parent) throws ReadException {
            switch (name) {
                case "PhysicalBox":
                    if ("Area".equals(parent)) {
                        width = boxWidth(xml.elementText(MAX_VALUE_CHARS));
                        return false;
                    }
                    return true;
                case "Template": {
                    String id = xml.attr("TemplateID");
                    if (id != null && "Page".equals(parent)) {
                        templates.add(id.strip());
                    }
                    return true;
                }
                case "TextObject":
                    inObject = true;
                    object = TextObject.of(xml);
                    return true;
                case "TextCode":
                    if (inObject) {
                        String x = xml.attr("X");
                        String y = xml.attr("Y");
                        String dx = xml.attr("DeltaX");
                        String dy = xml.attr("DeltaY");
                        String text = text();
                        if (object != null) {
                            object.code(text, x, y, dx, dy, glyphs, budget);
                        }
                        return false;
                    }
                    return true;
                default:
                    return true;
            }
        }

        /** The text code's characters, counted against the page's budget as they come. */
        private String text() throws ReadException {
            StringBuilder sb = new StringBuilder();
            int start = xml.depth();
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_DOCUMENT || event == XMLStreamConstants.END_ELEMENT && xml.depth() < start) {
                    return sb.toString();
                }
                if (event == XMLStreamConstants.CHARACTERS) {
                    sb.append(xml.text());
                    if (sb.length() > budget.room()) {
                        budget.glyphs(sb.length()); // past a limit: says which
                    }
                }
            }
        }
    }

    /**
     * A text object's placement. The pen position carries from one text code to the next, for a text
     * code without X or Y continues where the previous one ended.
     */
    private static final class TextObject {
        private final double left;
        private final double top;
        private final double a;
        private final double b;
        private final double c;
        private final double d;
        private final double e;
        private final double f;
        private final double size;
        private final double hScale;
        private double penX;
        private double penY;

        private TextObject(double[] box, double[] ctm, double size, double hScale) {
            this.left = box[0];
            this.top = box[1];
            this.a = ctm[0];
            this.b = ctm[1];
            this.c = ctm[2];
            this.d = ctm[3];
            this.e = ctm[4];
            this.f = ctm[5];
            this.size = size;
            this.hScale = hScale;
        }

        /** The object, or null when it is not placed readably or runs at a slant. */
        static TextObject of(OfdXml xml) {
            double[] box = numbers(xml.attr("Boundary"), 4);
            if (box.length < 2) {
                return null;
            }
            double[] ctm = numbers(xml.attr("CTM"), 6);
            if (ctm.length < 6) {
                ctm = new double[] {1, 0, 0, 1, 0, 0};
            }
            if (!(ctm[0] > 0) || !(ctm[3] > 0) || Math.abs(ctm[1]) > MAX_SLANT * ctm[0] || Math.abs(ctm[2]) > MAX_SLANT * ctm[3]) {
                return null;
            }
            double[] size = numbers(xml.attr("Size"), 1);
            double[] hScale = numbers(xml.attr("HScale"), 1);
            return new TextObject(box, ctm, size.length == 1 && size[0] > 0 ? size[0] : DEFAULT_SIZE_MM,
                    hScale.length == 1 && hScale[0] > 0 ? hScale[0] : 1);
        }

        void code(String text, String x, String y, String deltaX, String deltaY, List<PdfLines.Glyph> out, OfdBudget budget)
                throws ReadException {
            double[] xs = numbers(x, 1);
            double[] ys = numbers(y, 1);
            if (xs.length == 1) {
                penX = xs[0];
            }
            if (ys.length == 1) {
                penY = ys[0];
            }
            int n = text.codePointCount(0, text.length());
            double[] dx = deltas(deltaX, n - 1);
            double[] dy = deltas(deltaY, n - 1);
            double xScale = Math.hypot(a, b);
            double yScale = Math.hypot(c, d);
            double em = size * Math.max(xScale, yScale) * POINTS_PER_MM;
            int k = 0;
            for (int i = 0; i < text.length(); k++) {
                int cp = text.codePointAt(i);
                String ch = text.substring(i, i + Character.charCount(cp));
                i += ch.length();
                double advance = k < dx.length ? dx[k] : Double.NaN;
                // The font's metrics are not at hand: an ideograph is one em wide, other characters
                // take their offset to the next one, up to an em (a wider offset is spacing).
                double w = PdfParagraphs.isWide(cp) ? size * hScale
                        : Double.isNaN(advance) || advance <= 0 ? 0.5 * size * hScale : Math.min(advance, size * hScale);
                double pageX = left + a * penX + c * penY + e;
                double pageY = top + b * penX + d * penY + f;
                if (Double.isFinite(pageX) && Double.isFinite(pageY)) {
                    budget.glyphs(1);
                    out.add(new PdfLines.Glyph(ch, pageX * POINTS_PER_MM, w * xScale * POINTS_PER_MM,
                            pageY * POINTS_PER_MM, em));
                }
                penX += Double.isNaN(advance) ? w : advance;
                if (k < dy.length && !Double.isNaN(dy[k])) {
                    penY += dy[k];
                }
            }
        }
    }
}
