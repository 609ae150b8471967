package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** Everything extracted from one report, in the shape of the output contract {@code ofsted-extract/1}. */
@JsonPropertyOrder({"schema", "tool", "file", "sha256", "type", "framework", "title", "provider", "published",
    "inspection", "inspectors", "grades", "findings", "keywords", "codebook", "warnings"})
public record Report(String schema, String tool, String file, String sha256, String type, String framework,
                     String title, Provider provider, LocalDate published, Inspection inspection,
                     List<String> inspectors, List<Grade> grades, List<Finding> findings, List<String> keywords,
                     String codebook, List<Warning> warnings) {
    public static final String SCHEMA = "ofsted-extract/1";

    public Report {
        inspectors = List.copyOf(inspectors);
        grades = List.copyOf(grades);
        findings = List.copyOf(findings);
        keywords = List.copyOf(keywords);
        warnings = List.copyOf(warnings);
    }
}
