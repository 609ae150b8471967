package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A keyword of a finding with its score and every span of the input where it occurs. */
@JsonPropertyOrder({"keyword", "score", "spans"})
public record KeywordSpan(String keyword, double score, List<int[]> spans) {
    public KeywordSpan {
        spans = List.copyOf(spans);
    }
}
