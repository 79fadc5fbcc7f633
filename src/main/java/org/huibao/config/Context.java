package org.huibao.config;

import java.util.List;
import java.util.regex.Pattern;

/** Context cues shared by all elements: what makes a cue not count (see config.yaml). */
public record Context(Pattern negation, List<Pattern> remedial, List<Pattern> resolved, List<Pattern> otherParty,
                      List<Pattern> preview, int specificMinChars, Pattern genericTopic, int sectionMinChars) {

    public Context {
        remedial = List.copyOf(remedial);
        resolved = List.copyOf(resolved);
        otherParty = List.copyOf(otherParty);
        preview = List.copyOf(preview);
    }
}
