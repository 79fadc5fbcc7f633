package org.huibao.serve;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.huibao.check.Checker;
import org.huibao.model.RuleInfo;
import org.huibao.output.Formatters;

/**
 * Checks on threads of the server's own JVM, for tests that give the server a reader of their own
 * (a worker process has only the built-in readers). A request stops waiting at the time limit, but the
 * check cannot be stopped half-way (Java cannot safely stop a thread, and the rule engine does not look
 * at interrupts): it runs on and its answer is dropped. {@code huibao serve} uses {@link WorkerPool}.
 */
final class TimedChecker implements Checks {
    private final Checker checker;
    private final Duration timeout;
    private final String version;
    private final List<RuleInfo> rules;
    private final Formatters formatters = Formatters.defaults();
    private final ExecutorService pool;

    TimedChecker(Checker checker, Duration timeout, String version, java.util.Collection<RuleInfo> rules) {
        this.checker = checker;
        this.timeout = timeout;
        this.version = version;
        this.rules = List.copyOf(rules);
        this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "huibao-serve-check");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public CheckAnswer check(CheckRequest request) throws ApiError {
        Future<CheckAnswer> future;
        try {
            future = pool.submit(() -> CheckAnswer.of(checker.check(request.file(), request.name()), request, version,
                    rules, formatters));
        } catch (RejectedExecutionException e) {
            throw Checks.stopping();
        }
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            String secs = Checks.seconds(timeout);
            throw new ApiError(503, "timeout", "检查超时：超过 " + secs + " 秒仍未完成，请稍后重试或缩短报告",
                    "the check did not finish within " + secs + " s; try again later or with a shorter report");
        } catch (ExecutionException e) {
            return CheckAnswer.internal(e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw Checks.stopping();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
