package org.huibao.serve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.huibao.api.Message;

/**
 * The server's handle on one {@link CheckWorker} process: it starts it, talks to it, and kills it.
 * Every wait on the process has an alarm that kills it, so no wait outlasts its deadline.
 */
final class WorkerProcess {
    /** JVM options of the server's own that a worker takes too: memory, GC, class-data sharing, encodings. */
    private static final List<String> INHERITED = List.of("-Xmx", "-Xms", "-Xss", "-XX:+Use", "-XX:MaxRAM",
            "-XX:SharedArchiveFile=", "-Xlog:cds", "-XX:TieredStopAtLevel=", "-XX:ActiveProcessorCount=",
            "-Dfile.encoding=", "-Dsun.jnu.encoding=", "-Djava.io.tmpdir=");
    private static final String DEFAULT_HEAP = "-Xmx1g";
    /** On every worker's command line, so that it can be told from other java processes. */
    static final String MARKER = "-Dhuibao.role=check-worker";

    private final Process process;
    private final InputStream from;
    private final OutputStream to;
    private final AtomicBoolean killed = new AtomicBoolean();
    private volatile String fingerprint = "";

    private WorkerProcess(Process process) {
        this.process = process;
        this.from = new BufferedInputStream(process.getInputStream(), 64 * 1024);
        this.to = new BufferedOutputStream(process.getOutputStream(), 64 * 1024);
    }

    /** A check did not finish in time; the process has been killed. */
    static final class TimedOut extends Exception {
        private static final long serialVersionUID = 1L;

        TimedOut() {
            super(null, null, false, false);
        }
    }

    /** The process could not be made ready, for the reason given in both languages. */
    static final class StartFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Message reason;

        StartFailure(Message reason) {
            super(reason.en(), null, false, false);
            this.reason = reason;
        }

        Message reason() {
            return reason;
        }
    }

    /**
     * The command that starts a worker: this JVM's java binary and class path, its memory and GC
     * options (a heap of 1 GB when it set none, as the launcher does), and the worker's main class.
     */
    static List<String> command() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(java));
        List<String> own = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String arg : own) {
            if (INHERITED.stream().anyMatch(arg::startsWith)) {
                cmd.add(arg);
            }
        }
        if (cmd.stream().noneMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAM"))) {
            cmd.add(DEFAULT_HEAP);
        }
        if (cmd.stream().noneMatch(a -> a.startsWith("-XX:+Use") && a.endsWith("GC"))) {
            cmd.add("-XX:+UseSerialGC"); // one collector thread, and a small footprint per worker
        }
        // The marker comes before the class path: ps and /proc show a long command line cut short.
        cmd.addAll(List.of("-XX:-UsePerfData", MARKER, "-cp", System.getProperty("java.class.path"),
                CheckWorker.class.getName()));
        return cmd;
    }

    /** Starts a worker process; {@link #setUp} makes it ready. */
    static WorkerProcess launch(List<String> command) throws IOException {
        return new WorkerProcess(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    /**
     * Sends the worker {@code setup} and waits until it is ready (then {@link #fingerprint()} tells what
     * config and rules it built); kills it when that fails or takes longer than {@code limit}.
     */
    void setUp(Frame setup, Duration limit, ScheduledExecutorService timer) throws StartFailure {
        ScheduledFuture<?> alarm = timer.schedule(this::killNow, limit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            setup.sendTo(to);
            Frame.Fields f = Frame.receive(from);
            if (f != null && f.kind() == 'F') {
                throw new StartFailure(new Message(f.text(), f.text()));
            }
            if (f == null || f.kind() != 'R') {
                throw new IOException("no ready message");
            }
            fingerprint = f.text();
        } catch (IOException e) {
            boolean late = killed.get();
            int code = late ? -1 : exitCode();
            kill();
            throw new StartFailure(late
                    ? new Message(limit.toSeconds() + " 秒内未就绪", "not ready within " + limit.toSeconds() + " s")
                    : new Message("启动后退出，退出码 " + code, "it exited at start with exit code " + code));
        } catch (StartFailure e) {
            kill();
            throw e;
        } finally {
            alarm.cancel(false);
        }
    }

    String fingerprint() {
        return fingerprint;
    }

    long pid() {
        return process.pid();
    }

    /** Alive and never told to die: fit for another check. */
    boolean usable() {
        return !killed.get() && process.isAlive();
    }

    /**
     * Has the worker check {@code request}, killing it at {@code deadlineNanos} ({@link System#nanoTime()}).
     *
     * @throws TimedOut   the deadline passed first; the process is being killed
     * @throws IOException the process ended or spoke out of turn (see {@link #exitCode()})
     */
    CheckAnswer check(CheckRequest request, long deadlineNanos, ScheduledExecutorService timer)
            throws TimedOut, IOException {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw new TimedOut();
        }
        ScheduledFuture<?> alarm = timer.schedule(this::killNow, left, TimeUnit.NANOSECONDS);
        try {
            CheckWorker.checkFrame(request, TimeUnit.NANOSECONDS.toMillis(left)).sendTo(to);
            Frame.Fields f = Frame.receive(from);
            if (f == null) {
                throw new IOException("the check process ended");
            }
            return CheckWorker.answerFrom(f);
        } catch (IOException e) {
            if (killed.get()) {
                throw new TimedOut();
            }
            throw e;
        } finally {
            alarm.cancel(false);
        }
    }

    /** Kills the process (SIGKILL: a check in a loop never looks at anything gentler). */
    void killNow() {
        killed.set(true);
        process.destroyForcibly();
    }

    /** Kills the process and waits, briefly, until the operating system has taken it away. */
    void kill() {
        killNow();
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // SIGKILL cannot be refused; the process is on its way out
        }
    }

    /** The exit code once the process has ended (waiting a moment for it), else -1. */
    int exitCode() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
