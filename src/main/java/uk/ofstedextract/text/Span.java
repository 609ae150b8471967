package uk.ofstedextract.text;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A half-open range [start, end) of a text: the one type for every offset the tool reports or passes
 * between stages. On its own it is written as {@code [start, end]} (a keyword's spans); a record that
 * unwraps it ({@code @JsonUnwrapped}: a finding, a sentence, theme evidence) writes {@code "start"} and
 * {@code "end"} fields. Not checked on construction: a span mapped back through a re-ordered alignment
 * (two text columns) is reported as it maps, not refused.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"start", "end"})
public record Span(int start, int end) {

    /** This span moved {@code by} characters on: from a part of a text into the whole. */
    public Span shift(int by) {
        return new Span(start + by, end + by);
    }

    /** The characters of {@code text} this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
