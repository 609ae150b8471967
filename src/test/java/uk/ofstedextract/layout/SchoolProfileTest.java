package uk.ofstedextract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.metadata.Frameworks;
import uk.ofstedextract.report.Inspection;
import uk.ofstedextract.report.ReportType;

/** The {@code school} profile: titles of every era and the framework from the head or the inspection date. */
class SchoolProfileTest {
    private static final Profiles PROFILES = Profiles.standard();
    private static final ReportProfile SCHOOL = PROFILES.of(ReportType.SCHOOL);
    private static final TypeDetector DETECTOR = new TypeDetector(PROFILES);

    private static String framework(String text, LocalDate start) {
        return Frameworks.of(SCHOOL, new Inspection(start, start), text);
    }

    @Test
    void graded2012To2025ReportsOpenWithSchoolReportAndTheirDates() {
        String cif = "School report\n\nOakmere Junior School\nMill Lane, Oakmere OK1 2AB\n\nInspection dates\n\n"
                + "3–4 May 2017\n\nOverall effectiveness\n\nRequires improvement\n";
        assertEquals(ReportType.SCHOOL, DETECTOR.detect(cif).type());
        String eif = "School report\n\n\n\nInspection of Tollbridge Church of England\nPrimary School\n"
                + "Ferry Road, Tollbridge TB3 9QQ\n\nInspection dates:                  5 and 6 February 2020\n";
        assertEquals(ReportType.SCHOOL, DETECTOR.detect(eif).type());
        assertEquals(ReportType.UNKNOWN, DETECTOR.detect("School report card\n\nInspection of Hill Top Academy\n").type(),
                "a report card is not a graded school report");
    }

    @Test
    void section5And10ReportsAreRecognisedByTheirStatutoryLine() {
        String s5 = "Inspection report\nWestbrook Infant School\nUnique Reference Number\n\n123987\n\nLocal Authority\n\n"
                + "Kirkby\n\nInspection dates\n\n2–3 February 2010\n\n"
                + "This inspection of the school was carried out under section 5 of the Education Act 2005.\n";
        assertEquals(ReportType.SCHOOL, DETECTOR.detect(s5).type());
        String s10 = "INSPECTION REPORT\n\nHOLLINS GREEN PRIMARY SCHOOL\nLEA area: Barset\nUnique reference number: 100200\n"
                + "Dates of inspection: 3rd – 5th March 2003\n"
                + "Inspection carried out under section 10 of the School Inspections Act 1996\n";
        assertEquals(ReportType.SCHOOL, DETECTOR.detect(s10).type());
        assertEquals("s10-full", framework(s10, LocalDate.of(2003, 3, 3)));
        assertEquals("s10-short", framework(s10.replace("Inspection carried", "Short inspection carried"),
                LocalDate.of(2003, 3, 3)));
    }

    @Test
    void theInspectionDateDecidesTheSection5AndLaterFrameworks() {
        String plain = "School report\n\nA School\n";
        assertEquals("s5-2005", framework(plain, LocalDate.of(2007, 6, 12)));
        assertEquals("s5-2009", framework(plain, LocalDate.of(2009, 9, 1)));
        assertEquals("s5-2012", framework(plain, LocalDate.of(2015, 8, 31)));
        assertEquals("cif-2015", framework(plain, LocalDate.of(2015, 9, 1)));
        assertEquals("eif-2019", framework(plain, LocalDate.of(2024, 8, 31)));
        assertEquals("eif-2024", framework(plain, LocalDate.of(2024, 9, 1)));
        assertNull(framework(plain, null), "no date and no telling phrase: no framework");
        assertEquals(java.util.Set.of("overall-effectiveness"), SCHOOL.notGraded(LocalDate.of(2025, 3, 18)));
    }

    @Test
    void aTellingJudgementNameGivesTheFrameworkWhenTheDateIsUnread() {
        assertEquals("s5-2012", framework("This inspection:\n\nGood\n\n2\n\nBehaviour and safety of pupils\n\nGood", null));
        assertEquals("cif-2015", framework("Personal development, behaviour and welfare\n\nGood\n", null));
        assertEquals("s5-2009", framework("Inspect ion grades: 1 is outstanding, 2 is good, 3 is sat isfactory, "
                + "and 4 is inadequate\n", null));
        assertEquals("s5-2005", framework("Key for inspection grades\nGrade 1\tOutstanding\n", null));
    }
}
