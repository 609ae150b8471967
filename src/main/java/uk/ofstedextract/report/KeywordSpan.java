package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import uk.ofstedextract.text.Span;

/**
 * A keyword of a finding: its normalised form, the phrase as first written in the finding, the
 * abbreviation the finding defines for it (absent when none), its score and every span of the input
 * where it occurs (abbreviation included), each written as [start, end].
 */
@JsonPropertyOrder({"keyword", "surface", "abbreviation", "score", "spans"})
public record KeywordSpan(String keyword, String surface,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String abbreviation, double score,
                          List<Span> spans) {
    public KeywordSpan {
        spans = List.copyOf(spans);
    }
}
