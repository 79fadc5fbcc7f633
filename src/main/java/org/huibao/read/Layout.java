package org.huibao.read;

import java.util.List;
import java.util.Optional;

/**
 * The formatting of a Word document that the layout rules (HB5xx, GB/T 9704) check: per paragraph
 * font, size and indent, and the page margins. Text, Markdown and PDF input have none.
 *
 * @param paragraphs one entry per line of the extracted text that came from a formatted paragraph
 * @param page       the first section's page set-up, if the document declares one
 */
public record Layout(List<ParagraphFormat> paragraphs, Optional<PageSetup> page) {

    public static final Layout NONE = new Layout(List.of(), Optional.empty());

    public Layout {
        paragraphs = List.copyOf(paragraphs);
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty() && page.isEmpty();
    }

    /**
     * How one paragraph is set: the font and size that most of its characters use (East Asian font
     * where the run declares one), its first-line indent in characters, alignment and style name.
     *
     * @param line                 1-based line of the paragraph in the extracted text
     * @param font                 e.g. "仿宋_GB2312", "方正小标宋简体"; empty when unknown
     * @param sizePt               font size in points (三号 = 16, 二号 = 22); 0 when unknown
     * @param firstLineIndentChars first-line indent in characters (2 for a normal body paragraph)
     */
    public record ParagraphFormat(int line, String font, double sizePt, double firstLineIndentChars,
                                  boolean centered, String style) {
    }

    /** Page margins in millimetres (GB/T 9704: top 37, bottom 35, left 28, right 26, each ±1). */
    public record PageSetup(double topMm, double bottomMm, double leftMm, double rightMm) {
    }
}
