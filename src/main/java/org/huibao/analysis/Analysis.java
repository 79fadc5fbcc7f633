package org.huibao.analysis;

import java.util.ArrayList;
import java.util.List;
import org.huibao.api.Clause;
import org.huibao.api.CueHit;
import org.huibao.api.DocumentFact;
import org.huibao.api.Line;
import org.huibao.api.LinePart;
import org.huibao.api.Spot;
import org.huibao.api.Term;

/**
 * The facts computed once for one report before the rules run.
 *
 * @param document facts about the whole report
 * @param lines    the report's lines, in text order
 * @param terms    word-list hits in the wording lines
 * @param spots    character-level facts
 * @param hits     the required elements' cues found, with the context that decides whether each counts
 * @param clauses  the clauses the cues stand in
 * @param structure traits of whole nodes and ordinal mentions, for the structure rules
 * @param parts    the role of the part each line sits in, in line order
 */
public record Analysis(DocumentFact document, List<Line> lines, List<Term> terms, List<Spot> spots,
                       List<CueHit> hits, List<Clause> clauses, StructureFacts structure, List<LinePart> parts) {

    public Analysis {
        lines = List.copyOf(lines);
        parts = List.copyOf(parts);
        terms = List.copyOf(terms);
        spots = List.copyOf(spots);
        hits = List.copyOf(hits);
        clauses = List.copyOf(clauses);
    }

    /**
     * Every fact to insert into the rule session: the document, then lines, clauses, terms, spots,
     * structure facts and the lines' parts.
     */
    public List<Object> facts() {
        List<Object> structureFacts = structure.facts();
        List<Object> out = new ArrayList<>(1 + lines.size() + clauses.size() + terms.size() + spots.size()
                + structureFacts.size() + parts.size());
        out.add(document);
        out.addAll(lines);
        out.addAll(clauses);
        out.addAll(terms);
        out.addAll(spots);
        out.addAll(structureFacts);
        out.addAll(parts);
        return out;
    }
}
