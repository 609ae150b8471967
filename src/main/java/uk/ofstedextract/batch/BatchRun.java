package uk.ofstedextract.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
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
 * One extraction run over a stream of inputs: reads and extracts each input on the worker threads,
 * then, on the calling thread and in input order, writes its report, reports its error, and records it
 * in the manifest and the progress bar. Diagnostics are printed in input order too, so stderr is the
 * same for any number of jobs. Where reports go ({@link Sink}) and how progress is shown
 * ({@link Progress}) are the caller's.
 */
public final class BatchRun {
    /** Why a run stopped when its output's reader went away (a closed pipe). */
    public static final String BROKEN_PIPE = "write error (the reader closed the pipe)";

    /** Where the extracted reports go, one at a time, in input order, on the calling thread. */
    @FunctionalInterface
    public interface Sink {
        void accept(Report r) throws IOException;

        /** True when the output can no longer be written (standard output closed): the run stops. */
        default boolean broken() {
            return false;
        }
    }

    /** Told of each input when it is done; cleared before anything is printed on stderr. */
    public interface Progress {
        void step(boolean ok);

        void clear();
    }

    /** What became of one input; {@code error} is null when {@code report} was extracted. */
    record Outcome(Input input, Report report, String sha256, Long bytes, String error, Throwable cause,
                   List<String> explain) {
    }

    /**
     * How the run ended: {@code complete} when every input was handed over; {@code dataError} or
     * {@code manifestError} when that output could not be written (the run then stopped).
     */
    public record Result(long inputs, List<Failure> failures, boolean complete, Map<String, Object> counts,
                  String dataError, String manifestError) {
    }

    private final Extractor extractor;
    private final InputStream stdin;
    private final long maxBytes;
    private final boolean explain;
    private final boolean debug;
    private final PrintWriter err;
    private final Duration budget;

    public BatchRun(Extractor extractor, InputStream stdin, long maxBytes, Duration budget, boolean explain, boolean debug,
             PrintWriter err) {
        this.budget = budget;
        this.extractor = extractor;
        this.stdin = stdin;
        this.maxBytes = maxBytes;
        this.explain = explain;
        this.debug = debug;
        this.err = err;
    }

    /** Reads and extracts one input; runs on a worker thread and never throws for a bad input. */
    Outcome process(Input in) {
        byte[] bytes;
        try {
            bytes = Inputs.read(in, stdin, maxBytes);
        } catch (Inputs.InputError e) {
            return new Outcome(in, null, null, null, e.getMessage(), null, null);
        } catch (OutOfMemoryError e) {
            return new Outcome(in, null, null, null, Inputs.outOfMemory(sizeOrZero(in)), e, null);
        }

        String sha = null;
        try {
            Extractor.Extraction x = extractor.extraction(in.name(), bytes);
            Report report = x.report();
            List<String> lines = explain ? Extractor.explain(x.layout()) : null;
            return new Outcome(in, report, report.sha256(), (long) bytes.length, null, null, lines);
        } catch (InputException e) {
            sha = Extractor.sha256(bytes);
            return new Outcome(in, null, sha, (long) bytes.length, e.getMessage(), null, null);
        } catch (RuntimeException | StackOverflowError e) {
            sha = Extractor.sha256(bytes);
            return new Outcome(in, null, sha, (long) bytes.length, "cannot process: " + e, e, null);
        } catch (OutOfMemoryError e) {
            // what this input allocated is garbage now: the run goes on with the next one
            return new Outcome(in, null, Extractor.sha256(bytes), (long) bytes.length, Inputs.outOfMemory(bytes.length), e, null);
        }
    }

    /** What a worker gives for an input it went over the budget on. */
    Outcome timedOut(Input in, OrderedParallel.Limit limit) {
        String why = limit == OrderedParallel.Limit.CPU ? "timed out after " + seconds(budget) + " s of CPU time ("
                : "timed out after " + seconds(budget.multipliedBy(OrderedParallel.WALL_FACTOR)) + " s of wall time, "
                        + OrderedParallel.WALL_FACTOR + " times the CPU budget (blocked or waiting for a processor; ";
        return new Outcome(in, null, null, null, why + "see --timeout-per-file)", null, null);
    }

    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    /**
     * Processes every input on {@code jobs} threads and writes the reports to {@code sink}. Stops at
     * the first failure with {@code failFast}, and when the output cannot be written. The sink and
     * manifest are not finished here.
     */
    public Result run(Iterator<Input> inputs, int jobs, boolean failFast, Sink sink, Manifest manifest,
                      Progress progress) throws InterruptedException {
        List<Failure> failures = new ArrayList<>();
        long[] n = new long[4]; // inputs, findings, sentences, grades
        String[] dataError = {null};
        String manifestError = null;
        boolean complete;
        try (OrderedParallel<Input, Outcome> pool = new OrderedParallel<>(jobs, OrderedParallel.defaultWindow(jobs),
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
                    failures.add(new Failure(o.input().name(), o.error()));
                } else {
                    try {
                        sink.accept(o.report());
                    } catch (IOException e) {
                        dataError[0] = e.getMessage();
                        return false;
                    }
                    n[1] += o.report().findings().size();
                    for (Finding f : o.report().findings()) {
                        n[2] += f.sentences().size();
                    }
                    n[3] += o.report().grades().size();
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
