package org.huibao.read;

import java.util.List;
import java.util.Optional;
import org.huibao.api.PageSetup;
import org.huibao.api.ParagraphFormat;

/**
 * The formatting of a Word document that the layout rules (HB5xx, GB/T 9704) check: per paragraph
 * font, size and indent, and the page margins. Text, Markdown and PDF input have none.
 *
 * @param paragraphs one entry per line of the extracted text that came from a formatted paragraph
 * @param page       the first section's page set-up, if the document declares one
 */
public record Layout(List<ParagraphFormat> paragraphs, Optional<PageSetup> page) {

    public static final Layout NONE = new Layout(List.of(), Optional.empty());

    public Layout {
        paragraphs = List.copyOf(paragraphs);
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty() && page.isEmpty();
    }
}
