package org.huibao.check;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs checks on worker threads, each within a deadline counted from when it starts, and hands the
 * results on in input order. A check past its deadline is answered by {@code timedOut} and stopped,
 * whatever it is doing — evaluating a join that grows with the square of the facts, or a rule
 * consequence that loops — so that a run ends in bounded time.
 *
 * <p>Stopping: the worker is interrupted, then, if it is still in that check after a short grace,
 * stopped with {@link Thread#stop()}, which raises an error at whatever the thread is executing. Java
 * has no other way to end code that does not cooperate; what the check held becomes garbage, and the
 * rule session it used is destroyed, not reused (see RuleEngine). From JDK 20 on {@code Thread.stop}
 * throws: the abandoned check then runs on in the background until the process ends, and a fresh
 * worker takes its place so that the other reports are still checked.
 */
public final class Deadlines implements AutoCloseable {
    /** How long a check may ignore its interruption before it is stopped. */
    private static final long GRACE_MILLIS = 500;

    private final int threads;
    private final long limitNanos;
    private final ThreadPoolExecutor pool;

    /** Receives the results in input order. */
    public interface Sink<R> {
        void accept(R result) throws java.io.IOException;
    }

    public Deadlines(int threads, Duration limit) {
        this.threads = Math.max(1, threads);
        this.limitNanos = limit.compareTo(Duration.ofDays(365)) >= 0 ? Long.MAX_VALUE : limit.toNanos();
        this.pool = new ThreadPoolExecutor(this.threads, this.threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "huibao-check");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** One check: its worker thread once started, and whether it has ended. */
    private static final class Job<R> {
        final CountDownLatch started = new CountDownLatch(1);
        volatile long startNanos;
        Thread worker;
        boolean ended;
        Future<R> future;
    }

    /**
     * Checks every input and hands the results to the sink in input order. At most a few inputs per
     * thread are checked ahead of the one being handed on, so memory stays flat however long the batch.
     *
     * @param check    the check of one input; an exception it throws is passed to {@code failed}
     * @param timedOut the result for an input whose check passed its deadline
     * @param failed   the result for an input whose check threw
     */
    public <I, R> void run(List<I> inputs, Function<I, R> check, Function<I, R> timedOut,
                           java.util.function.BiFunction<I, Throwable, R> failed, Sink<R> sink) throws java.io.IOException {
        int ahead = threads * 4;
        Deque<Job<R>> pending = new ArrayDeque<>();
        int next = 0;
        for (int i = 0; i < inputs.size(); i++) {
            while (next < inputs.size() && next < i + ahead) {
                I in = inputs.get(next++);
                Job<R> job = new Job<>();
                job.future = pool.submit(() -> {
                    synchronized (job) {
                        job.worker = Thread.currentThread();
                    }
                    job.startNanos = System.nanoTime();
                    job.started.countDown();
                    try {
                        return check.apply(in);
                    } finally {
                        synchronized (job) {
                            job.ended = true;
                        }
                    }
                });
                pending.add(job);
            }
            sink.accept(await(pending.remove(), inputs.get(i), timedOut, failed));
        }
    }

    private <I, R> R await(Job<R> job, I in, Function<I, R> timedOut, java.util.function.BiFunction<I, Throwable, R> failed) {
        try {
            job.started.await();
            if (limitNanos == Long.MAX_VALUE) {
                return job.future.get();
            }
            long left = job.startNanos + limitNanos - System.nanoTime();
            return job.future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(job);
            return timedOut.apply(in);
        } catch (ExecutionException e) {
            return failed.apply(in, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(job);
            return failed.apply(in, e);
        }
    }

    private void stop(Job<?> job) {
        job.future.cancel(true);
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        while (System.nanoTime() < until) {
            synchronized (job) {
                if (job.ended) {
                    return;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (job) {
            if (!job.ended && !stopThread(job.worker)) {
                // The thread cannot be stopped: it is lost to the pool; add one in its place.
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            }
        }
    }

    @SuppressWarnings("deprecation")
    private static boolean stopThread(Thread t) {
        try {
            t.stop();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
