package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormattersTest {

    @Test
    void defaultsOfferEveryFormatSorted() {
        Formatters f = Formatters.defaults();
        assertEquals(List.of("csv", "docx", "github", "html", "json", "junit", "markdown", "sarif", "text", "xlsx"), f.names());
        assertTrue(f.document("docx").orElseThrow() instanceof DocxFormatter);
        assertTrue(f.byName("docx").isEmpty(), "a document format is not a stream format");
        assertTrue(f.document("json").isEmpty());
        assertTrue(f.byName("sarif").orElseThrow() instanceof SarifFormatter);
        assertTrue(f.byName("junit").orElseThrow() instanceof JunitFormatter);
        assertTrue(f.byName("github").orElseThrow() instanceof GithubFormatter);
        assertTrue(f.byName("html").orElseThrow() instanceof HtmlFormatter);
        assertEquals("text", f.byName("text").orElseThrow().name());
        assertTrue(f.byName("json").orElseThrow() instanceof JsonFormatter);
    }

    @Test
    void namesMatchCaseInsensitively() {
        assertEquals("json", Formatters.defaults().byName("JSON").orElseThrow().name());
        assertEquals("docx", Formatters.defaults().document("DOCX").orElseThrow().name());
    }

    @Test
    void unknownNameIsEmpty() {
        assertTrue(Formatters.defaults().byName("xml").isEmpty());
        assertTrue(Formatters.defaults().byName(null).isEmpty());
    }

    @Test
    void duplicateNamesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Formatters.of(new TextFormatter(), new TextFormatter()));
        assertThrows(IllegalArgumentException.class, () -> Formatters.defaults().with(new DocxFormatter()));
    }

    @Test
    void namesCannotBeModified() {
        assertThrows(UnsupportedOperationException.class, () -> Formatters.defaults().names().add("x"));
    }
}
