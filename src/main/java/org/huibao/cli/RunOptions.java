package org.huibao.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.huibao.api.Genre;
import org.huibao.read.ByteSize;
import org.huibao.output.Visible;

import picocli.CommandLine.Option;

/**
 * How reports are found and checked: the options {@code check} and {@code fix} share, declared once so the
 * two commands cannot drift apart in names, defaults or help.
 */
final class RunOptions {

    @Option(names = "--include", paramLabel = "GLOB",
            description = {"目录中只检查匹配的文件，可重复 / in directories, check only matching files (e.g. '**/*.docx'), repeatable.",
                    "不给出时，目录中的 README、CHANGELOG 等说明文件和标题不是报告的 .md 文件不检查；给出时按模式检查 / "
                            + "Without it a walk skips README, CHANGELOG and the like, and .md files whose title names no kind "
                            + "of report; with it, what the patterns select is checked ('*.md': every Markdown file)"})
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "目录中跳过匹配的文件或目录，可重复；另读目录中的 .huibaoignore / in directories, skip matches, repeatable; a .huibaoignore file in the directory adds more")
    List<String> exclude = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "并行检查的线程数（默认：CPU 核数） / reports checked in parallel (default: number of cores)")
    Integer jobs;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "20MB", converter = ByteSizeConverter.class,
            description = "更大的文件不读取，报告为无法读取（默认 20MB） / larger files are not read but reported unreadable (default 20MB; e.g. 500KB, 100MB)")
    ByteSize maxSize;

    @Option(names = "--threshold", paramLabel = "N", description = "及格分（默认取配置，80） / pass mark (default from config: 80)")
    Double threshold;

    @Option(names = "--profile", paramLabel = "GENRE", defaultValue = "auto",
            description = "体裁配置 / genre profile: auto (default: from title, salutation, closing and opening), report, speech, "
                    + "debrief, self-check, summary, government-work-report, address, pledge, rectification, not-a-report")
    String profile;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30",
            description = "每份报告检查的时限，超时则该报告记为错误 / how long one report's check may take; past it the report is an error (default 30)")
    double timeLimit;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "500000",
            description = "更长的报告不检查，报告为错误（默认 500000 字符，约 250 页） / longer reports are not checked but reported as errors (default 500000 characters, about 250 pages)")
    int maxChars;

    /** The profile asked for; empty for auto (and for an unknown name, which {@link #valid} refuses). */
    Optional<Genre> genre() {
        return Genre.parse(profile);
    }

    /** Whether {@code profile} is auto or a genre; if not, one line on err lists the genres. */
    static boolean knownProfile(String profile, PrintWriter err) {
        if (Genre.parse(profile).isEmpty() && !profile.equals("auto")) {
            err.println("huibao: 未知体裁 (unknown profile) \"" + Visible.escape(profile) + "\"; 可用 (available): auto, "
                    + String.join(", ", Arrays.stream(Genre.values()).map(Genre::id).toList()));
            return false;
        }
        return true;
    }

    /** Whether the values go together; if not, one line on err names the first that does not. */
    boolean valid(PrintWriter err) {
        if (jobs != null && jobs < 1) {
            err.println("huibao: --jobs 至少为 1 (must be at least 1)");
            return false;
        }
        try {
            Inputs.matchers(include);
            Inputs.matchers(exclude);
        } catch (IllegalArgumentException e) {
            err.println("huibao: 无效的 --include/--exclude 模式 (invalid glob): "
                    + Visible.escape(e.getMessage().lines().findFirst().orElse("")));
            return false;
        }
        if (!knownProfile(profile, err)) {
            return false;
        }
        if (!(timeLimit > 0)) {
            err.println("huibao: --time-limit 必须大于 0 (must be greater than 0)");
            return false;
        }
        if (maxChars < 1) {
            err.println("huibao: --max-chars 至少为 1 (must be at least 1)");
            return false;
        }
        return true;
    }
}
