package org.huibao.ruletest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.huibao.api.Message;
import org.huibao.model.RuleInfo;

/**
 * What {@code huibao test} runs, and the project's own test of the built-in rules runs the same way:
 * for each rule, its examples and the cases of its test file.
 *
 * @param cases           by rule id, in id order; a rule with no example and no case is not there
 * @param withoutExamples the tested rules that carry no example
 * @param disabled        the rules the configuration turns off, whose cases are not run
 */
public record RuleTests(Map<String, List<RuleCase>> cases, List<String> withoutExamples, List<String> disabled) {

    public RuleTests {
        cases = java.util.Collections.unmodifiableMap(new TreeMap<>(cases));
        withoutExamples = List.copyOf(withoutExamples);
        disabled = List.copyOf(disabled);
    }

    /**
     * @param tested the rules whose examples are run
     * @param loaded every rule of the rule base, which the data cases may name (a word list an office
     *               extends is tested through the built-in rule that reads it)
     * @param data   the cases of the test files
     * @throws CaseFiles.CaseFileException when a test file names a rule that is not loaded
     */
    public static RuleTests plan(Collection<RuleInfo> tested, Map<String, RuleInfo> loaded, List<RuleCase> data)
            throws CaseFiles.CaseFileException {
        Map<String, List<RuleCase>> cases = new TreeMap<>();
        List<String> without = new ArrayList<>();
        List<String> disabled = new ArrayList<>();
        ExampleLines lines = new ExampleLines();
        for (RuleInfo r : tested.stream().sorted(java.util.Comparator.comparing(RuleInfo::id)).toList()) {
            if (!r.enabled()) {
                disabled.add(r.id());
                continue;
            }
            if (r.examples().isEmpty()) {
                without.add(r.id());
            }
            List<String> where = lines.of(r);
            for (int i = 0; i < r.examples().size(); i++) {
                cases.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(RuleCase.of(r.id(), where.get(i), r.examples().get(i)));
            }
        }
        List<Message> unknown = new ArrayList<>();
        for (RuleCase c : data) {
            RuleInfo r = loaded.get(c.rule());
            if (r == null) {
                String file = c.where().replaceFirst(":\\d+$", "");
                Message m = new Message(file + ": 没有编号为 " + c.rule() + " 的规则（文件名或 rule: 应为规则编号）",
                        file + ": there is no rule " + c.rule() + " (the file name or rule: names the rule)");
                if (!unknown.contains(m)) {
                    unknown.add(m);
                }
            } else if (!r.enabled()) {
                if (!disabled.contains(r.id())) {
                    disabled.add(r.id());
                }
            } else {
                cases.computeIfAbsent(c.rule(), k -> new ArrayList<>()).add(c);
            }
        }
        if (!unknown.isEmpty()) {
            throw new CaseFiles.CaseFileException(unknown);
        }
        disabled.sort(null);
        return new RuleTests(cases, without, disabled);
    }

    public int size() {
        return cases.values().stream().mapToInt(List::size).sum();
    }
}
