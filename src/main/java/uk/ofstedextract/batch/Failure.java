package uk.ofstedextract.batch;

/** An input that failed and why, as listed in the summary on stderr (escaped: see {@link Names}) and in the manifest. */
public record Failure(String file, String reason) {
    @Override
    public String toString() {
        return Names.forTerminal(file + ": " + reason);
    }
}
