package org.huibao.config;

import java.util.List;
import java.util.regex.Pattern;
import org.huibao.api.Element;
import org.huibao.api.Message;

/** The cue lexicon of one required element (see config.yaml for what each list means). */
public record ElementCues(Element element, Message name, List<Pattern> heading, List<Pattern> headingExclude,
                          List<Pattern> body, List<Pattern> leadIn, List<Pattern> stock, List<Pattern> vague,
                          List<Pattern> exclude) {

    public ElementCues {
        heading = List.copyOf(heading);
        headingExclude = List.copyOf(headingExclude);
        body = List.copyOf(body);
        leadIn = List.copyOf(leadIn);
        stock = List.copyOf(stock);
        vague = List.copyOf(vague);
        exclude = List.copyOf(exclude);
    }
}
