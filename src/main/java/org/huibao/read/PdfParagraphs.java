package org.huibao.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rebuilds the paragraphs of a laid-out document from its text lines, so that the parser gets one
 * line per paragraph as from a text file. Knows nothing of PDF: {@link PdfText} measures the lines.
 *
 * <p>Page furniture goes first, from a page's top and bottom lines only: page numbers ("- 3 -",
 * "第3页", and a bare "3" when set apart), and running headers and footers that repeat (digits
 * aside) on most pages, when set apart from the text by font size or a gap.
 *
 * <p>Then consecutive lines are joined unless the next line starts a paragraph: after a larger
 * vertical gap, at a change of font size, before or after a centred line, after a right-aligned one,
 * at a first-line indent, after a line that ends well before the right margin (there was room for
 * the next line's first word, so the writer broke the line), and at a heading ordinal (一、 （一） 1.)
 * after a finished sentence ("…统" / "一、规范…" is a wrapped line). Item markers (一是 第一， （1） ①)
 * start a paragraph too, except flush left after a full line in a document whose paragraphs are
 * indented: there the marker merely happens to open a wrapped line. A page break is not a
 * paragraph break by itself; the same rules decide across it, without the gap rule. A wrapped
 * title (large, centred lines) is one paragraph.
 */
final class PdfParagraphs {

    /**
     * One line of text as laid out.
     *
     * @param text     the line's text, without leading or trailing blanks
     * @param x0       left edge of the first visible character, in points
     * @param x1       right edge of the last visible character
     * @param baseline distance of the baseline from the top of the page (grows downwards)
     * @param em       width of one Chinese character in this line's font, in points
     */
    record Line(String text, double x0, double x1, double baseline, double em) {
    }

    /** The lines of one page, top to bottom; {@code width} is the page width in points (0 if unknown). */
    record Page(double width, List<Line> lines) {
        Page {
            lines = List.copyOf(lines);
        }
    }

    /** Lines at either end of a page that are looked at for running headers and footers. */
    private static final int EDGE_LINES = 2;
    /** A first-line indent is at least this many ems (two characters is the norm, one is seen too). */
    private static final double INDENT_EMS = 0.75;
    /** A line starting this many ems in is no paragraph's first line but right-aligned or centred. */
    private static final double FAR_IN_EMS = 4;
    /** A line pitch this much above the usual one is a paragraph gap. */
    private static final double GAP_FACTOR = 1.25;
    /** Titles are set larger than the body; a wrapped title is joined only then. */
    private static final double TITLE_SIZE_FACTOR = 1.15;
    /** Lines whose ems differ by more than this share are in different font sizes. */
    private static final double SIZE_CHANGE = 0.12;

    private static final String DASHES = "-－—–‒―~～";
    /** Page numbers that cannot be body text: "- 3 -", "— 3 —", "第3页", "第3页 共5页", "3/5", "Page 3". */
    private static final Pattern DECORATED_PAGE_NUMBER = Pattern.compile(
            "[" + DASHES + "]\\s*\\d{1,4}\\s*[" + DASHES + "]"
                    + "|第\\s*[\\d一二三四五六七八九十百〇]{1,4}\\s*页(\\s*[,，/／]?\\s*共\\s*[\\d一二三四五六七八九十百〇]{1,4}\\s*页)?"
                    + "|共\\s*\\d{1,4}\\s*页\\s*[,，]?\\s*第\\s*\\d{1,4}\\s*页"
                    + "|\\d{1,4}\\s*[/／]\\s*\\d{1,4}"
                    + "|(?i:page)\\s*\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?");
    /** A bare "3" or "iv" may also be a figure in the text; it is a page number only set apart. */
    private static final Pattern BARE_PAGE_NUMBER = Pattern.compile("\\d{1,4}|[IVXLC]{1,7}|[ivxlc]{1,7}");
    private static final String CN = "[一二三四五六七八九十]+";
    /** Heading ordinals as the parser knows them; "一、二季度" and "1.5万元" are not. */
    private static final Pattern HEADING_ORDINAL = Pattern.compile(
            CN + "[、.．](?!" + CN + "[季月年级类批等])|[（(]" + CN + "[）)]|\\d{1,2}(\\.(?!\\d)|．|、(?!\\d))");
    /** Item markers, which also occur inside a paragraph and may open a wrapped line there. */
    private static final Pattern ITEM_ORDINAL = Pattern.compile(
            CN + "是(?=[^的否不])|第" + CN + "[，,、：:]|(首先|其次|再次|最后)[，,]|[（(]\\d{1,2}[）)]|[\\u2460-\\u2473]");
    private static final String SENTENCE_CLOSE = "。！？!?；;：:”’）)…";
    private static final Pattern SUBTITLE_START = Pattern.compile("[—－\\-（(]");
    /** Punctuation that may not start a line, so it travels with the character before it. */
    private static final String NO_LINE_START = "，。、；：！？）》〉」』】”’…·,.;:!?)%";

    private PdfParagraphs() {
    }

    /** The paragraphs of the document, in reading order, each as one string without line breaks. */
    static List<String> paragraphs(List<Page> pages) {
        List<Line> raw = new ArrayList<>();
        pages.forEach(p -> raw.addAll(p.lines()));
        if (raw.isEmpty()) {
            return List.of();
        }
        double bodyEm = bodyEm(raw);
        double pitch = pitch(pages.stream().map(Page::lines).toList());
        List<List<Line>> body = new Furniture(pages, bodyEm, pitch).remove();
        List<Line> all = new ArrayList<>();
        body.forEach(all::addAll);
        if (all.isEmpty()) {
            return List.of();
        }
        return new Joiner(all, body, pages, bodyEm, pitch).run();
    }

    // ---- page furniture ----------------------------------------------------------------------------

    /**
     * Page numbers and running headers and footers. Only lines at a page's top or bottom are looked
     * at, and a bare number or a repeated line only when it is set apart from the text: in another
     * font size or beyond a paragraph gap (a figure or a table header that ends a page stays).
     */
    private static final class Furniture {
        private final List<Page> pages;
        private final double bodyEm;
        private final double pitch;

        Furniture(List<Page> pages, double bodyEm, double pitch) {
            this.pages = pages;
            this.bodyEm = bodyEm;
            this.pitch = pitch;
        }

        List<List<Line>> remove() {
            Set<String> headers = repeated(true);
            Set<String> footers = repeated(false);
            List<List<Line>> out = new ArrayList<>();
            for (Page page : pages) {
                List<Line> lines = new ArrayList<>(page.lines());
                while (!lines.isEmpty() && isFurniture(lines.get(0), lines.size() > 1 ? lines.get(1) : null, headers)) {
                    lines.remove(0);
                }
                while (!lines.isEmpty() && isFurniture(lines.get(lines.size() - 1),
                        lines.size() > 1 ? lines.get(lines.size() - 2) : null, footers)) {
                    lines.remove(lines.size() - 1);
                }
                out.add(lines);
            }
            return out;
        }

        private boolean isFurniture(Line line, Line neighbour, Set<String> repeated) {
            String t = line.text();
            if (DECORATED_PAGE_NUMBER.matcher(t).matches()) {
                return true;
            }
            return (BARE_PAGE_NUMBER.matcher(t).matches() || repeated.contains(key(t))) && apart(line, neighbour);
        }

        private boolean apart(Line line, Line neighbour) {
            if (neighbour == null || sizeChanges(line.em(), bodyEm)) {
                return true;
            }
            double distance = Math.abs(line.baseline() - neighbour.baseline());
            return !Double.isNaN(pitch) && distance > pitch * Math.max(line.em(), neighbour.em()) * GAP_FACTOR;
        }

        /** Texts among the first (or last) lines of more than half of the pages, at least two. */
        private Set<String> repeated(boolean top) {
            Map<String, Integer> counts = new HashMap<>();
            int withText = 0;
            for (Page page : pages) {
                List<Line> lines = page.lines();
                if (lines.isEmpty()) {
                    continue;
                }
                withText++;
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < Math.min(EDGE_LINES, lines.size()); i++) {
                    String key = key(lines.get(top ? i : lines.size() - 1 - i).text());
                    if (!key.isEmpty() && seen.add(key)) {
                        counts.merge(key, 1, Integer::sum);
                    }
                }
            }
            Set<String> out = new HashSet<>();
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() >= 2 && e.getValue() * 2 > withText) {
                    out.add(e.getKey());
                }
            }
            return out;
        }
    }

    /** A running header's text with its page number blotted out and blanks removed. */
    private static String key(String text) {
        return text.replaceAll("\\d+", "#").replaceAll("[\\s\\u3000]+", "");
    }

    // ---- joining -----------------------------------------------------------------------------------

    /** Document-wide measures and the joining pass. */
    private static final class Joiner {
        private final List<List<Line>> body;
        private final double bodyEm;
        private final double left;
        private final double right;
        /** Usual baseline distance of two lines, in ems; NaN when there are no two comparable lines. */
        private final double pitch;
        private final boolean indentsParagraphs;

        Joiner(List<Line> all, List<List<Line>> body, List<Page> pages, double bodyEm, double pitch) {
            this.body = body;
            this.bodyEm = bodyEm;
            this.left = leftMargin(all, bodyEm);
            this.right = rightMargin(all, 0.3 * bodyEm, left, pageWidth(pages));
            this.pitch = pitch;
            this.indentsParagraphs = indentsParagraphs(body);
        }

        List<String> run() {
            List<String> out = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            Line prev = null;
            for (List<Line> page : body) {
                boolean pageBreak = prev != null;
                for (Line line : page) {
                    if (prev != null && startsParagraph(prev, line, pageBreak)) {
                        out.add(paragraph.toString());
                        paragraph.setLength(0);
                    }
                    append(paragraph, line.text());
                    prev = line;
                    pageBreak = false;
                }
            }
            if (paragraph.length() > 0) {
                out.add(paragraph.toString());
            }
            return out;
        }

        private boolean startsParagraph(Line prev, Line cur, boolean pageBreak) {
            if (!pageBreak && gap(prev, cur)) {
                return true;
            }
            if (continuesTitle(prev, cur, pageBreak)) {
                return false;
            }
            if (sizeChanges(prev.em(), cur.em()) || centred(prev) || centred(cur) || standsApart(prev)
                    || indented(cur) || !full(prev, cur)) {
                return true;
            }
            // From here on, cur is flush left after a full line.
            if (HEADING_ORDINAL.matcher(cur.text()).lookingAt()) {
                // "统一、规范" wraps as "…统" / "一、规范…": a heading follows a finished sentence.
                return !endsMidSentence(prev.text());
            }
            // In an indented document that is a wrapped line which happens to open with "二是";
            // in a document without indents it is the next item.
            return ITEM_ORDINAL.matcher(cur.text()).lookingAt() && !indentsParagraphs;
        }

        private boolean gap(Line prev, Line cur) {
            double delta = cur.baseline() - prev.baseline();
            return !Double.isNaN(pitch) && delta > pitch * Math.max(prev.em(), cur.em()) * GAP_FACTOR;
        }

        private boolean continuesTitle(Line prev, Line cur, boolean pageBreak) {
            return !pageBreak
                    && !sizeChanges(prev.em(), cur.em())
                    && prev.em() >= bodyEm * TITLE_SIZE_FACTOR
                    && (centred(prev) || prev.x0() - left < INDENT_EMS * prev.em())
                    && centred(cur)
                    && full(prev, cur)
                    && !SUBTITLE_START.matcher(cur.text()).lookingAt()
                    && !HEADING_ORDINAL.matcher(cur.text()).lookingAt();
        }

        /**
         * Centred between the margins. Word centres a paragraph between its indents, so a centred
         * title that kept the body's two-character first-line indent sits one character right.
         */
        private boolean centred(Line l) {
            double leftGap = l.x0() - left;
            double rightGap = right - l.x1();
            return leftGap >= 0.5 * l.em() && rightGap >= 0.5 * l.em() && Math.abs(leftGap - rightGap) <= 2.5 * l.em();
        }

        /** Set far in from the left (a right-aligned signature or date): a paragraph of its own. */
        private boolean standsApart(Line l) {
            return l.x0() - left > FAR_IN_EMS * l.em();
        }

        private boolean indented(Line l) {
            return l.x0() - left >= INDENT_EMS * l.em();
        }

        /** {@code prev} reaches so close to the right margin that {@code cur}'s first word would not fit. */
        private boolean full(Line prev, Line cur) {
            double room = right - prev.x1();
            return room < (firstWordEms(cur.text()) + 0.5) * cur.em();
        }

        private boolean indentsParagraphs(List<List<Line>> pages) {
            int starts = 0;
            int indented = 0;
            for (List<Line> page : pages) {
                for (int i = 1; i < page.size(); i++) {
                    Line prev = page.get(i - 1);
                    Line cur = page.get(i);
                    if (!sizeChanges(cur.em(), bodyEm) && !full(prev, cur) && !centred(cur) && !standsApart(cur)) {
                        starts++;
                        if (indented(cur)) {
                            indented++;
                        }
                    }
                }
            }
            return starts >= 2 && indented * 2 > starts;
        }
    }

    private static boolean sizeChanges(double a, double b) {
        return Math.abs(a - b) > SIZE_CHANGE * Math.max(a, b);
    }

    /** Width of the text that has to move to the next line together with the first character, in ems. */
    static double firstWordEms(String text) {
        if (text.isEmpty()) {
            return 1;
        }
        int i = 0;
        double ems = 0;
        int first = text.codePointAt(0);
        if (isAsciiWordChar(first)) {
            while (i < text.length() && isAsciiWordChar(text.charAt(i))) {
                ems += 0.55;
                i++;
            }
        } else {
            ems = 1;
            i = Character.charCount(first);
        }
        while (i < text.length() && NO_LINE_START.indexOf(text.charAt(i)) >= 0) {
            ems += text.charAt(i) < 0x80 ? 0.55 : 1;
            i++;
        }
        return ems;
    }

    /** True when the text stops inside a sentence: its last character is not closing punctuation. */
    static boolean endsMidSentence(String text) {
        return text.isEmpty() || SENTENCE_CLOSE.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** Joins a wrapped line to its paragraph: Chinese wraps anywhere, English between words. */
    static void append(StringBuilder paragraph, String line) {
        if (line.isEmpty()) {
            return;
        }
        int n = paragraph.length();
        if (n > 0 && isAsciiAlnum(paragraph.charAt(n - 1)) && isAsciiAlnum(line.charAt(0))) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    /**
     * Fonts exported by Word and WPS often map common characters to look-alikes: Kangxi radicals
     * (⽅ U+2F45 for 方) and CJK compatibility ideographs. Those become the unified ideographs, and
     * Latin ligatures (ﬁ) their letters; full-width punctuation is left alone (NFKC over the whole
     * text would make it ASCII).
     */
    static String normaliseCharacters(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            boolean lookAlike = cp >= 0x2F00 && cp <= 0x2FDF || cp >= 0xF900 && cp <= 0xFAFF
                    || cp >= 0x2F800 && cp <= 0x2FA1F || cp >= 0xFB00 && cp <= 0xFB06;
            if (lookAlike && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                String s = text.substring(i, i + len);
                out.append(lookAlike ? Normalizer.normalize(s, Normalizer.Form.NFKC) : s);
            }
            i += len;
        }
        return out == null ? text : out.toString();
    }

    /** Characters set full width in Chinese text, between which a gap is never a word space. */
    static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || cp >= 0x2010 && cp <= 0x206F || cp >= 0x2E80 && cp <= 0x303F || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFFEF || cp == 0x00B7;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static boolean isAsciiWordChar(int c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '/');
    }

    // ---- document measures -------------------------------------------------------------------------

    /** The em that most characters are set in (to half a point). */
    private static double bodyEm(List<Line> lines) {
        Map<Long, Integer> chars = new HashMap<>();
        for (Line l : lines) {
            chars.merge(Math.round(l.em() * 2), l.text().codePointCount(0, l.text().length()), Integer::sum);
        }
        long best = 0;
        int most = -1;
        for (Map.Entry<Long, Integer> e : chars.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best / 2.0;
    }

    /**
     * The left margin: where the leftmost line of body-size text starts (a small-print note or a
     * large title does not count).
     */
    private static double leftMargin(List<Line> lines, double bodyEm) {
        double min = Double.MAX_VALUE;
        for (Line l : lines) {
            if (!sizeChanges(l.em(), bodyEm)) {
                min = Math.min(min, l.x0());
            }
        }
        return min;
    }

    /**
     * The right margin: the rightmost position where at least two lines end. When fewer than three
     * lines end there (a report of short lines), the margin mirrors the left one if that is wider.
     */
    private static double rightMargin(List<Line> lines, double tolerance, double left, double pageWidth) {
        List<Double> xs = new ArrayList<>();
        lines.forEach(l -> xs.add(-l.x1()));
        xs.sort(null);
        double right = -supported(xs, tolerance, 2).orElse(xs.get(0));
        long endingThere = lines.stream().filter(l -> Math.abs(l.x1() - right) <= tolerance).count();
        double mirrored = pageWidth - left;
        return endingThere < 3 && pageWidth > 0 && mirrored > right ? mirrored : right;
    }

    /** The first value (of sorted {@code xs}) with at least {@code support} values within tolerance above it. */
    private static Optional<Double> supported(List<Double> xs, double tolerance, int support) {
        for (int i = 0; i + support - 1 < xs.size(); i++) {
            if (xs.get(i + support - 1) - xs.get(i) <= tolerance) {
                return Optional.of(xs.get(i));
            }
        }
        return Optional.empty();
    }

    private static double pageWidth(List<Page> pages) {
        for (Page p : pages) {
            if (p.width() > 0) {
                return p.width();
            }
        }
        return 0;
    }

    /** The most common baseline distance of consecutive same-size lines, in ems (to 0.05 em). */
    private static double pitch(List<List<Line>> pages) {
        Map<Long, Integer> counts = new HashMap<>();
        for (List<Line> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                Line a = page.get(i - 1);
                Line b = page.get(i);
                double delta = b.baseline() - a.baseline();
                if (delta > 0 && Math.abs(a.em() - b.em()) <= 0.05 * Math.max(a.em(), b.em())) {
                    counts.merge(Math.round(delta / Math.max(a.em(), b.em()) * 20), 1, Integer::sum);
                }
            }
        }
        long best = -1;
        int bestCount = 0;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() < best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best < 0 ? Double.NaN : best / 20.0;
    }
}
