package org.huibao.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.huibao.config.Config;
import org.huibao.config.Context;
import org.huibao.config.ElementCues;
import org.huibao.config.ElementDeclaration;

/** The cue and context patterns of a config, as the cue matcher runs them: the tests of pattern rewrites read them all. */
final class BuiltInCues {

    private BuiltInCues() {
    }

    static List<Pattern> of(Config config) {
        List<Pattern> all = new ArrayList<>();
        Context c = config.context();
        for (List<Pattern> list : List.of(c.remedial(), c.resolved(), c.otherParty(), c.preview(), c.achievements())) {
            all.addAll(list);
        }
        for (ElementDeclaration d : config.elements()) {
            ElementCues e = d.cues();
            for (List<Pattern> list : List.of(e.heading(), e.headingExclude(), e.body(), e.leadIn(), e.exclude(), e.forward())) {
                all.addAll(list);
            }
        }
        return all;
    }
}
