package org.huibao.api;

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
