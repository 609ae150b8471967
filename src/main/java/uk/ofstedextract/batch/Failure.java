package uk.ofstedextract.batch;

/**
 * An input that failed and why, as listed in the summary on stderr (escaped: see {@link Names}) and in
 * the manifest, and what kind of failure it was.
 */
public record Failure(String file, String reason, Kind kind) {
    /** What failed: reading the input, the extractor, or the per-input budget of time or memory. */
    public enum Kind {
        /** The input could not be read or decoded (missing, permission denied, binary, over --max-bytes, a bad PDF). */
        INPUT,
        /** The extractor threw: a bug. */
        INTERNAL,
        /** The input went over --timeout-per-file or the memory the JVM has. */
        BUDGET
    }

    @Override
    public String toString() {
        return Names.forTerminal(file + ": " + reason);
    }
}
