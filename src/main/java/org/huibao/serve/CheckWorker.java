package org.huibao.serve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.huibao.api.Lang;
import org.huibao.api.Message;
import org.huibao.check.Checker;
import org.huibao.check.Limits;
import org.huibao.config.Config;
import org.huibao.config.ConfigException;
import org.huibao.engine.RuleLoadException;
import org.huibao.engine.RuleSet;
import org.huibao.model.ReportResult;
import org.huibao.model.RuleInfo;
import org.huibao.output.Formatters;
import org.huibao.read.Readers;
import org.huibao.read.SourceText;

/**
 * A worker process of the review server ({@link WorkerPool}): checks one report at a time, as the server
 * asks on standard input, and answers on standard output, in {@link Frame}s. Started by the server with
 * the server's own java and class path; not a command for people.
 *
 * <pre>
 * server → worker  S  setup: {@link WorkerSetup}, version, time limit (ms), the server's fingerprint
 * worker → server  R  ready: the fingerprint of its config and rules     F  failed: zh, en
 * server → worker  C  check: file, name, format, lang, include text, time left (ms)
 * worker → server  A  answer: kind, body, zh, en, retire
 * </pre>
 *
 * The server kills the process when a check passes its time limit; should the server itself be gone
 * (killed), the worker halts itself a little after that limit, and exits when its input ends.
 */
public final class CheckWorker {
    /** How long after a check's time limit the worker stops itself, when the server has not. */
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final int FAILED_SETUP = 2;
    private static final int HALTED = 4;

    private final Checker checker;
    private final List<RuleInfo> rules;
    private final String version;
    private final Formatters formatters = Formatters.defaults();
    private final ScheduledExecutorService alarm = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "huibao-worker-alarm");
        t.setDaemon(true);
        return t;
    });

    private CheckWorker(Checker checker, List<RuleInfo> rules, String version) {
        this.checker = checker;
        this.rules = rules;
        this.version = version;
    }

    public static void main(String[] args) throws IOException {
        // Standard output carries the frames only: whatever a library prints goes to standard error.
        OutputStream frames = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        InputStream in = new BufferedInputStream(System.in, 64 * 1024);
        Frame.Fields setup = Frame.receive(in);
        if (setup == null || setup.kind() != 'S') {
            System.exit(FAILED_SETUP);
        }
        WorkerSetup how = WorkerSetup.readFrom(setup);
        String version = setup.text();
        Duration limit = Duration.ofMillis(Math.max(1, setup.number()));
        String expected = setup.text();
        CheckWorker worker;
        String fingerprint;
        try {
            Config config = how.loadConfig();
            fingerprint = how.fingerprint(config);
            if (!fingerprint.equals(expected)) {
                // Before the rules are built: that is most of a start, and this worker will not be used.
                Frame.of('F').text(WorkerPool.CHANGED.zh()).text(WorkerPool.CHANGED.en()).sendTo(frames);
                System.exit(FAILED_SETUP);
            }
            RuleSet rules = how.loadRules(config);
            Checker checker = new Checker(config, rules, Readers.defaults(), Optional.empty(),
                    new Limits(limit, Limits.DEFAULTS.maxChars()));
            worker = new CheckWorker(checker, List.copyOf(rules.all()), version);
        } catch (ConfigException | RuleLoadException e) {
            String line = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            Frame.of('F').text("配置或规则无法加载：" + line).text("the config or rules cannot be loaded: " + line)
                    .sendTo(frames);
            System.exit(FAILED_SETUP);
            return;
        }
        worker.warmUp();
        Frame.of('R').text(fingerprint).sendTo(frames);
        worker.serve(in, frames);
        // The server closed the pipe or retired this worker: end, whatever threads a library left running.
        System.exit(0);
    }

    /**
     * One check of a short report before the first request, so that the first reviewer does not wait
     * for the classes and code paths every check needs to be loaded and compiled.
     */
    private void warmUp() {
        String text = "关于2024年度安全生产工作情况的报告\n一、主要工作\n（一）加强组织领导。局党组专题研究部署4次。\n"
                + "二、存在的问题\n基层监管力量不足。\n三、下一步工作打算\n2025年6月底前配备专职安全员。\n";
        try {
            ReportResult r = checker.check(new SourceText("warm-up.txt", text, "UTF-8"));
            CheckAnswer.of(r, new CheckRequest(Path.of("warm-up.txt"), "warm-up.txt", "json", Lang.ZH, true),
                    version, rules, formatters);
        } catch (IOException | RuntimeException e) {
            // a real request meets the same problem and reports it
        }
    }

    private void serve(InputStream in, OutputStream out) throws IOException {
        for (Frame.Fields f = Frame.receive(in); f != null; f = Frame.receive(in)) {
            if (f.kind() != 'C') {
                throw new IOException("unexpected frame " + f.kind());
            }
            CheckRequest request = new CheckRequest(Path.of(f.text()), f.text(), f.text(),
                    Lang.parse(f.text()).orElse(Lang.ZH), f.flag());
            long leftMillis = f.number();
            ScheduledFuture<?> halt = alarm.schedule(() -> Runtime.getRuntime().halt(HALTED),
                    Math.max(0, leftMillis) + GRACE.toMillis(), TimeUnit.MILLISECONDS);
            CheckAnswer answer = check(request);
            halt.cancel(false);
            Frame.of('A').text(answer.kind().name()).data(answer.body()).text(answer.message().zh())
                    .text(answer.message().en()).flag(answer.retire()).sendTo(out);
            if (answer.retire()) {
                return;
            }
        }
    }

    /** As {@code huibao check} treats one file: a bug or a lack of memory is that report's answer. */
    private CheckAnswer check(CheckRequest request) {
        try {
            return CheckAnswer.of(checker.check(request.file(), request.name()), request, version, rules, formatters);
        } catch (OutOfMemoryError e) {
            return CheckAnswer.outOfMemory();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return CheckAnswer.internal(e);
        }
    }

    /** The answer frame's fields back into an answer (the server's side of {@link #serve}). */
    static CheckAnswer answerFrom(Frame.Fields f) throws IOException {
        if (f.kind() != 'A') {
            throw new IOException("unexpected frame " + f.kind());
        }
        CheckAnswer.Kind kind;
        try {
            kind = CheckAnswer.Kind.valueOf(f.text());
        } catch (IllegalArgumentException e) {
            throw new IOException("unknown answer kind", e);
        }
        byte[] body = f.data();
        Message message = new Message(f.text(), f.text());
        return new CheckAnswer(kind, body, message, f.flag());
    }

    /** The check frame the server sends for {@code request}. */
    static Frame checkFrame(CheckRequest request, long leftMillis) {
        return Frame.of('C').text(request.file().toString()).text(request.name()).text(request.format())
                .text(request.lang().id()).flag(request.includeText()).number(leftMillis);
    }

    /** The setup frame the server sends first. */
    static Frame setupFrame(WorkerSetup setup, String version, Duration limit, String fingerprint) {
        return setup.addTo(Frame.of('S')).text(version).number(limit.toMillis()).text(fingerprint);
    }
}
