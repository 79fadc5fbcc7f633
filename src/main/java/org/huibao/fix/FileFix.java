package org.huibao.fix;

import java.util.List;
import org.huibao.api.Message;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;

/**
 * What {@code huibao fix} made of one input.
 *
 * @param status  what happened
 * @param before  the check of the input
 * @param after   the check of the corrected copy; {@code before} when there is none
 * @param fixed   the findings whose fixes are in the copy
 * @param again   how many findings of the copy another run would fix (an edit overlapped one made in
 *                this run, or made it visible); fixes the copy cannot carry (a Word list number, a field)
 *                are not counted: they are for a person
 * @param copy    the corrected copy's bytes (the input's own bytes when nothing needed fixing); null
 *                when there is no copy to write
 * @param oldText the report's text as read, for the diff
 * @param newText the text of the corrected copy as read, for the diff
 * @param reason  why there is no copy, for {@link Status#NOT_FIXABLE} and {@link Status#CANNOT_COPY}
 */
public record FileFix(Status status, ReportResult before, ReportResult after, List<Finding> fixed, int again,
                      byte[] copy, String oldText, String newText, Message reason) {

    /** What happened to one input. */
    public enum Status {
        /** a corrected copy, with at least one fix made */
        FIXED,
        /** nothing to fix: the copy is the input as it is */
        UNCHANGED,
        /** a kind of file huibao does not write (PDF, OFD, .doc, .wps): checked, not copied */
        NOT_FIXABLE,
        /** a file that could not be copied safely (its encoding or markup): checked, not copied */
        CANNOT_COPY,
        /** the input could not be read or checked */
        UNREADABLE
    }

    public FileFix {
        fixed = List.copyOf(fixed);
    }

    /** An input without a copy: unreadable, or not one huibao writes. */
    static FileFix without(Status status, ReportResult checked, Message reason) {
        return new FileFix(status, checked, checked, List.of(), 0, null, checked.text(), checked.text(), reason);
    }
}
