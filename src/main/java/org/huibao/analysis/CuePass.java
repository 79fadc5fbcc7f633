package org.huibao.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.huibao.api.CueHit;
import org.huibao.api.PartRole;
import org.huibao.api.Sentence;
import org.huibao.parse.Report;

/**
 * What matching the cues of some elements over one report shares: the report's parts and clauses, the
 * roles its headings give their parts, what each sentence previews and whom it is about (asked once, not
 * per element), and the hits found so far, in the order they are found.
 *
 * @param introduced the headings a lead-in of next steps introduces as items
 * @param scans      the report's lines' scans ({@code null}: none)
 */
record CuePass(Report report, List<Sentence> sentences, Parts parts, ClauseReader clauses,
               Map<Integer, PartRole> roles, Set<Integer> introduced, boolean[] preview, boolean[] otherParty,
               List<CueHit> hits, LineScans scans) {

    /** The role of the part sentence or heading {@code sectionId} stands in. */
    PartRole roleOf(int sectionId) {
        return CueMatcher.roleOf(report, roles, sectionId);
    }
}
