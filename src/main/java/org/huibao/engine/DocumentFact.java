package org.huibao.engine;

import org.huibao.parse.Genre;
import org.huibao.parse.Span;

/**
 * Facts about the whole report that rules need.
 *
 * @param title     empty if the report has none
 * @param head      the report's first line: where findings about the report as a whole point
 * @param bodyChars letters and digits in the body (headings and paragraphs)
 * @param figures   figures in the body ("24次", "95%"; config.yaml, balance.figures)
 */
public record DocumentFact(String name, String title, Span head, Genre genre, int bodyChars, int figures) {

    public boolean hasTitle() {
        return !title.isEmpty();
    }
}
