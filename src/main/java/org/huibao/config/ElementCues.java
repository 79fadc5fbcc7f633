package org.huibao.config;

import java.util.List;
import java.util.regex.Pattern;
import org.huibao.api.Element;
import org.huibao.api.ElementKind;

/**
 * The cue lexicon of one required element (see config.yaml for what each list means).
 *
 * @param like    how the cues are read: which element rules judge them, and which of the analysis'
 *                element-specific readings apply (a problem's specificity and remedies for
 *                {@link ElementKind#SHORTCOMINGS}, the reviewed year of a heading for
 *                {@link ElementKind#NEXT_STEPS})
 * @param forward sentence openings that look forward by their form ("要…", "我们将…"); they count only
 *                when the words of their clause confirm it
 */
public record ElementCues(Element element, ElementKind like, List<Pattern> heading, List<Pattern> headingExclude,
                          List<Pattern> body, List<Pattern> leadIn, List<Pattern> stock, List<Pattern> vague,
                          List<Pattern> exclude, List<Pattern> forward) {

    public ElementCues {
        heading = List.copyOf(heading);
        headingExclude = List.copyOf(headingExclude);
        body = List.copyOf(body);
        leadIn = List.copyOf(leadIn);
        stock = List.copyOf(stock);
        vague = List.copyOf(vague);
        exclude = List.copyOf(exclude);
        forward = List.copyOf(forward);
    }
}
