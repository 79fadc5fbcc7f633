package org.huibao.output;

/**
 * Text from reports, made safe for the html format: markup characters escaped, what XML cannot carry
 * replaced and hidden characters shown ({@link Outputs#xmlSafe}), file names escaped as names
 * ({@link Visible#escape}) and right-to-left text isolated. The page is also well-formed XML, so the
 * same escaping serves text content and attribute values.
 */
final class HtmlText {

    private HtmlText() {
    }

    /** A file name: its hidden characters shown as escapes ({@link Visible}), then as {@link #isolated}. */
    static String name(String file) {
        return isolated(Visible.escape(file));
    }

    /**
     * Text from a report beside other text: escaped, and in {@code <bdi>} when it has right-to-left
     * letters, which could otherwise reorder the page's text around it. Without them the two render
     * alike, so the markup is left as it was. Looked for after escaping: a right-to-left mark is shown
     * as an escape, and leaves nothing to isolate.
     */
    static String isolated(String s) {
        String e = esc(s);
        return Visible.hasRightToLeft(e) ? "<bdi>" + e + "</bdi>" : e;
    }

    /** Text content: &amp;, &lt;, &gt; escaped; characters XML cannot carry replaced, bidi controls shown. */
    static String esc(String s) {
        return escape(s, false);
    }

    /** Attribute values (always in double quotes): also quotes, and line breaks and tabs kept as references. */
    static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        String t = Outputs.xmlSafe(s);
        StringBuilder b = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\'' -> b.append(attribute ? "&#39;" : "'");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
