package org.huibao.model;

import org.huibao.api.Element;
import org.huibao.api.Message;

/**
 * One finding of a rule in a report.
 *
 * @param rule       rule id, e.g. "HB301"
 * @param severity   effective severity (after config overrides)
 * @param message    what is wrong
 * @param location   where; for findings about the whole report, the start of the report
 * @param suggestion how to fix it; may be empty
 * @param element    the required element the finding is about, or null (element findings are
 *                   scored by the element part of the score, not the quality part)
 * @param fix        the mechanical edit that removes it, or null when it needs a person
 * @param known      true when a baseline lists it as already accepted: it is reported, but does not decide
 *                   the verdict or the exit code
 */
public record Finding(String rule, Severity severity, Message message, Location location, Message suggestion,
                      Element element, Fix fix, boolean known) {

    public Finding(String rule, Severity severity, Message message, Location location, Message suggestion,
                   Element element) {
        this(rule, severity, message, location, suggestion, element, null, false);
    }

    public Finding withFix(Fix newFix) {
        return new Finding(rule, severity, message, location, suggestion, element, newFix, known);
    }

    public Finding asKnown() {
        return new Finding(rule, severity, message, location, suggestion, element, fix, true);
    }
}
