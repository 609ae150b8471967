package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Why a theme was assigned: the codebook term that matched, and where. */
@JsonPropertyOrder({"theme", "term", "start", "end"})
public record ThemeEvidence(String theme, String term, int start, int end) {
}
