package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import uk.ofstedextract.text.Span;

/** A sentence of a finding, with its span in the decoded input (written as "start" and "end"). */
@JsonPropertyOrder({"text", "span"})
public record Sentence(String text, @JsonUnwrapped Span span) {
}
