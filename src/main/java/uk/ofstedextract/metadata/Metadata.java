package uk.ofstedextract.metadata;

import java.time.LocalDate;
import java.util.List;
import uk.ofstedextract.report.Inspection;
import uk.ofstedextract.report.Provider;

/**
 * What the metadata stage reads: title, provider, publication date, inspection dates and inspectors,
 * and notes on what it read but could not trust (reported as warnings, not guessed).
 */
public record Metadata(String title, Provider provider, LocalDate published, Inspection inspection,
                       List<String> inspectors, List<String> notes) {
    public Metadata {
        inspectors = List.copyOf(inspectors);
        notes = List.copyOf(notes);
    }
}
