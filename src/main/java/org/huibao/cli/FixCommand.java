package org.huibao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.huibao.api.Genre;
import org.huibao.api.Message;
import org.huibao.check.Checker;
import org.huibao.check.Deadlines;
import org.huibao.check.Limits;
import org.huibao.fix.Diff;
import org.huibao.fix.FileFix;
import org.huibao.fix.Fixer;
import org.huibao.model.ReportResult;
import org.huibao.output.Visible;
import org.huibao.read.ByteSize;
import org.huibao.read.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code huibao fix PATH... --out DIR}: writes corrected copies with every safe fix made (a Word file's
 * as tracked changes), or with {@code --in-place} corrects text files themselves, and says per file what
 * it changed and what is left for a person. The exit code is what {@code huibao check} would give for
 * the corrected copies (and, for files it does not correct, for the files as they are).
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"改正报告中可机械改正的问题（错别字、规范提法、半角标点、重复的字和标点、书名号套用、日期和数字写法），"
                + "写出改正后的副本；Word 文件以修订方式改正，可逐条接受或拒绝",
                "Correct what can be corrected mechanically (misused characters, formulations, half-width punctuation, "
                        + "doubled characters and marks, nested titles, dates and numbers) in corrected copies; a Word "
                        + "file's corrections are tracked changes, to accept or reject one by one"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:改正后全部通过 / every report passes once corrected",
                "1:改正后仍有报告未通过 / at least one report still fails",
                "2:用法、配置或规则错误，或无法写出副本 / bad usage, config or rules, or a copy could not be written",
                "3:有文件无法读取 / at least one input could not be read"})
final class FixCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RunOptions run;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或目录 / report files or directories")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "把改正后的副本写入目录 DIR（目录中的报告保持其相对路径） / write the corrected copies into DIR "
                    + "(reports found in a directory keep their path below it)")
    Path out;

    @Option(names = "--in-place", description = "直接改正 .txt 和 .md 文件本身（不用于 Word 文件） / correct .txt and .md files "
            + "themselves (not Word files)")
    boolean inPlace;

    @Option(names = "--dry-run", description = "只显示将作的修改（统一差异格式），不写任何文件 / show the changes as a unified diff; write nothing")
    boolean dryRun;

    @Option(names = "--diff", description = "在标准输出显示修改（统一差异格式），汇总改到标准错误 / print the changes as a unified "
            + "diff on standard output (the summary then goes to standard error)")
    boolean diff;

    @Option(names = {"-q", "--quiet"}, description = "不逐条列出需要人工处理的问题 / do not list the findings left for a person")
    boolean quiet;

    /** One input and the name of its copy (null with --dry-run; the input itself with --in-place). */
    private record Job(Inputs.Input input, Path target) {
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Integer refused = usage(err);
        if (refused != null) {
            return refused;
        }
        Optional<Genre> genre = run.genre();
        CommonOptions.Setup setup = common.setup(err, run.threshold, true, paths);
        if (setup == null) {
            return ExitCode.USAGE;
        }
        Readers readers = Readers.defaults(run.maxSize.bytes(), run.maxChars);
        List<Job> work = jobs(readers, err);
        if (work == null) {
            return ExitCode.USAGE;
        }
        Checker checker = new Checker(setup.config(), setup.rules(), setup.analyzer().get(), readers, genre,
                new Limits(Duration.ofMillis((long) Math.min(run.timeLimit * 1000, Long.MAX_VALUE / 4)), run.maxChars));
        Fixer fixer = new Fixer(checker, readers, Instant.now());
        // With a diff on standard output, the summary goes to standard error so that the diff stays whole.
        boolean showDiff = diff || dryRun;
        FixSummary summary = new FixSummary(showDiff ? err : stdout, setup.config().language(), quiet, dryRun, inPlace);
        boolean[] writeFailed = {false};
        int threads = Math.min(run.jobs != null ? run.jobs : Runtime.getRuntime().availableProcessors(),
                Math.max(1, work.size()));
        // two checks (the input and its copy) and the edits between them
        Duration limit = Duration.ofMillis((long) Math.min(run.timeLimit * 2000, Long.MAX_VALUE / 4)).plusSeconds(2);
        try (Deadlines deadlines = new Deadlines(threads, limit)) {
            deadlines.run(work, job -> fixOne(fixer, job),
                    job -> failed(job, new Message("处理超过时限仍未结束，已中止（--time-limit）",
                            "it took longer than the time limit and was stopped (--time-limit)")),
                    (job, e) -> failed(job, new Message("内部错误：" + e, "internal error: " + e)),
                    done -> {
                        if (done.fix().copy() != null && done.job().target() != null) {
                            writeFailed[0] |= !write(done, err);
                        }
                        if (showDiff) {
                            stdout.print(Diff.unified(diffName("a", done.job()), diffName("b", done.job()),
                                    done.fix().oldText(), done.fix().newText()));
                            stdout.flush();
                        }
                        summary.file(done.job().input().display(), targetName(done.job()), done.fix());
                    });
        } catch (IOException e) {
            err.println("huibao: " + Visible.escape(String.valueOf(e.getMessage())));
            return ExitCode.USAGE;
        }
        summary.finish();
        if (writeFailed[0]) {
            return ExitCode.USAGE;
        }
        if (summary.unreadable() > 0) {
            return ExitCode.UNREADABLE;
        }
        return summary.failed() > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    /** A job and what came of it. */
    private record Done(Job job, FileFix fix) {
    }

    private Done fixOne(Fixer fixer, Job job) {
        Inputs.Input in = job.input();
        if (in.problem() != null) {
            return failed(job, in.problem());
        }
        String copyName = job.target() == null ? in.display() : job.target().toString();
        return new Done(job, fixer.fix(in.path(), in.display(), copyName));
    }

    private static Done failed(Job job, Message why) {
        ReportResult error = ReportResult.error(job.input().display(), why);
        return new Done(job, new FileFix(FileFix.Status.UNREADABLE, error, error, List.of(), 0, null, "", "", why));
    }

    /** Options that do not go together; null when they do (else the exit code, after one line each). */
    private Integer usage(PrintWriter err) {
        int modes = (out != null ? 1 : 0) + (inPlace ? 1 : 0) + (dryRun ? 1 : 0);
        if (modes != 1) {
            err.println("huibao: fix 需要 --out DIR、--in-place 或 --dry-run 中的一个"
                    + " (give one of --out DIR, --in-place and --dry-run)");
            return ExitCode.USAGE;
        }
        if (paths.stream().anyMatch(p -> p.toString().equals(Inputs.STDIN))) {
            err.println("huibao: fix 不读标准输入，请给出文件 (fix does not read standard input: name the files)");
            return ExitCode.USAGE;
        }
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            err.println("huibao: --out " + Visible.escape(out.toString()) + ": 不是目录 (is not a directory)");
            return ExitCode.USAGE;
        }
        if (!run.valid(err)) {
            return ExitCode.USAGE;
        }
        return null;
    }

    /**
     * Every input with the name of its copy: below --out, a file named on the command line by its name,
     * a file found in a directory by its path below that directory; a name taken twice gets -2, -3.
     * Null (after a line each) when a copy would replace an input, or --in-place meets a file that is not
     * text.
     */
    private List<Job> jobs(Readers readers, PrintWriter err) {
        Inputs.Filters filters = new Inputs.Filters(run.include, run.exclude);
        List<Job> out = new ArrayList<>();
        Set<Path> inputs = new HashSet<>();
        Set<String> taken = new HashSet<>();
        boolean refused = false;
        for (Path arg : paths) {
            boolean directory = Files.isDirectory(arg);
            for (Inputs.Input in : Inputs.collect(List.of(arg), readers, filters)) {
                inputs.add(in.path().toAbsolutePath().normalize());
                if (inPlace && in.problem() == null && !Fixer.inPlace(in.path())) {
                    err.println("huibao: " + Visible.escape(in.display()) + ": --in-place 只用于 .txt 和 .md 文件；Word 文件请用"
                            + " --out DIR 得到带修订的副本 (--in-place corrects .txt and .md files only; for a Word file, --out DIR"
                            + " writes a copy with tracked changes)");
                    refused = true;
                    continue;
                }
                Path target = this.out == null ? (inPlace ? in.path() : null)
                        : free(this.out.resolve(directory ? arg.relativize(in.path()) : in.path().getFileName()), taken);
                out.add(new Job(in, target));
            }
        }
        for (Job j : out) {
            if (this.out != null && j.target() != null && inputs.contains(j.target().toAbsolutePath().normalize())) {
                err.println("huibao: " + Visible.escape(j.target().toString()) + ": 副本会覆盖输入文件，请换一个 --out 目录"
                        + " (the copy would replace an input: choose another --out directory)");
                refused = true;
            }
        }
        return refused ? null : out;
    }

    /** The path, or with -2, -3 before its extension when a copy of this run already has it. */
    private static Path free(Path p, Set<String> taken) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path candidate = p;
        for (int n = 2; !taken.add(key(candidate)); n++) {
            candidate = p.resolveSibling(dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n);
        }
        return candidate;
    }

    /** A path as a file system that ignores case sees it. */
    private static String key(Path p) {
        return p.toAbsolutePath().normalize().toString().toLowerCase(Locale.ROOT);
    }

    /** Writes the copy whole or not at all (a temporary file beside it, then renamed); false after a line saying why. */
    private boolean write(Done done, PrintWriter err) {
        Path target = done.job().target();
        Path source = done.job().input().path();
        if (inPlace && done.fix().status() != FileFix.Status.FIXED) {
            return true; // nothing changed: the file is not touched
        }
        Path tmp = null;
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            if (!inPlace && Files.exists(target) && Files.isSameFile(target, source)) {
                throw new IOException("副本会覆盖输入文件 (the copy would replace the input)");
            }
            tmp = Files.createTempFile(dir, ".huibao-fix-", ".tmp");
            Files.write(tmp, done.fix().copy());
            if (inPlace) {
                try {
                    Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(source));
                } catch (UnsupportedOperationException | IOException e) {
                    // not a POSIX file system: the new file has the folder's default permissions
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            err.println("huibao: " + Visible.escape(target.toString()) + ": 无法写入 (cannot write): "
                    + Visible.escape(String.valueOf(e.getMessage())));
            return false;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    tmp.toFile().deleteOnExit();
                }
            }
        }
    }

    /** What the summary calls the copy: its path below --out, else the input. */
    private static String targetName(Job job) {
        return job.target() == null ? null : job.target().toString();
    }

    /** The diff's file names, a/… and b/… as git writes them, so that git apply takes the diff of a text file. */
    private static String diffName(String side, Job job) {
        String p = job.input().display().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return Visible.escape(side + "/" + p);
    }
}
