package org.huibao.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huibao.api.CueHit;
import org.huibao.api.ElementKind;
import org.huibao.api.Heading;
import org.huibao.api.PartRole;
import org.huibao.api.Sentence;
import org.huibao.api.Where;
import org.huibao.config.Context;
import org.huibao.config.ElementCues;
import org.huibao.parse.Report;

/**
 * The element cues of headings: which headings name an element's part, and the hit each one makes, read
 * with the part it opens (how specific, how concrete, whether it holds anything). Thread-safe: holds only
 * compiled patterns.
 */
final class HeadingCues {

    private final Context context;
    private final CueGates gates;
    private final Remedies remedies;
    private final Specificity specificity;
    private final CueReading reading;

    HeadingCues(Context context, CueGates gates, Remedies remedies, Specificity specificity, CueReading reading) {
        this.context = context;
        this.gates = gates;
        this.remedies = remedies;
        this.specificity = specificity;
        this.reading = reading;
    }

    /** A heading that matched an element's heading cue, before its clause is read. */
    record HeadingMatch(ElementCues cues, Heading heading, Matcher m, String pattern) {
    }

    /** The element's heading cue a heading matches, or {@code null}. */
    HeadingMatch match(Report report, ElementCues cues, Heading h, LineScans scans) {
        String text = h.text();
        int at = h.textSpan().start();
        if (text.isEmpty()) {
            return null;
        }
        if (!gates.anyFind(cues.headingExclude(), text, at, scans)) {
            return matchFrom(report, cues, h, 0, scans);
        }
        if (cues.like() != ElementKind.NEXT_STEPS) {
            return null;
        }
        // a heading that joins the year looked back on and the plan ("2023年工作回顾和2024年工作总体要求",
        // "工作开展情况及下一步打算") names both parts: the plan's half is read on its own
        Matcher joint = JOINT.matcher(text);
        while (joint.find()) {
            String rest = text.substring(joint.end());
            if (!rest.isEmpty() && !gates.anyFind(cues.headingExclude(), rest, at + joint.end(), scans)) {
                return matchFrom(report, cues, h, joint.end(), scans);
            }
        }
        return null;
    }

    /** Where a heading's words join two parts: a conjunction or a comma between them. */
    private static final Pattern JOINT = Pattern.compile("和|及|与|暨|[，,]");

    private HeadingMatch matchFrom(Report report, ElementCues cues, Heading h, int from, LineScans scans) {
        String text = h.text();
        int at = h.textSpan().start();
        if (cues.like() == ElementKind.NEXT_STEPS && ReviewedYear.of(report, text.substring(from))) {
            return null;
        }
        for (Pattern p : cues.heading()) {
            if (!gates.mayFind(p, text, at, scans)) {
                continue;
            }
            Matcher m = p.matcher(text).region(from, text.length());
            if (m.find()) {
                return new HeadingMatch(cues, h, m, p.pattern());
            }
        }
        return null;
    }

    /** Adds the hit of a matched heading whose part stands in a part of role {@code role}. */
    void add(CuePass p, HeadingMatch hm, PartRole role) {
        Report report = p.report();
        LineScans scans = p.scans();
        Heading h = hm.heading();
        ElementCues cues = hm.cues();
        Matcher m = hm.m();
        String text = h.text();
        int at = h.textSpan().start();
        boolean excluded = reading.excluded(cues, text, m.start(), m.end(), at, scans);
        // a problem heading may be an item told as remedied ("（三）针对…不足的问题"); a plan's heading
        // names what it will remedy ("巩固整改成果的下一步措施") and is no less a plan
        boolean remedial = cues.like() == ElementKind.SHORTCOMINGS
                && (remedies.remedial(text, m, at, scans) || remedies.resolvedUnder(p.sentences(), h, scans));
        CueReading.Reading r = reading.read(p.clauses(), h.id(), text, at, m.start(), CueReading.agentEnd(cues, m),
                role, excluded || remedial);
        Part part = new Part(h.span().end(), h.scope().end());
        int problems = specificity.clauses(report.text(), part.from(), part.to(), cues);
        // a heading made only of a stock phrase ("高度重视，精心部署") promises a part it may not hold
        boolean stock = Patterns.anyMatches(cues.stock(), m.group())
                || cues.like() == ElementKind.LEADERSHIP && StockHeading.of(cues.stock(), text);
        // a heading left with nothing under it ("五、存在的主要问题及改进情况（一）存在问题" closing a report, or
        // a table of contents) only names a part the text does not hold
        boolean preview = holdsNothing(report, p.sentences(), hm, scans);
        List<CueHit> hits = p.hits();
        hits.add(new CueHit(hits.size(), cues.element(), cues.like(), Where.HEADING, h.id(), h.id(), h.span(),
                h.text(), hm.pattern(), r.negated(), preview, remedial, gates.anyFind(context.otherParty(), text, at, scans),
                excluded, stock, problems > 0, p.parts().extent(part), p.parts().concrete(part), r.clauseId(), false,
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
                    && match(report, hm.cues(), sub, scans) == null) {
                return false;
            }
        }
        return true;
    }
}
