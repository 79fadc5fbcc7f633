package org.huibao.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.huibao.check.Checker;
import org.huibao.model.ReportResult;

/**
 * Runs checks on a pool of its own, one per core, so that a request can stop waiting for a check that
 * takes too long and answer instead of hanging. A check cannot be stopped half-way (the rule engine
 * does not look at interrupts): it finishes on its pool thread and its result is dropped.
 */
final class TimedChecker implements AutoCloseable {
    private final Checker checker;
    private final Duration timeout;
    private final ExecutorService pool;

    TimedChecker(Checker checker, Duration timeout) {
        this.checker = checker;
        this.timeout = timeout;
        this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "huibao-serve-check");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The result of checking {@code file}, shown as {@code displayName}.
     *
     * @throws ApiError 503 when the check (waiting for a free thread included) exceeds the time limit
     */
    ReportResult check(Path file, String displayName) throws ApiError {
        Future<ReportResult> future;
        try {
            future = pool.submit(() -> checker.check(file, displayName));
        } catch (RejectedExecutionException e) {
            throw stopping();
        }
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            String secs = seconds(timeout);
            throw new ApiError(503, "timeout", "检查超时：超过 " + secs + " 秒仍未完成，请稍后重试或缩短报告",
                    "the check did not finish within " + secs + " s; try again later or with a shorter report");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String what = cause.getClass().getSimpleName();
            throw new ApiError(500, "internal", "内部错误：" + what, "internal error: " + what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw stopping();
        }
    }

    private static ApiError stopping() {
        return new ApiError(503, "stopping", "服务正在停止", "the server is stopping");
    }

    static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
