package uk.ofstedextract.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code -j/--jobs N}, shared by every command that extracts on worker threads. */
final class JobsOption {
    /** More threads than this would only hold memory: the machine has far fewer processors. */
    static final int MAX = 1024;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Worker threads (default: the number of "
            + "processors). The output is the same for any N.")
    void set(int n) {
        if (n < 1 || n > MAX) {
            throw new ParameterException(spec.commandLine(), "--jobs must be between 1 and " + MAX + ", not " + n);
        }
        jobs = n;
    }

    int get() {
        return jobs;
    }
}
