package org.huibao.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.huibao.api.Balance;
import org.huibao.api.Clause;
import org.huibao.api.CueHit;
import org.huibao.api.Element;
import org.huibao.api.ElementKind;
import org.huibao.api.Heading;
import org.huibao.api.OrdinalStyle;
import org.huibao.api.PartRole;
import org.huibao.api.Sentence;
import org.huibao.config.Context;
import org.huibao.config.ElementCues;
import org.huibao.parse.Report;

/**
 * Matches the element cue lexicons over a report once: decides the role of each part from its heading,
 * then has the headings ({@link HeadingCues}) and the sentences ({@link SentenceCues}) give their hits.
 * Thread-safe: holds only compiled patterns.
 */
public final class CueMatcher {

    private final List<ElementCues> elements;
    private final Context context;
    private final Balance balance;
    private final Segmenter segmenter;

    /** Whether a cue or context pattern can find anything in a text, answered by the scan of its line. */
    private final CueGates gates;
    /** Rules a concrete pattern out for a part that holds none of its anchors. */
    private final StretchGate concreteGate;
    /** The concrete patterns as they are matched: their {@link QuickClasses} equivalents. */
    private final List<Pattern> concrete;
    private final HeadingCues headingCues;
    private final SentenceCues sentenceCues;

    public CueMatcher(List<ElementCues> elements, Context context, Balance balance) {
        this(elements, context, balance, new Vocabulary.Builder(), new Segmenter());
    }

    /** A matcher whose patterns' anchors are added to {@code words}, the vocabulary lines are scanned with. */
    CueMatcher(List<ElementCues> elements, Context context, Balance balance, Vocabulary.Builder words,
               Segmenter segmenter) {
        this.segmenter = segmenter;
        this.elements = List.copyOf(elements);
        this.context = context;
        this.balance = balance;
        this.concreteGate = new StretchGate(balance.concrete());
        this.concrete = balance.concrete().stream().map(QuickClasses::of).toList();
        List<Pattern> all = new ArrayList<>(context.remedial());
        all.addAll(context.resolved());
        all.addAll(context.otherParty());
        all.addAll(context.preview());
        all.addAll(context.achievements());
        for (ElementCues c : this.elements) {
            for (List<Pattern> list : List.of(c.heading(), c.headingExclude(), c.body(), c.leadIn(), c.exclude(),
                    c.forward())) {
                all.addAll(list);
            }
        }
        this.gates = new CueGates(all, words);
        Remedies remedies = new Remedies(context, gates);
        Specificity specificity = new Specificity(context, gates);
        CueReading reading = new CueReading(context, gates);
        this.headingCues = new HeadingCues(context, gates, remedies, specificity, reading);
        this.sentenceCues = new SentenceCues(gates, remedies, specificity, reading);
    }

    public List<CueHit> match(Report report) {
        return match(report, null).hits();
    }

    /**
     * The cue hits of a report and the clauses they stand in; {@code roles}: the headings whose part has a
     * role, by id (see {@link #roleOf}).
     */
    record Matches(List<CueHit> hits, List<Clause> clauses, Map<Integer, PartRole> roles) {
    }

    /** The cue hits of a report, with its lines' scans ({@code null}: none). */
    Matches match(Report report, LineScans scans) {
        List<CueHit> hits = new ArrayList<>();
        Parts parts = new Parts(report.text(), concrete, concreteGate);
        ClauseReader clauses = new ClauseReader(report, segmenter, context.negation());
        List<ElementCues> builtIn = elements.stream().filter(c -> c.element().builtIn()).toList();
        List<ElementCues> others = elements.stream().filter(c -> !c.element().builtIn()).toList();
        // What each part of the report is for decides how the cues inside it are read: headings first.
        List<HeadingCues.HeadingMatch> headingMatches = new ArrayList<>();
        Map<Integer, PartRole> roles = new HashMap<>();
        for (Heading h : report.headings()) {
            if (h.style() == OrdinalStyle.SEQUENCE) {
                // "首先，…", "最后，镇党委书记在点评中指出…" open sentences, not parts: their words are read as
                // running text
                continue;
            }
            for (ElementCues cues : builtIn) {
                HeadingCues.HeadingMatch hm = headingCues.match(report, cues, h, scans);
                if (hm != null) {
                    headingMatches.add(hm);
                    roles.putIfAbsent(h.id(), role(cues.element()));
                }
            }
            boolean achievements = gates.anyFind(context.achievements(), h.text(), h.textSpan().start(), scans);
            if (!roles.containsKey(h.id()) && achievements) {
                roles.put(h.id(), PartRole.ACHIEVEMENTS);
            } else if (achievements && roles.get(h.id()) == PartRole.PROBLEMS) {
                // "一、客观看待成绩，清醒认识当前存在的突出问题" opens a part of both: what was done in it is
                // not a problem, so it has no single role (the heading still names the problems)
                roles.put(h.id(), PartRole.OTHER);
            }
        }
        List<Sentence> sentences = report.sentences();
        Set<Integer> introduced = introducedMeasures(report, sentences, builtIn, roles, scans);
        // what a sentence previews and whom it is about does not depend on the element: asked once
        boolean[] preview = new boolean[sentences.size()];
        boolean[] otherParty = new boolean[sentences.size()];
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            preview[k] = gates.anyFind(context.preview(), s.text(), s.span().start(), scans);
            otherParty[k] = gates.anyFind(context.otherParty(), s.text(), s.span().start(), scans);
        }
        CuePass pass = new CuePass(report, sentences, parts, clauses, roles, introduced, preview, otherParty, hits,
                scans);
        match(pass, builtIn, headingMatches);
        // An office's elements come after the built-in ones: they give no part a role, and read a clause
        // only after the built-in cues have, so declaring one never changes the built-in verdicts.
        if (!others.isEmpty()) {
            List<HeadingCues.HeadingMatch> more = new ArrayList<>();
            for (Heading h : report.headings()) {
                if (h.style() == OrdinalStyle.SEQUENCE) {
                    continue;
                }
                for (ElementCues cues : others) {
                    HeadingCues.HeadingMatch hm = headingCues.match(report, cues, h, scans);
                    if (hm != null) {
                        more.add(hm);
                    }
                }
            }
            match(pass, others, more);
        }
        return new Matches(hits, clauses.clauses(), roles);
    }

    /**
     * The items a lead-in of next steps introduces are measures, whatever they are about: "讲了三点意见：…
     * 三是切实扛起巡察整改主体责任" requires responsibility, "重点抓好以下工作：（一）加强组织领导" plans how
     * the work will be led. Their ids are returned.
     */
    private Set<Integer> introducedMeasures(Report report, List<Sentence> sentences,
                                            List<ElementCues> builtIn, Map<Integer, PartRole> roles,
                                            LineScans scans) {
        Set<Integer> introduced = new HashSet<>();
        List<Heading> headings = report.headings();
        for (ElementCues cues : builtIn) {
            if (cues.like() != ElementKind.NEXT_STEPS) {
                continue;
            }
            for (Sentence s : sentences) {
                if (s.leadIn() && gates.anyFind(cues.leadIn(), s.text(), s.span().start(), scans)) {
                    Part part = Introduced.part(report, s);
                    for (Heading h : headings) {
                        if (h.span().start() >= part.from() && h.span().start() < part.to()) {
                            roles.put(h.id(), PartRole.MEASURES);
                            introduced.add(h.id());
                        }
                    }
                }
            }
        }
        return introduced;
    }

    /** Headings first, then each element's cues sentence by sentence: the order of the hits. */
    private void match(CuePass p, List<ElementCues> cuesOf, List<HeadingCues.HeadingMatch> headingMatches) {
        for (HeadingCues.HeadingMatch hm : headingMatches) {
            // a heading's own role is its element's; what matters is the part it opens inside, or the
            // lead-in that introduces it as an item
            PartRole role = p.introduced().contains(hm.heading().id()) ? PartRole.MEASURES
                    : p.roleOf(hm.heading().parentId());
            headingCues.add(p, hm, role);
        }
        for (ElementCues cues : cuesOf) {
            for (int k = 0; k < p.sentences().size(); k++) {
                sentenceCues.add(p, k, cues, p.roleOf(p.sentences().get(k).sectionId()));
            }
        }
    }

    /** The role a built-in element's heading gives its part. */
    private static PartRole role(Element e) {
        if (e.equals(Element.LEADERSHIP)) {
            return PartRole.LEADERSHIP;
        }
        return e.equals(Element.SHORTCOMINGS) ? PartRole.PROBLEMS : PartRole.MEASURES;
    }

    /** The role of the innermost heading, from {@code sectionId} outwards, whose part has one. */
    static PartRole roleOf(Report report, Map<Integer, PartRole> roles, int sectionId) {
        if (sectionId < 0) {
            return PartRole.OTHER;
        }
        for (Heading h : report.headingChain(sectionId)) {
            PartRole r = roles.get(h.id());
            if (r != null) {
                return r;
            }
        }
        return PartRole.OTHER;
    }
}
