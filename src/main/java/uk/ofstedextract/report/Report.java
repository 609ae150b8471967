package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/** Everything extracted from one report, in the shape of the output contract {@code ofsted-extract/1}. */
@JsonPropertyOrder({"schema", "tool", "reportId", "file", "sha256", "type", "framework", "title", "provider", "published",
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

    /** Length of the SHA-256 prefix in {@link #reportId()}: 64 bits. */
    public static final int REPORT_ID_HEX_DIGITS = 16;

    /**
     * The report's identifier: {@code r-} and the first 16 hex digits of the SHA-256 of the input
     * bytes. It depends on the content alone, not on the file's name or folder, so it is the same in
     * every run and on every machine; identical files (copies) share it, and the same report as a PDF
     * and as text has two. The prefix keeps spreadsheets and CSV readers from taking it for a number.
     * Null only when {@link #sha256()} is.
     */
    @JsonProperty("reportId")
    public String reportId() {
        return reportId(sha256);
    }

    /** The identifier {@link #reportId()} gives a report whose input has this SHA-256 (hex). */
    public static String reportId(String sha256) {
        return sha256 == null ? null : "r-" + sha256.substring(0, Math.min(REPORT_ID_HEX_DIGITS, sha256.length()));
    }
}
