package org.huibao.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.ElementKind;
import org.huibao.config.Context;
import org.huibao.config.ElementCues;

/**
 * Whether a stretch of a report names something specific: for shortcomings, how many specific
 * problems it names. A clause is specific when it holds a figure, names who or gives an example
 * (config.yaml, context.specific_marks), or states a problem in words that are not a stock phrase
 * ("记录不规范", "比例偏低"). A clause holding a vague phrase ("还存在一些差距和不足") is not, whatever it
 * lists; nor is a stock phrase after an area ("理论学习的系统性还不够强", "认识不够深入"). Thread-safe.
 */
final class Specificity {
    /** More specific problems than any report is asked for: counting stops there. */
    private static final int MAX_COUNTED = 50;
    /**
     * How much of a part is read: far more than any problems part, and a bound on the work when every
     * cue of a line that never ends asks about the rest of it.
     */
    private static final int MAX_READ = 4000;
    /** A problem listed after an announcement has at least this many letters ("需求不足" is not one). */
    private static final int LISTED_MIN_CHARS = 6;

    private final Context context;
    /** Where a cue's body pattern may begin ({@link CueGates#search}). */
    private final CueGates gates;

    Specificity(Context context, CueGates gates) {
        this.context = context;
        this.gates = gates;
    }

    /**
     * The specific clauses of {@code text} from {@code from} to {@code to}: up to {@link #MAX_COUNTED} for
     * elements read like shortcomings (HB105 counts them), up to one for the others, for which one says enough.
     */
    int clauses(String text, int from, int to, ElementCues cues) {
        if (to <= from) {
            return 0;
        }
        int enough = cues.like() == ElementKind.SHORTCOMINGS ? MAX_COUNTED : 1;
        int end = Math.min(to, from + MAX_READ);
        int count = 0;
        int i = from;
        while (i < end && count < enough) {
            int j = i;
            while (j < end && ClauseReader.BREAKS.indexOf(text.charAt(j)) < 0 && text.charAt(j) != '\n') {
                j++;
            }
            if (clause(cues, text.substring(i, j))) {
                count++;
            }
            i = j + 1;
        }
        return count;
    }

    /**
     * What a stock phrase announces ("主要是：") is specific when a clause of it is, or when it lists at
     * least two problems in words of their own ("外部环境的不确定性加大，全球贸易保护加剧"): the
     * announcement says these are the problems.
     */
    boolean listed(String text, int from, int to, ElementCues cues) {
        if (clauses(text, from, to, cues) > 0) {
            return true;
        }
        int listedProblems = 0;
        for (String clause : text.substring(from, Math.max(from, Math.min(to, from + MAX_READ))).split("[，,；;。\\n、]")) {
            if (Han.contentLength(clause) >= LISTED_MIN_CHARS && !Patterns.anyFind(cues.stock(), clause)
                    && !Patterns.anyFind(cues.vague(), clause)) {
                listedProblems++;
            }
        }
        return listedProblems >= 2;
    }

    /** The clause holds a figure, names who, or gives an example (config.yaml, context.specific_marks). */
    boolean marked(String clause) {
        return Patterns.anyFind(context.specificMarks(), clause);
    }

    private boolean clause(ElementCues cues, String clause) {
        if (Patterns.anyFind(cues.vague(), clause)) {
            return false;
        }
        if (marked(clause)) {
            return true;
        }
        if (cues.like() != ElementKind.SHORTCOMINGS) {
            // a leadership or next-steps part is specific by its figures and names; no rule asks more
            return false;
        }
        for (Pattern p : cues.body()) {
            Search s = gates.search(p, clause);
            Matcher m = s.matcher();
            while (s.find()) {
                if (m.end() > m.start() && !Patterns.anyMatches(cues.stock(), m.group())
                        && !Patterns.anyMatches(cues.vague(), m.group())) {
                    return true;
                }
            }
        }
        return false;
    }
}
