package org.huibao.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huibao.api.ElementKind;
import org.huibao.api.Owner;
import org.huibao.api.PartRole;
import org.huibao.config.Context;
import org.huibao.config.ElementCues;

/**
 * What the words around one cue say of it: whether an element's exclusion covers it, and what its clause
 * says (denied, whose). Thread-safe: holds only compiled patterns.
 */
final class CueReading {

    private final Context context;
    private final CueGates gates;

    CueReading(Context context, CueGates gates) {
        this.context = context;
        this.gates = gates;
    }

    /** What the clause of a cue says of it: its clause, whether it is denied there, and who does it. */
    record Reading(int clauseId, boolean negated, Owner agent) {
    }

    /**
     * Reads the clause of the cue from {@code start} to {@code end} of {@code text}. A cue its context
     * already disqualifies (a preview, boilerplate, something remedied) is not read: segmenting costs,
     * and no rule counts it; its clause id is -1.
     */
    Reading read(ClauseReader clauses, int nodeId, String text, int at, int start, int end, PartRole role,
                 boolean disqualified) {
        if (disqualified) {
            return new Reading(-1, false, Owner.UNKNOWN);
        }
        ClauseReader.Read clause = clauses.at(nodeId, text, at, start, role);
        int from = clause.from();
        boolean negated = clause.negationBefore(start - from, context.negation()) != null;
        return new Reading(clause.clause().id(), negated, clauses.agent(clause, start - from, end - from));
    }

    /** Whether one of the element's exclusions overlaps the cue from {@code start} to {@code end}. */
    boolean excluded(ElementCues cues, String text, int start, int end, int at, LineScans scans) {
        for (Pattern p : cues.exclude()) {
            if (!gates.mayFind(p, text, at, scans)) {
                continue;
            }
            // an exclusion is a phrase around the cue: look only near it, or every cue of a line that
            // never ends would search all of it
            Matcher m = p.matcher(text).region(Math.max(0, start - CueWindow.NEAR),
                    Math.min(text.length(), end + CueWindow.NEAR));
            m.useTransparentBounds(true);
            while (m.find()) {
                if (m.start() < end && m.end() > start) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a remedy disqualifies the element's cues, so their clauses need not be read: a plain
     * element's cue names a topic, and acting on it ("推动党风廉政建设") is what a report tells; an
     * arrangement made to remedy something ("针对巡察反馈问题，成立整改工作领导小组") is no less the unit's
     * leadership.
     */
    static boolean disqualifies(ElementCues cues) {
        return cues.like() != ElementKind.PLAIN && cues.like() != ElementKind.LEADERSHIP;
    }

    /**
     * Where the words that may name who does what a cue says end: the cue's end, so that an owner word in
     * it speaks ("压实企业主体责任": the enterprises'); for a plain element its start, since its cue names a
     * topic whose name may hold one ("中央八项规定" is the unit's to carry out).
     */
    static int agentEnd(ElementCues cues, Matcher m) {
        return cues.like() == ElementKind.PLAIN ? m.start() : m.end();
    }
}
