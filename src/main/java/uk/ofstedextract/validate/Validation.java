package uk.ofstedextract.validate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of validating a corpus: the configuration and policy used, each file's result,
 * issues of the corpus as a whole, and the summary that decides whether the run passed.
 */
public record Validation(String tool, RuleConfig config, Policy policy, List<FileResult> files,
                         List<Issue> corpusIssues) {
    public Validation {
        files = List.copyOf(files);
        corpusIssues = List.copyOf(corpusIssues);
    }

    /** Files with an issue at or above the policy's {@code failOn}. */
    public long failingFiles() {
        return files.stream().filter(f -> f.hasAtLeast(policy.failOn())).count();
    }

    public long filesWith(Severity s) {
        return files.stream().filter(f -> f.issues().stream().anyMatch(i -> i.severity() == s)).count();
    }

    /** The share of files that fail (0 for an empty corpus). */
    public double failureRate() {
        return files.isEmpty() ? 0.0 : (double) failingFiles() / files.size();
    }

    public long count(Severity s) {
        return files.stream().mapToLong(f -> f.count(s)).sum()
                + corpusIssues.stream().filter(i -> i.severity() == s).count();
    }

    /** Issues per rule, in the rules' order. */
    public Map<Rule, Long> countsByRule() {
        Map<Rule, Long> out = new EnumMap<>(Rule.class);
        files.forEach(f -> f.issues().forEach(i -> out.merge(i.rule(), 1L, Long::sum)));
        corpusIssues.forEach(i -> out.merge(i.rule(), 1L, Long::sum));
        return out;
    }

    /** Whether the corpus issues alone fail the run. */
    public boolean corpusFails() {
        return corpusIssues.stream().anyMatch(i -> i.severity().atLeast(policy.failOn()));
    }

    /** Whether the failing files fail the run (any, or more than {@code maxFailureRate} of them). */
    public boolean filesFail() {
        if (failingFiles() == 0) {
            return false;
        }
        return policy.maxFailureRate() == null || failureRate() > policy.maxFailureRate();
    }

    public boolean passed() {
        return !corpusFails() && !filesFail();
    }
}
