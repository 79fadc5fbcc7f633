package org.huibao.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.model.Declaration;
import org.drools.model.Global;
import org.drools.model.RuleItemBuilder;
import org.huibao.api.FindingSink;
import org.huibao.api.Term;
import org.huibao.lexicon.Lexicon;

/**
 * {@code kind: existence}: words, phrases or a pattern that must not appear, optionally only in one
 * scope (the title, headings, the body, or a part such as the problems part); after Vale's existence
 * check. {@code {1}} in the message is the pattern's first group, when it has one.
 */
final class Existence implements Kind {

    @Override
    public String name() {
        return "existence";
    }

    @Override
    public List<String> keys() {
        return List.of("words", "pattern", "scope", "exceptions");
    }

    @Override
    public Check read(Fields rule, String id) {
        Wording what = Wording.of(rule);
        Set<String> exceptions = Set.copyOf(rule.texts("exceptions").stream().map(Fields.Text::value).toList());
        if (what.isEmpty()) {
            if (!rule.has("words") && !rule.has("pattern") && !rule.misspelt("words") && !rule.misspelt("pattern")) {
                rule.problem(rule.line(), "an existence rule needs \"words\" (a list) or a \"pattern\"");
            }
            return null;
        }
        return new Exists(id, what, exceptions);
    }

    private record Exists(String id, Wording what, Set<String> exceptions) implements Check {

        @Override
        public List<Lexicon> lexicons(String file) {
            return List.of(new Lexicon(Hits.vocabulary(id, ""), what.entries(file)));
        }

        @Override
        public List<RuleItemBuilder<?>> body(String exprId, Global<FindingSink> findings) {
            Declaration<Term> hit = Hits.hit();
            List<RuleItemBuilder<?>> out = new ArrayList<>(
                    Hits.in(Hits.of(hit, Hits.vocabulary(id, ""), exceptions, exprId), hit, what.scope(), exprId));
            out.add(Hits.report(hit, findings, Term::replacement));
            return out;
        }
    }
}
