package org.huibao.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> ELEMENT_KEYS = List.of("name", "heading", "heading_exclude", "body", "lead_in",
            "stock", "exclude");

    @Test
    void nearbySpellings() {
        assertEquals(Optional.of("threshold"), DidYouMean.suggest("thershold", List.of("threshold", "language")));
        assertEquals(Optional.of("error"), DidYouMean.suggest("eror", List.of("max", "error", "warning", "info")));
        assertEquals(Optional.of("body"), DidYouMean.suggest("Bodi", ELEMENT_KEYS));
        assertEquals(Optional.of("lead_in"), DidYouMean.suggest("leadin", ELEMENT_KEYS));
    }

    @Test
    void sharedStems() {
        assertEquals(Optional.of("blocking"), DidYouMean.suggest("blocked", List.of("severity", "enabled", "blocking")));
        assertEquals(Optional.of("heading_exclude"), DidYouMean.suggest("heading_excl", ELEMENT_KEYS));
        assertEquals(Optional.of("other_party"), DidYouMean.suggest("other_parties", List.of("preview", "other_party")));
        assertEquals(Optional.of("threshold"), DidYouMean.suggest("thresh", List.of("threshold", "language")));
    }

    @Test
    void nothingCloseMeansNoSuggestion() {
        assertEquals(Optional.empty(), DidYouMean.suggest("fr", List.of("zh", "en")));
        assertEquals(Optional.empty(), DidYouMean.suggest("colour", List.of("threshold", "language", "scoring")));
    }
}
