package org.huibao.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.huibao.config.Config;
import org.huibao.config.ElementDeclaration;
import org.huibao.api.Element;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.RuleInfo;
import org.huibao.model.Score;
import org.huibao.model.ScoreItem;
import org.huibao.model.Severity;

/**
 * The compliance score (ARCHITECTURE.md, "Scoring"): points for the required elements plus quality
 * points, from which each rule that fired costs once by its severity. Findings about scored elements
 * are already priced by the element part and cost no quality points.
 *
 * <p>The element part is worth what the three built-in elements earn at full points (3 × section),
 * shared among the scored elements by weight: with the built-in three alone (weight 1 each) every one
 * earns the configured points; a fourth of weight 1 makes each a quarter of it (18.75 of 75 by default),
 * its section, inline, absent and weak points scaled alike. So the total stays out of 100 and the
 * threshold keeps its meaning however many elements an office declares.
 */
public final class Scorer {
    /** The element part is worth this many elements' full points. */
    private static final double ELEMENT_SHARES = 3;

    private final Config.Scoring points;
    private final double threshold;
    /** The scored elements, in output order, with their weights. */
    private final Map<Element, Double> weights;
    private final double totalWeight;

    /** A scorer for the built-in elements alone, each of weight 1. */
    public Scorer(Config.Scoring points, double threshold) {
        this(points, threshold, builtInWeights());
    }

    /** @param weights the scored elements and their weights ({@link #weights}) */
    public Scorer(Config.Scoring points, double threshold, Map<Element, Double> weights) {
        this.points = points;
        this.threshold = threshold;
        this.weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        this.totalWeight = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The scored elements of a configuration and their weights, in its order. */
    public static Map<Element, Double> weights(List<ElementDeclaration> declared) {
        Map<Element, Double> out = new LinkedHashMap<>();
        for (ElementDeclaration d : declared) {
            if (d.scored()) {
                out.put(d.element(), d.weight());
            }
        }
        return out;
    }

    private static Map<Element, Double> builtInWeights() {
        Map<Element, Double> out = new LinkedHashMap<>();
        for (Element e : Element.BUILT_IN) {
            out.put(e, 1.0);
        }
        return out;
    }

    public Score score(Map<Element, ElementVerdict> verdicts, List<Finding> findings, Map<String, RuleInfo> rules) {
        List<ScoreItem> breakdown = new ArrayList<>();
        double total = 0;
        for (Map.Entry<Element, Double> w : weights.entrySet()) {
            ElementVerdict v = verdicts.get(w.getKey());
            if (v == null) {
                continue;
            }
            // exactly 1 for the built-in three alone: their points are the configured ones, unrounded
            double scale = ELEMENT_SHARES * w.getValue() / totalWeight;
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
                detail += ", weak -" + fmt(scaled(points.weakPenalty(), scale));
            }
            breakdown.add(new ScoreItem(w.getKey().id(), scaled(earned, scale), scaled(points.section(), scale), detail));
            total += scaled(earned, scale);
        }
        // Each rule costs once, whatever its count: one systematic slip must not swamp the score.
        Map<String, Severity> fired = new TreeMap<>();
        List<String> blocking = new ArrayList<>();
        for (Finding f : findings) {
            RuleInfo rule = rules.get(f.rule());
            if (rule != null && rule.blocking() && !blocking.contains(f.rule())) {
                blocking.add(f.rule());
            }
            // an element that is not scored is priced like any rule: by its finding
            if (f.element() == null || !weights.containsKey(f.element())) {
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

    /** Points on an element's share of the element part, to the hundredth. */
    private static double scaled(double points, double scale) {
        return scale == 1 ? points : Math.round(points * scale * 100) / 100.0;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
