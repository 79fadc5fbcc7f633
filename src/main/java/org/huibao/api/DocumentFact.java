package org.huibao.api;


/**
 * Facts about the whole report that rules need.
 *
 * @param title     empty if the report has none
 * @param head      the report's first line: where findings about the report as a whole point
 * @param bodyChars letters and digits in the body (headings and paragraphs)
 * @param figures   figures in the body ("24次", "95%"; config.yaml, balance.figures)
 */
public record DocumentFact(String name, String title, Span head, Genre genre, int bodyChars, int figures) {

    public boolean hasTitle() {
        return !title.isEmpty();
    }

    /** True when the file is Markdown (.md, .markdown): paired stars are emphasis there, not masks. */
    public boolean markdown() {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return !hasLineBreak(name) && (n.endsWith(".md") || n.endsWith(".markdown"));
    }

    /** True when the title says the document is a 请示 (its last word, trailing blanks aside). */
    public boolean titledRequest() {
        if (hasLineBreak(title)) {
            return false;
        }
        int end = title.length();
        while (end > 0 && " \t\n\u000B\f\r".indexOf(title.charAt(end - 1)) >= 0) {
            end--;
        }
        return title.startsWith("请示", end - 2) && end >= 2;
    }

    private static boolean hasLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
