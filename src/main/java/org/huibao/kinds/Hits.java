package org.huibao.kinds;

import static org.drools.model.PatternDSL.alphaIndexedBy;
import static org.drools.model.PatternDSL.declarationOf;
import static org.drools.model.PatternDSL.on;
import static org.drools.model.PatternDSL.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.drools.model.Declaration;
import org.drools.model.Global;
import org.drools.model.Index;
import org.drools.model.PatternDSL;
import org.drools.model.RuleItemBuilder;
import org.drools.model.view.ViewItemBuilder;
import org.huibao.api.FindingSink;
import org.huibao.api.Term;
import org.huibao.api.TextMatch;

/**
 * The parts every kind's rule is made of: the hits of one of its word lists, where they lie, and the
 * report of a finding at a hit.
 */
final class Hits {

    private Hits() {
    }

    /** The name of a rule's word list; {@code part} tells a rule's lists apart ("" for its only one). */
    static String vocabulary(String id, String part) {
        return "rule:" + id + (part.isEmpty() ? "" : ":" + part);
    }

    /** A hit of the named word list that is not one of the exceptions. */
    static PatternDSL.PatternDef<Term> of(Declaration<Term> hit, String vocabulary, Set<String> exceptions, String exprId) {
        PatternDSL.PatternDef<Term> p = pattern(hit).expr(exprId + " vocabulary", t -> t.vocabulary().equals(vocabulary),
                alphaIndexedBy(String.class, Index.ConstraintType.EQUAL, -1, Term::vocabulary, vocabulary));
        if (!exceptions.isEmpty()) {
            p = p.expr(exprId + " exceptions", t -> !exceptions.contains(t.text()));
        }
        return p;
    }

    /** A hit, restricted to a scope when there is one. */
    static List<ViewItemBuilder<?>> in(PatternDSL.PatternDef<Term> hit, Declaration<Term> var, Scope scope, String exprId) {
        List<ViewItemBuilder<?>> out = new ArrayList<>();
        out.add(hit);
        if (scope != null) {
            out.addAll(scope.of(var, exprId));
        }
        return out;
    }

    /**
     * Reports a finding at the hit: {@code {0}} in the message is the text found, {@code {1}} what
     * {@code second} says of the hit (a preferred form, the pattern's first group).
     */
    static RuleItemBuilder<?> report(Declaration<Term> hit, Global<FindingSink> findings, Function<Term, String> second) {
        return on(findings, hit).execute((drools, sink, t) ->
                sink.add(drools, new TextMatch(t.lineId(), t.span(), t.text(), second.apply(t), t.note())));
    }

    /**
     * Reports a finding at the hit with its edit: the hit's preferred form ({@code {1}}) replaces it, as
     * {@code huibao fix} and the outputs' {@code fix} show.
     */
    static RuleItemBuilder<?> reportWithFix(Declaration<Term> hit, Global<FindingSink> findings) {
        return on(findings, hit).execute((drools, sink, t) -> sink.fix(drools, t));
    }

    static Declaration<Term> hit() {
        return declarationOf(Term.class);
    }
}
