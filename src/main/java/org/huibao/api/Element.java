package org.huibao.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A required element of a report, by its stable id: the key under {@code elements} in config.yaml, in the
 * JSON output and in SARIF. Three are built in; an office declares more in its configuration
 * ({@code elements.ID} in a {@code .huibao.yaml}). Two elements are the same when their ids are, so a rule
 * may compare with a constant ({@code Evidence(element == Element.SHORTCOMINGS)}) or by id
 * ({@code Evidence(element.id == "lianzheng")}).
 */
public record Element(String id) {

    public static final Element LEADERSHIP = new Element("leadership");
    public static final Element SHORTCOMINGS = new Element("shortcomings");
    public static final Element NEXT_STEPS = new Element("next_steps");

    /** The built-in elements, in the order every output lists them. */
    public static final List<Element> BUILT_IN = List.of(LEADERSHIP, SHORTCOMINGS, NEXT_STEPS);

    public Element {
        Objects.requireNonNull(id, "id");
    }

    /** One of the three elements huibao has always known, reported missing by HB101–HB103. */
    public boolean builtIn() {
        return BUILT_IN.contains(this);
    }

    /** The element with this id: for a built-in one, its constant. */
    public static Element of(String id) {
        return byId(id).orElseGet(() -> new Element(id));
    }

    /** The built-in element with this id. */
    public static Optional<Element> byId(String id) {
        for (Element e : BUILT_IN) {
            if (e.id.equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
