package org.huibao.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huibao.api.Heading;
import org.huibao.api.Sentence;
import org.huibao.config.Context;
import org.huibao.parse.Report;

/**
 * Whether a problem cue is told as remedied: the unit acts on it ("解决…"), or the matter is solved in
 * its clause, under its heading or in its item ("…已整改到位"). Such a problem is not a present
 * shortcoming. Thread-safe: holds only compiled patterns.
 */
final class Remedies {

    private final Context context;
    private final CueGates gates;

    Remedies(Context context, CueGates gates) {
        this.context = context;
        this.gates = gates;
    }

    /**
     * What is still open, told by the unit: "仍有186万元没有收回", "尚有3家未完成盘点", "其余2宗正在处置".
     * A part that says so holds a present problem however much of it was solved besides.
     */
    private static final Pattern STILL_OPEN = Pattern.compile(
            "仍有|尚有|还有[^，。；]{0,12}(未|没有)|(尚|仍|还)(未|没有)(完成|收回|到位|整改|解决|办结|销号)|正在(推进|整改|处置|办理|协调)");

    /**
     * An item told as done: a sentence under the heading, within its own part, opens saying the matter
     * is solved ("（二）关于…的问题。……已整改到位。") — and no sentence there tells what is still open
     * ("二、存在的困难和问题 4个问题已整改2个；…仍有186万元没有收回").
     */
    boolean resolvedUnder(List<Sentence> sentences, Heading h, LineScans scans) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().start() < h.span().start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        boolean solved = false;
        for (int k = lo; k < sentences.size() && sentences.get(k).span().start() < h.scope().end(); k++) {
            Sentence s = sentences.get(k);
            if (s.sectionId() != h.id()) {
                continue;
            }
            if (STILL_OPEN.matcher(s.text()).find()) {
                return false;
            }
            solved |= gates.anyFind(context.resolved(), s.text(), s.span().start(), scans);
        }
        return solved;
    }

    /** An item label: "（三）关于对外借款风险管控不到位的问题。" opening its paragraph. */
    private static final Pattern ITEM_LABEL = Pattern.compile("^([（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.．、]|[一二三四五六七八九十]+、)?关于");

    /**
     * An item labelled with the problem it is about, whose paragraph goes on to tell it solved:
     * "（三）关于…的问题。……已整改到位。"
     */
    boolean resolvedItem(Report report, List<Sentence> sentences, int k, LineScans scans) {
        Sentence label = sentences.get(k);
        if (label.index() != 0 || !ITEM_LABEL.matcher(label.text()).find()) {
            return false;
        }
        for (int j = k + 1; j < sentences.size() && sentences.get(j).blockId() == label.blockId(); j++) {
            if (gates.anyFind(context.resolved(), sentences.get(j).text(), sentences.get(j).span().start(), scans)) {
                return true;
            }
        }
        return false;
    }

    /** The cue names a problem the unit acts on ("解决…") or has solved ("…已整改到位"). */
    boolean remedial(String text, Matcher m, int at, LineScans scans) {
        String prefix = CueWindow.clausePrefix(text, m.start());
        if (gates.anyFind(context.remedial(), prefix, at + m.start() - prefix.length(), scans)) {
            return true;
        }
        return gates.anyFind(context.resolved(), text.substring(m.end(), Math.min(text.length(), m.end() + CueWindow.NEAR)), at + m.end(),
                scans);
    }
}
