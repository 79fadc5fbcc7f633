package org.huibao.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML front matter block: a text file (Markdown from a static-site tool, the published texts of
 * state organs as collected online) may open with a {@code ---} line, lines of {@code key: value}
 * and a closing {@code ---} (or {@code ...}) line. It is metadata, not body: the parser reads the
 * body from the line after it, so nothing in it is a title, a paragraph or a finding, and every
 * node keeps its offset, line and column in the file as it is (the block is skipped, never cut out).
 * Its {@code title:} names the report when the body has no title line of its own.
 *
 * <p>Only a block every line of which reads as YAML counts: a report that opens with a {@code ---}
 * rule line is prose after it ("关于…的报告", "一、…"), whose colons are full-width, and stays body.
 *
 * @param end   offset of the first character after the block's closing line (0: no front matter)
 * @param title the {@code title:} value, unquoted; "" when the block has none
 */
public record FrontMatter(int end, String title) {

    public static final FrontMatter NONE = new FrontMatter(0, "");

    /** More lines than metadata ever takes: a longer block is not front matter but a document with rules. */
    private static final int MAX_LINES = 200;
    /** {@code key: value} or {@code key:} with a key of letters, digits, _ . - and no spaces (YAML's plain keys). */
    private static final Pattern KEY = Pattern.compile("^([\\p{L}_][\\p{L}\\p{N}_.-]{0,39})[ \\t]*:(?:[ \\t]+(.*))?$");
    /** A list item under a key ("- 中共中央") or a comment; indented lines continue the key above. */
    private static final Pattern ITEM_OR_COMMENT = Pattern.compile("^(-([ \\t].*)?|#.*)$");

    private static final Pattern BLOCK_SCALAR = Pattern.compile("[|>][-+]?[0-9]?");

    public boolean present() {
        return end > 0;
    }

    /** The front matter at the very start of {@code text}, or {@link #NONE}. */
    public static FrontMatter read(CharSequence text) {
        int lineEnd = lineEnd(text, 0);
        if (!isDelimiter(text, 0, lineEnd, false)) {
            return NONE;
        }
        String title = "";
        boolean keys = false;
        int start = lineEnd + 1;
        for (int n = 0; n < MAX_LINES && start <= text.length(); n++) {
            int end = lineEnd(text, start);
            if (isDelimiter(text, start, end, true)) {
                return keys ? new FrontMatter(Math.min(end + 1, text.length()), title) : NONE;
            }
            String line = text.subSequence(start, end).toString().stripTrailing();
            Matcher key = KEY.matcher(line);
            if (key.matches()) {
                keys = true;
                // a block scalar (title: >) spreads over the lines below; such a title is not read
                if (title.isEmpty() && key.group(1).equals("title") && key.group(2) != null
                        && !BLOCK_SCALAR.matcher(key.group(2).strip()).matches()) {
                    title = unquote(key.group(2).strip());
                }
            } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))
                    && !ITEM_OR_COMMENT.matcher(line).matches()) {
                return NONE;
            }
            if (end >= text.length()) {
                break;
            }
            start = end + 1;
        }
        return NONE;
    }

    private static int lineEnd(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return text.length();
    }

    /** {@code ---} alone on its line (trailing blanks allowed); {@code ...} also closes a block. */
    private static boolean isDelimiter(CharSequence text, int from, int to, boolean closing) {
        String line = text.subSequence(from, to).toString().stripTrailing();
        return line.equals("---") || closing && line.equals("...");
    }

    /** A YAML scalar's text: '…' with '' for a quote, "…" with \" and \\; a plain value as it is. */
    private static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            return v.substring(1, v.length() - 1).replace("''", "'").strip();
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\").strip();
        }
        // a plain scalar ends before a comment
        int comment = v.indexOf(" #");
        return (comment >= 0 ? v.substring(0, comment) : v).strip();
    }
}
