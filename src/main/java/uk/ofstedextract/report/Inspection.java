package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * First and last day of the inspection (ISO dates), either null when the text does not say. An
 * inspection held in separate phases ("2 to 13 October 2024 and 13 to 16 January 2025") also lists
 * its phases, in order; the field is left out when there is only one.
 */
@JsonPropertyOrder({"start", "end", "phases"})
public record Inspection(LocalDate start, LocalDate end,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Phase> phases) {
    public static final Inspection NONE = new Inspection(null, null);

    public Inspection {
        phases = phases == null || phases.size() < 2 ? List.of() : List.copyOf(phases);
    }

    public Inspection(LocalDate start, LocalDate end) {
        this(start, end, List.of());
    }

    /** One phase of an inspection held in several. */
    @JsonPropertyOrder({"start", "end"})
    public record Phase(LocalDate start, LocalDate end) {
    }
}
