package org.huibao.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huibao.api.Sentence;
import org.huibao.config.ElementCues;
import org.huibao.parse.Report;

/**
 * Whether a stock phrase is followed by the specifics it announces ("还有一定差距：部分支部…",
 * "还存在一些不足，主要是：…"): then it introduces them and is not stock alone. Thread-safe.
 */
final class StockSpecifics {

    /** "…还存在一些不足，主要是：" — the clause after a stock phrase that announces its specifics. */
    private static final Pattern ANNOUNCES = Pattern.compile("^[，,](主要|具体|集中)(是|有|表现(在|为)|体现(在|为))[：:]");

    private static final Pattern NEXT_ANNOUNCES = Pattern.compile("(主要|具体|集中)(是|有|表现(在|为)|体现(在|为))[：:]");

    private final Specificity specificity;

    StockSpecifics(Specificity specificity) {
        this.specificity = specificity;
    }

    /**
     * A stock phrase ending at {@code cueEnd} of sentence {@code s} whose clause ends in a colon followed by
     * specifics, or whose next sentence announces them.
     */
    boolean after(Report report, ElementCues cues, Sentence s, int cueEnd) {
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
}
