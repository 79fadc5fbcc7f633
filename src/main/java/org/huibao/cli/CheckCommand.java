package org.huibao.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.huibao.check.Checker;
import org.huibao.check.Deadlines;
import org.huibao.check.Limits;
import org.huibao.api.Message;
import org.huibao.model.ReportResult;
import org.huibao.model.Severity;
import org.huibao.model.StatusCounts;
import org.huibao.output.DocumentFormatter;
import org.huibao.output.Formatter;
import org.huibao.output.Formatters;
import org.huibao.output.OutputOptions;
import org.huibao.output.ReportStream;
import org.huibao.output.Visible;
import org.huibao.output.WrittenSummary;
import org.huibao.api.Genre;
import org.huibao.read.ByteSize;
import org.huibao.read.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code huibao check PATH...}: checks reports and sets the exit code. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"检查报告（文件或目录，目录递归查找 .txt/.md/.docx/.doc/.wps/.pdf/.ofd）", "Check reports (files or directories, recursing into .txt/.md/.docx/.doc/.wps/.pdf/.ofd)"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:全部通过 / every report passed", "1:有报告未通过 / at least one report failed",
                "2:用法、配置或规则错误 / bad usage, config or rules", "3:有文件无法读取 / at least one input could not be read"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RunOptions run;

    @Mixin
    BaselineOptions baseline;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或目录 / report files or directories")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[:FILE]",
            description = {"输出格式，可重复；FORMAT:FILE 写入文件 / output format, repeatable; FORMAT:FILE writes it to FILE:",
                    "text (default), json, sarif, junit, github, html, xlsx (FILE needed), csv, markdown;",
                    "docx:DIR 为每份报告在目录 DIR 中写批注版 Word（<名称>.huibao.docx） / docx:DIR writes an annotated"
                            + " Word copy of each report into directory DIR (<name>.huibao.docx)"})
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "把（没有指定文件的）输出写入文件 / write the output (of the format without its own FILE) to FILE")
    Path output;

    @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "info",
            description = "只显示该级别及以上的问题，不影响得分 / show findings of this severity and above (error, warning, info); the score is unchanged")
    String minSeverity;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "PATH 为 - 时（读标准输入）报告的名称和类型 / name (and so type) of the report read from standard input with PATH -")
    String stdinFilename;

    @Option(names = {"-q", "--quiet"}, description = "只输出未通过的报告和汇总 / show only failing reports and the summary")
    boolean quiet;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "彩色输出 / colour: auto (default: on a terminal, unless NO_COLOR is set), always, never")
    String color;

    @Option(names = "--no-progress",
            description = "终端上不显示批量检查的进度行 / no progress line on the terminal during a batch (it never goes to a file or pipe)")
    boolean noProgress;

    @Option(names = "--no-color", description = "不用彩色，同 --color never 或 NO_COLOR / no colour, as --color never or NO_COLOR")
    boolean noColor;

    /** One requested output: a formatter and where it goes (null: standard output). */
    private record Target(Formatter formatter, Path file) {
    }

    /** The requested outputs: text streams, and documents written into directories. */
    private record Targets(List<Target> streams, List<ReportDocuments.Target> documents) {
    }

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Targets asked = targets(err);
        if (asked == null) {
            return ExitCode.USAGE;
        }
        List<Target> targets = asked.streams();
        if (!List.of("auto", "always", "never").contains(color)) {
            err.println("huibao: --color 只能是 auto、always 或 never (must be auto, always or never)");
            return ExitCode.USAGE;
        }
        Severity shown = Severity.parse(minSeverity).orElse(null);
        if (shown == null) {
            err.println("huibao: --min-severity 只能是 error、warning 或 info (must be error, warning or info), got \""
                    + Visible.escape(minSeverity) + "\"");
            return ExitCode.USAGE;
        }
        if (!run.valid(err)) {
            return ExitCode.USAGE;
        }
        Optional<Genre> genre = run.genre();
        CommonOptions.Setup setup = common.setup(err, run.threshold, true, paths);
        if (setup == null) {
            return ExitCode.USAGE;
        }
        if (!baseline.prepare(err)) {
            return ExitCode.USAGE;
        }
        // PDF and Word text is budgeted from --max-chars while it is read, not only checked afterwards.
        Readers readers = Readers.defaults(run.maxSize.bytes(), run.maxChars);
        Checker checker = baseline.apply(new Checker(setup.config(), setup.rules(), setup.analyzer().get(), readers, genre,
                new Limits(Duration.ofMillis((long) Math.min(run.timeLimit * 1000, Long.MAX_VALUE / 2)), run.maxChars)));
        List<Inputs.Input> inputs = new ArrayList<>(Inputs.collect(paths, readers, new Inputs.Filters(run.include, run.exclude)));
        // Reports are written in path order whatever the thread count, so that output is reproducible.
        inputs.sort(Comparator.comparing(Inputs.Input::display));
        boolean useColor = !noColor && color.equals("always") || !noColor && (color.equals("auto") && System.console() != null
                && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM")));
        ReportDocuments documents = null;
        if (!asked.documents().isEmpty()) {
            try {
                documents = ReportDocuments.prepare(asked.documents(), sources(inputs),
                        new OutputOptions(setup.config().language(), false, quiet, List.copyOf(setup.rules().all())), err);
            } catch (IOException e) {
                err.println("huibao: " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        List<Opened> opened = new ArrayList<>();
        Progress progress = Progress.start(err, out, inputs.size(), !noProgress && main.stderrIsTerminal());
        try {
            for (Target t : targets) {
                // Only the terminal gets colour; a file gets the plain text.
                OutputOptions options = new OutputOptions(setup.config().language(), useColor && t.file() == null,
                        quiet, List.copyOf(setup.rules().all()));
                if (t.formatter().binary()) {
                    OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(t.file()), 1 << 16);
                    ReportStream stream;
                    try {
                        stream = t.formatter().open(Version.current(), options, bytes);
                    } catch (IOException | RuntimeException e) {
                        bytes.close();
                        throw e;
                    }
                    // A stream may hold temporary files (xlsx), to be deleted even if the run stops early.
                    Closeable both = () -> {
                        try (bytes) {
                            if (stream instanceof Closeable c) {
                                c.close();
                            }
                        }
                    };
                    opened.add(new Opened(t, both, stream));
                    continue;
                }
                Writer w = t.file() == null ? out : Files.newBufferedWriter(t.file(), StandardCharsets.UTF_8);
                opened.add(new Opened(t, w, t.formatter().open(Version.current(), options, w)));
            }
            // An annotated copy is made from the report text, a .docx's too (its places are in the text).
            boolean keepText = documents != null || targets.stream().anyMatch(t -> t.formatter().needsText());
            ReportDocuments docs = documents;
            StatusCounts counts = new StatusCounts();
            checkAll(checker, inputs, result -> {
                progress.hide();
                counts.add(result);
                baseline.record(result);
                ReportResult shownResult = keepText ? result : result.withoutText();
                if (shown != Severity.INFO) {
                    shownResult = shownResult.withFindings(shownResult.findings().stream()
                            .filter(f -> f.severity().atLeast(shown)).toList());
                }
                for (Opened o : opened) {
                    o.stream().report(shownResult);
                }
                if (docs != null) {
                    docs.write(shownResult);
                }
                progress.advance(result.file());
            });
            progress.finish();
            for (Opened o : opened) {
                o.stream().finish();
            }
            boolean baselineWritten = baseline.finish(err);
            if (docs != null && docs.failed() || !baselineWritten) {
                return ExitCode.USAGE; // as for any output that could not be written; named on standard error
            }
            if (targets.stream().allMatch(t -> t.file() != null)) {
                List<String> places = new ArrayList<>();
                targets.forEach(t -> places.add(Visible.escape(t.file().toString())));
                asked.documents().forEach(d -> places.add(Visible.escape(d.dir().toString())));
                out.println(WrittenSummary.of(setup.config().language(), counts, places));
            }
            // The exit code comes from the results, whatever the outputs: a CI gate stays armed.
            if (counts.errors() > 0) {
                return ExitCode.UNREADABLE;
            }
            return counts.failed() > 0 ? ExitCode.FAILED : ExitCode.OK;
        } catch (IOException e) {
            progress.finish();
            String where = opened.size() < targets.size() && targets.get(opened.size()).file() != null
                    ? Visible.escape(targets.get(opened.size()).file().toString()) + ": " : "";
            err.println("huibao: " + where + "无法写出结果 (cannot write output): " + Visible.escape(e.getMessage()));
            return ExitCode.USAGE;
        } finally {
            for (Opened o : opened) {
                if (o.writer() != out) {
                    try {
                        o.writer().close();
                    } catch (IOException e) {
                        err.println("huibao: " + Visible.escape(o.target().file().toString()) + ": 无法写入 (cannot write): "
                                + Visible.escape(e.getMessage()));
                    }
                }
            }
            out.flush();
        }
    }

    /** A requested output with its writer and the stream of the run being written to it. */
    private record Opened(Target target, Closeable writer, ReportStream stream) {
    }

    /** Receives the results in input order. */
    private interface Sink {
        void accept(ReportResult result) throws IOException;
    }

    /** The formats asked for, each with its file or directory; null after printing a usage error. */
    private Targets targets(PrintWriter err) {
        Formatters all = Formatters.defaults();
        List<String> asked = formats.isEmpty() ? List.of("text") : formats;
        List<Target> out = new ArrayList<>();
        List<ReportDocuments.Target> documents = new ArrayList<>();
        int toStdout = 0;
        for (String f : asked) {
            int colon = f.indexOf(':');
            String name = colon < 0 ? f : f.substring(0, colon);
            Formatter formatter = all.byName(name).orElse(null);
            DocumentFormatter document = all.document(name).orElse(null);
            if (formatter == null && document == null) {
                err.println("huibao: 未知输出格式 (unknown format) \"" + Visible.escape(name) + "\"; 可用 (available): "
                        + String.join(", ", all.names()));
                return null;
            }
            if (colon >= 0 && f.substring(colon + 1).isEmpty()) {
                err.println("huibao: --format " + Visible.escape(f) + " 缺少文件名 (missing file name)");
                return null;
            }
            if (document != null) {
                // One file per report: it needs a directory, never standard output or --output.
                if (colon < 0) {
                    err.println("huibao: --format " + Visible.escape(name) + " 需要目录：--format " + Visible.escape(name)
                            + ":DIR (writes one file per report into a directory: give it as " + Visible.escape(name)
                            + ":DIR)");
                    return null;
                }
                Path dir = Path.of(f.substring(colon + 1));
                if (Files.exists(dir) && !Files.isDirectory(dir)) {
                    err.println("huibao: --format " + Visible.escape(f) + ": " + Visible.escape(dir.toString())
                            + " 不是目录 (is not a directory)");
                    return null;
                }
                documents.add(new ReportDocuments.Target(document, dir));
                continue;
            }
            Path file = colon < 0 ? output : Path.of(f.substring(colon + 1));
            if (file == null && formatter.binary()) {
                err.println("huibao: --format " + Visible.escape(f) + " 要写入文件，请写作 " + formatter.name()
                        + ":FILE 或加 -o FILE (a binary format: give " + formatter.name() + ":FILE or -o FILE)");
                return null;
            }
            if (colon < 0) {
                toStdout++;
            }
            out.add(new Target(formatter, file));
        }
        if (toStdout > 1) {
            err.println("huibao: 只能有一个格式不带文件名 (only one format can go to standard output or --output); "
                    + "其余请写作 FORMAT:FILE (give the others as FORMAT:FILE)");
            return null;
        }
        return new Targets(out, documents);
    }

    /** Each input as its result names it, with its file; standard input has none to copy from. */
    private java.util.Map<String, Path> sources(List<Inputs.Input> inputs) {
        java.util.Map<String, Path> out = new java.util.LinkedHashMap<>();
        for (Inputs.Input in : inputs) {
            if (in.display().equals(Inputs.STDIN)) {
                out.put(stdinFilename == null ? Inputs.STDIN : stdinFilename, null);
            } else if (in.problem() == null) {
                out.put(in.display(), in.path());
            }
        }
        return out;
    }

    /**
     * Checks every input and hands the results to the sink in input order, each check within the time
     * limit: the rules halt themselves at it between two firings (the clearer message); a check still
     * running {@link #GRACE} later — in a join, a loop inside one rule, a reader — is stopped.
     */
    private void checkAll(Checker checker, List<Inputs.Input> inputs, Sink sink) throws IOException {
        int threads = Math.min(run.jobs != null ? run.jobs : Runtime.getRuntime().availableProcessors(), Math.max(1, inputs.size()));
        Duration limit = Duration.ofMillis((long) Math.min(run.timeLimit * 1000, Long.MAX_VALUE / 4)).plus(GRACE);
        long seconds = Math.max(1, Math.round(run.timeLimit));
        try (Deadlines deadlines = new Deadlines(threads, limit)) {
            deadlines.run(inputs, in -> checkOne(checker, in),
                    in -> ReportResult.error(in.display(), new Message(
                            "检查超过 " + seconds + " 秒仍未结束，已中止（--time-limit）：报告过于复杂，或有规则陷入循环",
                            "the check took longer than " + seconds + " s and was stopped (--time-limit): the report is too"
                                    + " complex for the rules, or a rule loops")),
                    (in, e) -> ReportResult.error(in.display(), internal(e)),
                    sink::accept);
        }
    }

    /** How long after the time limit a check that has not halted itself is stopped. */
    private static final Duration GRACE = Duration.ofSeconds(1);

    /** A bug in a reader or rule is that file's error, not the end of the run. */
    private ReportResult checkOne(Checker checker, Inputs.Input in) {
        if (in.problem() != null) {
            return ReportResult.error(in.display(), in.problem());
        }
        try {
            if (in.display().equals(Inputs.STDIN)) {
                return Stdin.check(checker, main.in(), stdinFilename, run.maxSize.bytes());
            }
            return checker.check(in.path(), in.display());
        } catch (RuntimeException | StackOverflowError e) {
            return ReportResult.error(in.display(), internal(e));
        } catch (OutOfMemoryError e) {
            // What the failed check held is garbage now; the next file has the memory again.
            int threads = run.jobs != null ? run.jobs : Runtime.getRuntime().availableProcessors();
            return ReportResult.error(in.display(), outOfMemory(Runtime.getRuntime().maxMemory(), threads > 1));
        }
    }

    /**
     * The readers stop at their budgets, so what runs out is the heap itself: the report's content (or
     * several large reports at once, with -j) needs more than there is. Splitting the report, checking
     * one at a time, or a larger heap helps; a lower --max-chars only when the report is over it anyway.
     */
    static Message outOfMemory(long maxHeapBytes, boolean parallel) {
        String heap = String.format(Locale.ROOT, "%,d MB", maxHeapBytes >> 20);
        return new Message("内存不足：这份报告的内容太多，超出可用的 " + heap + " 内存（可拆分为较小的文件后再检查"
                + (parallel ? "，或用 -j 1 逐份检查" : "") + "，或设 HUIBAO_JAVA_OPTS=-Xmx4g 给 Java 更多内存）",
                "out of memory: this report's content needs more than the " + heap + " of memory available (split it"
                        + " into smaller files" + (parallel ? ", check one report at a time with -j 1" : "")
                        + ", or give Java more memory with HUIBAO_JAVA_OPTS=-Xmx4g)");
    }

    /** A bug in a rule or reader is that file's error, not the end of the run. */
    private static Message internal(Throwable e) {
        String what = e == null ? "unknown" : e.getClass().getSimpleName() + ": "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return new Message("内部错误：" + what, "internal error: " + what);
    }
}
