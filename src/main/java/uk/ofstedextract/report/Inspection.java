package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/** First and last day of the inspection (ISO dates), either null when the text does not say. */
@JsonPropertyOrder({"start", "end"})
public record Inspection(LocalDate start, LocalDate end) {
    public static final Inspection NONE = new Inspection(null, null);
}
