package uk.ofstedextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;

/**
 * An ungraded inspection of a good or outstanding further education provider under the EIF (2019–25): the
 * EIF report's sections after an "Outcome" that says the provider continues to be good (or outstanding), no
 * judgement table. Typed {@code further-education} / {@code ungraded} with or without the "Further education
 * and skills inspection report" banner; nothing graded (the outcome and the safeguarding statement are
 * statements); the outcome is no finding, the paragraphs after the safeguarding statement are keyed
 * {@code safeguarding} (docs/schools-eif.md).
 */
class FurtherEducationUngradedTest {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();

    private static final List<String> BODY = List.of("Inspection of Harbour Skills Limited",
            "Inspection dates: 5 and 6 June 2024", "", "Outcome",
            "Harbour Skills Limited continues to be a good provider.", "", "Information about this provider",
            "Harbour Skills Limited is an independent learning provider in Hull. It trains 240 apprentices.", "",
            "What is it like to be a learner with this provider?",
            "Apprentices enjoy their training and apply what they learn at work.", "",
            "What does the provider do well and what does it need to do better?",
            "Leaders have planned a curriculum with employers in the port.", "", "Safeguarding",
            "The arrangements for safeguarding are effective.", "",
            "Apprentices know how to report a concern.", "", "What does the provider need to do to improve?",
            "Leaders should make sure that tutors check apprentices' written English.", "", "Provider details",
            "Unique reference number        1278456", "Provider type        Independent learning provider", "");

    private static Report extract(boolean banner) {
        String text = (banner ? "Further education and skills inspection report\n\n" : "") + String.join("\n", BODY);
        return EXTRACTOR.extract("ungraded.txt", text);
    }

    @Test
    void typedUngradedWithOrWithoutTheBanner() {
        for (boolean banner : new boolean[] {true, false}) {
            Report r = extract(banner);
            assertEquals("further-education", r.type(), "banner " + banner);
            assertEquals("ungraded", r.framework(), "banner " + banner);
            assertTrue(r.grades().isEmpty(), () -> "no grades: " + r.grades());
            assertEquals("1278456", r.provider().urnValue());
        }
    }

    @Test
    void theOutcomeIsNoFindingAndTheSectionsAreRead() {
        List<Finding> f = extract(false).findings();
        assertEquals(List.of("narrative", "narrative", "narrative", "development"),
                f.stream().map(Finding::category).toList());
        assertEquals("safeguarding", f.get(2).judgement());
        assertTrue(f.stream().noneMatch(x -> x.text().contains("continues to be")), "the outcome is no finding");
    }
}
