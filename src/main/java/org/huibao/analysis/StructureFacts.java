package org.huibao.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huibao.api.Block;
import org.huibao.api.DocumentFact;
import org.huibao.api.FirstSibling;
import org.huibao.api.Heading;
import org.huibao.api.HeadingKind;
import org.huibao.api.Node;
import org.huibao.api.NodeType;
import org.huibao.api.Numbering;
import org.huibao.api.OrdinalMention;
import org.huibao.api.PreviousSibling;
import org.huibao.api.OrdinalStyle;
import org.huibao.api.Sentence;
import org.huibao.api.Trait;
import org.huibao.api.TraitKind;
import org.huibao.parse.Report;

/**
 * The facts the structure rules (rules/structure.drl) read instead of running patterns: the
 * {@link Trait}s of whole nodes (attachment note, title-like lines, the addressee's colon, the kind of
 * closing, heading lines ending with 。) and the {@link OrdinalMention}s in sentences and headings. One
 * pass over the nodes, each text read once with plain character tests.
 *
 * @param traits   in node order
 * @param mentions in node order, each node's in the order found
 * @param siblings each heading's previous sibling in each group it belongs to, in heading order
 * @param firsts   the numbered headings that are the first of their siblings to be something
 */
public record StructureFacts(List<Trait> traits, List<OrdinalMention> mentions, List<PreviousSibling> siblings,
                             List<FirstSibling> firsts) {

    private static final String NUMBER_CHARS = "0123456789一二三四五六七八九十";
    private static final String CN_DIGITS = "一二三四五六七八九十";
    /** Chinese numerals of 1–99 as {@link Numbering#cn} writes them, and their values. */
    private static final Map<String, Integer> CN_VALUES = new HashMap<>();

    static {
        for (int v = 1; v <= 99; v++) {
            CN_VALUES.put(Numbering.cn(v), v);
        }
    }

    public StructureFacts {
        traits = List.copyOf(traits);
        mentions = List.copyOf(mentions);
        siblings = List.copyOf(siblings);
        firsts = List.copyOf(firsts);
    }

    /** Every fact to insert into the rule session: traits, mentions, previous siblings, then first siblings. */
    public List<Object> facts() {
        List<Object> out = new ArrayList<>(traits.size() + mentions.size() + siblings.size() + firsts.size());
        out.addAll(traits);
        out.addAll(mentions);
        out.addAll(siblings);
        out.addAll(firsts);
        return out;
    }

    /** The structure facts of a report: one pass over its nodes. */
    public static StructureFacts of(Report report) {
        Map<Integer, List<Block>> paragraphsByStart = new HashMap<>();
        for (Block b : report.blocks(NodeType.PARAGRAPH)) {
            paragraphsByStart.computeIfAbsent(b.span().start(), k -> new ArrayList<>()).add(b);
        }
        List<Trait> traits = new ArrayList<>();
        List<OrdinalMention> mentions = new ArrayList<>();
        for (Node n : report.nodes()) {
            if (n instanceof Block b) {
                blockTraits(b, traits);
            } else if (n instanceof Heading h) {
                if (h.kind() == HeadingKind.UNNUMBERED) {
                    if (attachmentLabel(h.text()) || attachmentNote(h.text())) {
                        traits.add(new Trait(TraitKind.ATTACHMENT_LABEL, h.id(), h.span()));
                    }
                    if (DocumentFact.namesKind(h.text())) {
                        traits.add(new Trait(TraitKind.TITLE_LIKE, h.id(), h.span()));
                    }
                }
                if (h.kind() == HeadingKind.NUMBERED) {
                    for (Block p : paragraphsByStart.getOrDefault(h.span().start(), List.of())) {
                        if (p.text().endsWith("。") && DocumentFact.oneLine(p.text())) {
                            traits.add(new Trait(TraitKind.HEADING_FULL_STOP, h.id(), h.span()));
                        }
                    }
                }
                mentions(h.id(), NodeType.HEADING, h.span().start(), h.text(), mentions);
            } else if (n instanceof Sentence s) {
                mentions(s.id(), NodeType.SENTENCE, s.span().start(), s.text(), mentions);
            }
        }
        Set<Integer> fullStops = new HashSet<>();
        for (Trait t : traits) {
            if (t.kind() == TraitKind.HEADING_FULL_STOP) {
                fullStops.add(t.nodeId());
            }
        }
        return new StructureFacts(traits, mentions, Siblings.of(report.headings()),
                Siblings.firsts(report.headings(), fullStops));
    }

    static void blockTraits(Block b, List<Trait> traits) {
        String t = b.text();
        switch (b.type()) {
            case PARAGRAPH:
                if (attachmentNote(t)) {
                    traits.add(new Trait(TraitKind.ATTACHMENT_NOTE, b.id(), b.span()));
                }
                if (t.length() <= 60 && DocumentFact.namesKind(t) && !hasAny(t, "。：:，,；;！？!?")) {
                    traits.add(new Trait(TraitKind.TITLE_LIKE, b.id(), b.span()));
                }
                break;
            case ADDRESSEE:
                if (t.endsWith("：") && DocumentFact.oneLine(t)) {
                    traits.add(new Trait(TraitKind.ADDRESSEE_COLON, b.id(), b.span()));
                }
                break;
            case CLOSING:
                if (DocumentFact.oneLine(t)) {
                    if (t.startsWith("特此报告") || t.startsWith("特此汇报") || t.startsWith("专此报告")
                            || t.startsWith("专此汇报")) {
                        traits.add(new Trait(TraitKind.WRITTEN_CLOSING, b.id(), b.span()));
                    }
                    if (t.startsWith("汇报完毕") || t.startsWith("谢谢")) {
                        traits.add(new Trait(TraitKind.SPOKEN_CLOSING, b.id(), b.span()));
                    }
                }
                break;
            default:
                break;
        }
    }

    // ---- attachment note -------------------------------------------------------------------------

    /** 附件, blanks, a number, blanks, a colon, then one line: "附件\s*[0-9一…十]*\s*[：:].*" as a whole. */
    static boolean attachmentNote(String t) {
        int i = attachmentNumber(t);
        if (i < 0) {
            return false;
        }
        i = skipBlanks(t, i);
        return i < t.length() && (t.charAt(i) == '：' || t.charAt(i) == ':') && DocumentFact.oneLine(t.substring(i + 1));
    }

    /**
     * 附件, blanks and a number, and nothing else: "附件\s*[0-9一…十]*" as a whole; or the label of the notes a
     * report appends to explain its terms (附录, 注释, 名词解释), with or without a colon.
     */
    static boolean attachmentLabel(String t) {
        return attachmentNumber(t) == t.length() || APPENDED_NOTES.contains(t.replaceFirst("[：:]$", ""));
    }

    private static final Set<String> APPENDED_NOTES = Set.of("附录", "注释", "名词解释");

    /**
     * Where 附件 or 附录, the blanks and the number after them end, or where 附 before its colon does ("附：有关情况
     * 说明"); -1 if the text starts with none of them.
     */
    private static int attachmentNumber(String t) {
        if (t.length() > 1 && t.charAt(0) == '附' && (t.charAt(1) == '：' || t.charAt(1) == ':')) {
            return 1;
        }
        if (!t.startsWith("附件") && !t.startsWith("附录")) {
            return -1;
        }
        int i = skipBlanks(t, 2);
        while (i < t.length() && NUMBER_CHARS.indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int skipBlanks(String t, int i) {
        while (i < t.length() && blank(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** ASCII white space, as \s in a Java pattern. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean hasAny(String t, String chars) {
        for (int i = 0; i < t.length(); i++) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    // ---- ordinal mentions ------------------------------------------------------------------------

    record Key(OrdinalStyle form, int value) {
    }

    private static void mentions(int nodeId, NodeType type, int start, String text, List<OrdinalMention> out) {
        if (text == null) {
            return;
        }
        for (Key k : find(text)) {
            out.add(new OrdinalMention(nodeId, type, start, k.form(), k.value()));
        }
    }

    /** Every (form, value) mentioned in a text, as {@link OrdinalMention} describes them. */
    static Set<Key> find(String s) {
        Set<Key> out = new LinkedHashSet<>();
        int n = s.length();
        for (int q = 0; q < n; q++) {
            char c = s.charAt(q);
            // Most characters are CJK ideographs, and of those only 是 starts a test below: one range
            // check spares each of them the five set look-ups.
            if (c >= '\u4E00' && c <= '\u9FFF' && c != '是') {
                continue;
            }
            if (c >= '\u2460' && c <= '\u2473') {
                out.add(new Key(OrdinalStyle.CIRCLED, c - '\u2460' + 1));
            }
            // a numeral ending at q, followed by c
            if (c == '是') {
                numeralsBefore(s, q, CN_DIGITS, OrdinalStyle.SHI, out);
            }
            if ("，,、：:".indexOf(c) >= 0) {
                afterDi(s, q, out);
            }
            if ("、.．,，　".indexOf(c) >= 0 || blank(c)) {
                numeralsBefore(s, q, CN_DIGITS + "百", OrdinalStyle.CHINESE_COMMA, out);
            }
            // a number in brackets opening at q
            if (c == '（' || c == '(') {
                inBrackets(s, q, out);
            }
            // a run of digits starting at q
            if (digit(c) && (q == 0 || !digit(s.charAt(q - 1)))) {
                arabicDot(s, q, out);
            }
        }
        return out;
    }

    /** "(^|[^excluded])" + cn(v) + follower, the follower at q. */
    private static void numeralsBefore(String s, int q, String excluded, OrdinalStyle form, Set<Key> out) {
        if (!numeralEndsAt(s, q)) {
            return;
        }
        for (int len = 1; len <= 3 && len <= q; len++) {
            int p = q - len;
            Integer v = CN_VALUES.get(s.substring(p, q));
            if (v != null && (p == 0 || excluded.indexOf(s.charAt(p - 1)) < 0)) {
                out.add(new Key(form, v));
            }
        }
        // from 100 up cn(v) is v in digits: every suffix of the digit run that is such a number
        int r = q;
        while (r > 0 && digit(s.charAt(r - 1))) {
            r--;
        }
        for (int p = Math.max(r, q - 10); p < q; p++) {
            int v = bigNumber(s, p, q);
            if (v > 0 && (p > r || p == 0 || excluded.indexOf(s.charAt(p - 1)) < 0)) {
                out.add(new Key(form, v));
            }
        }
    }

    /** "第" + cn(v) + "[，,、：:]", the follower at q. */
    private static void afterDi(String s, int q, Set<Key> out) {
        if (!numeralEndsAt(s, q)) {
            return;
        }
        for (int len = 1; len <= 3 && len + 1 <= q; len++) {
            int p = q - len;
            Integer v = CN_VALUES.get(s.substring(p, q));
            if (v != null && s.charAt(p - 1) == '第') {
                out.add(new Key(OrdinalStyle.DI, v));
            }
        }
        int r = q;
        while (r > 0 && digit(s.charAt(r - 1))) {
            r--;
        }
        if (r < q && r > 0 && s.charAt(r - 1) == '第') {
            int v = bigNumber(s, r, q);
            if (v > 0) {
                out.add(new Key(OrdinalStyle.DI, v));
            }
        }
    }

    /** "[（(]" + cn(v) + "[）)]" (level 2) and "[（(]" + v + "[）)]" (level 4), the bracket at o. */
    private static void inBrackets(String s, int o, Set<Key> out) {
        int n = s.length();
        for (int len = 1; len <= 3 && o + 1 + len < n; len++) {
            int c = o + 1 + len;
            if (closing(s.charAt(c))) {
                Integer v = CN_VALUES.get(s.substring(o + 1, c));
                if (v != null) {
                    out.add(new Key(OrdinalStyle.CHINESE_PAREN, v));
                }
            }
        }
        int e = o + 1;
        while (e < n && digit(s.charAt(e))) {
            e++;
        }
        if (e > o + 1 && e < n && closing(s.charAt(e))) {
            int v = number(s, o + 1, e);
            if (v > 0) {
                out.add(new Key(OrdinalStyle.ARABIC_PAREN, v));
                if (v >= 100) {
                    out.add(new Key(OrdinalStyle.CHINESE_PAREN, v));
                }
            }
        }
    }

    /** "(^|[^0-9.．])" + v + "([.．](?![0-9])|[、,，])", the digit run starting at r. */
    private static void arabicDot(String s, int r, Set<Key> out) {
        int n = s.length();
        if (r > 0 && (s.charAt(r - 1) == '.' || s.charAt(r - 1) == '．')) {
            return;
        }
        int e = r;
        while (e < n && digit(s.charAt(e))) {
            e++;
        }
        if (e >= n) {
            return;
        }
        char f = s.charAt(e);
        boolean follows = (f == '.' || f == '．') && (e + 1 == n || !digit(s.charAt(e + 1)))
                || f == '、' || f == ',' || f == '，';
        if (follows) {
            int v = number(s, r, e);
            if (v > 0) {
                out.add(new Key(OrdinalStyle.ARABIC_DOT, v));
            }
        }
    }

    /**
     * Whether a numeral can end just before q: Numbering.cn ends every numeral of 1–99 with 一…十, and
     * writes larger ones in digits. Most commas follow neither, and are done with here.
     */
    private static boolean numeralEndsAt(String s, int q) {
        return q > 0 && (CN_DIGITS.indexOf(s.charAt(q - 1)) >= 0 || digit(s.charAt(q - 1)));
    }

    private static boolean closing(char c) {
        return c == '）' || c == ')';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The digits s[from, to) as an int written without leading zeros, at least 1; 0 if they are not one. */
    private static int number(String s, int from, int to) {
        if (to - from > 10 || s.charAt(from) == '0') {
            return 0;
        }
        long v = Long.parseLong(s.substring(from, to));
        return v <= Integer.MAX_VALUE ? (int) v : 0;
    }

    /** As {@link #number}, but only from 100 up: what {@link Numbering#cn} writes in digits. */
    private static int bigNumber(String s, int from, int to) {
        int v = number(s, from, to);
        return v >= 100 ? v : 0;
    }
}
