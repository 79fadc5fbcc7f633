package org.huibao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.huibao.baseline.Baseline;
import org.huibao.baseline.BaselineException;
import org.huibao.baseline.Recorder;
import org.huibao.check.Checker;
import org.huibao.model.ReportResult;
import org.huibao.output.Visible;
import picocli.CommandLine.Option;

/** {@code --baseline} and {@code --write-baseline} of {@code huibao check}: accepted findings, read and recorded. */
final class BaselineOptions {

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "基线文件：其中记录的问题仍列出但标为已知，只有新问题决定是否通过和退出码 / baseline file: the findings it "
                    + "records are still listed, marked known; only new findings decide pass or fail and the exit code")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "把本次的全部问题写入基线文件（与 --baseline 同一文件即更新基线，删去已不再出现的条目）；单独使用时本次所有问题都算已知 / "
                    + "record this run's findings in a baseline file (the --baseline file itself: update it, dropping what is no "
                    + "longer found); used alone, every finding of this run counts as known")
    Path write;

    private Baseline loaded;
    private Recorder recorder;

    /** Reads the baseline and checks where one is to be written; false after printing a one-line error. */
    boolean prepare(PrintWriter err) {
        if (baseline != null) {
            try {
                loaded = Baseline.read(baseline);
            } catch (BaselineException e) {
                err.println("huibao: --baseline " + Visible.escape(e.getMessage()));
                return false;
            }
        }
        if (write != null) {
            Path parent = write.toAbsolutePath().getParent();
            if (Files.isDirectory(write)) {
                err.println("huibao: --write-baseline " + Visible.escape(write.toString()) + ": 这是目录，不是文件 (is a directory, not a file)");
                return false;
            }
            if (parent != null && !Files.isDirectory(parent)) {
                err.println("huibao: --write-baseline " + Visible.escape(write.toString()) + ": 目录不存在 (no such directory: "
                        + Visible.escape(parent.toString()) + ")");
                return false;
            }
            recorder = new Recorder(loaded);
        }
        return true;
    }

    /** The checker judging against the baseline; the one given when no baseline is asked for. */
    Checker apply(Checker checker) {
        if (loaded != null) {
            return checker.withBaseline(loaded);
        }
        // A run that writes a baseline accepts what it writes.
        return write != null ? checker.withBaseline(Baseline.acceptAll()) : checker;
    }

    /** Records a report's findings, before they are filtered for display and its text is dropped. */
    void record(ReportResult result) {
        if (recorder != null) {
            recorder.add(result);
        }
    }

    /** Writes the baseline asked for, saying so on standard error; false after printing why it could not. */
    boolean finish(PrintWriter err) {
        if (recorder == null) {
            return true;
        }
        try {
            recorder.write(write);
        } catch (BaselineException e) {
            err.println("huibao: --write-baseline " + Visible.escape(e.getMessage()));
            return false;
        }
        err.println("huibao: 已写入基线 " + Visible.escape(write.toString()) + "：" + recorder.size() + " 处问题 (baseline written: "
                + recorder.size() + " findings)");
        return true;
    }
}
