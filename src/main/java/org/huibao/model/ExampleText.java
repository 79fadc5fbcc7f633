package org.huibao.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Lang;
import org.huibao.api.PageSetup;
import org.huibao.api.ParagraphFormat;

/**
 * The small notation of a rule's example or test case, as written in a rule file, and what it stands
 * for: the text to check, the places the rule must point at, and for Word layout the formatting.
 *
 * <ul>
 *   <li>{@code [[…]]} marks a text the rule must report, exactly there; several marks, several
 *       findings. The brackets are not part of the checked text.</li>
 *   <li>A line break ({@code \n} in a DRL string) makes the example a whole document; an example of one
 *       line is a line of a short 报告 between its addressee and 特此报告 (see {@link #document()}).</li>
 *   <li>A line starting {@code {font=宋体 size=15 indent=0 center}} is a Word paragraph set that way
 *       (size in points, indent in characters); a line of its own {@code {margins=25.4,25.4,31.8,31.8}}
 *       is the page's top, bottom, left and right margin in millimetres. Only the keys named here make
 *       a directive; any other text in braces is text.</li>
 * </ul>
 *
 * @param text    the example without its notation, as the reader shows it
 * @param marks   the marked texts, in order, with their offsets in {@code text}
 * @param formats the paragraph formats, by 1-based line of {@code text}
 * @param page    the page margins, when a line gives them
 */
public record ExampleText(String text, List<Mark> marks, List<ParagraphFormat> formats, Optional<PageSetup> page) {

    /** A marked text and where it starts in the example's text. */
    public record Mark(int start, String text) {
    }

    public static final String OPEN = "[[";
    public static final String CLOSE = "]]";

    /** Wraps a one-line example: a 报告 to 市委 of the genre most rules are written for. */
    static final String HEAD = "关于2024年度党建工作情况的报告\n市委：\n";
    static final String TAIL = "\n特此报告。\n";

    private static final Pattern DIRECTIVE = Pattern.compile("^\\{([^{}\\n]*)}");
    private static final List<String> PARAGRAPH_KEYS = List.of("font", "size", "indent", "center", "style");

    public ExampleText {
        marks = List.copyOf(marks);
        formats = List.copyOf(formats);
    }

    /** Reads the notation. An unmatched {@code [[} or {@code ]]} is text. */
    public static ExampleText parse(String raw) {
        List<ParagraphFormat> formats = new ArrayList<>();
        PageSetup page = null;
        StringBuilder lines = new StringBuilder();
        int lineNo = 0;
        for (String line : raw.split("\n", -1)) {
            Matcher m = DIRECTIVE.matcher(line);
            if (m.find()) {
                Optional<PageSetup> margins = margins(m.group(1));
                if (margins.isPresent() && line.length() == m.end()) {
                    page = margins.get();
                    continue;
                }
                Optional<ParagraphFormat> format = paragraph(m.group(1), lineNo + 1);
                if (format.isPresent()) {
                    formats.add(format.get());
                    line = line.substring(m.end());
                }
            }
            if (lineNo > 0) {
                lines.append('\n');
            }
            lines.append(line);
            lineNo++;
        }
        StringBuilder text = new StringBuilder();
        List<Mark> marks = new ArrayList<>();
        String s = lines.toString();
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf(OPEN, i);
            int close = open < 0 ? -1 : s.indexOf(CLOSE, open + OPEN.length());
            if (open < 0 || close < 0) {
                text.append(s, i, s.length());
                break;
            }
            text.append(s, i, open);
            String marked = s.substring(open + OPEN.length(), close);
            marks.add(new Mark(text.length(), marked));
            text.append(marked);
            i = close + CLOSE.length();
        }
        return new ExampleText(text.toString(), marks, formats, Optional.ofNullable(page));
    }

    /** The example as a reader sees it: without marks, with the formatting in words. */
    public static String display(String raw, Lang lang) {
        ExampleText e = parse(raw);
        String[] lines = e.text.split("\n", -1);
        for (ParagraphFormat f : e.formats) {
            lines[f.line() - 1] = lines[f.line() - 1] + describe(f, lang);
        }
        String out = String.join("\n", lines);
        if (e.page.isPresent()) {
            PageSetup p = e.page.get();
            String mm = num(p.topMm()) + "/" + num(p.bottomMm()) + "/" + num(p.leftMm()) + "/" + num(p.rightMm());
            out = (lang == Lang.EN ? "[page margins top/bottom/left/right " + mm + " mm]"
                    : "［页边距 上/下/左/右 " + mm + " 毫米］") + (out.isEmpty() ? "" : "\n" + out);
        }
        return out;
    }

    /** Whether this is a whole document rather than a line of one. */
    public boolean wholeDocument() {
        return text.contains("\n");
    }

    /** The document to check: the text itself, or the line set in a short 报告. */
    public String document() {
        if (wholeDocument()) {
            return text.endsWith("\n") ? text : text + "\n";
        }
        return HEAD + text + TAIL;
    }

    /** Where the example's text starts in {@link #document()}. */
    public int offset() {
        return wholeDocument() ? 0 : HEAD.length();
    }

    /** The paragraph formats with their lines in {@link #document()}. */
    public List<ParagraphFormat> documentFormats() {
        int shift = wholeDocument() ? 0 : (int) HEAD.chars().filter(c -> c == '\n').count();
        return formats.stream().map(f -> new ParagraphFormat(f.line() + shift, f.font(), f.sizePt(),
                f.firstLineIndentChars(), f.centered(), f.style())).toList();
    }

    private static Optional<PageSetup> margins(String body) {
        String b = body.strip();
        if (!b.startsWith("margins=")) {
            return Optional.empty();
        }
        String[] mm = b.substring("margins=".length()).split(",");
        if (mm.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PageSetup(Double.parseDouble(mm[0].strip()), Double.parseDouble(mm[1].strip()),
                    Double.parseDouble(mm[2].strip()), Double.parseDouble(mm[3].strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A paragraph directive, or empty when the braces hold anything else (then they are text). */
    private static Optional<ParagraphFormat> paragraph(String body, int line) {
        String font = "";
        String style = "";
        double size = 0;
        // Unstated, a paragraph is indented as GB/T 9704 asks, so that a directive about the font alone
        // does not also raise the indent rule.
        double indent = 2;
        boolean center = false;
        String[] items = body.strip().split("\\s+");
        if (items.length == 1 && items[0].isEmpty()) {
            return Optional.empty();
        }
        for (String item : items) {
            int eq = item.indexOf('=');
            String key = eq < 0 ? item : item.substring(0, eq);
            String value = eq < 0 ? "" : item.substring(eq + 1);
            if (!PARAGRAPH_KEYS.contains(key) || key.equals("center") != (eq < 0) || eq >= 0 && value.isEmpty()) {
                return Optional.empty();
            }
            try {
                switch (key) {
                    case "font" -> font = value;
                    case "style" -> style = value;
                    case "size" -> size = Double.parseDouble(value);
                    case "indent" -> indent = Double.parseDouble(value);
                    default -> center = true;
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new ParagraphFormat(line, font, size, indent, center, style));
    }

    private static String describe(ParagraphFormat f, Lang lang) {
        List<String> parts = new ArrayList<>();
        boolean en = lang == Lang.EN;
        if (!f.font().isEmpty()) {
            parts.add(f.font());
        }
        if (f.sizePt() > 0) {
            parts.add(num(f.sizePt()) + (en ? " pt" : " 磅"));
        }
        if (f.firstLineIndentChars() != 2) {
            parts.add((en ? "indent " : "缩进 ") + num(f.firstLineIndentChars()) + (en ? " chars" : " 字符"));
        }
        if (f.centered()) {
            parts.add(en ? "centred" : "居中");
        }
        return en ? " [" + String.join(", ", parts) + "]" : "［" + String.join("，", parts) + "］";
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
