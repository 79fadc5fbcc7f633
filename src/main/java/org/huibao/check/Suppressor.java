package org.huibao.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.huibao.api.Message;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.model.RuleInfo;
import org.huibao.read.Suppression;

/**
 * Applies a report's suppression comments to its findings, after the rules and before the score: a
 * suppressed finding is neither listed nor priced, only counted. A suppression that covered no finding of
 * its rule is reported under {@link #UNUSED}, so that a comment left behind after the fix, or one with a
 * mistyped id, does not go on hiding whatever comes up there next.
 */
final class Suppressor {

    /** The rule that reports unused suppressions (rules/suppression.drl declares it). */
    static final String UNUSED = "HB001";
    /** Unused suppressions listed per report, as for any rule; the rest are summed up in one more. */
    static final int MAX_UNUSED = 100;

    private static final Comparator<Finding> TEXT_ORDER = Comparator.comparingInt((Finding f) -> f.location().line())
            .thenComparingInt(f -> f.location().column()).thenComparing(Finding::rule);

    /** The findings left, with the unused suppressions reported, and how many were suppressed. */
    record Outcome(List<Finding> findings, int suppressed) {
    }

    private Suppressor() {
    }

    static Outcome apply(List<Suppression> suppressions, List<Finding> findings, Map<String, RuleInfo> rules) {
        if (suppressions.isEmpty()) {
            return new Outcome(findings, 0);
        }
        // By rule, so that a file of many comments is not searched whole for every finding.
        Map<String, List<Integer>> byRule = new HashMap<>();
        for (int i = 0; i < suppressions.size(); i++) {
            byRule.computeIfAbsent(suppressions.get(i).rule(), k -> new ArrayList<>()).add(i);
        }
        boolean[] used = new boolean[suppressions.size()];
        List<Finding> kept = new ArrayList<>(findings.size());
        int suppressed = 0;
        for (Finding f : findings) {
            boolean hit = mark(suppressions, byRule.get(f.rule().toUpperCase(Locale.ROOT)), f, used);
            hit |= mark(suppressions, byRule.get(""), f, used);
            if (hit) {
                suppressed++;
            } else {
                kept.add(f);
            }
        }
        RuleInfo rule = rules.get(UNUSED);
        if (rule != null && rule.enabled()) {
            kept.addAll(unused(suppressions, used, rule));
        }
        kept.sort(TEXT_ORDER);
        return new Outcome(kept, suppressed);
    }

    /** Marks every suppression of {@code candidates} that covers the finding used; whether any does. */
    private static boolean mark(List<Suppression> suppressions, List<Integer> candidates, Finding f, boolean[] used) {
        if (candidates == null) {
            return false;
        }
        Location l = f.location();
        boolean hit = false;
        for (int i : candidates) {
            if (suppressions.get(i).covers(l.line(), l.column(), l.endLine(), l.endColumn())) {
                used[i] = true;
                hit = true;
            }
        }
        return hit;
    }

    private static List<Finding> unused(List<Suppression> suppressions, boolean[] used, RuleInfo rule) {
        List<Finding> out = new ArrayList<>();
        int more = 0;
        for (int i = 0; i < suppressions.size(); i++) {
            if (used[i]) {
                continue;
            }
            if (out.size() == MAX_UNUSED) {
                more++;
                continue;
            }
            Suppression s = suppressions.get(i);
            // The comment's own line is blank in the text, so the finding points at it and quotes nothing.
            out.add(new Finding(rule.id(), rule.severity(), fill(rule.message(), s.directive()),
                    new Location(s.line(), s.column(), s.line(), s.column(), ""), fill(rule.fix(), s.directive()),
                    null));
        }
        if (more > 0) {
            Finding last = out.remove(out.size() - 1);
            out.add(new Finding(last.rule(), last.severity(), new Message(
                    "……另有 " + more + " 条忽略注释没有用到，未逐一列出；此处为第 " + MAX_UNUSED + " 条：" + last.message().zh(),
                    "… and " + more + " more unused suppression comments, not listed; this is number " + MAX_UNUSED
                            + ": " + last.message().en()), last.location(), last.suggestion(), null));
        }
        return out;
    }

    private static Message fill(Message m, String detail) {
        return new Message(m.zh().replace("{0}", detail), m.en().replace("{0}", detail));
    }
}
