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

/**
 * The options of every command that extracts many inputs through a batch run (extract, summary,
 * evaluate), declared once: {@code -o/--output}, {@code --glob}, {@code -j/--jobs}, {@code --max-bytes}
 * and {@code --timeout-per-file}, and the run they configure.
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

    /** A batch run of {@code extractor} under these options' size limit and per-file budget. */
    BatchRun run(Extractor extractor, InputStream stdin, boolean explain, boolean debug, PrintWriter err) {
        return new BatchRun(extractor, stdin, maxBytes.get(), timeout.budget(), explain, debug, err);
    }

    /** The inputs that {@code paths} (and {@code listed}) name, folders walked for the {@code --glob} patterns. */
    InputWalker inputs(List<String> paths, Iterator<String> listed) {
        return new InputWalker(paths.iterator(), listed, globs.patterns());
    }

    InputWalker inputs(List<String> paths) {
        return inputs(paths, Collections.emptyIterator());
    }
}
