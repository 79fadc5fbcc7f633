package org.huibao.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Context cues shared by all elements: what makes a cue not count (see config.yaml).
 *
 * @param negation     matches a whole word that denies its clause (不, 没有, 未 …)
 * @param achievements headings of parts about what was done (主要成效, 工作开展情况)
 * @param specificMarks what makes a problem clause specific beyond stock phrases: a figure, a subject
 *                      naming who ("部分支部", "有的党员"), an example
 */
public record Context(Pattern negation, List<Pattern> remedial, List<Pattern> resolved, List<Pattern> otherParty,
                      List<Pattern> preview, List<Pattern> achievements, List<Pattern> specificMarks) {

    public Context {
        remedial = List.copyOf(remedial);
        resolved = List.copyOf(resolved);
        otherParty = List.copyOf(otherParty);
        preview = List.copyOf(preview);
        achievements = List.copyOf(achievements);
        specificMarks = List.copyOf(specificMarks);
    }
}
