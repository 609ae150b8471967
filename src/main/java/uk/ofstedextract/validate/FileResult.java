package uk.ofstedextract.validate;

import java.time.LocalDate;
import java.util.List;

/**
 * What validation found in one file: its report type (null when unreadable), SHA-256 (null when
 * unreadable), and what identifies the inspection for the duplicate rules (provider key: the LA
 * code, else the provider's name folded; inspection dates), and its issues in order of position.
 */
public record FileResult(String file, String type, String sha256, String provider, LocalDate inspectionStart,
                         LocalDate inspectionEnd, List<Issue> issues) {
    public FileResult {
        issues = List.copyOf(issues);
    }

    public long count(Severity s) {
        return issues.stream().filter(i -> i.severity() == s).count();
    }

    /** True if any issue is of severity {@code s} or worse. */
    public boolean hasAtLeast(Severity s) {
        return issues.stream().anyMatch(i -> i.severity().atLeast(s));
    }

    FileResult withIssues(List<Issue> more) {
        List<Issue> all = new java.util.ArrayList<>(issues);
        all.addAll(more);
        all.sort(Hits.ORDER);
        return new FileResult(file, type, sha256, provider, inspectionStart, inspectionEnd, all);
    }
}
