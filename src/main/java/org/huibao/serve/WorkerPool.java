package org.huibao.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.huibao.api.Message;

/**
 * Runs checks in worker processes ({@link CheckWorker}), so that a check past the time limit can really
 * be stopped: Java cannot safely stop a thread, and a report or a rule that keeps a thread busy (a
 * consequence that never returns, a reader deep in a hostile file) would otherwise go on using a core
 * and its memory after its request was answered. A process can be killed; so each check runs in one,
 * and one that passes the limit is killed, its request answered 503, and a fresh process started.
 *
 * <p>{@code slots} checks run at a time; one more process is kept started and ready, so that the request
 * after a kill does not wait for a JVM to start (several seconds) while the replacement starts. Processes
 * are started one at a time, in the background; a request waits for a ready one within its time limit.
 * A process that cannot be started (its config or rules no longer build, or no longer match the
 * server's) is tried again every {@link #RETRY}; a request that finds no worker meanwhile is answered
 * 503 with the reason.
 */
final class WorkerPool implements Checks {
    /** How long a worker may take to start, load the rules and warm up before it is killed. */
    private static final Duration START_LIMIT = Duration.ofMinutes(2);
    private static final Duration RETRY = Duration.ofSeconds(30);
    /** Why a worker built from the files now would not be the server's. */
    static final Message CHANGED = new Message("配置文件或规则文件在服务启动后有改动，请重新启动 huibao serve",
            "the config or rule files changed after the server started; restart huibao serve");
    /** How often a request waiting for a worker looks whether starting one has failed. */
    private static final Duration POLL = Duration.ofMillis(250);

    private final List<String> command;
    private final WorkerSetup setup;
    private final String fingerprint;
    private final String version;
    private final Duration timeout;
    private final int slots;
    private final Semaphore running;
    /** Ready workers, the most recently used first (its code is the most warmed up). */
    private final LinkedBlockingDeque<WorkerProcess> idle = new LinkedBlockingDeque<>();
    /** Workers ready or checking. */
    private final Set<WorkerProcess> live = ConcurrentHashMap.newKeySet();
    /** Processes started and not ready yet: killed too when the pool closes. */
    private final Set<WorkerProcess> launching = ConcurrentHashMap.newKeySet();
    private final ExecutorService starter = Executors.newSingleThreadExecutor(daemon("huibao-worker-start"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("huibao-worker-alarm"));
    /** Starts asked for and not finished (ready or failed). */
    private int starting;
    private Message failure;
    private long failedAt;
    private boolean retryPlanned;
    private boolean closed;

    /**
     * Starts the workers (in the background; the constructor does not wait for them).
     *
     * @param fingerprint what {@link WorkerSetup#fingerprint} gave for the server's own config and rules
     */
    WorkerPool(List<String> command, WorkerSetup setup, String fingerprint, String version, Duration timeout, int slots) {
        this.command = List.copyOf(command);
        this.setup = setup;
        this.fingerprint = fingerprint;
        this.version = version;
        this.timeout = timeout;
        this.slots = slots;
        this.running = new Semaphore(slots, true);
        replenish();
    }

    @Override
    public CheckAnswer check(CheckRequest request) throws ApiError {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!running.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                throw Checks.busy(timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Checks.stopping();
        }
        try {
            WorkerProcess worker = takeReady(deadline);
            if (deadline - System.nanoTime() < minimumLeft()) {
                // Too late to finish: starting would only cost a worker (killed at once) and a JVM start.
                idle.offerFirst(worker);
                throw Checks.busy(timeout);
            }
            CheckAnswer answer;
            try {
                answer = worker.check(request, deadline, timer);
            } catch (RejectedExecutionException e) {
                throw Checks.stopping(); // closed: the alarm timer is gone
            } catch (WorkerProcess.TimedOut e) {
                discard(worker);
                String secs = Checks.seconds(timeout);
                throw new ApiError(503, "timeout", "检查超时：超过 " + secs + " 秒仍未完成，已中止；请稍后重试或缩短报告",
                        "the check did not finish within " + secs + " s and was stopped; try again later or with a "
                                + "shorter report");
            } catch (IOException e) {
                int code = worker.exitCode();
                discard(worker);
                return new CheckAnswer(CheckAnswer.Kind.INTERNAL, new byte[0], new Message(
                        "内部错误：检查进程意外退出（退出码 " + code + "）",
                        "internal error: the check process ended unexpectedly (exit code " + code + ")"), false);
            }
            if (answer.retire() || !worker.usable()) {
                discard(worker);
            } else {
                idle.offerFirst(worker);
            }
            return answer;
        } finally {
            running.release();
        }
    }

    /**
     * A ready worker, waiting for one until {@code deadline}; dead ones met on the way are replaced. When
     * none is started and starting one failed, the request is answered at once with the reason.
     */
    private WorkerProcess takeReady(long deadline) throws ApiError {
        try {
            while (true) {
                long wait = Math.min(deadline - System.nanoTime(), POLL.toNanos());
                WorkerProcess w = idle.pollFirst(Math.max(0, wait), TimeUnit.NANOSECONDS);
                if (w == null) {
                    Message why = failure();
                    if (why != null && live.isEmpty()) { // none ready or checking, and starting fails
                        throw new ApiError(503, "unavailable", "检查进程无法启动：" + why.zh(),
                                "the check process cannot start: " + why.en());
                    }
                    if (System.nanoTime() - deadline >= 0) {
                        throw Checks.busy(timeout);
                    }
                    continue;
                }
                if (w.usable()) {
                    return w;
                }
                discard(w);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Checks.stopping();
        }
    }

    /** The least time left for which a check is started: a tenth of the limit, at most a second. */
    private long minimumLeft() {
        return Math.min(timeout.toNanos() / 10, Duration.ofSeconds(1).toNanos());
    }

    private synchronized Message failure() {
        return failure;
    }

    /** Kills a worker, waits until it is gone, and has a fresh one started. */
    private void discard(WorkerProcess w) {
        live.remove(w);
        idle.remove(w);
        w.kill();
        replenish();
    }

    /**
     * Starts workers until there are {@code slots + 1}. After a failed start, one is tried again only
     * after {@link #RETRY}, and one at a time until one succeeds: a failure tends to repeat.
     */
    private synchronized void replenish() {
        if (closed) {
            return;
        }
        long sinceFailure = System.nanoTime() - failedAt;
        if (failure != null && sinceFailure < RETRY.toNanos()) {
            if (!retryPlanned) {
                retryPlanned = true;
                timer.schedule(() -> {
                    synchronized (this) {
                        retryPlanned = false;
                    }
                    replenish();
                }, RETRY.toNanos() - sinceFailure, TimeUnit.NANOSECONDS);
            }
            return;
        }
        while (live.size() + starting < slots + 1 && (failure == null || starting == 0)) {
            starting++;
            try {
                starter.execute(this::startOne);
            } catch (RejectedExecutionException e) {
                starting--;
                return;
            }
        }
    }

    private void startOne() {
        synchronized (this) {
            if (closed || failure != null && System.nanoTime() - failedAt < RETRY.toNanos()) {
                starting--; // asked for before a start failed: wait for the retry instead
                return;
            }
        }
        WorkerProcess w = null;
        Message why = null;
        try {
            w = WorkerProcess.launch(command);
            if (!enter(w)) {
                return;
            }
            w.setUp(CheckWorker.setupFrame(setup, version, timeout, fingerprint), START_LIMIT, timer);
            if (!w.fingerprint().equals(fingerprint)) {
                why = CHANGED;
            }
        } catch (WorkerProcess.StartFailure e) {
            why = e.reason();
        } catch (IOException | RuntimeException e) {
            why = new Message("无法运行 java：" + e.getMessage(), "cannot run java: " + e.getMessage());
        }
        boolean keep;
        synchronized (this) {
            starting--;
            if (w != null) {
                launching.remove(w);
            }
            keep = why == null && !closed;
            if (keep) {
                live.add(w);
                idle.offerLast(w);
                failure = null;
            } else if (why != null) {
                failure = why;
                failedAt = System.nanoTime();
            }
        }
        if (!keep && w != null) {
            w.kill();
        }
        replenish();
    }

    /** Notes a process as starting, so that closing the pool kills it; false (and killed) when closed. */
    private boolean enter(WorkerProcess w) {
        synchronized (this) {
            if (!closed) {
                launching.add(w);
                return true;
            }
            starting--;
        }
        w.kill();
        return false;
    }

    /** How many workers are ready for a check now. */
    int ready() {
        return idle.size();
    }

    /** The process ids of the workers now started or starting, for tests that watch them go. */
    List<Long> pids() {
        return java.util.stream.Stream.concat(live.stream(), launching.stream()).map(WorkerProcess::pid).toList();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        starter.shutdownNow();
        List<WorkerProcess> all = new java.util.ArrayList<>(live);
        all.addAll(launching);
        all.forEach(WorkerProcess::killNow); // all at once; then wait for each
        all.forEach(WorkerProcess::kill);
        live.clear();
        launching.clear();
        idle.clear();
        timer.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
