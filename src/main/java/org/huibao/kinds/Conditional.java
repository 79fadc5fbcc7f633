package org.huibao.kinds;

import static org.drools.model.PatternDSL.betaIndexedBy;
import static org.drools.model.PatternDSL.exists;
import static org.drools.model.PatternDSL.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.drools.model.Declaration;
import org.drools.model.Global;
import org.drools.model.Index;
import org.drools.model.PatternDSL;
import org.drools.model.RuleItemBuilder;
import org.drools.model.view.ViewItemBuilder;
import org.huibao.api.FindingSink;
import org.huibao.api.Term;
import org.huibao.lexicon.Lexicon;

/**
 * {@code kind: conditional}: where X appears, Y must appear too ({@code then}) or must not
 * ({@code then_not}); after Vale's conditional check. With {@code before: true} only a Y before the X
 * counts — an acronym defined before its first use. When Y's pattern has a group, only a Y whose first
 * group is what the X stands for counts (X's own first group, or its text): "AI" needs "（AI）", not any
 * definition. Each X without its Y (or with a forbidden one) is a finding; {@code {1}} is what it stands for.
 */
final class Conditional implements Kind {

    @Override
    public String name() {
        return "conditional";
    }

    @Override
    public List<String> keys() {
        return List.of("if", "then", "then_not", "exceptions");
    }

    @Override
    public Check read(Fields rule, String id) {
        Optional<Wording> x = Wording.under(rule, "if", false);
        Optional<Wording> then = Wording.under(rule, "then", true);
        Optional<Wording> thenNot = Wording.under(rule, "then_not", true);
        Set<String> exceptions = Set.copyOf(rule.texts("exceptions").stream().map(Fields.Text::value).toList());
        if (x.isEmpty() && !rule.misspelt("if")) {
            rule.problem(rule.line(), "a conditional rule needs \"if\": the words or pattern that call for (or rule out) another");
        }
        if (then.isPresent() == thenNot.isPresent() && !rule.misspelt("then") && !rule.misspelt("then_not")) {
            rule.problem(rule.line(), "a conditional rule needs one of \"then\" (what must appear as well) and"
                    + " \"then_not\" (what must not)");
        }
        Optional<Wording> y = then.or(() -> thenNot);
        if (x.isEmpty() || y.isEmpty() || x.get().isEmpty() || y.get().isEmpty() || then.isPresent() == thenNot.isPresent()) {
            return null;
        }
        return new If(id, x.get(), y.get(), then.isPresent(), exceptions);
    }

    /**
     * @param required true: Y must appear ({@code then}); false: it must not ({@code then_not})
     */
    private record If(String id, Wording x, Wording y, boolean required, Set<String> exceptions) implements Check {

        @Override
        public List<Lexicon> lexicons(String file) {
            return List.of(new Lexicon(Hits.vocabulary(id, "if"), x.entries(file)),
                    new Lexicon(Hits.vocabulary(id, "then"), y.entries(file)));
        }

        @Override
        public List<RuleItemBuilder<?>> body(String exprId, Global<FindingSink> findings) {
            Declaration<Term> hit = Hits.hit();
            List<RuleItemBuilder<?>> out = new ArrayList<>(
                    Hits.in(Hits.of(hit, Hits.vocabulary(id, "if"), exceptions, exprId + " if"), hit, x.scope(), exprId + " if"));
            Declaration<Term> other = Hits.hit();
            PatternDSL.PatternDef<Term> second = Hits.of(other, Hits.vocabulary(id, "then"), Set.of(), exprId + " then");
            if (y.grouped()) {
                second = second.expr(exprId + " same", hit, (t, h) -> t.replacement().equals(Wording.key(h)),
                        betaIndexedBy(String.class, Index.ConstraintType.EQUAL, -1, Term::replacement, Wording::key));
            }
            if (y.before()) {
                second = second.expr(exprId + " before", hit, (t, h) -> t.span().start() < h.span().start());
            }
            List<ViewItemBuilder<?>> ys = Hits.in(second, other, y.scope(), exprId + " then");
            ViewItemBuilder<?> first = ys.get(0);
            ViewItemBuilder<?>[] rest = ys.subList(1, ys.size()).toArray(new ViewItemBuilder<?>[0]);
            out.add(required ? not(first, rest) : exists(first, rest));
            out.add(Hits.report(hit, findings, Wording::key));
            return out;
        }
    }
}
