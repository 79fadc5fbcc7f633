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
 * <p>The element part is the built-in elements' (3 × section, 75 by default), and it does not grow with
 * the elements an office declares: a scored element costs what it falls short of a part of its own,
 * times its weight — absent 25, inline 10, weak 10 more, with the default points and weight 1 — as a
 * built-in element of that weight loses. With the built-in three alone (weight 1 each) that is the sum of
 * their points, as it always was. Sharing the 75 points among more elements instead would make each one
 * cheaper: with a fourth, a report lacking 存在问题 would still reach 81.25 and pass. An office's element
 * is listed in the breakdown as a deduction (its points are 0 or less, out of 0).
 */
public final class Scorer {
    private final Config.Scoring points;
    private final double threshold;
    /** Every declared element, in output order, with its weight (0: not scored). */
    private final Map<Element, Double> weights;

    /** A scorer for the built-in elements alone, each of weight 1. */
    public Scorer(Config.Scoring points, double threshold) {
        this(points, threshold, builtInWeights());
    }

    /** @param weights the declared elements and their weights ({@link #weights}) */
    public Scorer(Config.Scoring points, double threshold, Map<Element, Double> weights) {
        this.points = points;
        this.threshold = threshold;
        this.weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** The declared elements of a configuration and their weights (0: not scored), in its order. */
    public static Map<Element, Double> weights(List<ElementDeclaration> declared) {
        Map<Element, Double> out = new LinkedHashMap<>();
        for (ElementDeclaration d : declared) {
            out.put(d.element(), d.weight());
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

    private boolean scored(Element e) {
        return weights.getOrDefault(e, 0.0) > 0;
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
        for (Map.Entry<Element, Double> w : weights.entrySet()) {
            Element e = w.getKey();
            double weight = w.getValue();
            ElementVerdict v = verdicts.get(e);
            if (v == null || !e.builtIn() && weight <= 0) {
                continue;
            }
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
            } else if (weight <= 0) {
                earned = points.section();
                detail = "not scored";
            } else if (v.weak() && v.present()) {
                earned = Math.max(0, earned - points.weakPenalty());
                detail += ", weak -" + fmt(weighted(points.weakPenalty(), weight));
            }
            // A built-in element holds its share of the element part; an office's costs what it falls short.
            double max = e.builtIn() ? points.section() : 0;
            double got = weight == 1 || weight <= 0 ? earned - (points.section() - max)
                    : max - weighted(points.section() - earned, weight);
            breakdown.add(new ScoreItem(e.id(), got, max, detail));
            total += got;
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
        // an office's elements can cost more than the rest earns
        total = Math.max(0, Math.round(total * 10) / 10.0);
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
            // an element that is not scored is priced like any rule: by its finding
            if (f.element() == null || !scored(f.element())) {
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

    /** Points times an element's weight, to the hundredth. */
    private static double weighted(double points, double weight) {
        return weight == 1 ? points : Math.round(points * weight * 100) / 100.0;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
