package org.huibao.api;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the content-balance rules measure against (config.yaml, balance).
 *
 * @param shortcomingsMinShare the least share of the report's text its shortcomings part should take
 * @param concrete             a measure matching one of these names a number, a date or an owner
 * @param figures              a figure in the achievements ("全年学习24次", "覆盖率达95%")
 */
public record Balance(double shortcomingsMinShare, List<Pattern> concrete, Pattern figures) {

    public Balance {
        concrete = List.copyOf(concrete);
    }
}
