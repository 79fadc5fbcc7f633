package org.huibao.engine;

import org.huibao.parse.Genre;
import org.huibao.parse.Span;

/**
 * Facts about the whole report that rules need: its name, its title (empty if none) and its first
 * line (where findings about the report as a whole point), and its genre.
 */
public record DocumentFact(String name, String title, Span head, Genre genre) {

    public boolean hasTitle() {
        return !title.isEmpty();
    }
}
