package org.huibao.kinds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.model.Declaration;
import org.drools.model.Global;
import org.drools.model.RuleItemBuilder;
import org.huibao.api.FindingSink;
import org.huibao.api.Message;
import org.huibao.api.Term;
import org.huibao.lexicon.Lexicon;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * {@code kind: substitution}: words or phrases that have a preferred form ({@code swap: {抓手: 着力点}}),
 * after Vale's substitution check. The preferred form is {@code {1}} in the message and the suggestion.
 */
final class Substitution implements Kind {

    /** Reads as "改为“…”" when the file gives no suggestion of its own. */
    static final Message SUGGESTION = new Message("改为“{1}”", "Use “{1}”");

    @Override
    public String name() {
        return "substitution";
    }

    @Override
    public List<String> keys() {
        return List.of("swap", "scope");
    }

    @Override
    public Check read(Fields rule, String id) {
        Map<String, String> swap = new LinkedHashMap<>();
        Node node = rule.value("swap").orElse(null);
        if (node == null) {
            if (rule.misspelt("swap")) {
                return null;
            }
            rule.problem(rule.line(), "a substitution rule needs \"swap\": the words and their preferred forms"
                    + " ({抓手: 着力点})");
            return null;
        }
        if (!(node instanceof MappingNode map)) {
            rule.problem(node, "swap must be a mapping of words to their preferred forms, got " + Fields.describe(node));
            return null;
        }
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v
                    && !k.getValue().isEmpty() && !v.getValue().isEmpty()) {
                if (swap.putIfAbsent(k.getValue(), v.getValue()) != null) {
                    rule.problem(k, "swap: \"" + k.getValue() + "\" is given twice");
                }
            } else {
                rule.problem(t.getKeyNode(), "swap: each entry is a word and its preferred form (抓手: 着力点), got "
                        + Fields.describe(t.getKeyNode()) + ": " + Fields.describe(t.getValueNode()));
            }
        }
        Wording where = new Wording(List.copyOf(swap.keySet()), null, Wording.scope(rule), false);
        return swap.isEmpty() ? null : new Swap(id, swap, where);
    }

    private record Swap(String id, Map<String, String> swap, Wording where) implements Check {

        @Override
        public List<Lexicon> lexicons(String file) {
            return List.of(new Lexicon(Hits.vocabulary(id, ""), where.entries(swap::get, "", file)));
        }

        @Override
        public List<RuleItemBuilder<?>> body(String exprId, Global<FindingSink> findings) {
            Declaration<Term> hit = Hits.hit();
            List<RuleItemBuilder<?>> out = new ArrayList<>(
                    Hits.in(Hits.of(hit, Hits.vocabulary(id, ""), Set.of(), exprId), hit, where.scope(), exprId));
            out.add(Hits.reportWithFix(hit, findings));
            return out;
        }

        @Override
        public Message suggestion() {
            return SUGGESTION;
        }
    }
}
