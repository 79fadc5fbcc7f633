package org.huibao.engine;

import org.huibao.model.Fix;
import org.huibao.model.Location;

/**
 * When a finding carries its edit. The analysis stage and the word lists decide whether an edit is safe
 * and has one answer; this only refuses what no edit can be: none, one that changes nothing, and one that
 * would break a line (an edit stays inside the line it names, which is what a Word paragraph can take).
 *
 * <p>Rules report edits through {@code findings.fix} (see {@link org.huibao.api.FindingSink}); a kind of rule
 * that makes its findings itself gives one with one preferred form its edit as
 * {@code finding.withFix(Fixes.of(finding.location(), preferred))}, and none when it has several.
 */
public final class Fixes {

    private Fixes() {
    }

    /** The edit replacing the text at {@code range} by {@code replacement}, or null when there is none to make. */
    public static Fix of(Location range, String replacement) {
        if (replacement == null || range == null || range.text() == null || replacement.equals(range.text())
                || range.line() != range.endLine() || replacement.indexOf('\n') >= 0 || replacement.indexOf('\r') >= 0) {
            return null;
        }
        return new Fix(range, replacement);
    }
}
