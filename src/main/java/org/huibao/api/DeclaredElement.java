package org.huibao.api;

/**
 * A required element the configuration declares, as it applies to the report being checked; one fact per
 * element, built in or an office's own, inserted before the rules run.
 *
 * @param element  the element
 * @param id       its id, repeated for rules that name it ({@code DeclaredElement(id == "lianzheng")})
 * @param name     its name, as outputs show it
 * @param like     how its cues are read (which rules of rules/elements.drl judge them)
 * @param required whether this report must have it: its genre and title are among those the element is
 *                 declared for, and the genre's profile does not turn it off
 * @param builtIn  one of the three built-in elements, reported missing by HB101–HB103
 * @param rule     the id of the rule that reports it missing; for a built-in element, HB101–HB103
 */
public record DeclaredElement(Element element, String id, Message name, ElementKind like, boolean required,
                              boolean builtIn, String rule) {
}
