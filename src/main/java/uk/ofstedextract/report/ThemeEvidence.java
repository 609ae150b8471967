package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import uk.ofstedextract.text.Span;

/** Why a theme was assigned: the codebook term that matched, and where (written as "start" and "end"). */
@JsonPropertyOrder({"theme", "term", "span"})
public record ThemeEvidence(String theme, String term, @JsonUnwrapped Span span) {
}
