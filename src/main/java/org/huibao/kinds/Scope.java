package org.huibao.kinds;

import static org.drools.model.PatternDSL.betaIndexedBy;
import static org.drools.model.PatternDSL.declarationOf;
import static org.drools.model.PatternDSL.exists;
import static org.drools.model.PatternDSL.not;
import static org.drools.model.PatternDSL.pattern;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.drools.model.Index;
import org.drools.model.Variable;
import org.drools.model.view.ViewItemBuilder;
import org.huibao.api.Heading;
import org.huibao.api.HeadingKind;
import org.huibao.api.Line;
import org.huibao.api.LinePart;
import org.huibao.api.NodeType;
import org.huibao.api.PartRole;
import org.huibao.api.Term;

/**
 * Where in a report a rule looks: the title, the headings, the rest (the body), or a part of a given
 * role. A word list is scanned on every line once; the scope is a join of each hit with the facts that
 * say where its line is, so no line is read again.
 */
enum Scope {
    /** the title's lines */
    TITLE(null),
    /** the text of a numbered or un-numbered heading, on a line of its own or opening a paragraph (not 一是…) */
    HEADING(null),
    /** everything but the title and the headings */
    BODY(null),
    LEADERSHIP(PartRole.LEADERSHIP),
    ACHIEVEMENTS(PartRole.ACHIEVEMENTS),
    PROBLEMS(PartRole.PROBLEMS),
    MEASURES(PartRole.MEASURES);

    private final PartRole part;

    Scope(PartRole part) {
        this.part = part;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Scope::id).toList();
    }

    static Optional<Scope> parse(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The conditions that hold when a hit lies in this scope.
     *
     * @param exprId a prefix unique to the rule and the hit: Drools shares conditions by their id
     */
    List<ViewItemBuilder<?>> of(Variable<Term> hit, String exprId) {
        return switch (this) {
            case TITLE -> List.of(exists(line(hit, exprId + " title", NodeType.TITLE, true)));
            case HEADING -> List.of(exists(heading(hit, exprId)));
            case BODY -> List.of(exists(line(hit, exprId + " not title", NodeType.TITLE, false)),
                    not(heading(hit, exprId)));
            default -> List.of(exists(pattern(declarationOf(LinePart.class))
                    .expr(exprId + " part " + id(), p -> p.part() == part)
                    .expr(exprId + " part of line", hit, (p, t) -> p.lineId() == t.lineId(),
                            betaIndexedBy(Integer.class, Index.ConstraintType.EQUAL, -1, LinePart::lineId, Term::lineId))));
        };
    }

    // A condition with an index is taken for the equality the index names: anything else it tests goes
    // in a condition of its own.

    /** The hit's line, of the given type ({@code is}) or not of it. */
    private static ViewItemBuilder<?> line(Variable<Term> hit, String exprId, NodeType type, boolean is) {
        return pattern(declarationOf(Line.class)).expr(exprId, l -> (l.type() == type) == is)
                .expr(exprId + " line", hit, (l, t) -> l.id() == t.lineId(),
                        betaIndexedBy(Integer.class, Index.ConstraintType.EQUAL, -1, Line::id, Term::lineId));
    }

    /** A heading whose text holds the hit. */
    private static ViewItemBuilder<?> heading(Variable<Term> hit, String exprId) {
        return pattern(declarationOf(Heading.class)).expr(exprId + " heading", h -> h.kind() != HeadingKind.ENUMERATION)
                .expr(exprId + " heading line", hit, (h, t) -> h.textSpan().line() == t.span().line(),
                        betaIndexedBy(Integer.class, Index.ConstraintType.EQUAL, -1, (Heading h) -> h.textSpan().line(),
                                (Term t) -> t.span().line()))
                .expr(exprId + " in heading", hit, (h, t) -> h.textSpan().encloses(t.span()));
    }
}
