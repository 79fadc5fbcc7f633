package org.huibao.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.config.Context;
import org.huibao.config.ElementCues;
import org.huibao.model.Element;
import org.huibao.parse.Block;
import org.huibao.parse.Heading;
import org.huibao.parse.Node;
import org.huibao.parse.NodeType;
import org.huibao.parse.Report;
import org.huibao.parse.Sentence;
import org.huibao.parse.Span;

/**
 * Matches the element cue lexicons over a report once, and computes each hit's context flags.
 * Thread-safe: holds only compiled patterns.
 */
public final class CueMatcher {
    private static final String CLAUSE_BREAKS = "，,；;：:。！？!?";

    private final List<ElementCues> elements;
    private final Context context;

    public CueMatcher(List<ElementCues> elements, Context context) {
        this.elements = List.copyOf(elements);
        this.context = context;
    }

    public List<CueHit> match(Report report) {
        List<CueHit> hits = new ArrayList<>();
        for (ElementCues cues : elements) {
            for (Heading h : report.headings()) {
                heading(report, cues, h, hits);
            }
            for (Sentence s : report.sentences()) {
                sentence(report, cues, s, hits);
            }
        }
        return hits;
    }

    private void heading(Report report, ElementCues cues, Heading h, List<CueHit> hits) {
        String text = h.text();
        if (text.isEmpty() || anyFind(cues.headingExclude(), text)) {
            return;
        }
        for (Pattern p : cues.heading()) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                String prefix = clausePrefix(text, m.start());
                boolean negated = context.negation().matcher(prefix).find();
                boolean excluded = overlapsExclude(cues, text, m.start(), m.end());
                boolean specific = sectionSpecific(report, cues, h.span().end(), h.scope().end());
                hits.add(new CueHit(hits.size(), cues.element(), Where.HEADING, h.id(), h.id(), h.span(), h.text(),
                        p.pattern(), negated, false, false, anyFind(context.otherParty(), text), excluded,
                        false, specific));
                return;
            }
        }
    }

    private void sentence(Report report, ElementCues cues, Sentence s, List<CueHit> hits) {
        String text = s.text();
        boolean preview = anyFind(context.preview(), text);
        boolean otherParty = anyFind(context.otherParty(), text);
        if (s.leadIn()) {
            for (Pattern p : cues.leadIn()) {
                Matcher m = p.matcher(text);
                if (m.find()) {
                    String prefix = clausePrefix(text, m.start());
                    boolean specific = sectionSpecific(report, cues, s.span().end(), followingEnd(report, s));
                    hits.add(new CueHit(hits.size(), cues.element(), Where.LEAD_IN, s.id(), s.sectionId(), s.span(),
                            text, p.pattern(), context.negation().matcher(prefix).find(), preview,
                            remedial(text, m), otherParty, overlapsExclude(cues, text, m.start(), m.end()), false,
                            specific));
                    break;
                }
            }
        }
        int lastEnd = -1;
        for (Pattern p : cues.body()) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.end() == m.start() || m.start() < lastEnd) {
                    continue;
                }
                lastEnd = m.end();
                String cue = m.group();
                String prefix = clausePrefix(text, m.start());
                boolean stock = anyMatches(cues.stock(), cue) || anyMatches(cues.vague(), cue);
                boolean specific = !stock
                        || (!anyMatches(cues.vague(), cue) && contentLength(
                                context.genericTopic().matcher(prefix).replaceAll("")) >= context.specificMinChars())
                        || explainedAfter(report, cues, s, m.end());
                int start = s.span().start() + m.start();
                Span span = report.span(start, start + cue.length());
                hits.add(new CueHit(hits.size(), cues.element(), Where.BODY, s.id(), s.sectionId(), span, cue,
                        p.pattern(), context.negation().matcher(prefix).find(), preview, remedial(text, m),
                        otherParty, overlapsExclude(cues, text, m.start(), m.end()), stock, specific));
            }
        }
    }

    /**
     * A stock phrase whose clause ends in a colon followed by enough text ("还有一定差距：部分支部…")
     * introduces its specifics.
     */
    private boolean explainedAfter(Report report, ElementCues cues, Sentence s, int cueEnd) {
        String text = s.text();
        int i = cueEnd;
        while (i < text.length() && CLAUSE_BREAKS.indexOf(text.charAt(i)) < 0 && i - cueEnd <= 2) {
            i++;
        }
        if (i >= text.length() || (text.charAt(i) != '：' && text.charAt(i) != ':')) {
            return false;
        }
        int from = s.span().start() + i + 1;
        int to = i + 1 == text.length() ? followingEnd(report, s) : s.span().end();
        return sectionSpecific(report, cues, from, to);
    }

    /** The cue names a problem the unit acts on ("解决…") or has solved ("…已整改到位"). */
    private boolean remedial(String text, Matcher m) {
        String prefix = clausePrefix(text, m.start());
        if (anyFind(context.remedial(), prefix)) {
            return true;
        }
        return anyFind(context.resolved(), text.substring(m.end()));
    }

    /**
     * A part (the text from {@code from} to {@code to}) is specific when, with stock phrases taken
     * out, enough text is left.
     */
    private boolean sectionSpecific(Report report, ElementCues cues, int from, int to) {
        if (to <= from) {
            return false;
        }
        String body = report.text().substring(from, to);
        for (Pattern p : cues.stock()) {
            body = p.matcher(body).replaceAll("");
        }
        return contentLength(body) >= context.sectionMinChars();
    }

    /** End of what a lead-in sentence introduces: the rest of its paragraph, or the next paragraph. */
    private static int followingEnd(Report report, Sentence s) {
        Block paragraph = (Block) report.node(s.blockId());
        if (s.span().end() < paragraph.span().end() - 1) {
            return paragraph.span().end();
        }
        for (int id = paragraph.id() + 1; id < report.nodes().size(); id++) {
            Node n = report.node(id);
            if (n instanceof Block b && b.type() == NodeType.PARAGRAPH) {
                return b.span().end();
            }
            if (n instanceof Block b && b.type() != NodeType.PARAGRAPH) {
                break;
            }
        }
        return paragraph.span().end();
    }

    private boolean overlapsExclude(ElementCues cues, String text, int start, int end) {
        for (Pattern p : cues.exclude()) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.start() < end && m.end() > start) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text of the clause before {@code offset}: from the last comma, semicolon, colon or full stop. */
    static String clausePrefix(String text, int offset) {
        int i = offset;
        while (i > 0 && CLAUSE_BREAKS.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return text.substring(i, offset);
    }

    static int contentLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    private static boolean anyFind(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMatches(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }
}
