package org.huibao.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.DocumentFact;
import org.huibao.api.Line;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;
import org.huibao.parse.Columns;

/**
 * What a detector sees of one line: the line, the document, its addressee,
 * whether the paragraph goes on as a quotation in one of the next two lines or ends a text cut off, and which
 * {@link CharSets} it has characters of. Not thread-safe (the columns are counted onwards); one per
 * line and pass.
 */
record LineContext(Line line, DocumentFact document, boolean quotationGoesOn, boolean cutOff, String addressee, Columns columns,
                   int charSets) {

    /**
     * @param cutOff the line is the text's last and stops mid-sentence: the text, or the copy of it, was
     *     cut off there
     * @param addressee the text of the report's addressee lines (主送机关), empty when it has none
     */
    LineContext(Line line, DocumentFact document, boolean quotationGoesOn, boolean cutOff, String addressee) {
        this(line, document, quotationGoesOn, cutOff, addressee, new Columns(line.span(), line.text()), CharSets.of(line.text()));
    }

    /** True when the line has a character of the set (one of {@link CharSets}' constants). */
    boolean has(int set) {
        return (charSets & set) != 0;
    }

    String text() {
        return line.text();
    }

    /** Every match of the pattern's group in the line, as a spot of the kind. */
    void find(Pattern p, int group, SpotKind kind, List<Spot> out) {
        find(p, null, group, kind, out);
    }

    /** As {@link #find(Pattern, int, SpotKind, List)}, the pattern tried only where the test lets a match start. */
    void find(Pattern p, StartsAt.Test start, int group, SpotKind kind, List<Spot> out) {
        Search s = new Search(p, line.text(), start);
        Matcher m = s.matcher();
        while (s.find()) {
            if (m.group(group) != null && m.end(group) > m.start(group)) {
                out.add(spot(kind, m.start(group), m.end(group), ""));
            }
        }
    }

    Spot spot(SpotKind kind, int from, int to, String detail) {
        return spot(kind, from, to, detail, null);
    }

    /** @param fix the safe edit's replacement ({@link Spot#fix()}), or null */
    Spot spot(SpotKind kind, int from, int to, String detail, String fix) {
        return new Spot(kind, line.id(), columns.span(from, to), line.text().substring(from, to), detail, fix);
    }
}
