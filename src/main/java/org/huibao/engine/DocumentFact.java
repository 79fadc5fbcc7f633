package org.huibao.engine;

import org.huibao.parse.Span;

/**
 * Facts about the whole report that rules need: its name, its title (empty if none) and where it
 * starts (the location of findings about the report as a whole).
 */
public record DocumentFact(String name, String title, Span start) {

    public boolean hasTitle() {
        return !title.isEmpty();
    }
}
