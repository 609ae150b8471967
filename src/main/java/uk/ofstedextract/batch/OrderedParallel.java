package uk.ofstedextract.batch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a function to a stream of inputs on {@code jobs} worker threads and hands the results to
 * the caller's thread in input order. At most {@code window} inputs are in flight (submitted and not
 * yet handed over), so memory stays flat however long the stream is, and a slow input delays the
 * output of later ones but never reorders it. The results, and so everything written from them, are
 * the same for any number of jobs.
 */
public final class OrderedParallel<I, O> implements AutoCloseable {
    /**
     * Worker threads get the stack the launcher gives the main thread ({@code -Xss8m}), whatever the
     * JVM's options, so an input that extracts on one thread extracts on many.
     */
    static final long WORKER_STACK_BYTES = 8L << 20;

    /** Receives results in input order; returns false to stop the run (the rest is not handed over). */
    public interface Consumer<O> {
        boolean accept(O result) throws IOException;
    }

    private final ExecutorService pool;
    private final int window;
    private final Function<I, O> work;

    public OrderedParallel(int jobs, int window, Function<I, O> work) {
        if (jobs < 1 || window < jobs) {
            throw new IllegalArgumentException("jobs " + jobs + ", window " + window);
        }
        this.pool = Executors.newFixedThreadPool(jobs, threads());
        this.window = window;
        this.work = work;
    }

    /** The window used by the CLI: enough queued work to keep every thread busy while one result waits. */
    public static int defaultWindow(int jobs) {
        return 4 * jobs;
    }

    /**
     * Runs the work over every input, handing each result to {@code consumer} on this thread in the
     * order of {@code inputs}. Returns true when every input was handed over, false when the
     * consumer stopped the run. The iterator is only ever called from this thread.
     */
    public boolean run(Iterator<I> inputs, Consumer<O> consumer) throws IOException, InterruptedException {
        Deque<Future<O>> inFlight = new ArrayDeque<>();
        try {
            while (inputs.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && inputs.hasNext()) {
                    I in = inputs.next();
                    inFlight.add(pool.submit(() -> work.apply(in)));
                }
                if (!consumer.accept(result(inFlight.poll()))) {
                    return false;
                }
            }
            return true;
        } finally {
            for (Future<O> f : inFlight) {
                f.cancel(true);
            }
        }
    }

    private static <O> O result(Future<O> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } catch (CancellationException e) {
            throw new IllegalStateException("a task was cancelled", e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "ofsted-extract-" + n.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
