package org.huibao.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the glyphs of one page into text lines, top to bottom and left to right, with their
 * geometry for {@link PdfParagraphs}. Knows nothing of PDF: {@link PdfText} supplies the glyphs.
 *
 * <p>Lines are found by baseline, not by glyph boxes: CJK fonts declare tall boxes, so boxes of a
 * 22 pt title overlap the line above and a box-based grouping (PDFBox's own) interleaves them. Two
 * glyphs share a line when their baselines are less than half the larger size apart, which keeps a
 * raised footnote mark on its line.
 */
final class PdfLines {

    /**
     * One glyph as placed on the page, in reading direction.
     *
     * @param text     its Unicode text (one character, or a few for a ligature)
     * @param x        left edge of its advance, in points
     * @param width    its advance width
     * @param baseline distance of the baseline from the top of the page
     * @param size     font size in points on the page
     */
    record Glyph(String text, double x, double width, double baseline, double size) {
    }

    /** Share of the line's em above which a gap between two Latin characters is a word space. */
    private static final double WORD_GAP = 0.25;

    private PdfLines() {
    }

    static List<PdfParagraphs.Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!g.text().isEmpty()) {
                sorted.add(g);
            }
        }
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<PdfParagraphs.Line> out = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        double reference = 0;
        double size = 0;
        for (Glyph g : sorted) {
            if (!line.isEmpty() && g.baseline() - reference >= 0.5 * Math.max(size, g.size())) {
                add(out, line);
                line.clear();
            }
            if (line.isEmpty()) {
                reference = g.baseline();
                size = g.size();
            }
            size = Math.max(size, g.size());
            line.add(g);
        }
        add(out, line);
        return out;
    }

    private static void add(List<PdfParagraphs.Line> out, List<Glyph> glyphs) {
        List<Glyph> line = new ArrayList<>(glyphs);
        line.sort(Comparator.comparingDouble(Glyph::x));
        List<Double> hanWidths = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        List<Double> baselines = new ArrayList<>();
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        for (Glyph g : line) {
            if (isBlank(g.text())) {
                continue;
            }
            x0 = Math.min(x0, g.x());
            x1 = Math.max(x1, g.x() + g.width());
            baselines.add(g.baseline());
            sizes.add(g.size());
            if (Character.UnicodeScript.of(g.text().codePointAt(0)) == Character.UnicodeScript.HAN) {
                hanWidths.add(g.width());
            }
        }
        if (baselines.isEmpty()) {
            return;
        }
        // Ideographs are square, so their advance is the em whatever the matrices did; compressed
        // punctuation is not, which is why only ideographs are measured.
        double em = hanWidths.isEmpty() ? median(sizes) : median(hanWidths);
        if (!(em > 0)) {
            em = 10;
        }
        String text = PdfParagraphs.normaliseCharacters(strip(text(line, em)));
        out.add(new PdfParagraphs.Line(text, x0, x1, median(baselines), em));
    }

    /**
     * The line's text. A gap is a word space only between two Latin characters: between Chinese
     * characters it is justification, letter spacing or Word's spacing around Latin text.
     */
    private static String text(List<Glyph> line, double em) {
        StringBuilder sb = new StringBuilder();
        double end = Double.NaN;
        for (Glyph g : line) {
            if (sb.length() > 0 && g.x() - end > WORD_GAP * em) {
                int before = sb.codePointBefore(sb.length());
                int after = g.text().codePointAt(0);
                if (!PdfParagraphs.isWide(before) && !PdfParagraphs.isWide(after)
                        && !isBlank(Character.toString(before)) && !isBlank(g.text())) {
                    sb.append(' ');
                }
            }
            sb.append(g.text());
            end = g.x() + g.width();
        }
        return sb.toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isBlank(s.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isBlank(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
