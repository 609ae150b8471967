package uk.ofstedextract.cli;

/** The exit codes of the contract. Only {@link Main#main} passes them to {@code System.exit}. */
public final class ExitCode {
    /** Every input processed and written. */
    public static final int OK = 0;
    /** Some inputs failed (extraction), or rule failures at or above --fail-on (validate). */
    public static final int INPUT_FAILED = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** The output could not be written. */
    public static final int OUTPUT_FAILED = 3;

    private ExitCode() {
    }
}
