package org.huibao.parse;

import org.huibao.api.Block;
import org.huibao.api.Heading;
import org.huibao.api.HeadingKind;
import org.huibao.api.Node;
import org.huibao.api.NodeType;
import org.huibao.api.OrdinalStyle;
import org.huibao.api.Sentence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the report tree from normalised text. One report paragraph is one line (as Word, WPS and
 * published texts have it); the parser recognises the front matter (title, addressee, salutation),
 * the back matter (closing, signature and date), headings of the four GB/T 9704 levels on their own
 * line or as a paragraph's first sentence, un-numbered heading lines, enumeration items and sentences.
 * The parser never fails: text it cannot place is a paragraph.
 */
public final class StructureParser {

    /** Longest un-numbered heading line; a longer line without final punctuation is a paragraph. */
    static final int MAX_UNNUMBERED_HEADING = 30;
    static final int MAX_TITLE = 60;
    static final int MAX_ADDRESSEE = 40;

    private static final Pattern SALUTATION = Pattern.compile(
            "^(各位|尊敬的|同志们|亲爱的|老师们|领导们|代表们|委员们).*[：:]$");
    private static final Pattern NOT_ADDRESSEE = Pattern.compile("如下|以下|现将|现就|按照|根据|关于|为了|为");
    private static final Pattern CLOSING = Pattern.compile(
            "^(专此|特此)(报告|汇报|说明|函告|请示)|^以上(报告|汇报|意见|情况)|^汇报完毕|^谢谢(大家|各位)?[。！!]?$"
                    + "|^(妥否|当否|是否妥当)|^(请|恳请|敬请).{0,24}(审阅|审定|审议|批示|批复|指正|核准|批准)");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月"
                    + "(\\s*[\\d一二三四五六七八九十]{1,3}\\s*日)?$");
    private static final Pattern UNIT_LINE = Pattern.compile("^[^，。；：！？,.;:!?、“”]{2,30}$");
    /** Pasted web artefacts (##paidbegin##, HTML tags) hide a line's real start; the wording rules flag them. */
    private static final Pattern ARTEFACT = Pattern.compile("##[A-Za-z_]{1,30}##|</?[A-Za-z][A-Za-z0-9]*[^<>]{0,80}>");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]$");
    private static final String TERMINALS = "。！？!?";
    private static final String CLOSERS = "”’」』）)》】\"'";
    private static final String FINAL_OR_CLAUSE = "。！？!?；;：:，,、";

    /** Parses a report. */
    public Report parse(String name, String text) {
        return new Pass(name, text).run();
    }

    /** Mutable working state of one parse; never escapes. */
    private static final class Pass {
        private final String name;
        private final String text;
        private final LineIndex index;
        private final List<Draft> drafts = new ArrayList<>();
        private int bodyEnd;

        Pass(String name, String text) {
            this.name = name;
            this.text = text;
            this.index = new LineIndex(text);
            this.bodyEnd = text.length();
        }

        Report run() {
            List<Line> lines = lines();
            int first = frontMatter(lines);
            int last = backMatter(lines, first);
            for (int i = first; i <= last; i++) {
                body(lines.get(i));
            }
            List<Draft> headings = new ArrayList<>();
            for (Draft d : drafts) {
                if (d.type == NodeType.HEADING) {
                    headings.add(d);
                }
            }
            drafts.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> d.rank()));
            for (int i = 0; i < drafts.size(); i++) {
                drafts.get(i).id = i;
            }
            nest(headings);
            assignSections();
            List<Node> nodes = new ArrayList<>(drafts.size());
            for (Draft d : drafts) {
                nodes.add(d.freeze(index));
            }
            return new Report(name, text, index, nodes);
        }

        // ---- lines and front/back matter -------------------------------------------------------

        private List<Line> lines() {
            List<Line> out = new ArrayList<>();
            int start = 0;
            while (start <= text.length()) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl;
                int cs = start;
                while (cs < end && isSpace(text.charAt(cs))) {
                    cs++;
                }
                int ce = end;
                while (ce > cs && isSpace(text.charAt(ce - 1))) {
                    ce--;
                }
                Matcher artefact = ARTEFACT.matcher(text).region(cs, ce);
                while (artefact.lookingAt()) {
                    add(new Draft(NodeType.ARTEFACT, artefact.start(), artefact.end()));
                    cs = artefact.end();
                    while (cs < ce && isSpace(text.charAt(cs))) {
                        cs++;
                    }
                    artefact.region(cs, ce);
                }
                boolean markdown = false;
                int hashes = 0;
                while (cs + hashes < ce && text.charAt(cs + hashes) == '#' && hashes < 7) {
                    hashes++;
                }
                if (hashes >= 1 && hashes <= 6 && cs + hashes < ce && isSpace(text.charAt(cs + hashes))) {
                    markdown = true;
                    cs += hashes;
                    while (cs < ce && isSpace(text.charAt(cs))) {
                        cs++;
                    }
                }
                if (ce > cs) {
                    out.add(new Line(cs, ce, text.substring(cs, ce), markdown));
                }
                if (nl < 0) {
                    break;
                }
                start = nl + 1;
            }
            return out;
        }

        /** Marks title, addressee and salutation; returns the index of the first body line. */
        private int frontMatter(List<Line> lines) {
            int i = 0;
            if (i < lines.size() - 1 && isTitle(lines.get(i))) {
                add(new Draft(NodeType.TITLE, lines.get(i).cs, lines.get(i).ce));
                i++;
                if (i < lines.size() - 1 && isSubtitle(lines.get(i))) {
                    add(new Draft(NodeType.TITLE, lines.get(i).cs, lines.get(i).ce));
                    i++;
                }
            }
            for (int k = 0; k < 2 && i < lines.size() - 1; k++) {
                Line line = lines.get(i);
                if (SALUTATION.matcher(line.text).find() && length(line) <= MAX_ADDRESSEE) {
                    add(new Draft(NodeType.SALUTATION, line.cs, line.ce));
                    i++;
                } else if (isAddressee(line)) {
                    add(new Draft(NodeType.ADDRESSEE, line.cs, line.ce));
                    i++;
                } else {
                    break;
                }
            }
            return i;
        }

        private boolean isTitle(Line line) {
            String t = line.text;
            return length(line) <= MAX_TITLE
                    && !hasOrdinal(line)
                    && t.indexOf('。') < 0
                    && FINAL_OR_CLAUSE.indexOf(t.charAt(t.length() - 1)) < 0
                    && !DATE_LINE.matcher(t).matches();
        }

        private boolean isSubtitle(Line line) {
            String t = line.text;
            return length(line) <= MAX_TITLE && (t.startsWith("—") || t.startsWith("－－") || t.startsWith("--")
                    || (t.startsWith("（") && t.endsWith("）") && !hasOrdinal(line)));
        }

        private boolean isAddressee(Line line) {
            String t = line.text;
            char lastChar = t.charAt(t.length() - 1);
            return (lastChar == '：' || lastChar == ':')
                    && length(line) <= MAX_ADDRESSEE
                    && t.indexOf('。') < 0 && t.indexOf('，') < 0
                    && !hasOrdinal(line)
                    && !NOT_ADDRESSEE.matcher(t).find();
        }

        /** Marks closing and signature lines from the end; returns the index of the last body line. */
        private int backMatter(List<Line> lines, int first) {
            int j = lines.size() - 1;
            boolean sawDate = false;
            int signatureStart = -1;
            while (j > first) {
                Line line = lines.get(j);
                if (DATE_LINE.matcher(line.text).matches()) {
                    sawDate = true;
                } else if (!(sawDate && UNIT_LINE.matcher(line.text).matches() && !hasOrdinal(line))) {
                    break;
                }
                signatureStart = j;
                j--;
            }
            for (int k = lines.size() - 1; signatureStart >= 0 && k >= signatureStart; k--) {
                add(new Draft(NodeType.SIGNATURE, lines.get(k).cs, lines.get(k).ce));
            }
            int closingStart = -1;
            while (j > first && isClosing(lines.get(j))) {
                closingStart = j;
                add(new Draft(NodeType.CLOSING, lines.get(j).cs, lines.get(j).ce));
                j--;
            }
            int backStart = closingStart >= 0 ? closingStart : signatureStart;
            if (backStart >= 0) {
                bodyEnd = lines.get(backStart).cs;
            }
            return j;
        }

        private boolean isClosing(Line line) {
            return length(line) <= MAX_ADDRESSEE && CLOSING.matcher(line.text).find();
        }

        // ---- body ------------------------------------------------------------------------------

        private void body(Line line) {
            // a line that is all bold ("**二、自查情况**", "**需要改进的地方**") is a Markdown heading; its
            // marks stay in the line (pasted marks are a finding of their own) but not in the heading's
            // text, or its ordinal and the name of its part go unread
            boolean bold = line.ce - line.cs > 4 && text.startsWith("**", line.cs) && text.startsWith("**", line.ce - 2)
                    && text.indexOf("**", line.cs + 2) == line.ce - 2;
            int cs = bold ? line.cs + 2 : line.cs;
            int ce = bold ? line.ce - 2 : line.ce;
            Optional<Ordinals.Match> ordinal = Ordinals.heading(text, cs, ce);
            if (ordinal.isPresent()) {
                numbered(line, ordinal.get(), cs, ce);
            } else if (line.markdown || bold || isUnnumberedHeading(line)) {
                Draft h = new Draft(NodeType.HEADING, line.cs, line.ce);
                h.kind = HeadingKind.UNNUMBERED;
                h.style = OrdinalStyle.NONE;
                h.textStart = cs;
                h.textEnd = trimFinal(cs, ce);
                add(h);
            } else {
                paragraph(line.cs, line.ce, -1);
            }
        }

        private void numbered(Line line, Ordinals.Match ordinal, int cs, int ce) {
            int bodyStart = cs + ordinal.length();
            while (bodyStart < ce && isSpace(text.charAt(bodyStart))) {
                bodyStart++;
            }
            int firstEnd = sentenceEnd(bodyStart, ce);
            Draft h = new Draft(NodeType.HEADING, line.cs, ce < line.ce && firstEnd == ce ? line.ce : firstEnd);
            h.kind = HeadingKind.NUMBERED;
            h.style = ordinal.style();
            h.level = ordinal.style().level();
            h.ordinal = ordinal.text();
            h.ordinalValue = ordinal.value();
            h.textStart = bodyStart;
            h.textEnd = trimFinal(bodyStart, firstEnd);
            h.inline = firstEnd < ce;
            add(h);
            // A numbered line that reads as prose (ends like a sentence) is also a paragraph, so that
            // what it says counts as body text too.
            if (h.inline || SENTENCE_END.matcher(line.text).find()) {
                paragraph(line.cs, line.ce, ordinal.length());
            }
        }

        private boolean isUnnumberedHeading(Line line) {
            String t = line.text;
            if (length(line) > MAX_UNNUMBERED_HEADING || DATE_LINE.matcher(t).matches()) {
                return false;
            }
            for (int i = 0; i < t.length(); i++) {
                if ("。！？!?；;：:".indexOf(t.charAt(i)) >= 0) {
                    return false;
                }
            }
            return "，,、…—".indexOf(t.charAt(t.length() - 1)) < 0 && Ordinals.enumeration(t, 0, t.length()).isEmpty();
        }

        /**
         * A paragraph line: the block, its sentences, and an enumeration heading for each sentence
         * that opens with 一是/第一，/首先，. {@code headingPrefix} skips a numbered ordinal when
         * looking for enumeration markers in the first sentence.
         */
        private void paragraph(int cs, int ce, int headingPrefix) {
            Draft p = new Draft(NodeType.PARAGRAPH, cs, ce);
            add(p);
            int s = cs;
            int index = 0;
            while (s < ce) {
                int e = sentenceEnd(s, ce);
                int ts = s;
                while (ts < e && isSpace(text.charAt(ts))) {
                    ts++;
                }
                if (ts < e) {
                    Draft sentence = new Draft(NodeType.SENTENCE, ts, e);
                    sentence.paragraph = p;
                    sentence.index = index;
                    char lastChar = text.charAt(e - 1);
                    sentence.leadIn = lastChar == '：' || lastChar == ':';
                    add(sentence);
                    if (!(index == 0 && headingPrefix >= 0)) {
                        enumeration(sentence, index == 0);
                    }
                    index++;
                }
                s = e;
            }
        }

        private void enumeration(Draft sentence, boolean atLineStart) {
            Optional<Ordinals.Match> m = Ordinals.enumeration(text, sentence.start, sentence.end);
            if (m.isEmpty()) {
                return;
            }
            Draft h = new Draft(NodeType.HEADING, sentence.start, sentence.end);
            h.kind = HeadingKind.ENUMERATION;
            h.style = m.get().style();
            h.ordinal = m.get().text();
            h.ordinalValue = m.get().value();
            h.textStart = sentence.start + m.get().length();
            h.textEnd = trimFinal(h.textStart, sentence.end);
            h.inline = true;
            h.paragraph = sentence.paragraph;
            h.midParagraph = !atLineStart;
            add(h);
        }

        /** End (exclusive) of the sentence starting at {@code from}. */
        private int sentenceEnd(int from, int to) {
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                // most characters are CJK ideographs, none of which ends a sentence or a clause
                if (c >= '\u4E00' && c <= '\u9FFF') {
                    i++;
                    continue;
                }
                if (TERMINALS.indexOf(c) >= 0) {
                    int e = i + 1;
                    while (e < to && (TERMINALS.indexOf(text.charAt(e)) >= 0 || CLOSERS.indexOf(text.charAt(e)) >= 0)) {
                        e++;
                    }
                    // 。” closes the quotation and the sentence; “…。”他说 keeps going only if the
                    // quotation mark was the end of a quoted sentence inside running text — rare in
                    // reports, so the sentence ends here.
                    return e;
                }
                if ((c == '：' || c == ':' || c == '；' || c == ';') && i + 1 < to) {
                    int n = i + 1;
                    while (n < to && isSpace(text.charAt(n))) {
                        n++;
                    }
                    if (Ordinals.enumeration(text, n, to).isPresent()) {
                        return n;
                    }
                }
                i++;
            }
            return to;
        }

        private int trimFinal(int from, int to) {
            int e = to;
            while (e > from && (FINAL_OR_CLAUSE.indexOf(text.charAt(e - 1)) >= 0 || isSpace(text.charAt(e - 1)))) {
                e--;
            }
            return e;
        }

        // ---- nesting ---------------------------------------------------------------------------

        /** Levels, parents, scopes and enumeration runs of the headings (given in document order). */
        private void nest(List<Draft> headings) {
            Deque<Draft> open = new ArrayDeque<>();
            Draft lastEnum = null;
            int runs = 0;
            for (Draft h : headings) {
                if (h.kind == HeadingKind.ENUMERATION) {
                    while (!open.isEmpty() && open.peek().scopeEndKnown && open.peek().scopeEnd <= h.start) {
                        open.pop();
                    }
                    Draft parent = open.peek();
                    h.parent = parent;
                    h.level = (parent == null ? 0 : parent.level) + 1;
                    boolean continues = lastEnum != null && lastEnum.parent == parent && lastEnum.style == h.style
                            && h.ordinalValue != 1
                            && (!lastEnum.midParagraph || lastEnum.paragraph == h.paragraph);
                    h.run = continues ? lastEnum.run : ++runs;
                    if (continues) {
                        h.midParagraph = lastEnum.midParagraph;
                    }
                    lastEnum = h;
                    continue;
                }
                if (h.kind == HeadingKind.UNNUMBERED) {
                    Draft numbered = null;
                    for (Draft d : open) {
                        // an item told in its paragraph ("1．舆论引导。围绕…") holds no heading of a line
                        // of its own: "差距不足" after a list of such items opens a part beside the list
                        if (d.kind == HeadingKind.NUMBERED && !d.inline) {
                            numbered = d;
                            break;
                        }
                    }
                    h.level = numbered == null ? 1 : numbered.level + 1;
                }
                while (!open.isEmpty() && open.peek().level >= h.level) {
                    Draft closed = open.pop();
                    closed.scopeEnd = h.start;
                    closed.scopeEndKnown = true;
                }
                h.parent = open.peek();
                open.push(h);
            }
            for (Draft d : open) {
                if (!d.scopeEndKnown) {
                    d.scopeEnd = bodyEnd;
                    d.scopeEndKnown = true;
                }
            }
            enumerationScopes(headings);
        }

        private void enumerationScopes(List<Draft> headings) {
            // An item ends at the next heading that is not an enumeration item or is the next item of
            // its own run. Both are found in one backward pass: a forward search from every item was
            // quadratic in a long stretch of items that each start a run of their own.
            int n = headings.size();
            int[] stop = new int[n];
            int nextOther = -1;
            Map<Integer, Integer> nextOfRun = new HashMap<>();
            for (int i = n - 1; i >= 0; i--) {
                Draft h = headings.get(i);
                if (h.kind != HeadingKind.ENUMERATION) {
                    stop[i] = -1;
                    nextOther = i;
                    continue;
                }
                Integer sameRun = nextOfRun.get(h.run);
                stop[i] = sameRun == null ? nextOther : nextOther < 0 ? sameRun : Math.min(sameRun, nextOther);
                nextOfRun.put(h.run, i);
            }
            for (int i = 0; i < n; i++) {
                Draft h = headings.get(i);
                if (h.kind != HeadingKind.ENUMERATION) {
                    continue;
                }
                int end = h.parent == null ? bodyEnd : h.parent.scopeEnd;
                if (stop[i] >= 0) {
                    end = Math.min(end, headings.get(stop[i]).start);
                }
                // An item is its own paragraph (or, inside a paragraph, up to the next item): what follows
                // the last item of a run is the report going on, not more of that item.
                if (h.paragraph != null) {
                    end = Math.min(end, h.paragraph.end);
                }
                h.scopeEnd = Math.max(end, h.end);
            }
        }

        /** Innermost enclosing heading of every block and sentence, by one sweep in document order. */
        private void assignSections() {
            Deque<Draft> open = new ArrayDeque<>();
            int paragraphs = 0;
            for (Draft d : drafts) {
                if (d.type == NodeType.PARAGRAPH) {
                    d.index = paragraphs++;
                }
                while (!open.isEmpty() && open.peek().scopeEnd <= d.start) {
                    open.pop();
                }
                if (d.type == NodeType.HEADING) {
                    open.push(d);
                } else if (d.type == NodeType.PARAGRAPH || d.type == NodeType.SENTENCE) {
                    d.section = open.peek();
                }
            }
        }

        private void add(Draft d) {
            drafts.add(d);
        }

        private boolean hasOrdinal(Line line) {
            return Ordinals.heading(text, line.cs, line.ce).isPresent()
                    || Ordinals.enumeration(text, line.cs, line.ce).isPresent();
        }

        private int length(Line line) {
            return line.text.codePointCount(0, line.text.length());
        }
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\r' || c == '\f';
    }

    private record Line(int cs, int ce, String text, boolean markdown) {
    }

    /** A node under construction. */
    private static final class Draft {
        final NodeType type;
        final int start;
        final int end;
        int id;
        HeadingKind kind;
        OrdinalStyle style = OrdinalStyle.NONE;
        int level;
        String ordinal = "";
        int ordinalValue;
        int textStart;
        int textEnd;
        boolean inline;
        boolean midParagraph;
        Draft parent;
        Draft paragraph;
        Draft section;
        int scopeEnd;
        boolean scopeEndKnown;
        int run;
        int index;
        boolean leadIn;

        Draft(NodeType type, int start, int end) {
            this.type = type;
            this.start = start;
            this.end = end;
        }

        int rank() {
            return switch (type) {
                case HEADING -> 0;
                case SENTENCE -> 2;
                default -> 1;
            };
        }

        Node freeze(LineIndex index) {
            return switch (type) {
                case HEADING -> new Heading(id, index.span(start, end), slice(index, textStart, textEnd),
                        index.span(textStart, Math.max(textStart, textEnd)), kind, level,
                        ordinal, style, ordinalValue, inline, parent == null ? -1 : parent.id,
                        index.span(start, Math.max(start, scopeEnd)), kind == HeadingKind.ENUMERATION ? run : 0);
                case SENTENCE -> new Sentence(id, index.span(start, end), slice(index, start, end),
                        paragraph.id, section == null ? -1 : section.id, leadIn, this.index);
                default -> new Block(id, type, index.span(start, end), slice(index, start, end),
                        section == null ? -1 : section.id, this.index);
            };
        }

        private static String slice(LineIndex index, int from, int to) {
            return index.text(from, Math.max(from, to));
        }
    }
}
