package org.huibao.analysis;

import java.util.List;
import java.util.regex.Pattern;

/** Questions asked of a list of config patterns at once. */
final class Patterns {
    private Patterns() {
    }

    /** Some pattern finds something in the text. */
    static boolean anyFind(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** Some pattern matches the whole text. */
    static boolean anyMatches(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }
}
