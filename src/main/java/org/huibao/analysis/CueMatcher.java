package org.huibao.analysis;

import org.huibao.api.Clause;
import org.huibao.api.CueHit;
import org.huibao.api.Element;
import org.huibao.api.ElementKind;
import org.huibao.api.Mode;
import org.huibao.api.Owner;
import org.huibao.api.PartRole;
import org.huibao.api.Where;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Balance;
import org.huibao.config.Context;
import org.huibao.config.ElementCues;
import org.huibao.api.Heading;
import org.huibao.api.OrdinalStyle;
import org.huibao.parse.Report;
import org.huibao.api.Sentence;
import org.huibao.api.Span;

/**
 * Matches the element cue lexicons over a report once, and computes each hit's context flags.
 * Thread-safe: holds only compiled patterns.
 */
public final class CueMatcher {

    private final List<ElementCues> elements;
    private final Context context;
    private final Balance balance;
    private final Segmenter segmenter;
    private final Specificity specificity;

    /** Whether a cue or context pattern can find anything in a text, answered by the scan of its line. */
    private final CueGates gates;
    /** Whether a cue names a problem told as remedied or solved. */
    private final Remedies remedies;
    /** Rules a concrete pattern out for a part that holds none of its anchors. */
    private final StretchGate concreteGate;

    public CueMatcher(List<ElementCues> elements, Context context, Balance balance) {
        this(elements, context, balance, new Vocabulary.Builder(), new Segmenter());
    }

    /** A matcher whose patterns' anchors are added to {@code words}, the vocabulary lines are scanned with. */
    CueMatcher(List<ElementCues> elements, Context context, Balance balance, Vocabulary.Builder words,
               Segmenter segmenter) {
        this.segmenter = segmenter;
        this.specificity = new Specificity(context);
        this.elements = List.copyOf(elements);
        this.context = context;
        this.balance = balance;
        this.concreteGate = new StretchGate(balance.concrete());
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
        this.remedies = new Remedies(context, gates);
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

    /** A heading that matched an element's heading cue, before its clause is read. */
    private record HeadingMatch(ElementCues cues, Heading heading, Matcher m, String pattern) {
    }

    /** The cue hits of a report, with its lines' scans ({@code null}: none). */
    Matches match(Report report, LineScans scans) {
        List<CueHit> hits = new ArrayList<>();
        Parts parts = new Parts(report.text(), balance.concrete(), concreteGate);
        ClauseReader clauses = new ClauseReader(report, segmenter, context.negation());
        List<ElementCues> builtIn = elements.stream().filter(c -> c.element().builtIn()).toList();
        List<ElementCues> others = elements.stream().filter(c -> !c.element().builtIn()).toList();
        // What each part of the report is for decides how the cues inside it are read: headings first.
        List<HeadingMatch> headingMatches = new ArrayList<>();
        Map<Integer, PartRole> roles = new HashMap<>();
        for (Heading h : report.headings()) {
            if (h.style() == OrdinalStyle.SEQUENCE) {
                // "首先，…", "最后，镇党委书记在点评中指出…" open sentences, not parts: their words are read as
                // running text
                continue;
            }
            for (ElementCues cues : builtIn) {
                HeadingMatch hm = headingMatch(report, cues, h, scans);
                if (hm != null) {
                    headingMatches.add(hm);
                    roles.putIfAbsent(h.id(), role(cues.element()));
                }
            }
            if (!roles.containsKey(h.id()) && gates.anyFind(context.achievements(), h.text(), h.textSpan().start(), scans)) {
                roles.put(h.id(), PartRole.ACHIEVEMENTS);
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
        Pass pass = new Pass(report, sentences, parts, clauses, roles, introduced, preview, otherParty, hits, scans);
        match(pass, builtIn, headingMatches);
        // An office's elements come after the built-in ones: they give no part a role, and read a clause
        // only after the built-in cues have, so declaring one never changes the built-in verdicts.
        if (!others.isEmpty()) {
            List<HeadingMatch> more = new ArrayList<>();
            for (Heading h : report.headings()) {
                if (h.style() == OrdinalStyle.SEQUENCE) {
                    continue;
                }
                for (ElementCues cues : others) {
                    HeadingMatch hm = headingMatch(report, cues, h, scans);
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

    /** What matching the cues of some elements over one report shares. */
    private record Pass(Report report, List<Sentence> sentences, Parts parts, ClauseReader clauses,
                        Map<Integer, PartRole> roles, Set<Integer> introduced, boolean[] preview, boolean[] otherParty, List<CueHit> hits,
                        LineScans scans) {
    }

    private void match(Pass p, List<ElementCues> cuesOf, List<HeadingMatch> headingMatches) {
        for (HeadingMatch hm : headingMatches) {
            // a heading's own role is its element's; what matters is the part it opens inside, or the
            // lead-in that introduces it as an item
            PartRole role = p.introduced().contains(hm.heading().id()) ? PartRole.MEASURES
                    : roleOf(p.report(), p.roles(), hm.heading().parentId());
            heading(p.report(), p.sentences(), p.parts(), p.clauses(), hm, role, p.hits(), p.scans());
        }
        for (ElementCues cues : cuesOf) {
            for (int k = 0; k < p.sentences().size(); k++) {
                PartRole role = roleOf(p.report(), p.roles(), p.sentences().get(k).sectionId());
                sentence(p.report(), p.sentences(), k, p.parts(), p.clauses(), cues, role, p.preview()[k],
                        p.otherParty()[k], p.hits(), p.scans());
            }
        }
    }

    /**
     * Whether a remedy disqualifies the element's cues, so their clauses need not be read: a plain
     * element's cue names a topic, and acting on it ("推动党风廉政建设") is what a report tells.
     */
    private static boolean disqualifies(ElementCues cues) {
        return cues.like() != ElementKind.PLAIN;
    }

    /**
     * Where the words that may name who does what a cue says end: the cue's end, so that an owner word in
     * it speaks ("压实企业主体责任": the enterprises'); for a plain element its start, since its cue names a
     * topic whose name may hold one ("中央八项规定" is the unit's to carry out).
     */
    private static int agentEnd(ElementCues cues, Matcher m) {
        return cues.like() == ElementKind.PLAIN ? m.start() : m.end();
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

    private HeadingMatch headingMatch(Report report, ElementCues cues, Heading h, LineScans scans) {
        String text = h.text();
        int at = h.textSpan().start();
        if (text.isEmpty() || gates.anyFind(cues.headingExclude(), text, at, scans)) {
            return null;
        }
        if (cues.like() == ElementKind.NEXT_STEPS && ReviewedYear.of(report, text)) {
            return null;
        }
        for (Pattern p : cues.heading()) {
            if (!gates.mayFind(p, text, at, scans)) {
                continue;
            }
            Matcher m = p.matcher(text);
            if (m.find()) {
                return new HeadingMatch(cues, h, m, p.pattern());
            }
        }
        return null;
    }

    private void heading(Report report, List<Sentence> sentences, Parts parts, ClauseReader clauses,
                         HeadingMatch hm, PartRole role, List<CueHit> hits, LineScans scans) {
        Heading h = hm.heading();
        ElementCues cues = hm.cues();
        Matcher m = hm.m();
        String text = h.text();
        int at = h.textSpan().start();
        boolean excluded = overlapsExclude(cues, text, m.start(), m.end(), at, scans);
        // a problem heading may be an item told as remedied ("（三）针对…不足的问题"); a plan's heading
        // names what it will remedy ("巩固整改成果的下一步措施") and is no less a plan
        boolean remedial = cues.like() == ElementKind.SHORTCOMINGS
                && (remedies.remedial(text, m, at, scans) || remedies.resolvedUnder(sentences, h, scans));
        Reading r = reading(clauses, h.id(), text, at, m.start(), agentEnd(cues, m), role, excluded || remedial);
        Part part = new Part(h.span().end(), h.scope().end());
        int problems = specificity.clauses(report.text(), part.from(), part.to(), cues);
        // a heading made only of a stock phrase ("高度重视，精心部署") promises a part it may not hold
        boolean stock = Patterns.anyMatches(cues.stock(), m.group())
                || cues.like() == ElementKind.LEADERSHIP && StockHeading.of(cues.stock(), text);
        // a heading left with nothing under it ("五、存在的主要问题及改进情况（一）存在问题" closing a report, or
        // a table of contents) only names a part the text does not hold
        boolean preview = holdsNothing(report, sentences, hm, scans);
        hits.add(new CueHit(hits.size(), cues.element(), cues.like(), Where.HEADING, h.id(), h.id(), h.span(),
                h.text(), hm.pattern(), r.negated(), preview, remedial, gates.anyFind(context.otherParty(), text, at, scans),
                excluded, stock, problems > 0, parts.extent(part), parts.concrete(part), r.clauseId(), false,
                r.agent(), problems));
    }

    /**
     * A heading on a line of its own whose part holds no sentence and no heading but further headings of
     * its element: a table of contents, or a report cut off (or left unfinished) after the heading.
     */
    private boolean holdsNothing(Report report, List<Sentence> sentences, HeadingMatch hm, LineScans scans) {
        Heading h = hm.heading();
        if (h.inline()) {
            return false;
        }
        int from = h.span().end();
        int to = h.scope().end();
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < sentences.size() && sentences.get(lo).span().start() < to) {
            return false;
        }
        for (Heading sub : report.headings()) {
            if (sub.span().start() >= from && sub.span().start() < to
                    && headingMatch(report, hm.cues(), sub, scans) == null) {
                return false;
            }
        }
        return true;
    }

    /** What the clause of a cue says of it: its clause, whether it is denied there, and who does it. */
    private record Reading(int clauseId, boolean negated, Owner agent) {
    }

    /**
     * Reads the clause of the cue from {@code start} to {@code end} of {@code text}. A cue its context
     * already disqualifies (a preview, boilerplate, something remedied) is not read: segmenting costs,
     * and no rule counts it; its clause id is -1.
     */
    private Reading reading(ClauseReader clauses, int nodeId, String text, int at, int start, int end, PartRole role,
                            boolean disqualified) {
        if (disqualified) {
            return new Reading(-1, false, Owner.UNKNOWN);
        }
        ClauseReader.Read clause = clauses.at(nodeId, text, at, start, role);
        int from = clause.from();
        boolean negated = clause.negationBefore(start - from, context.negation()) != null;
        return new Reading(clause.clause().id(), negated, clauses.agent(clause, start - from, end - from));
    }

    private void sentence(Report report, List<Sentence> sentences, int k, Parts parts, ClauseReader clauses,
                          ElementCues cues, PartRole role, boolean preview, boolean otherParty, List<CueHit> hits,
                          LineScans scans) {
        Sentence s = sentences.get(k);
        String text = s.text();
        int at = s.span().start();
        if (s.leadIn()) {
            for (Pattern p : gates.candidates(cues.leadIn(), text, at, scans)) {
                if (!gates.mayFind(p, text, at, scans)) {
                    continue;
                }
                Matcher m = p.matcher(text);
                if (m.find()) {
                    boolean remedial = remedies.remedial(text, m, at, scans);
                    boolean excluded = overlapsExclude(cues, text, m.start(), m.end(), at, scans);
                    Reading r = reading(clauses, s.id(), text, at, m.start(), agentEnd(cues, m), role,
                            preview || remedial && disqualifies(cues) || excluded);
                    Part part = Introduced.part(report, s);
                    int problems = specificity.clauses(report.text(), part.from(), part.to(), cues);
                    hits.add(new CueHit(hits.size(), cues.element(), cues.like(), Where.LEAD_IN, s.id(), s.sectionId(),
                            s.span(), text, p.pattern(), r.negated(), preview, remedial, otherParty, excluded, false,
                            problems > 0, parts.extent(part), parts.concrete(part), r.clauseId(), false, r.agent(),
                            problems));
                    break;
                }
            }
        }
        if (!s.leadIn() && cues.like() != ElementKind.LEADERSHIP && cues.like() != ElementKind.PLAIN) {
            lead(report, s, parts, clauses, cues, role, preview, otherParty, hits, scans);
        }
        // one hit per stretch of text: a later pattern's match that overlaps an earlier hit is the same cue
        BitSet taken = new BitSet(text.length());
        for (Pattern p : gates.candidates(cues.body(), text, at, scans)) {
            if (!gates.mayFind(p, text, at, scans)) {
                continue;
            }
            Search found = gates.search(p, text);
            Matcher m = found.matcher();
            while (found.find()) {
                if (m.end() == m.start() || taken.nextSetBit(m.start()) >= 0 && taken.nextSetBit(m.start()) < m.end()) {
                    continue;
                }
                taken.set(m.start(), m.end());
                String cue = m.group();
                boolean stock = Patterns.anyMatches(cues.stock(), cue) || Patterns.anyMatches(cues.vague(), cue);
                // a stock phrase is specific when its clause names who or gives a figure ("部分支部…
                // 有待加强"), or when what follows it spells the problems out ("…不足，主要是：…")
                String clauseText = text.substring(ClauseReader.windowStart(text, m.start()), clauseEnd(text, m.end()));
                boolean specific = !stock
                        || !Patterns.anyMatches(cues.vague(), cue) && specificity.marked(clauseText)
                        || explainedAfter(report, cues, s, m.end());
                int start = s.span().start() + m.start();
                Span span = report.span(start, start + cue.length());
                Part part = new Part(s.span().start(), report.node(s.blockId()).span().end());
                boolean remedial = remedies.remedial(text, m, at, scans)
                        || cues.like() == ElementKind.SHORTCOMINGS && remedies.resolvedItem(report, sentences, k, scans);
                boolean excluded = overlapsExclude(cues, text, m.start(), m.end(), at, scans);
                Reading r = reading(clauses, s.id(), text, at, m.start(), agentEnd(cues, m), role,
                        preview || remedial && disqualifies(cues) || excluded);
                hits.add(new CueHit(hits.size(), cues.element(), cues.like(), Where.BODY, s.id(), s.sectionId(), span,
                        cue, p.pattern(), r.negated(), preview, remedial, otherParty, excluded, stock, specific,
                        parts.extent(part), parts.concrete(part), r.clauseId(), false, r.agent(),
                        problemsFrom(report, cues, s, m.start(), specific)));
            }
        }
        for (Pattern p : gates.candidates(cues.forward(), text, at, scans)) {
            if (!gates.mayFind(p, text, at, scans)) {
                continue;
            }
            Matcher m = p.matcher(text);
            if (forwardMatch(clauses, s.id(), text, at, role, m)) {
                int from = m.start();
                while (from < m.end() - 1 && ClauseReader.BREAKS.indexOf(text.charAt(from)) >= 0) {
                    from++;
                }
                int start = s.span().start() + from;
                Span span = report.span(start, s.span().start() + m.end());
                Part part = new Part(s.span().start(), report.node(s.blockId()).span().end());
                boolean excluded = overlapsExclude(cues, text, m.start(), m.end(), at, scans);
                // the clause of the marker, not of the comma before it; denied when a negation precedes
                // the marker ("不要…" is not a requirement to act)
                Reading r = reading(clauses, s.id(), text, at, m.end() - 1, m.end(), role, preview || excluded);
                hits.add(new CueHit(hits.size(), cues.element(), cues.like(), Where.BODY, s.id(), s.sectionId(), span,
                        text.substring(from, m.end()), p.pattern(), r.negated(), preview, false, otherParty,
                        excluded, false, true, parts.extent(part), parts.concrete(part), r.clauseId(), true,
                        r.agent(), 0));
                break;
            }
        }
    }

    /**
     * A paragraph's lead that names a part of problems or of plans ({@link ParagraphLead}), read by the
     * element's heading cues, as a lead-in. Not one told as done ("下一步，局里召开了…") or of the past.
     */
    private void lead(Report report, Sentence s, Parts parts, ClauseReader clauses, ElementCues cues, PartRole role,
                      boolean preview, boolean otherParty, List<CueHit> hits, LineScans scans) {
        int leadEnd = ParagraphLead.end(report, s);
        if (leadEnd < 0) {
            return;
        }
        String text = s.text();
        int at = s.span().start();
        String lead = text.substring(0, leadEnd);
        if (gates.anyFind(cues.headingExclude(), lead, at, scans)
                || cues.like() == ElementKind.NEXT_STEPS && ReviewedYear.of(report, lead)) {
            return;
        }
        for (Pattern p : cues.heading()) {
            if (!gates.mayFind(p, text, at, scans)) {
                continue;
            }
            Matcher m = p.matcher(text).region(0, leadEnd);
            // a cue in quotation marks is a name ("“意见建议”为完善"), not the part the paragraph opens
            if (!m.find() || m.start() > 0 && text.charAt(m.start() - 1) == '“') {
                continue;
            }
            boolean remedial = cues.like() == ElementKind.SHORTCOMINGS && remedies.remedial(text, m, at, scans);
            boolean excluded = overlapsExclude(cues, text, m.start(), m.end(), at, scans);
            Reading r = reading(clauses, s.id(), text, at, m.start(), agentEnd(cues, m), role,
                    preview || remedial || excluded);
            if (r.clauseId() >= 0) {
                Clause c = clauses.at(s.id(), text, at, m.start(), role).clause();
                if (c.past() || cues.like() == ElementKind.NEXT_STEPS && c.mode() == Mode.DONE) {
                    return;
                }
            }
            Part part = ParagraphLead.part(report, s, leadEnd);
            int problems = specificity.clauses(report.text(), part.from(), part.to(), cues);
            hits.add(new CueHit(hits.size(), cues.element(), cues.like(), Where.LEAD_IN, s.id(), s.sectionId(),
                    s.span(), text, p.pattern(), r.negated(), preview, remedial, otherParty, excluded, false,
                    problems > 0, parts.extent(part), parts.concrete(part), r.clauseId(), false, r.agent(),
                    problems));
            return;
        }
    }

    /** How many openings of one sentence are tried for one that looks forward. */
    private static final int FORWARD_TRIES = 3;

    /**
     * Finds the first opening of the sentence whose clause looks forward, trying a few: the first may be
     * a false one ("叶塘镇主要负责同志表示，接下来，该镇党委将…": 主要 is no 要). Leaves {@code m} on it, or
     * on the first opening when none does; false when there is none.
     */
    private static boolean forwardMatch(ClauseReader clauses, int nodeId, String text, int at, PartRole role,
                                        Matcher m) {
        int first = -1;
        for (int tries = 0; tries < FORWARD_TRIES && m.find(); tries++) {
            if (m.end() == m.start()) {
                continue;
            }
            if (first < 0) {
                first = m.start();
            }
            if (clauses.at(nodeId, text, at, m.end() - 1, role).clause().forward()) {
                return true;
            }
        }
        return first >= 0 && m.find(first);
    }

    /**
     * The specific problems a shortcomings cue in running text stands for: the specific clauses from it to
     * the end of its sentence ("还面临不少困难和挑战：有效需求不足，科技创新能力不强，…"), at least one
     * when the cue is specific itself.
     */
    private int problemsFrom(Report report, ElementCues cues, Sentence s, int cueStart, boolean specific) {
        if (cues.like() != ElementKind.SHORTCOMINGS) {
            return specific ? 1 : 0;
        }
        int counted = specificity.clauses(report.text(), s.span().start() + cueStart, s.span().end(), cues);
        return Math.max(specific ? 1 : 0, counted);
    }

    /** "…还存在一些不足，主要是：" — the clause after a stock phrase that announces its specifics. */
    private static final Pattern ANNOUNCES = Pattern.compile("^[，,](主要|具体|集中)(是|有|表现(在|为)|体现(在|为))[：:]");

    private static final Pattern NEXT_ANNOUNCES = Pattern.compile("(主要|具体|集中)(是|有|表现(在|为)|体现(在|为))[：:]");

    /**
     * A stock phrase whose clause ends in a colon followed by specifics ("还有一定差距：部分支部…",
     * "还存在一些不足，主要是：…") introduces them.
     */
    private boolean explainedAfter(Report report, ElementCues cues, Sentence s, int cueEnd) {
        String text = s.text();
        int i = cueEnd;
        while (i < text.length() && ClauseReader.BREAKS.indexOf(text.charAt(i)) < 0 && i - cueEnd <= 2) {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == '，' || text.charAt(i) == ',')) {
            Matcher a = ANNOUNCES.matcher(text).region(i, text.length());
            if (a.lookingAt()) {
                i = a.end() - 1;
            }
        }
        if (i >= text.length() - 1) {
            // "…仍存在一些不足。主要是：…" — the next sentence announces them
            Sentence next = Introduced.nextInParagraph(report, s);
            if (next != null && NEXT_ANNOUNCES.matcher(next.text()).lookingAt()) {
                Part announced = Introduced.afterColon(report, next);
                return specificity.listed(report.text(), announced.from(), announced.to(), cues);
            }
        }
        if (i >= text.length() || (text.charAt(i) != '：' && text.charAt(i) != ':')) {
            return false;
        }
        int from = s.span().start() + i + 1;
        int to = i + 1 == text.length() ? Introduced.part(report, s).to() : s.span().end();
        return specificity.listed(report.text(), from, to, cues);
    }

    private boolean overlapsExclude(ElementCues cues, String text, int start, int end, int at, LineScans scans) {
        for (Pattern p : cues.exclude()) {
            if (!gates.mayFind(p, text, at, scans)) {
                continue;
            }
            // an exclusion is a phrase around the cue: look only near it, or every cue of a line that
            // never ends would search all of it
            Matcher m = p.matcher(text).region(Math.max(0, start - NEAR), Math.min(text.length(), end + NEAR));
            m.useTransparentBounds(true);
            while (m.find()) {
                if (m.start() < end && m.end() > start) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far around a cue its context is read: further than any context phrase reaches. */
    static final int NEAR = 80;

    /** Where the clause holding {@code offset} ends. */
    private static int clauseEnd(String text, int offset) {
        int i = offset;
        int limit = Math.min(text.length(), offset + NEAR);
        while (i < limit && ClauseReader.BREAKS.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** The text of the clause before {@code offset}, as far back as a clause is read ({@link ClauseReader#windowStart}). */
    static String clausePrefix(String text, int offset) {
        return text.substring(ClauseReader.windowStart(text, offset), offset);
    }

    /** Letters and digits in a text: its length without punctuation and spaces. */
    public static int contentLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Han.letterOrDigit(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }


}
