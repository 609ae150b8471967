package uk.ofstedextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -o/--output FILE}, shared by every command that writes one output, and the writing of it. */
final class OutputOption {
    /** What a command writes to its output. */
    @FunctionalInterface
    interface Body {
        void write(Writer out) throws IOException;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: temporary file, then rename) instead of standard output.")
    Path path;

    /** The output file, or null for standard output. */
    Path path() {
        return path;
    }

    /** How messages name the output. */
    String describe() {
        return path == null ? "standard output" : path.toString();
    }

    /** Opens the output: {@code stdout}, or the file given (written atomically on commit). */
    OutputTarget open(Writer stdout) throws IOException {
        return path == null ? OutputTarget.stdout(stdout) : OutputTarget.file(path);
    }

    /**
     * Writes {@code body} to the output and commits it; returns {@link ExitCode#OK}, or, after naming
     * the output and the error on {@code err}, {@link ExitCode#OUTPUT_FAILED}.
     */
    int write(Writer stdout, PrintWriter err, Body body) {
        try (OutputTarget target = open(stdout)) {
            body.write(target.writer());
            target.commit();
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("ofsted-extract: " + describe() + ": cannot write: " + e.getMessage());
            return ExitCode.OUTPUT_FAILED;
        }
    }
}
