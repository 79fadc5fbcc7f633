package org.huibao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import org.huibao.api.Lang;
import org.huibao.api.Message;
import org.huibao.model.RuleInfo;
import org.huibao.output.Visible;
import org.huibao.ruletest.BuiltInRules;
import org.huibao.ruletest.CaseFiles;
import org.huibao.ruletest.CaseResult;
import org.huibao.ruletest.RuleCase;
import org.huibao.ruletest.RuleTester;
import org.huibao.ruletest.RuleTests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code huibao test [DIR]}: runs the examples of the rules in DIR, and the cases of DIR's test files, as
 * {@code huibao check} would check them; one line per failure, a summary, exit 1 when any failed.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"运行规则的示例（@example、@example_ok、examples）和 tests/ 中的测试用例",
                "Run the rules' examples and the test cases of their tests/ folder"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:全部通过 / every example passed", "1:有示例未通过 / at least one failed",
                "2:规则、配置或测试文件有错 / bad usage, config, rules or test files"})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "规则目录（默认：内置规则和已配置的规则目录） / rule directory (default: the built-in rules and the configured rule directories)")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dir != null && !Files.isDirectory(dir)) {
            err.println("huibao: " + Visible.escape(dir.toString()) + "：规则目录不存在 (rule directory not found)");
            return ExitCode.USAGE;
        }
        boolean builtInDir = dir != null && BuiltInRules.isCopy(dir);
        if (dir != null && !builtInDir) {
            common.rules.add(dir);
        }
        CommonOptions.Setup setup = common.setup(err, null);
        if (setup == null) {
            return ExitCode.USAGE;
        }
        Lang lang = setup.config().language();
        boolean en = lang == Lang.EN;
        List<Path> userDirs = new ArrayList<>(setup.config().rules().paths());
        userDirs.addAll(common.rules);
        RuleTests tests;
        try {
            tests = RuleTests.plan(tested(setup.rules().all(), userDirs), setup.rules().rules(), data(userDirs));
        } catch (CaseFiles.CaseFileException e) {
            for (Message m : e.lines()) {
                err.println("huibao: " + Visible.escape(m.in(lang)));
            }
            return ExitCode.USAGE;
        }
        if (builtInDir) {
            for (String changed : BuiltInRules.changed(dir)) {
                err.println("huibao: " + Visible.escape(changed) + (en
                        ? ": differs from the built-in rules, which are what is tested (rebuild huibao to test the change)"
                        : "：与内置规则不同；测试的是内置规则（重新构建 huibao 后才能测试改动）"));
            }
        }
        RuleTester tester = new RuleTester(setup.config(), setup.rules(), setup.analyzer().get());
        int failed = 0;
        for (List<RuleCase> cases : tests.cases().values()) {
            for (CaseResult r : tester.run(cases)) {
                if (!r.passed()) {
                    failed++;
                    out.println(Visible.escape(r.line(lang)));
                }
            }
        }
        if (!tests.withoutExamples().isEmpty()) {
            out.println((en ? "No examples: " : "没有示例的规则：") + String.join(en ? ", " : "、", tests.withoutExamples()));
        }
        if (!tests.disabled().isEmpty()) {
            out.println((en ? "Disabled in the configuration, not tested: " : "配置中已停用、未测试的规则：")
                    + String.join(en ? ", " : "、", tests.disabled()));
        }
        int rules = tests.cases().size();
        int total = tests.size();
        out.println(en ? "Tested " + total + " example(s) and case(s) of " + rules + " rule(s): "
                        + (failed == 0 ? "all passed" : failed + " failed")
                : "共测试 " + rules + " 条规则的 " + total + " 个示例和用例：" + (failed == 0 ? "全部通过" : failed + " 个未通过"));
        return failed == 0 ? ExitCode.OK : ExitCode.FAILED;
    }

    /** The rules whose examples are run: DIR's; for the built-in folder or no DIR, all but the users' own (no DIR: all). */
    private Collection<RuleInfo> tested(Collection<RuleInfo> all, List<Path> userDirs) {
        if (dir == null) {
            return all;
        }
        if (!BuiltInRules.isCopy(dir)) {
            return all.stream().filter(r -> under(r.source(), dir)).toList();
        }
        return all.stream().filter(r -> userDirs.stream().noneMatch(d -> under(r.source(), d))).toList();
    }

    private List<RuleCase> data(List<Path> userDirs) throws CaseFiles.CaseFileException {
        if (dir != null) {
            return CaseFiles.read(dir);
        }
        List<RuleCase> out = new ArrayList<>(CaseFiles.builtIn());
        for (Path d : userDirs) {
            out.addAll(CaseFiles.read(d));
        }
        return out;
    }

    private static boolean under(String source, Path dir) {
        try {
            return Path.of(source).toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
