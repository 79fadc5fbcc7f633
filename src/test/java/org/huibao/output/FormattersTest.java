package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormattersTest {

    @Test
    void defaultsOfferTextAndJsonSorted() {
        Formatters f = Formatters.defaults();
        assertEquals(List.of("json", "text"), f.names());
        assertEquals("text", f.byName("text").orElseThrow().name());
        assertTrue(f.byName("json").orElseThrow() instanceof JsonFormatter);
    }

    @Test
    void namesMatchCaseInsensitively() {
        assertEquals("json", Formatters.defaults().byName("JSON").orElseThrow().name());
    }

    @Test
    void unknownNameIsEmpty() {
        assertTrue(Formatters.defaults().byName("sarif").isEmpty());
        assertTrue(Formatters.defaults().byName(null).isEmpty());
    }

    @Test
    void duplicateNamesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Formatters.of(new TextFormatter(), new TextFormatter()));
    }

    @Test
    void namesCannotBeModified() {
        assertThrows(UnsupportedOperationException.class, () -> Formatters.defaults().names().add("x"));
    }
}
