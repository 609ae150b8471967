package uk.ofstedextract.cli;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --timeout-per-file SECONDS}, shared by every command that extracts inputs through a batch run. */
final class TimeoutOption {
    /** A week: more is no limit at all (use 0). */
    static final double MAX = 604_800;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private double seconds = 300;

    @Option(names = "--timeout-per-file", paramLabel = "SECONDS", defaultValue = "300",
            description = "Give up an input that uses more than this many seconds of CPU time, or ten times as "
                    + "long in wall time (default ${DEFAULT-VALUE} s; 0: no limit); it fails alone, named, and the run "
                    + "goes on.")
    void set(double s) {
        if (!(s >= 0 && s <= MAX)) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "--timeout-per-file must be between 0 (no limit) and %.0f seconds, not %s", MAX, s));
        }
        seconds = s;
    }

    /** The seconds given (0: no limit), as the run manifest records them. */
    double seconds() {
        return seconds;
    }

    /** The time one input may take, or null for no limit. */
    Duration budget() {
        return seconds == 0 ? null : Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }
}
