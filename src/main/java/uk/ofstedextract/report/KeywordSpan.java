package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A keyword of a finding with its score and every span [start, end] of the input where it occurs. */
@JsonPropertyOrder({"keyword", "score", "spans"})
public record KeywordSpan(String keyword, double score, List<List<Integer>> spans) {
    public KeywordSpan {
        spans = spans.stream().map(List::copyOf).toList();
    }
}
