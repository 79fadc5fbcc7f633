package org.huibao.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.huibao.api.Message;
import org.huibao.model.Finding;

/**
 * The findings of one report as they are listed: without duplicates, in text order, and at most
 * {@link #PER_RULE} per rule, the rest summed up in one finding at the first one left out. A systematic
 * slip on every line of a long file would otherwise give hundreds of thousands of findings, which no
 * reviewer reads and every output format would have to hold; the score does not change, since a rule
 * costs once whatever its count.
 */
final class ListedFindings {
    /** Findings listed per rule and report; a real report comes nowhere near it. */
    static final int PER_RULE = 100;

    private static final Comparator<Finding> TEXT_ORDER = Comparator.comparingInt((Finding f) -> f.location().line())
            .thenComparingInt(f -> f.location().column()).thenComparing(Finding::rule);

    private ListedFindings() {
    }

    static List<Finding> of(List<Finding> found) {
        List<Finding> all = new ArrayList<>(new LinkedHashSet<>(found));
        all.sort(TEXT_ORDER);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Finding> firstLeftOut = new LinkedHashMap<>();
        List<Finding> out = new ArrayList<>(Math.min(all.size(), 1024));
        for (Finding f : all) {
            int n = counts.merge(f.rule(), 1, Integer::sum);
            if (n <= PER_RULE) {
                out.add(f);
            } else {
                firstLeftOut.putIfAbsent(f.rule(), f);
            }
        }
        for (Map.Entry<String, Finding> e : firstLeftOut.entrySet()) {
            out.add(more(e.getValue(), counts.get(e.getKey()) - PER_RULE));
        }
        out.sort(TEXT_ORDER);
        return out;
    }

    /** One finding that stands for the {@code n} findings of a rule not listed, placed at the first of them. */
    private static Finding more(Finding first, int n) {
        Message m = new Message(
                "……另有 " + n + " 处同类问题未逐一列出（每条规则每份报告列出前 " + PER_RULE + " 处）；此处为第一处："
                        + first.message().zh(),
                "… and " + n + " more findings of this rule, not listed (the first " + PER_RULE
                        + " per rule and report are); this is the first of them: " + first.message().en());
        return new Finding(first.rule(), first.severity(), m, first.location(), first.suggestion(), first.element());
    }
}
