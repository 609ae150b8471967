package uk.ofstedextract.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.text.Fold;
import uk.ofstedextract.text.InputException;

/**
 * Checks report files against the {@link Rule}s: {@link #check} extracts and checks one file (or
 * checks an extraction already made), {@link #unreadable} records a file that could not be read,
 * {@link #extractionFailed} one the extractor failed on, and {@link #finish} adds the rules
 * that compare files (duplicates) and the corpus's size, and applies the {@link Policy}. Thread-safe
 * like the {@link Extractor}: files may be checked in parallel; {@code finish} sees them in the
 * order given.
 */
public final class Validator {
    private final Extractor extractor;
    private final RuleConfig config;

    public Validator(Extractor extractor, RuleConfig config) {
        this.extractor = extractor;
        this.config = config;
    }

    /** The standard extractor. */
    public static Validator standard(RuleConfig config) {
        return new Validator(Extractor.standard(), config);
    }

    public RuleConfig config() {
        return config;
    }

    /** Extracts one file and checks it against the per-file rules. */
    public FileResult check(String file, byte[] bytes) {
        Extractor.Extraction x;
        try {
            x = extractor.extraction(file, bytes); // PDFs too, read as extraction reads them
        } catch (InputException e) {
            return unreadable(file, e.getMessage());
        } catch (RuntimeException e) {
            return extractionFailed(file, "the extractor failed: " + e);
        }
        return check(file, x);
    }

    /**
     * Checks one file's extraction (made by this validator's extractor, or one configured the same way)
     * against the per-file rules: what a batch run of {@code validate} does with each input.
     */
    public FileResult check(String file, Extractor.Extraction x) {
        Report report = x.report();
        Hits hits = new Hits(config, new LineIndex(x.text()));
        Subject s = Subject.of(file, x);
        MetadataCheck.check(s, hits);
        SectionCheck.check(s, hits);
        GradeCheck.check(s, hits);
        NumberingCheck.check(s, hits);
        CoverageCheck.check(s, hits);
        TextCheck.check(s, hits);
        String provider = report.provider().laCode() != null ? "la:" + report.provider().laCode()
                : report.provider().name() == null ? null
                : "name:" + Fold.spaces(Fold.forMatching(report.provider().name()));
        return new FileResult(file, report.type(), report.sha256(), provider, report.inspection().start(),
                report.inspection().end(), hits.issues());
    }

    /** A file that could not be read: an error of rule {@code unreadable}. */
    public FileResult unreadable(String file, String reason) {
        Hits hits = new Hits(config, new LineIndex(""));
        hits.file(Rule.UNREADABLE, reason);
        return new FileResult(file, null, null, null, null, null, hits.issues());
    }

    /** A file the extractor failed on, or gave up (over the per-file budget): an error of rule {@code extraction-failed}. */
    public FileResult extractionFailed(String file, String reason) {
        Hits hits = new Hits(config, new LineIndex(""));
        hits.file(Rule.EXTRACTION_FAILED, reason);
        return new FileResult(file, null, null, null, null, null, hits.issues());
    }

    /** Adds the duplicate rules and the corpus rules to the files' results, under a policy. */
    public Validation finish(List<FileResult> files, Policy policy) {
        Map<String, String> bySha = new HashMap<>();
        Map<String, String> byInspection = new HashMap<>();
        Map<Integer, List<Issue>> extra = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            FileResult f = files.get(i);
            List<Issue> more = new ArrayList<>();
            if (f.sha256() != null) {
                String first = bySha.putIfAbsent(f.sha256(), f.file());
                if (first != null) {
                    String sha = f.sha256().substring(0, Math.min(12, f.sha256().length()));
                    issue(Rule.DUPLICATE_FILE, "the same bytes as " + first + " (SHA-256 " + sha + "…)")
                            .ifPresent(more::add);
                } else if (f.provider() != null && f.inspectionStart() != null && f.inspectionEnd() != null) {
                    String key = f.type() + "|" + f.provider() + "|" + f.inspectionStart() + "|" + f.inspectionEnd();
                    String same = byInspection.putIfAbsent(key, f.file());
                    if (same != null) {
                        issue(Rule.DUPLICATE_INSPECTION, "the same " + f.type() + " inspection as " + same + " ("
                                + f.provider().replaceFirst("^(la|name):", "") + ", " + f.inspectionStart() + " to "
                                + f.inspectionEnd() + ")").ifPresent(more::add);
                    }
                }
            }
            extra.put(i, more);
        }
        List<FileResult> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            List<Issue> more = extra.get(i);
            out.add(more.isEmpty() ? files.get(i) : files.get(i).withIssues(more));
        }
        List<Issue> corpus = new ArrayList<>();
        if (policy.minFiles() != null && files.size() < policy.minFiles()) {
            config.severity(Rule.CORPUS_MIN_FILES).ifPresent(sev -> corpus.add(new Issue(Rule.CORPUS_MIN_FILES, sev,
                    files.size() + " report file" + (files.size() == 1 ? "" : "s") + ", fewer than the minimum of "
                            + policy.minFiles(), 0, 0, null)));
        }
        return new Validation(Extractor.toolName(), config, policy, out, corpus);
    }

    private Optional<Issue> issue(Rule rule, String message) {
        return config.severity(rule).map(sev -> new Issue(rule, sev, message, 1, 1, null));
    }
}
