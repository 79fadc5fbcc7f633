package org.huibao.output;

import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;

/**
 * Findings that have no place in the text. A missing part (HB101–HB103, or a rule of an office's own
 * with {@code @element}) is reported at the report's first line only because a finding needs a
 * location; painted there it reads as a fault of the title. The human-readable formats show it as
 * being about the whole report.
 */
final class WholeReport {

    private WholeReport() {
    }

    /** A finding about a required element the report does not have. */
    static boolean about(Finding f, ReportResult r) {
        if (f.element() == null) {
            return false;
        }
        ElementVerdict v = r.elements().get(f.element());
        return v != null && v.required() && !v.present();
    }
}
