package org.huibao.ruletest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huibao.analysis.Analyzer;
import org.huibao.check.Checker;
import org.huibao.check.Limits;
import org.huibao.config.Config;
import org.huibao.api.Message;
import org.huibao.engine.RuleSet;
import org.huibao.model.ExampleText;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.read.Layout;
import org.huibao.read.Readers;
import org.huibao.read.SourceText;

/**
 * Checks a rule's cases as {@code huibao check} checks a report — same configuration, same rule base —
 * and says of each whether the rule did what the case expects: a bad case must raise the rule (exactly at
 * its marks, when it has any), a good one must not. Thread-safe.
 */
public final class RuleTester {
    private final Checker checker;

    public RuleTester(Config config, RuleSet rules, Analyzer analyzer) {
        this.checker = new Checker(config, rules, analyzer, Readers.defaults(), Optional.empty(), Limits.DEFAULTS);
    }

    public RuleTester(Config config, RuleSet rules) {
        this(config, rules, Analyzer.of(config, rules.lexicons()));
    }

    public List<CaseResult> run(List<RuleCase> cases) {
        List<CaseResult> out = new ArrayList<>();
        for (RuleCase c : cases) {
            out.add(run(c));
        }
        return out;
    }

    public CaseResult run(RuleCase c) {
        ExampleText example = ExampleText.parse(c.raw());
        Layout layout = example.formats().isEmpty() && example.page().isEmpty() ? Layout.NONE
                : new Layout(example.documentFormats(), example.page());
        String document = example.document();
        ReportResult result = checker.check(SourceText.withComments(c.file(), document, "UTF-8", layout));
        if (result.error() != null) {
            return new CaseResult(c, result, new Message("检查出错：" + result.error().zh(), "the check failed: " + result.error().en()));
        }
        List<Finding> found = result.findings().stream().filter(f -> f.rule().equals(c.rule())).toList();
        Message failure = verdict(c, example, document, found);
        if (failure == null && c.bad() && !c.message().isEmpty()) {
            failure = found.stream().filter(f -> !f.message().zh().contains(c.message()) && !f.message().en().contains(c.message()))
                    .findFirst().map(f -> new Message("消息“" + f.message().zh() + "”中没有“" + c.message() + "”",
                            "the message “" + f.message().en() + "” lacks “" + c.message() + "”")).orElse(null);
        }
        return new CaseResult(c, result, failure);
    }

    /** Null when the findings are what the case expects, else what happened instead. */
    private static Message verdict(RuleCase c, ExampleText example, String document, List<Finding> found) {
        if (!c.bad()) {
            return found.isEmpty() ? null
                    : new Message("不应报告却报告了" + quoted(found, "、"), "reported " + quoted(found, ", ") + " but should not have");
        }
        if (found.isEmpty()) {
            return new Message("未报告", "not reported");
        }
        if (!example.marks().isEmpty()) {
            List<Place> expected = new ArrayList<>();
            for (ExampleText.Mark m : example.marks()) {
                expected.add(Place.at(document, example.offset() + m.start(), m.text()));
            }
            List<Place> actual = found.stream().map(f -> new Place(f.location().line(), f.location().column(),
                    f.location().text())).distinct().toList();
            if (actual.equals(expected)) {
                return null;
            }
            boolean sameTexts = actual.stream().map(Place::text).toList().equals(expected.stream().map(Place::text).toList());
            return wrongPlace(actual.stream().map(p -> p.shown(sameTexts)).toList(),
                    expected.stream().map(p -> p.shown(sameTexts)).toList());
        }
        if (!c.marked().isEmpty()) {
            if (found.stream().allMatch(f -> f.location().text().equals(c.marked()))) {
                return null;
            }
            return wrongPlace(found.stream().map(f -> "“" + f.location().text() + "”").toList(), List.of("“" + c.marked() + "”"));
        }
        return null;
    }

    private static Message wrongPlace(List<String> actual, List<String> expected) {
        return new Message("报告在" + String.join("、", actual) + "而非" + String.join("、", expected),
                "reported at " + String.join(", ", actual) + ", not " + String.join(", ", expected));
    }

    private static String quoted(List<Finding> found, String separator) {
        return String.join(separator, found.stream().map(f -> "“" + f.location().text() + "”").distinct().toList());
    }

    /** A finding's place as the user sees it: 1-based line and code-point column, and the text there. */
    private record Place(int line, int column, String text) {
        static Place at(String document, int offset, String text) {
            int lineStart = document.lastIndexOf('\n', offset - 1) + 1;
            int line = 1 + (int) document.substring(0, lineStart).chars().filter(ch -> ch == '\n').count();
            return new Place(line, document.codePointCount(lineStart, offset) + 1, text);
        }

        String shown(boolean withPlace) {
            return "“" + text + "”" + (withPlace ? "(" + line + ":" + column + ")" : "");
        }
    }
}
