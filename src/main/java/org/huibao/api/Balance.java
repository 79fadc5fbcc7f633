package org.huibao.api;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the content-balance rules measure against (config.yaml, balance).
 *
 * @param minProblems     the fewest specific problems a report should name, however short
 * @param charsPerProblem a longer report should name one more specific problem per this many letters (0: not by
 *                        length, the default)
 * @param figuresPerProblem one more specific problem per this many figures of achievement: a report that claims
 *                        much should weigh its problems against it (0: not by achievements)
 * @param concrete        a measure matching one of these names a number, a date or an owner
 * @param figures         a figure in the achievements ("全年学习24次", "覆盖率达95%")
 */
public record Balance(int minProblems, int charsPerProblem, int figuresPerProblem, List<Pattern> concrete,
                      Pattern figures) {

    /** The specific problems a report of {@code bodyChars} letters should name (HB105), by its length only. */
    public int problemsExpected(int bodyChars) {
        return problemsExpected(bodyChars, 0);
    }

    /**
     * The specific problems a report should name (HB105): at least {@link #minProblems}, and more for the
     * achievements it claims ({@code figures} in its text).
     */
    public int problemsExpected(int bodyChars, int figures) {
        int byLength = charsPerProblem <= 0 ? 0 : bodyChars / charsPerProblem;
        int byAchievements = figuresPerProblem <= 0 ? 0 : figures / figuresPerProblem;
        return Math.max(minProblems, Math.max(byLength, byAchievements));
    }

    public Balance {
        concrete = List.copyOf(concrete);
    }
}
