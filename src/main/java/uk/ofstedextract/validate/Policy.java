package uk.ofstedextract.validate;

/**
 * When a run fails: a file fails when it has an issue of severity {@code failOn} or worse; the run
 * fails when any file fails, or, with {@code maxFailureRate}, when the share of failing files
 * exceeds it; and when the corpus has fewer than {@code minFiles} files (rule
 * {@code corpus-min-files}). Validated on construction.
 */
public record Policy(Severity failOn, Integer minFiles, Double maxFailureRate) {
    public static final Policy DEFAULT = new Policy(Severity.ERROR, null, null);

    public Policy {
        if (failOn == null || failOn == Severity.INFO) {
            throw new IllegalArgumentException("fail-on must be error or warning");
        }
        if (minFiles != null && minFiles < 0) {
            throw new IllegalArgumentException("min-files must be 0 or more, not " + minFiles);
        }
        if (maxFailureRate != null && !(maxFailureRate >= 0 && maxFailureRate <= 1)) {
            throw new IllegalArgumentException("max-failure-rate must be between 0 and 1, not " + maxFailureRate);
        }
    }
}
