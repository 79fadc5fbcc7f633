package org.huibao.model;

import java.util.List;

/**
 * The compliance score of a report.
 *
 * @param blockedBy ids of blocking rules that fired (a report with any fails whatever the score)
 */
public record Score(double total, double threshold, boolean passed, List<ScoreItem> breakdown,
                    List<String> blockedBy) {

    public Score {
        breakdown = List.copyOf(breakdown);
        blockedBy = List.copyOf(blockedBy);
    }
}
