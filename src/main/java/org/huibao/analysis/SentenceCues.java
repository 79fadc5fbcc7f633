package org.huibao.analysis;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huibao.api.Clause;
import org.huibao.api.CueHit;
import org.huibao.api.ElementKind;
import org.huibao.api.Mode;
import org.huibao.api.Owner;
import org.huibao.api.PartRole;
import org.huibao.api.Sentence;
import org.huibao.api.Span;
import org.huibao.api.Where;
import org.huibao.config.ElementCues;
import org.huibao.parse.Report;

/**
 * The element cues of one sentence: a lead-in's cue, a paragraph's lead that names a part, the cues of
 * running text, and the first clause that looks forward. Thread-safe: holds only compiled patterns.
 */
final class SentenceCues {

    private final CueGates gates;
    private final Remedies remedies;
    private final Specificity specificity;
    private final CueReading reading;
    private final StockSpecifics explained;

    SentenceCues(CueGates gates, Remedies remedies, Specificity specificity, CueReading reading) {
        this.gates = gates;
        this.remedies = remedies;
        this.specificity = specificity;
        this.reading = reading;
        this.explained = new StockSpecifics(specificity);
    }

    /** Adds the hits of the element's cues in sentence {@code k}, which stands in a part of role {@code role}. */
    void add(CuePass p, int k, ElementCues cues, PartRole role) {
        Sentence s = p.sentences().get(k);
        if (s.leadIn()) {
            leadIn(p, k, cues, role);
        }
        if (!s.leadIn() && cues.like() != ElementKind.LEADERSHIP && cues.like() != ElementKind.PLAIN) {
            lead(p, k, cues, role);
        }
        body(p, k, cues, role);
        forward(p, k, cues, role);
    }

    /** The element's lead-in cue in a sentence that introduces what follows ("…做了以下工作："). */
    private void leadIn(CuePass p, int k, ElementCues cues, PartRole role) {
        Report report = p.report();
        LineScans scans = p.scans();
        Sentence s = p.sentences().get(k);
        String text = s.text();
        int at = s.span().start();
        boolean preview = p.preview()[k];
        for (Pattern pattern : gates.candidates(cues.leadIn(), text, at, scans)) {
            if (!gates.mayFind(pattern, text, at, scans)) {
                continue;
            }
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                boolean remedial = remedies.remedial(text, m, at, scans);
                boolean excluded = reading.excluded(cues, text, m.start(), m.end(), at, scans);
                CueReading.Reading r = reading.read(p.clauses(), s.id(), text, at, m.start(),
                        CueReading.agentEnd(cues, m), role,
                        preview || remedial && CueReading.disqualifies(cues) || excluded);
                leadIn(p, k, cues, pattern, r, preview, remedial, excluded, Introduced.part(report, s));
                return;
            }
        }
    }

    /**
     * A paragraph's lead that names a part of problems or of plans ({@link ParagraphLead}), read by the
     * element's heading cues, as a lead-in. Not one told as done ("下一步，局里召开了…") or of the past.
     */
    private void lead(CuePass p, int k, ElementCues cues, PartRole role) {
        Report report = p.report();
        LineScans scans = p.scans();
        Sentence s = p.sentences().get(k);
        boolean preview = p.preview()[k];
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
        for (Pattern pattern : cues.heading()) {
            if (!gates.mayFind(pattern, text, at, scans)) {
                continue;
            }
            Matcher m = pattern.matcher(text).region(0, leadEnd);
            // a cue in quotation marks is a name ("“意见建议”为完善"), not the part the paragraph opens
            if (!m.find() || m.start() > 0 && text.charAt(m.start() - 1) == '“') {
                continue;
            }
            boolean remedial = cues.like() == ElementKind.SHORTCOMINGS && remedies.remedial(text, m, at, scans);
            boolean excluded = reading.excluded(cues, text, m.start(), m.end(), at, scans);
            CueReading.Reading r = reading.read(p.clauses(), s.id(), text, at, m.start(), CueReading.agentEnd(cues, m),
                    role, preview || remedial || excluded);
            if (r.clauseId() >= 0) {
                Clause c = p.clauses().at(s.id(), text, at, m.start(), role).clause();
                if (c.past() || cues.like() == ElementKind.NEXT_STEPS && c.mode() == Mode.DONE) {
                    return;
                }
            }
            leadIn(p, k, cues, pattern, r, preview, remedial, excluded, ParagraphLead.part(report, s, leadEnd));
            return;
        }
    }

    /** A hit of an element's heading cue at the head of sentence {@code k}, whose part is {@code part}. */
    private void leadIn(CuePass p, int k, ElementCues cues, Pattern pattern, CueReading.Reading r, boolean preview,
            boolean remedial, boolean excluded, Part part) {
        Sentence s = p.sentences().get(k);
        int problems = specificity.clauses(p.report().text(), part.from(), part.to(), cues);
        List<CueHit> hits = p.hits();
        hits.add(new CueHit(hits.size(), cues.element(), cues.like(), Where.LEAD_IN, s.id(), s.sectionId(),
                s.span(), s.text(), pattern.pattern(), r.negated(), preview, remedial, p.otherParty()[k], excluded,
                false, problems > 0, p.parts().extent(part), p.parts().concrete(part), r.clauseId(), false,
                r.agent(), problems));
    }

    /** The element's cues in running text: one hit per stretch of text. */
    private void body(CuePass p, int k, ElementCues cues, PartRole role) {
        Report report = p.report();
        LineScans scans = p.scans();
        Sentence s = p.sentences().get(k);
        String text = s.text();
        int at = s.span().start();
        boolean preview = p.preview()[k];
        // one hit per stretch of text: a later pattern's match that overlaps an earlier hit is the same cue
        BitSet taken = new BitSet(text.length());
        for (Pattern pattern : gates.candidates(cues.body(), text, at, scans)) {
            if (!gates.mayFind(pattern, text, at, scans)) {
                continue;
            }
            Search found = gates.search(pattern, text);
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
                String clauseText = text.substring(ClauseReader.windowStart(text, m.start()),
                        CueWindow.clauseEnd(text, m.end()));
                boolean specific = !stock
                        || !Patterns.anyMatches(cues.vague(), cue) && specificity.marked(clauseText)
                        || explained.after(report, cues, s, m.end());
                int start = s.span().start() + m.start();
                Span span = report.span(start, start + cue.length());
                Part part = new Part(s.span().start(), report.node(s.blockId()).span().end());
                boolean remedial = remedies.remedial(text, m, at, scans)
                        || cues.like() == ElementKind.SHORTCOMINGS && remedies.resolvedItem(report, p.sentences(), k, scans);
                boolean excluded = reading.excluded(cues, text, m.start(), m.end(), at, scans);
                CueReading.Reading r = reading.read(p.clauses(), s.id(), text, at, m.start(),
                        CueReading.agentEnd(cues, m), role,
                        preview || remedial && CueReading.disqualifies(cues) || excluded);
                List<CueHit> hits = p.hits();
                hits.add(new CueHit(hits.size(), cues.element(), cues.like(), Where.BODY, s.id(), s.sectionId(), span,
                        cue, pattern.pattern(), r.negated(), preview, remedial, p.otherParty()[k], excluded, stock,
                        specific, p.parts().extent(part), p.parts().concrete(part), r.clauseId(), false, r.agent(),
                        problemsFrom(report, cues, s, m.start(), specific)));
            }
        }
    }

    /** The first of the element's forward markers whose clause looks forward ("将…", "要…"), if any. */
    private void forward(CuePass p, int k, ElementCues cues, PartRole role) {
        Report report = p.report();
        LineScans scans = p.scans();
        Sentence s = p.sentences().get(k);
        String text = s.text();
        int at = s.span().start();
        boolean preview = p.preview()[k];
        for (Pattern pattern : gates.candidates(cues.forward(), text, at, scans)) {
            if (!gates.mayFind(pattern, text, at, scans)) {
                continue;
            }
            Matcher m = pattern.matcher(text);
            if (forwardMatch(p.clauses(), s.id(), text, at, role, m)) {
                int from = m.start();
                while (from < m.end() - 1 && ClauseReader.BREAKS.indexOf(text.charAt(from)) >= 0) {
                    from++;
                }
                int start = s.span().start() + from;
                Span span = report.span(start, s.span().start() + m.end());
                Part part = new Part(s.span().start(), report.node(s.blockId()).span().end());
                boolean excluded = reading.excluded(cues, text, m.start(), m.end(), at, scans);
                // the clause of the marker, not of the comma before it; denied when a negation precedes
                // the marker ("不要…" is not a requirement to act)
                CueReading.Reading r = reading.read(p.clauses(), s.id(), text, at, m.end() - 1, m.end(), role,
                        preview || excluded);
                boolean planned = cues.like() == ElementKind.NEXT_STEPS && r.clauseId() >= 0
                        && plannedForYear(p, k, from, p.clauses().at(s.id(), text, at, m.end() - 1, role).clause(), r);
                List<CueHit> hits = p.hits();
                hits.add(new CueHit(hits.size(), cues.element(), cues.like(), Where.BODY, s.id(), s.sectionId(), span,
                        text.substring(from, m.end()), pattern.pattern(), r.negated(), preview, false,
                        p.otherParty()[k], excluded, false, true, p.parts().extent(part), p.parts().concrete(part),
                        r.clauseId(), !planned, r.agent(), 0));
                return;
            }
        }
    }

    /**
     * The forward clause at {@code from} of sentence {@code k} comes right after a lead naming a year after those
     * the report looks back on ({@link PlanYear}) and is the unit's, not a higher body's or others': "2024年，要坚定
     * 信心决心", "2024年，县法院将…". Like "下一步，我们将…" it is a plan by itself, not only a forward form.
     */
    private static boolean plannedForYear(CuePass p, int k, int from, Clause clause, CueReading.Reading r) {
        return clause.forward() && r.agent() != Owner.HIGHER && r.agent() != Owner.OTHERS
                && from == PlanYear.leadEnd(p.report(), p.sentences(), k);
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
}
