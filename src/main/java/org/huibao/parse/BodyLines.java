package org.huibao.parse;

import org.huibao.api.HeadingKind;
import org.huibao.api.NodeType;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads the body lines: headings of the four GB/T 9704 levels on their own line or as a paragraph's
 * first sentence, un-numbered heading lines, paragraphs, their sentences and the enumeration items
 * that open sentences. Levels and scopes are left to {@link Nesting}.
 */
final class BodyLines {

    /** Longest un-numbered heading line; a longer line without final punctuation is a paragraph. */
    static final int MAX_UNNUMBERED_HEADING = 30;

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]$");
    private static final String TERMINALS = "。！？!?";
    private static final String CLOSERS = "”’」』）)》】\"'";
    private static final String FINAL_OR_CLAUSE = "。！？!?；;：:，,、";

    private final String text;
    private final Consumer<Draft> out;

    BodyLines(String text, Consumer<Draft> out) {
        this.text = text;
        this.out = out;
    }

    void read(Line line) {
        // a line that is all bold ("**二、自查情况**", "**需要改进的地方**") is a Markdown heading; its
        // marks stay in the line (pasted marks are a finding of their own) but not in the heading's
        // text, or its ordinal and the name of its part go unread
        boolean bold = line.ce() - line.cs() > 4 && text.startsWith("**", line.cs()) && text.startsWith("**", line.ce() - 2)
                && text.indexOf("**", line.cs() + 2) == line.ce() - 2;
        int cs = bold ? line.cs() + 2 : line.cs();
        int ce = bold ? line.ce() - 2 : line.ce();
        Optional<Ordinals.Match> ordinal = Ordinals.heading(text, cs, ce);
        if (ordinal.isPresent()) {
            numbered(line, ordinal.get(), cs, ce);
        } else if (line.markdown() || bold || isUnnumberedHeading(line)) {
            Draft h = new Draft(NodeType.HEADING, line.cs(), line.ce());
            h.kind = HeadingKind.UNNUMBERED;
            h.textStart = cs;
            h.textEnd = trimFinal(cs, ce);
            out.accept(h);
        } else {
            paragraph(line.cs(), line.ce(), -1);
        }
    }

    private void numbered(Line line, Ordinals.Match ordinal, int cs, int ce) {
        int bodyStart = cs + ordinal.length();
        while (bodyStart < ce && Lines.isSpace(text.charAt(bodyStart))) {
            bodyStart++;
        }
        int firstEnd = sentenceEnd(bodyStart, ce);
        Draft h = new Draft(NodeType.HEADING, line.cs(), ce < line.ce() && firstEnd == ce ? line.ce() : firstEnd);
        h.kind = HeadingKind.NUMBERED;
        h.style = ordinal.style();
        h.level = ordinal.style().level();
        h.ordinal = ordinal.text();
        h.ordinalValue = ordinal.value();
        h.textStart = bodyStart;
        h.textEnd = trimFinal(bodyStart, firstEnd);
        h.inline = firstEnd < ce;
        out.accept(h);
        // A numbered line that reads as prose (ends like a sentence) is also a paragraph, so that
        // what it says counts as body text too.
        if (h.inline || SENTENCE_END.matcher(line.text()).find()) {
            paragraph(line.cs(), line.ce(), ordinal.length());
        }
    }

    private boolean isUnnumberedHeading(Line line) {
        String t = line.text();
        if (line.length() > MAX_UNNUMBERED_HEADING || Matter.DATE_LINE.matcher(t).matches()) {
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
        out.accept(p);
        int s = cs;
        int index = 0;
        while (s < ce) {
            int e = sentenceEnd(s, ce);
            int ts = s;
            while (ts < e && Lines.isSpace(text.charAt(ts))) {
                ts++;
            }
            if (ts < e) {
                Draft sentence = new Draft(NodeType.SENTENCE, ts, e);
                sentence.paragraph = p;
                sentence.index = index;
                char lastChar = text.charAt(e - 1);
                sentence.leadIn = lastChar == '：' || lastChar == ':';
                out.accept(sentence);
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
        out.accept(h);
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
                while (n < to && Lines.isSpace(text.charAt(n))) {
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
        while (e > from && (FINAL_OR_CLAUSE.indexOf(text.charAt(e - 1)) >= 0 || Lines.isSpace(text.charAt(e - 1)))) {
            e--;
        }
        return e;
    }
}
