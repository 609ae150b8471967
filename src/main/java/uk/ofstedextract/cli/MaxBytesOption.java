package uk.ofstedextract.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --max-bytes N}, shared by every command that reads reports. */
final class MaxBytesOption {
    /** The most one input may be: the largest array Java can allocate. */
    static final long LIMIT = Integer.MAX_VALUE - 8;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private long maxBytes = 33_554_432L;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "33554432",
            description = "Refuse inputs larger than N bytes (default 32 MiB; 1 to " + LIMIT + ").")
    void set(long n) {
        if (n < 1 || n > LIMIT) {
            throw new ParameterException(spec.commandLine(), "--max-bytes must be between 1 and " + LIMIT
                    + " (what one Java array holds), not " + n);
        }
        maxBytes = n;
    }

    long get() {
        return maxBytes;
    }
}
