package org.huibao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.huibao.api.Lang;
import org.huibao.config.Config;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoader;
import org.huibao.engine.RuleSet;
import org.huibao.model.RuleExample;
import org.huibao.model.RuleInfo;
import org.huibao.ruletest.CaseFiles;
import org.huibao.ruletest.CaseResult;
import org.huibao.ruletest.RuleTester;
import org.huibao.ruletest.RuleTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule's examples and the cases of its test file (rules/tests/ID.yaml), run as
 * {@code huibao test} runs them (RuleTests, RuleTester): one test per rule, failing with the lines
 * {@code huibao test} would print.
 */
class BuiltInRuleTestsTest {
    private static RuleSet rules;
    private static RuleTests tests;
    private static RuleTester tester;

    @BeforeAll
    static void plan() throws Exception {
        Config config = ConfigLoader.defaults();
        rules = RuleLoader.load(config, List.of());
        tests = RuleTests.plan(rules.all(), rules.rules(), CaseFiles.builtIn());
        tester = new RuleTester(config, rules);
    }

    static Stream<String> ruleIds() throws Exception {
        return RuleLoader.load(ConfigLoader.defaults(), List.of()).all().stream().map(RuleInfo::id).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void examplesAndCasesPass(String id) {
        RuleInfo rule = rules.rule(id).orElseThrow();
        assertTrue(rule.examples().stream().anyMatch(RuleExample::bad), id + " has an example it must report (@example)");
        assertTrue(rule.examples().stream().anyMatch(e -> !e.bad()), id + " has an example it must not report (@example_ok)");
        List<CaseResult> results = tester.run(tests.cases().get(id));
        String failures = results.stream().filter(r -> !r.passed()).map(r -> r.line(Lang.ZH)).collect(Collectors.joining("\n"));
        assertEquals("", failures);
        if (rule.blocking()) {
            for (CaseResult r : results.stream().filter(r -> r.test().bad()).toList()) {
                assertEquals("fail", r.result().status(), r.test().where() + ": " + id + " is blocking");
                assertTrue(r.result().score().blockedBy().contains(id), r.test().where() + ": " + r.result().score().blockedBy());
            }
        }
    }

    @Test
    void everyTestFileNamesALoadedRuleAndNoRuleIsSkipped() {
        assertTrue(tests.withoutExamples().isEmpty(), tests.withoutExamples().toString());
        assertTrue(tests.disabled().isEmpty(), tests.disabled().toString());
        assertEquals(rules.all().size(), tests.cases().size());
        assertFalse(tests.size() < 250, "examples and cases: " + tests.size());
    }
}
