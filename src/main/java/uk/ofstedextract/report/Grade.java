package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One judgement and its grade: keys from the contract, labels as the report writes them. */
@JsonPropertyOrder({"judgement", "label", "grade", "gradeLabel"})
public record Grade(String judgement, String label, String grade, String gradeLabel) {
}
