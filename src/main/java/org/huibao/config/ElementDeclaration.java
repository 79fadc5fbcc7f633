package org.huibao.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.huibao.api.Element;
import org.huibao.api.ElementKind;
import org.huibao.api.Genre;
import org.huibao.api.Message;
import org.huibao.model.RuleInfo;

/**
 * One required element as configuration declares it (config.yaml, {@code elements.ID}; or a rule file's
 * {@code kind: required} entry): the three built-in elements and an office's own alike.
 *
 * @param name   as outputs show it
 * @param cues   what finds it, and how its cues are read ({@link ElementCues#like()})
 * @param weight how much its shortfall costs in the element part of the score: weight × what a built-in
 *               element of that verdict loses (the built-in ones weigh 1); 0 when it is not scored, and its
 *               missing finding then costs quality points like any other rule's
 * @param genres the genres that require it; empty: every genre (a profile's {@code elements.ID.required}
 *               still has the last word)
 * @param titles (report_title) when given, only a report whose title matches one requires it ("党建" for
 *               a part required in 党建工作情况报告)
 * @param rule   the rule reporting it missing, for an office's element; empty for a built-in one, which
 *               HB101–HB103 (rules/elements.drl) report
 */
public record ElementDeclaration(Element element, Message name, ElementCues cues, double weight, List<Genre> genres,
                                 List<Pattern> titles, Optional<RuleInfo> rule) {

    /** The rules of rules/elements.drl that report a built-in element missing. */
    static final Map<Element, String> BUILT_IN_RULES = Map.of(Element.LEADERSHIP, "HB101",
            Element.SHORTCOMINGS, "HB102", Element.NEXT_STEPS, "HB103");

    public ElementDeclaration {
        genres = List.copyOf(genres);
        titles = List.copyOf(titles);
    }

    public ElementKind like() {
        return cues.like();
    }

    public boolean scored() {
        return weight > 0;
    }

    /** The id of the rule that reports the element missing. */
    public String ruleId() {
        return rule.map(RuleInfo::id).orElse(BUILT_IN_RULES.getOrDefault(element, ""));
    }

    /** Whether a report of this genre and title must have the element. */
    public boolean requiredIn(Genre genre, String title, Profile profile) {
        Optional<Boolean> said = profile.required(element);
        if (said.isPresent()) {
            return said.get();
        }
        if (!genres.isEmpty() && !genres.contains(genre)) {
            return false;
        }
        return titles.isEmpty() || titles.stream().anyMatch(t -> t.matcher(title == null ? "" : title).find());
    }
}
