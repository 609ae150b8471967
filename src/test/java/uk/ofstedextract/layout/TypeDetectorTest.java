package uk.ofstedextract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.report.ReportType;

/** The type comes from the first page's title; never guessed. */
class TypeDetectorTest {
    private final TypeDetector d = new TypeDetector();

    @Test
    void titlesOfEachFamily() {
        assertEquals(ReportType.AREA_SEND, d.detect("Area SEND inspection of Barsetshire Local Area Partnership").type());
        assertEquals(ReportType.JTAI, d.detect("Joint targeted area inspection of Barsetshire").type());
        assertEquals(ReportType.ILACS_MONITORING_VISIT, d.detect("Monitoring visit to Barsetshire children's services")
                .type(), "the earliest title wins: 'monitoring visit to' comes before 'children's services'");
        assertEquals(ReportType.CRA_LETTER, d.detect("Dear Ms Smith\nAnnual unannounced inspection of contact, "
                + "referral and assessment arrangements within Barsetshire").type());
        assertEquals(ReportType.SLAC, d.detect("Inspection of safeguarding and looked after children services\n"
                + "Barsetshire").type());
    }

    /** Issue 14 point 8 (audit caveat): a 2012-13 title printed on one line without "Inspection of". */
    @Test
    void aTitleOpeningWithTheLookedAfterChildrenServiceItself() {
        assertEquals(ReportType.LOOKED_AFTER_CHILDREN,
                d.detect("Looked after children services Barsetshire County Council\n\nInspection dates:").type());
        assertEquals(ReportType.SLAC, d.detect(
                "Safeguarding and looked after children services Barsetshire County Council\nInspection dates:").type());
        // the phrase in a sentence of the first page is not a title
        assertEquals(ReportType.UNKNOWN, d.detect("Inspection report: Barset Primary School\n"
                + "Looked after children services in Barsetshire support pupils well.").type());
    }

    @Test
    void titlesBeyondTheFirstPageDoNotCount() {
        String body = "Some words of a report that is not about children. ".repeat(60);
        assertEquals(ReportType.UNKNOWN, d.detect(body + "Inspection of Barsetshire children's services").type());
    }

    @Test
    void unknownSaysWhy() {
        TypeDetector.Detection u = d.detect("Inspection report: Barset Primary School\nUnique reference number 123456");
        assertEquals(ReportType.UNKNOWN, u.type());
        assertNull(u.evidence());
        assertTrue(u.reason().contains("names no known kind"), u.reason());
    }

    @Test
    void candidatesListEveryTitleFound() {
        assertEquals(List.of(ReportType.LSCB_REVIEW, ReportType.ILACS), d.candidates(
                "Review of the effectiveness of the local safeguarding children board\n"
                        + "Inspection of Barsetshire children's services"));
    }
}
