package org.huibao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.huibao.check.Checker;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;
import org.huibao.output.Formatter;
import org.huibao.output.Formatters;
import org.huibao.output.OutputOptions;
import org.huibao.parse.Genre;
import org.huibao.read.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code huibao check PATH...}: checks reports and sets the exit code. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"检查报告（文件或目录，目录递归查找 .txt/.md）", "Check reports (files or directories, recursing into .txt/.md)"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:全部通过 / every report passed", "1:有报告未通过 / at least one report failed",
                "2:用法、配置或规则错误 / bad usage, config or rules", "3:有文件无法读取 / at least one input could not be read"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或目录 / report files or directories")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "输出格式 / output format: text (default), json")
    String format;

    @Option(names = "--threshold", paramLabel = "N", description = "及格分（默认取配置，80） / pass mark (default from config: 80)")
    Double threshold;

    @Option(names = {"-q", "--quiet"}, description = "只输出未通过的报告和汇总 / show only failing reports and the summary")
    boolean quiet;

    @Option(names = "--profile", paramLabel = "GENRE", defaultValue = "auto",
            description = "体裁配置 / genre profile: auto (default: from title, salutation and closing), report, speech, debrief, self-check, summary")
    String profile;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "彩色输出 / colour: auto (default), always, never")
    String color;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Formatter formatter = Formatters.defaults().byName(format).orElse(null);
        if (formatter == null) {
            err.println("huibao: 未知输出格式 (unknown format) \"" + format + "\"; 可用 (available): "
                    + String.join(", ", Formatters.defaults().names()));
            return ExitCode.USAGE;
        }
        if (!List.of("auto", "always", "never").contains(color)) {
            err.println("huibao: --color 只能是 auto、always 或 never (must be auto, always or never)");
            return ExitCode.USAGE;
        }
        Optional<Genre> genre = Genre.parse(profile);
        if (genre.isEmpty() && !profile.equals("auto")) {
            err.println("huibao: 未知体裁 (unknown profile) \"" + profile + "\"; 可用 (available): auto, "
                    + String.join(", ", Arrays.stream(Genre.values()).map(Genre::id).toList()));
            return ExitCode.USAGE;
        }
        CommonOptions.Setup setup = common.setup(err, threshold);
        if (setup == null) {
            return ExitCode.USAGE;
        }
        Readers readers = Readers.defaults();
        Checker checker = new Checker(setup.config(), setup.rules(), readers, genre);
        List<ReportResult> results = new ArrayList<>();
        for (Inputs.Input in : Inputs.collect(paths, readers)) {
            results.add(in.problem() != null ? ReportResult.error(in.display(), in.problem())
                    : checker.check(in.path(), in.display()));
        }
        results.sort(Comparator.comparing(ReportResult::file));
        RunResult run = new RunResult(Version.current(), results);
        boolean useColor = color.equals("always") || (color.equals("auto") && System.console() != null
                && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM")));
        formatter.write(run, new OutputOptions(setup.config().language(), useColor, quiet), out);
        out.flush();
        if (run.errors() > 0) {
            return ExitCode.UNREADABLE;
        }
        return run.failed() > 0 ? ExitCode.FAILED : ExitCode.OK;
    }
}
