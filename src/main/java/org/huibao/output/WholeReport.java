package org.huibao.output;

import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.model.ReportResult;

/**
 * Findings that have no place in the text: a missing part (HB101–HB103), no figures anywhere (HB107),
 * not a report (HB108), the page margins (HB505). A finding needs a location, so the rules give these
 * an empty one at 1:1 ({@link org.huibao.api.DocumentFact#whole()}); painted there they
 * would read as a fault of the title. Every format shows them as about the whole report: no line and
 * column, no excerpt.
 */
final class WholeReport {

    private WholeReport() {
    }

    /**
     * The empty range with no text at 1:1 (what {@code DocumentFact.whole} gives; an empty range elsewhere
     * is a point in the text), or a finding about a required element the report does not have wherever a
     * rule of an office's own put it.
     */
    static boolean about(Finding f, ReportResult r) {
        Location l = f.location();
        boolean start = l.line() == 1 && l.column() == 1 && l.endLine() == 1 && l.endColumn() == 1
                && Outputs.nullToEmpty(l.text()).isEmpty();
        return start || missingElement(f, r);
    }

    private static boolean missingElement(Finding f, ReportResult r) {
        if (f.element() == null) {
            return false;
        }
        ElementVerdict v = r.elements().get(f.element());
        return v != null && v.required() && !v.present();
    }
}
