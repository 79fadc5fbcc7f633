package org.huibao.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.huibao.config.Config;
import org.huibao.api.Element;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.RuleInfo;
import org.huibao.model.Score;
import org.huibao.model.ScoreItem;
import org.huibao.model.Severity;

/**
 * The compliance score (ARCHITECTURE.md, "Scoring"): points for the required elements plus quality
 * points, from which each rule that fired costs once by its severity. Findings about required
 * elements are already priced by the element part and cost no quality points.
 */
public final class Scorer {
    private final Config.Scoring points;
    private final double threshold;

    public Scorer(Config.Scoring points, double threshold) {
        this.points = points;
        this.threshold = threshold;
    }

    public Score score(Map<Element, ElementVerdict> verdicts, List<Finding> findings, Map<String, RuleInfo> rules) {
        return score(verdicts, findings, rules, false);
    }

    public Score score(Map<Element, ElementVerdict> verdicts, List<Finding> findings, Map<String, RuleInfo> rules,
                       boolean baselined) {
        return score(verdicts, findings, rules, baselined, Double.NaN);
    }

    /**
     * @param baselined the report is judged against a baseline that lists it: the score is the same (a
     *                  known finding still costs what it costs, the score says what the report is worth),
     *                  but what the baseline accepted no longer fails it. A known finding of a blocking rule
     *                  no longer blocks; a report under the threshold fails only when it got worse since:
     *                  new findings took points from it (a new rule fired, or a required element went missing
     *                  or weak), or it scores less than {@code acceptedScore}. So a baseline of a report as
     *                  it is makes it pass, and any slip added to it fails it again.
     * @param acceptedScore the report's score when the baseline was written; NaN when not known
     */
    public Score score(Map<Element, ElementVerdict> verdicts, List<Finding> findings, Map<String, RuleInfo> rules,
                       boolean baselined, double acceptedScore) {
        List<ScoreItem> breakdown = new ArrayList<>();
        double total = 0;
        for (Element e : Element.values()) {
            ElementVerdict v = verdicts.get(e);
            double earned = switch (v.status()) {
                case SECTION -> points.section();
                case INLINE -> points.inline();
                case ABSENT -> points.absent();
            };
            String detail = v.status().id();
            if (!v.required()) {
                // not judged for this genre: it neither earns nor costs
                earned = points.section();
                detail = "not required";
            } else if (v.weak() && v.present()) {
                earned = Math.max(0, earned - points.weakPenalty());
                detail += ", weak -" + fmt(points.weakPenalty());
            }
            breakdown.add(new ScoreItem(e.id(), earned, points.section(), detail));
            total += earned;
        }
        List<String> blocking = new ArrayList<>();
        for (Finding f : findings) {
            RuleInfo rule = rules.get(f.rule());
            if (rule != null && rule.blocking() && !blocking.contains(f.rule()) && !(baselined && f.known())) {
                blocking.add(f.rule());
            }
        }
        List<String> costs = new ArrayList<>();
        double unfloored = quality(findings, costs);
        double quality = Math.max(0, unfloored);
        breakdown.add(new ScoreItem("quality", quality, points.qualityMax(), String.join(", ", costs)));
        total += quality;
        total = Math.round(total * 10) / 10.0;
        boolean passed = total >= threshold && blocking.isEmpty();
        if (baselined && !passed && blocking.isEmpty()) {
            // Not "total < acceptedScore" alone: a fix elsewhere must not pay for a new slip.
            passed = !newCosts(findings, unfloored) && !(total < acceptedScore);
        }
        return new Score(total, threshold, passed, breakdown, blocking.stream().sorted().toList());
    }

    /** Whether new findings took points: an element's shortfall is new, or the quality is lower than the known findings alone make it. */
    private boolean newCosts(List<Finding> findings, double quality) {
        List<Finding> known = new ArrayList<>();
        for (Finding f : findings) {
            if (f.known()) {
                known.add(f);
            } else if (f.element() != null) {
                return true;
            }
        }
        return quality < quality(known, new ArrayList<>());
    }

    /**
     * The quality points left (below 0 when the costs exceed them; the score floors them), each rule that
     * fired costing once; what cost points is added to {@code costs}.
     */
    private double quality(List<Finding> findings, List<String> costs) {
        // Each rule costs once, whatever its count: one systematic slip must not swamp the score.
        Map<String, Severity> fired = new TreeMap<>();
        for (Finding f : findings) {
            if (f.element() == null) {
                fired.merge(f.rule(), f.severity(), (a, b) -> a.atLeast(b) ? a : b);
            }
        }
        double quality = points.qualityMax();
        for (Map.Entry<String, Severity> r : fired.entrySet()) {
            double cost = switch (r.getValue()) {
                case ERROR -> points.errorCost();
                case WARNING -> points.warningCost();
                case INFO -> points.infoCost();
            };
            if (cost > 0) {
                quality -= cost;
                costs.add(r.getKey() + " -" + fmt(cost));
            }
        }
        return quality;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
