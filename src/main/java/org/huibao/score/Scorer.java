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
        // Each rule costs once, whatever its count: one systematic slip must not swamp the score.
        Map<String, Severity> fired = new TreeMap<>();
        List<String> blocking = new ArrayList<>();
        for (Finding f : findings) {
            RuleInfo rule = rules.get(f.rule());
            if (rule != null && rule.blocking() && !blocking.contains(f.rule())) {
                blocking.add(f.rule());
            }
            if (f.element() == null) {
                fired.merge(f.rule(), f.severity(), (a, b) -> a.atLeast(b) ? a : b);
            }
        }
        double quality = points.qualityMax();
        List<String> costs = new ArrayList<>();
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
        quality = Math.max(0, quality);
        breakdown.add(new ScoreItem("quality", quality, points.qualityMax(), String.join(", ", costs)));
        total += quality;
        total = Math.round(total * 10) / 10.0;
        boolean passed = total >= threshold && blocking.isEmpty();
        return new Score(total, threshold, passed, breakdown, blocking.stream().sorted().toList());
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
