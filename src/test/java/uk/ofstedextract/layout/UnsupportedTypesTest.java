package uk.ofstedextract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.ReportType;
import uk.ofstedextract.report.Warning;

/**
 * Reports the tool does not read: children's homes and early years are typed from their first page
 * and give their metadata only; a report of no known kind likewise, with a warning. Neither ever
 * gets findings, grades or an authority's code guessed from its words. Which families read their
 * provider as a local authority is each profile's {@code provider}.
 */
class UnsupportedTypesTest {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();

    /** A first page shaped like a graded school report, but of a kind no profile knows. */
    static final String UNKNOWN = String.join("\n", "Initial teacher education inspection report", "",
            "Riverside Teacher Training Partnership", "", "Inspection dates: 9 to 11 May 2016", "",
            "Overall effectiveness", "", "Good", "", "2", "",
            "Key findings", "",
            "Trainees teach reading, writing and mathematics well in schools across Reading and Bury.", "",
            "1. The partnership's leaders check the quality of training closely.", "",
            "2. Trainees are well prepared for their first teaching posts.", "");

    @Test
    void anUnknownReportGetsItsMetadataOnly() {
        Report r = EXTRACTOR.extract("ite.txt", UNKNOWN);
        assertEquals("unknown", r.type());
        assertEquals(0, r.findings().size(), "numbered paragraphs of an unknown layout are not guessed at");
        assertEquals(0, r.grades().size(), "nor its grades");
        assertNull(r.provider().laCode(), "'reading, writing and mathematics' and 'Reading' are not Reading's code");
        assertEquals("2016-05-09", String.valueOf(r.inspection().start()));
        // an initial teacher education report: a kind recognised without a type of its own (session 17)
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("unsupported-type")
                && w.message().contains("initial teacher education")), r.warnings().toString());
    }

    @Test
    void childrensHomesAndEarlyYearsAreTypedAndNotRead() {
        Report home = EXTRACTOR.extract("home.txt", String.join("\n", "Willow House", "SC612345",
                "Registered provider: Example Care Limited", "", "Full inspection",
                "Inspected under the social care common inspection framework", "",
                "Information about this children's home", "Willow House provides care for up to four children.", "",
                "Inspection dates: 4 to 5 June 2019", "",
                "Overall experiences and progress of children and young people: good", "",
                "1. Children make good progress at school.", ""));
        assertEquals("children-home", home.type());
        assertEquals("SC612345", home.provider().urnValue());
        assertTrue(home.findings().isEmpty() && home.grades().isEmpty());
        assertTrue(home.warnings().stream().map(Warning::code).anyMatch("unsupported-type"::equals));

        Report ey = EXTRACTOR.extract("ey.txt", String.join("\n", "Inspection of Busy Bees Day Nursery",
                "12 Park Road, Norwich NR2 3XX", "", "Inspection date", "", "3 March 2023", "",
                "Overall effectiveness", "", "Good", "",
                "What is it like to attend this early years setting?", "The provision is good",
                "Children settle quickly and enjoy their play.", ""));
        assertEquals("early-years", ey.type(), "claimed from the page's start although 'Inspection of' opens it");
        assertEquals("Busy Bees Day Nursery", ey.provider().name());
        assertTrue(ey.findings().isEmpty() && ey.grades().isEmpty());
    }

    @Test
    void onlyTheChildrensServicesFamiliesReadTheirProviderAsAnAuthority() {
        Set<ReportType> authorities = Set.of(ReportType.CRA_LETTER, ReportType.SLAC, ReportType.CHILD_PROTECTION,
                ReportType.LOOKED_AFTER_CHILDREN, ReportType.SIF, ReportType.LSCB_REVIEW, ReportType.ILACS,
                ReportType.ILACS_FOCUSED_VISIT, ReportType.ILACS_MONITORING_VISIT, ReportType.JTAI,
                ReportType.AREA_SEND);
        for (ReportProfile p : Profiles.standard().all()) {
            assertEquals(authorities.contains(p.type()), p.provider() == ReportProfile.ProviderKind.LOCAL_AUTHORITY,
                    p.type().key());
            boolean unsupported = p.type() == ReportType.CHILDREN_HOME || p.type() == ReportType.EARLY_YEARS;
            assertEquals(!unsupported && !p.isUnknown(), p.readsBody(), p.type().key());
            assertFalse(unsupported && p.grades().keep(), p.type().key() + " grades nothing");
        }
    }
}
