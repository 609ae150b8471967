package uk.ofstedextract.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Mixin;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.batch.BatchRun;
import uk.ofstedextract.batch.InputWalker;
import uk.ofstedextract.report.Report;

/**
 * The options of every command that reads many inputs through a batch run (extract, summary, evaluate,
 * validate, sentences), declared once: {@code -o/--output}, {@code --glob}, {@code -j/--jobs},
 * {@code --max-bytes} and {@code --timeout-per-file}, and the run they configure. The commands that
 * take a list of names ({@link FilesFromOption}) pass it to {@link #inputs}.
 */
final class InputOptions {
    @Mixin
    OutputOption output = new OutputOption();

    @Mixin
    GlobOption globs = new GlobOption();

    @Mixin
    JobsOption jobs = new JobsOption();

    @Mixin
    MaxBytesOption maxBytes = new MaxBytesOption();

    @Mixin
    TimeoutOption timeout = new TimeoutOption();

    /** An extractor as these options configure it: {@code --max-bytes} applies to a PDF's text too. */
    Extractor.Builder extractor() {
        return Extractor.builder().maxTextBytes(maxBytes.get());
    }

    /** A batch run of {@code extractor}, keeping each input's report, under these options' limits. */
    BatchRun<Report> run(Extractor extractor, InputStream stdin, boolean explain, boolean debug, PrintWriter err) {
        return run(extractor, BatchRun.Work.reports(), stdin, explain, debug, err);
    }

    /** A batch run of {@code extractor}, keeping what {@code work} makes of each input, under these options' limits. */
    <T> BatchRun<T> run(Extractor extractor, BatchRun.Work<T> work, InputStream stdin, boolean explain, boolean debug,
                        PrintWriter err) {
        return new BatchRun<>(extractor, work, stdin, maxBytes.get(), timeout.budget(), explain, debug, err);
    }

    /** A batch run making what {@code stage} makes of each input (no extraction), under these options' limits. */
    <T> BatchRun<T> run(BatchRun.Stage<T> stage, InputStream stdin, PrintWriter err) {
        return new BatchRun<>(stage, stdin, maxBytes.get(), timeout.budget(), false, err);
    }

    /** The inputs that {@code paths} and then {@code listed} name, folders walked for the {@code --glob} patterns. */
    InputWalker inputs(List<String> paths, Iterator<String> listed) {
        return new InputWalker(paths.iterator(), listed, globs.patterns());
    }

    InputWalker inputs(List<String> paths) {
        return inputs(paths, Collections.emptyIterator());
    }

    /** Counts what {@link #inputs} walks (a second walk, for a progress bar's total). */
    long count(List<String> paths, Iterator<String> listed) {
        return InputWalker.count(paths.iterator(), listed, globs.patterns());
    }
}
