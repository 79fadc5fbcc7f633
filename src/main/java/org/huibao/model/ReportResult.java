package org.huibao.model;

import org.huibao.api.Element;
import org.huibao.api.Message;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking one input: either a checked report or an error (unreadable input).
 *
 * @param file     the path as the user gave it
 * @param title    the report's title, empty if it has none (or on error)
 * @param elements verdicts in the order the outputs list them: the built-in elements first, then the
 *                 others in the order given (the configuration's); empty on error
 * @param findings sorted by location, then rule id; empty on error
 * @param score    null on error
 * @param error    why the input could not be checked; null when checked
 * @param genre    the genre whose profile was applied (report, speech, debrief, self-check, summary);
 *                 empty on error
 * @param text     the normalised text the locations point into (lines split at {@code \n}), for formats
 *                 that show the report with its findings in place (html); empty on error. Not part of
 *                 the JSON output.
 * @param waivers  findings suppressed by the report's comments, and the comparison with a baseline
 */
public record ReportResult(String file, String title, Map<Element, ElementVerdict> elements,
                           List<Finding> findings, Score score, Message error, String genre, String text,
                           Waivers waivers) {

    public ReportResult {
        elements = ordered(elements);
        findings = List.copyOf(findings);
        text = text == null ? "" : text;
        waivers = waivers == null ? Waivers.NONE : waivers;
    }

    public ReportResult(String file, String title, Map<Element, ElementVerdict> elements,
                        List<Finding> findings, Score score, Message error, String genre, String text) {
        this(file, title, elements, findings, score, error, genre, text, Waivers.NONE);
    }

    /** A result without the report text (formats that show the text then show the findings only). */
    public ReportResult(String file, String title, Map<Element, ElementVerdict> elements,
                        List<Finding> findings, Score score, Message error, String genre) {
        this(file, title, elements, findings, score, error, genre, "");
    }

    public static ReportResult error(String file, Message error) {
        return new ReportResult(file, "", Map.of(), List.of(), null, error, "", "", Waivers.NONE);
    }

    /** The same result showing other findings (the score stays as computed from all of them). */
    public ReportResult withFindings(List<Finding> shown) {
        return new ReportResult(file, title, elements, shown, score, error, genre, text, waivers);
    }

    /** The same result without the report text, for formats that do not show it. */
    public ReportResult withoutText() {
        return text.isEmpty() ? this : new ReportResult(file, title, elements, findings, score, error, genre, "", waivers);
    }

    /** Built-in elements first, in their order, then the rest as the given map iterates. */
    private static Map<Element, ElementVerdict> ordered(Map<Element, ElementVerdict> elements) {
        Map<Element, ElementVerdict> out = new LinkedHashMap<>();
        for (Element e : Element.BUILT_IN) {
            ElementVerdict v = elements.get(e);
            if (v != null) {
                out.put(e, v);
            }
        }
        for (Map.Entry<Element, ElementVerdict> e : elements.entrySet()) {
            out.putIfAbsent(Objects.requireNonNull(e.getKey()), Objects.requireNonNull(e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    public String status() {
        if (error != null) {
            return "error";
        }
        return score.passed() ? "pass" : "fail";
    }

    public Optional<Message> errorMessage() {
        return Optional.ofNullable(error);
    }
}
