package org.huibao.api;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the content-balance rules measure against (config.yaml, balance).
 *
 * @param minProblems     the fewest specific problems a report should name, however short
 * @param charsPerProblem a longer report should name one more specific problem per this many letters
 * @param concrete        a measure matching one of these names a number, a date or an owner
 * @param figures         a figure in the achievements ("全年学习24次", "覆盖率达95%")
 */
public record Balance(int minProblems, int charsPerProblem, List<Pattern> concrete, Pattern figures) {

    /** The specific problems a report of {@code bodyChars} letters should name (HB105). */
    public int problemsExpected(int bodyChars) {
        return Math.max(minProblems, charsPerProblem <= 0 ? 0 : bodyChars / charsPerProblem);
    }

    public Balance {
        concrete = List.copyOf(concrete);
    }
}
