package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A sentence of a finding, with its span in the decoded input. */
@JsonPropertyOrder({"text", "start", "end"})
public record Sentence(String text, int start, int end) {
}
