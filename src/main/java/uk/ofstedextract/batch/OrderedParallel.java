package uk.ofstedextract.batch;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Applies a function to a stream of inputs on {@code jobs} worker threads and hands the results to
 * the caller's thread in input order. At most {@code window} inputs are in flight (submitted and not
 * yet handed over), so memory stays flat however long the stream is, and a slow input delays the
 * output of later ones but never reorders it. The results, and so everything written from them, are
 * the same for any number of jobs.
 *
 * <p>With a time budget, an input whose work uses more CPU time than the budget on its worker thread
 * is given up: its result is what {@code onTimeout} makes of it, and the run goes on. CPU time, not
 * wall time, so that a machine busy with other work, or more jobs than processors, does not fail an
 * input that is merely waiting for a core. While the heap stays nearly full after its collections, the
 * time the garbage collector stops every thread counts as the running work's too: an input that fills the
 * heap makes the collector run again and again, on its own threads, while the worker's CPU time hardly
 * grows (a thrashing heap), and that input is given up as one over its CPU time is. Pauses of a heap with
 * room are not counted: on a loaded machine a pause lasts as long as the collector waits for a core (a
 * 20 MB PDF once had 271 s of pauses in a 5.8 GB heap at a load of 40), which is no more the input's fault
 * than waiting for a core is. Work that does not finish within {@link #WALL_FACTOR} times
 * the budget in wall time (blocked, or starved of CPU) is given up too. Where the JVM cannot measure a
 * thread's CPU time, the budget is wall time. A given-up input's thread is interrupted and stopped; a
 * thread that cannot be stopped (blocked in the operating system, say) is left behind and another
 * takes its place, so the run keeps {@code jobs} working threads.
 */
public final class OrderedParallel<I, O> implements AutoCloseable {
    /**
     * Worker threads get the stack the launcher gives the main thread ({@code -Xss8m}), whatever the
     * JVM's options, so an input that extracts on one thread extracts on many.
     */
    static final long WORKER_STACK_BYTES = 8L << 20;
    /** How long a stopped thread is given to end before another is started in its place. */
    private static final long STOP_GRACE_MILLIS = 1000;
    /**
     * How long a given-up thread that is initialising a class is let finish that before it is stopped all the same
     * (loading the models takes a few seconds of CPU on a loaded machine), and how often it is looked at.
     */
    static final long INIT_WAIT_MILLIS = 30_000;
    private static final long INIT_LOOK_MILLIS = 5;
    /** Wall time, in budgets, after which work is given up whatever CPU time it used. */
    public static final int WALL_FACTOR = 10;

    // The JVM's management beans, each made on first use (holder classes) instead of when this class is first used
    // (about 15 ms of CPU in a fresh JVM, on the caller's thread before the first worker could start; docs/startup.md
    // item 15): the thread and collector beans when the first input starts with a budget, the pools at the first look
    // at the heap (never in a run shorter than a look), none without a budget. What they read does not depend on when
    // they are made (a thread's CPU time since it started, the collectors' total time since the JVM started, a pool's
    // occupancy after its last collection), and each input's baselines are still read when it starts: the budget
    // counts the same CPU time and pauses.
    private static final class Threads {
        static final ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();
    }

    /**
     * The collectors that stop every thread while they work (their collection time is a stall of the
     * work); a concurrent collector's cycles run beside the work and are left out.
     */
    private static final class Pausing {
        static final List<GarbageCollectorMXBean> COLLECTORS = ManagementFactory.getGarbageCollectorMXBeans()
                .stream().filter(c -> !c.getName().contains("Concurrent") && !c.getName().contains("Cycles")).toList();
    }

    /**
     * The pools that hold what survives collections (the old generation): their occupancy after a
     * collection shows whether the heap has room.
     */
    private static final class Old {
        static final List<MemoryPoolMXBean> POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null
                        && (p.getName().contains("Old") || p.getName().contains("Tenured"))).toList();
    }
    /**
     * Makes now the management beans the first input with a budget reads when it starts (the thread and collector
     * beans, about 20 ms of CPU in a fresh JVM), so that a caller with a thread to spare can make them before the
     * first worker starts ({@link BatchRun#warmUp}). What a budget counts does not change (see above).
     */
    static void warmUp() {
        if (Threads.BEAN.isCurrentThreadCpuTimeSupported()) {
            Threads.BEAN.getCurrentThreadCpuTime();
        }
        pausedNanos();
    }

    /** The share of the old generation still in use after a collection above which the heap has no room. */
    static final double NEARLY_FULL = 0.9;
    /** How often the heap is looked at while an input runs (its pauses are charged by the look). */
    private static final long LOOK_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** Which limit an input's work passed: its CPU time (with the collector's pauses), or the wall-time backstop. */
    public enum Limit { CPU, WALL }

    /**
     * An input's work given up: the limit it passed, the CPU time its thread used, and how long the
     * garbage collector stopped every thread while it ran with the heap nearly full (nanoseconds).
     */
    public record Overrun(Limit limit, long cpuNanos, long pausedNanos) {
    }

    /** Receives results in input order; returns false to stop the run (the rest is not handed over). */
    public interface Consumer<O> {
        boolean accept(O result) throws IOException;
    }

    private final ThreadPoolExecutor pool;
    private final int window;
    private final Function<I, O> work;
    private final long budgetNanos;
    private final Duration budget;
    private final BiFunction<I, Overrun, O> onTimeout;
    private final BooleanSupplier heapFull;

    public OrderedParallel(int jobs, int window, Function<I, O> work) {
        this(jobs, window, work, null, null);
    }

    /**
     * @param budget    the CPU time (garbage collection pauses included) one input's work may use, or null for
     *                  no limit
     * @param onTimeout the result for an input whose work went over {@code budget}, and how
     */
    public OrderedParallel(int jobs, int window, Function<I, O> work, Duration budget,
                           BiFunction<I, Overrun, O> onTimeout) {
        this(jobs, window, work, budget, onTimeout, OrderedParallel::heapNearlyFull);
    }

    /** As above, with {@code heapFull} telling whether the heap has no room (tests). */
    OrderedParallel(int jobs, int window, Function<I, O> work, Duration budget, BiFunction<I, Overrun, O> onTimeout,
                    BooleanSupplier heapFull) {
        this.heapFull = heapFull;
        if (jobs < 1 || window < jobs) {
            throw new IllegalArgumentException("jobs " + jobs + ", window " + window);
        }
        this.pool = new ThreadPoolExecutor(jobs, jobs, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads());
        this.window = window;
        this.work = work;
        this.budget = budget;
        this.budgetNanos = budget == null ? 0 : budget.toNanos();
        this.onTimeout = onTimeout;
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
        Deque<Task> inFlight = new ArrayDeque<>();
        try {
            while (inputs.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && inputs.hasNext()) {
                    Task t = new Task(inputs.next());
                    pool.execute(t);
                    inFlight.add(t);
                }
                if (!consumer.accept(result(inFlight.poll()))) {
                    return false;
                }
            }
            return true;
        } finally {
            for (Task t : inFlight) {
                t.result.cancel(true);
            }
        }
    }

    private O result(Task t) throws InterruptedException {
        try {
            if (budget == null) {
                return t.result.get();
            }
            while (true) {
                if (t.result.isDone()) {
                    return t.result.get(); // done in time, though handed over late
                }
                long wait = budgetNanos;
                if (t.started != 0) {
                    long wall = System.nanoTime() - t.started;
                    long cpu = t.cpuTime(wall);
                    long paused = t.paused(heapFull.getAsBoolean());
                    long used = cpu + paused;
                    Limit passed = used >= budgetNanos ? Limit.CPU : wall >= WALL_FACTOR * budgetNanos ? Limit.WALL
                            : null;
                    if (passed != null) {
                        giveUp(t);
                        return onTimeout.apply(t.input, new Overrun(passed, cpu, paused));
                    }
                    // a thread's CPU time and the pauses together grow no faster than wall time: look again
                    // when the budget could be spent
                    wait = Math.min(Math.min(budgetNanos - used, WALL_FACTOR * budgetNanos - wall), LOOK_NANOS);
                }
                try {
                    return t.result.get(wait, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // not started yet (queued behind others), or over budget: look again
                }
            }
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

    /**
     * Abandons a task over its budget: interrupts and stops its thread, and when the thread does not
     * end (blocked in a system call, or on a JVM without {@code Thread.stop}), adds a thread to the
     * pool in its place. A thread initialising a class is first let finish that (up to
     * {@link #INIT_WAIT_MILLIS}): a class whose initialiser is interrupted or stopped can never be used again in
     * this JVM, and every later input that needs it would fail ("Could not initialize class"). (A class the thread
     * starts to initialise between the last look and the stop, microseconds later, is not covered.)
     */
    @SuppressWarnings({"deprecation", "removal"})
    private void giveUp(Task t) throws InterruptedException {
        t.result.cancel(true);
        Thread thread;
        synchronized (t) {
            thread = t.thread;
        }
        long waitUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(INIT_WAIT_MILLIS);
        while (thread != null && initialisingAClass(thread) && System.nanoTime() < waitUntil) {
            Thread.sleep(INIT_LOOK_MILLIS);
        }
        synchronized (t) {
            thread = t.thread; // null once the work has ended meanwhile
            if (thread != null) {
                thread.interrupt();
                try {
                    thread.stop(); // ThreadDeath ends the work; the pool starts a fresh thread
                } catch (UnsupportedOperationException e) {
                    // Java 20 and later: the thread is left to finish on its own
                }
            }
        }
        if (thread != null) {
            thread.join(STOP_GRACE_MILLIS);
            if (thread.isAlive()) {
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            }
        }
    }

    /** Whether {@code thread} is running a class's static initialiser (its stack holds a {@code <clinit>} frame). */
    static boolean initialisingAClass(Thread thread) {
        for (StackTraceElement e : thread.getStackTrace()) {
            if (e.getMethodName().equals("<clinit>")) {
                return true;
            }
        }
        return false;
    }

    /** One input's work, with what the caller needs to hold it to its budget. */
    private final class Task implements Runnable {
        final I input;
        final CompletableFuture<O> result = new CompletableFuture<>();
        volatile long started;
        volatile long cpuAtStart;
        volatile long pausedAtStart;
        /** Pauses charged so far, and the collectors' total when last looked at (the caller's thread only). */
        long charged;
        long pausesSeen = -1;
        Thread thread;

        Task(I input) {
            this.input = input;
        }

        /** CPU time the work has used so far, or {@code wall} where the JVM cannot tell. */
        synchronized long cpuTime(long wall) {
            if (thread == null) {
                return 0; // finished: its result is there
            }
            long now = cpuAtStart < 0 ? -1 : Threads.BEAN.getThreadCpuTime(thread.getId());
            return now < 0 ? wall : now - cpuAtStart;
        }

        /**
         * The collector's pauses charged to the work: since the last look (or the start), those of a heap
         * that {@code full} says has no room.
         */
        long paused(boolean full) {
            long now = pausedNanos();
            if (full) {
                charged += now - (pausesSeen < 0 ? pausedAtStart : pausesSeen);
            }
            pausesSeen = now;
            return charged;
        }

        @Override
        public void run() {
            if (result.isDone()) {
                return; // cancelled before it started
            }
            synchronized (this) {
                thread = Thread.currentThread();
            }
            try {
                if (budget != null) { // where the caller's looks measure the work from (no looks without a budget)
                    cpuAtStart = Threads.BEAN.isCurrentThreadCpuTimeSupported()
                            ? Threads.BEAN.getCurrentThreadCpuTime() : -1;
                    pausedAtStart = pausedNanos();
                }
                started = System.nanoTime();
                result.complete(work.apply(input));
            } catch (Throwable e) {
                result.completeExceptionally(e);
                if (e instanceof ThreadDeath death) {
                    throw death; // the thread ends; the pool replaces it with a clean one
                }
            } finally {
                synchronized (this) {
                    thread = null;
                }
                Thread.interrupted(); // an interrupt meant for this input is not the next one's
            }
        }
    }

    /**
     * Whether the old generation is still more than {@link #NEARLY_FULL} in use after its last collection;
     * false where the JVM has no such pool to tell.
     */
    static boolean heapNearlyFull() {
        for (MemoryPoolMXBean p : Old.POOLS) {
            MemoryUsage u = p.getCollectionUsage();
            long max = u == null ? -1 : u.getMax() > 0 ? u.getMax() : Runtime.getRuntime().maxMemory();
            if (u != null && u.getUsed() > NEARLY_FULL * max) {
                return true;
            }
        }
        return false;
    }

    /** How long the collectors have stopped every thread since the JVM started (0 where it cannot tell). */
    static long pausedNanos() {
        long millis = 0;
        for (GarbageCollectorMXBean c : Pausing.COLLECTORS) {
            millis += Math.max(0, c.getCollectionTime());
        }
        return TimeUnit.MILLISECONDS.toNanos(millis);
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
