package uk.ofstedextract.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.text.InputException;

/**
 * One run over a stream of inputs: reads each input on the worker threads, under {@code --max-bytes} and the
 * per-input budget, and makes of it what the caller keeps (a {@link Stage}; usually an extraction and what
 * {@link Work} keeps of it: the report, or validate's result), then, on the calling thread and in input order,
 * hands that over, reports the input's error, and records it in the manifest and the progress bar. Diagnostics
 * are printed in input order too, so stderr is the same for any number of jobs. What is made of an input
 * ({@link Stage}, {@link Work}), where it goes ({@link Sink}) and how progress is shown ({@link Progress}) are
 * the caller's.
 *
 * @param <T> what the run keeps of each input
 */
public final class BatchRun<T> {
    /** Why a run stopped when its output's reader went away (a closed pipe). */
    public static final String BROKEN_PIPE = "write error (the reader closed the pipe)";

    /** What the run keeps of one input's extraction; made on the input's worker thread. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(String name, Extractor.Extraction extraction);

        /** The report alone: what extract, summary and evaluate keep. */
        static Work<Report> reports() {
            return ReportsOnly.INSTANCE;
        }
    }

    /**
     * What a worker makes of one input's bytes: an extraction ({@link #BatchRun(Extractor, Work, InputStream,
     * long, Duration, boolean, boolean, PrintWriter) the usual run}), or another reading of the text (the
     * {@code sentences} command). Throws {@link InputException} for an input it cannot read.
     */
    @FunctionalInterface
    public interface Stage<T> {
        Made<T> apply(String name, byte[] bytes) throws InputException;
    }

    /**
     * What a stage made of one input: the value kept, the report when it extracted one (the run's counts come
     * from it), and the lines {@code --explain} prints (or null).
     */
    public record Made<T>(T value, Report report, List<String> explain) {
        public static <T> Made<T> of(T value) {
            return new Made<>(value, null, null);
        }
    }

    /** Where what is kept of each input goes, one at a time, in input order, on the calling thread. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(T value) throws IOException;

        /** True when the output can no longer be written (standard output closed): the run stops. */
        default boolean broken() {
            return false;
        }

        /** An input that failed (already named on stderr), in its place among the values. */
        default void failed(Failure failure) {
        }
    }

    /** Told of each input when it is done; cleared before anything is printed on stderr. */
    public interface Progress {
        void step(boolean ok);

        void clear();
    }

    /** What became of one input; {@code error} is null when {@code report} was extracted. */
    record Outcome<T>(Input input, Report report, T value, String sha256, Long bytes, String error,
                      Failure.Kind kind, Throwable cause, List<String> explain) {
        static <T> Outcome<T> failed(Input input, String sha256, Long bytes, String error, Failure.Kind kind,
                                     Throwable cause) {
            return new Outcome<>(input, null, null, sha256, bytes, error, kind, cause, null);
        }
    }

    /**
     * How the run ended: {@code complete} when every input was handed over; {@code dataError} or
     * {@code manifestError} when that output could not be written (the run then stopped).
     */
    public record Result(long inputs, List<Failure> failures, boolean complete, Map<String, Object> counts,
                  String dataError, String manifestError) {
    }

    private final Stage<T> stage;
    private final InputStream stdin;
    private final long maxBytes;
    private final boolean debug;
    private final PrintWriter err;
    private final Duration budget;

    public BatchRun(Extractor extractor, Work<T> work, InputStream stdin, long maxBytes, Duration budget,
                    boolean explain, boolean debug, PrintWriter err) {
        this((name, bytes) -> {
            Extractor.Extraction x = extractor.extraction(name, bytes);
            return new Made<>(work.apply(name, x), x.report(), explain ? Extractor.explain(x.layout()) : null);
        }, stdin, maxBytes, budget, debug, err);
    }

    /**
     * {@link Work#reports}: a class, not a lambda: the class-data archive did not keep that lambda's class (made in an
     * interface's static method), so every run made it again (docs/startup.md item 18).
     */
    private enum ReportsOnly implements Work<Report> {
        INSTANCE;

        @Override
        public Report apply(String name, Extractor.Extraction extraction) {
            return extraction.report();
        }
    }

    /**
     * Makes now what a run's first worker would make before its first input (the management beans its time budget
     * reads): for a caller with a thread to spare before the run starts, as {@link Extractor#warmUp} is.
     */
    public static void warmUp() {
        OrderedParallel.warmUp();
    }

    /** A run that makes what {@code stage} makes of each input, under the same limits as an extraction. */
    public BatchRun(Stage<T> stage, InputStream stdin, long maxBytes, Duration budget, boolean debug, PrintWriter err) {
        this.stage = stage;
        this.stdin = stdin;
        this.maxBytes = maxBytes;
        this.budget = budget;
        this.debug = debug;
        this.err = err;
    }

    /** Reads one input and makes what the stage makes of it; runs on a worker thread and never throws for a bad input. */
    Outcome<T> process(Input in) {
        byte[] bytes;
        try {
            bytes = Inputs.read(in, stdin, maxBytes);
        } catch (Inputs.InputError e) {
            return Outcome.failed(in, null, null, e.getMessage(), Failure.Kind.INPUT, null);
        } catch (OutOfMemoryError e) {
            return Outcome.failed(in, null, null, Inputs.outOfMemory(sizeOrZero(in)), Failure.Kind.BUDGET, e);
        }
        try {
            Made<T> made = stage.apply(in.name(), bytes);
            Report report = made.report();
            return new Outcome<>(in, report, made.value(), report != null ? report.sha256() : Extractor.sha256(bytes),
                    (long) bytes.length, null, null, null, made.explain());
        } catch (InputException e) {
            return Outcome.failed(in, Extractor.sha256(bytes), (long) bytes.length, e.getMessage(),
                    Failure.Kind.INPUT, null);
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(in, Extractor.sha256(bytes), (long) bytes.length, "cannot process: " + e,
                    Failure.Kind.INTERNAL, e);
        } catch (OutOfMemoryError e) {
            // what this input allocated is garbage now: the run goes on with the next one
            return Outcome.failed(in, Extractor.sha256(bytes), (long) bytes.length, Inputs.outOfMemory(bytes.length),
                    Failure.Kind.BUDGET, e);
        }
    }

    /**
     * What a worker gives for an input it went over the budget on. When the garbage collector's pauses in
     * a heap without room were most of it, the heap is too small for the input (it thrashes), and the
     * message says so.
     */
    Outcome<T> timedOut(Input in, OrderedParallel.Overrun over) {
        String why;
        if (over.limit() == OrderedParallel.Limit.WALL) {
            why = "timed out after " + seconds(budget.multipliedBy(OrderedParallel.WALL_FACTOR)) + " s of wall time, "
                    + OrderedParallel.WALL_FACTOR + " times the CPU budget (blocked or waiting for a processor; ";
        } else if (over.pausedNanos() > over.cpuNanos()) {
            why = "timed out after " + seconds(budget) + " s of CPU time and garbage collection, "
                    + seconds(Duration.ofNanos(over.pausedNanos()).truncatedTo(ChronoUnit.SECONDS))
                    + " s of it collecting: the Java heap of " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MiB is too small for it (give Java more with -Xmx, or lower --jobs; ";
        } else {
            why = "timed out after " + seconds(budget) + " s of CPU time (";
        }
        return Outcome.failed(in, null, null, why + "see --timeout-per-file)", Failure.Kind.BUDGET, null);
    }

    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    /**
     * Processes every input on {@code jobs} threads and writes the reports to {@code sink}. Stops at
     * the first failure with {@code failFast}, and when the output cannot be written. The sink and
     * manifest are not finished here.
     */
    public Result run(Iterator<Input> inputs, int jobs, boolean failFast, Sink<T> sink, Manifest manifest,
                      Progress progress) throws InterruptedException {
        List<Failure> failures = new ArrayList<>();
        long[] n = new long[4]; // inputs, findings, sentences, grades
        String[] dataError = {null};
        String manifestError = null;
        boolean complete;
        try (OrderedParallel<Input, Outcome<T>> pool = new OrderedParallel<>(jobs, OrderedParallel.defaultWindow(jobs),
                this::process, budget, this::timedOut)) {
            complete = pool.run(inputs, o -> {
                n[0]++;
                if (o.explain() != null) {
                    clear(progress);
                    err.println("== " + Names.forTerminal(o.input().name()));
                    o.explain().forEach(err::println);
                }
                if (o.error() != null) {
                    clear(progress);
                    err.println("ofsted-extract: " + Names.forTerminal(o.input().name() + ": " + o.error()));
                    if (debug && o.cause() != null) {
                        o.cause().printStackTrace(err);
                    }
                    Failure failure = new Failure(o.input().name(), o.error(), o.kind());
                    failures.add(failure);
                    sink.failed(failure);
                } else {
                    try {
                        sink.accept(o.value());
                    } catch (IOException e) {
                        dataError[0] = e.getMessage();
                        return false;
                    }
                    if (o.report() != null) {
                        n[1] += o.report().findings().size();
                        for (Finding f : o.report().findings()) {
                            n[2] += f.sentences().size();
                        }
                        n[3] += o.report().grades().size();
                    }
                }
                if (manifest != null) {
                    manifest.input(o.input().name(), o.sha256(), o.bytes(), o.error());
                }
                if (progress != null) {
                    progress.step(o.error() == null);
                }
                if (sink.broken()) {
                    dataError[0] = BROKEN_PIPE;
                    return false;
                }
                return !(failFast && o.error() != null);
            });
        } catch (IOException e) {
            // the consumer catches the data output's errors; what reaches here is the manifest's
            manifestError = e.getMessage();
            complete = false;
        }
        return new Result(n[0], failures, complete && dataError[0] == null,
                counts(n[0], failures.size(), n[1], n[2], n[3]), dataError[0], manifestError);
    }

    private static Map<String, Object> counts(long inputs, long failed, long findings, long sentences, long grades) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inputs", inputs);
        m.put("reports", inputs - failed);
        m.put("failed", failed);
        m.put("findings", findings);
        m.put("sentences", sentences);
        m.put("grades", grades);
        return m;
    }

    private static void clear(Progress progress) {
        if (progress != null) {
            progress.clear();
        }
    }

    private static long sizeOrZero(Input in) {
        try {
            return in.path() == null ? 0 : java.nio.file.Files.size(in.path());
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }
}
