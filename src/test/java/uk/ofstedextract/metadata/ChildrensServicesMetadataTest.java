package uk.ofstedextract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ofstedextract.report.Inspection;
import uk.ofstedextract.report.ReportType;

/** Children's services metadata in layouts written for the test (issue 14: titles, dates, authorities). */
class ChildrensServicesMetadataTest {
    private static final MetadataReader READER = new MetadataReader(LocalAuthorities.load());

    private static Metadata letter(String title, String visitSentence) {
        return READER.read(String.join("\n", "Ofsted", "Piccadilly Gate", "", "12 March 2024", "",
                "Jo Bloggs", "Director of Children's Services", "", "Dear Ms Bloggs", "",
                title, visitSentence, "The inspectors were Her Majesty's Inspectors Ann Roe and Ben Poe.", ""),
                ReportType.ILACS_FOCUSED_VISIT, "focused visit to");
    }

    @Test
    void aFocusedVisitsTitleIsItsTitleNotTheFirstParagraph() {
        Metadata m = letter("Focused visit to Barsetshire children’s services",
                "This letter summarises the findings of a focused visit to Barsetshire on 6 and 7 February 2024.");
        assertEquals("Focused visit to Barsetshire children’s services", m.title());
    }

    @Test
    void aWrappedTitleIsJoined() {
        Metadata m = READER.read(String.join("\n", "12 March 2024", "", "Dear Ms Bloggs", "",
                "Focused visit to London Borough of Barset local authority children’s", "services",
                "This letter summarises the findings of a focused visit on 6 and 7 February 2024.", ""),
                ReportType.ILACS_FOCUSED_VISIT, "focused visit to");
        assertEquals("Focused visit to London Borough of Barset local authority children’s services", m.title());
    }

    @Test
    void aSingleInspectionTitleOverFiveLinesIsWholeWithoutItsFootnoteMark() {
        Metadata m = READER.read(String.join("\n", "Barsetshire",
                "Inspection of services for children in need of help and",
                "protection, children looked after and care leavers", "and",
                "Review of the effectiveness of the Local Safeguarding Children", "Board1",
                "Inspection date: 12 October 2015 – 5 November 2015", "Report published: 5 January 2016", ""),
                ReportType.SIF, "inspection of services for children in need of help and protection");
        assertEquals("Inspection of services for children in need of help and protection, children looked after and "
                + "care leavers and Review of the effectiveness of the Local Safeguarding Children Board", m.title());
    }

    @Test
    void anInspectionInTwoPhasesEndsOnTheLastDayAndListsThem() {
        Metadata m = READER.read(String.join("\n", "Inspection of Barsetshire local authority children’s services",
                "Inspection dates: 2 to 13 October 2024 and 13 to 16 January 2025",
                "Lead inspector: Ann Roe, His Majesty’s Inspector", ""), ReportType.ILACS, "inspection of");
        Inspection i = m.inspection();
        assertEquals(LocalDate.of(2024, 10, 2), i.start());
        assertEquals(LocalDate.of(2025, 1, 16), i.end());
        assertEquals(List.of(new Inspection.Phase(LocalDate.of(2024, 10, 2), LocalDate.of(2024, 10, 13)),
                new Inspection.Phase(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 16))), i.phases());
    }

    @Test
    void aSingleRangeHasNoPhases() {
        Metadata m = READER.read(String.join("\n", "Inspection of Barsetshire local authority children’s services",
                "Inspection dates: 2 to 13 October 2024", ""), ReportType.ILACS, "inspection of");
        assertEquals(LocalDate.of(2024, 10, 13), m.inspection().end());
        assertTrue(m.inspection().phases().isEmpty());
    }

    @Test
    void numericDates() {
        Metadata m = READER.read(String.join("\n", "Barset County Council",
                "Inspection of services for children in need of help and protection, children looked after and care leavers",
                "Inspection date: 3/02/2015 – 26/02/2015", "Report published: 10/04/2015", ""),
                ReportType.SIF, "inspection of services for children in need");
        assertEquals(LocalDate.of(2015, 2, 3), m.inspection().start());
        assertEquals(LocalDate.of(2015, 2, 26), m.inspection().end());
        assertEquals(LocalDate.of(2015, 4, 10), m.published());
    }

    @Test
    void aLettersDateWithAFiveDigitYearIsReportedNotGuessed() {
        Metadata m = READER.read(String.join("\n", "12 March 20244", "", "Dear Ms Bloggs", "",
                "Focused visit to Barsetshire children’s services",
                "This letter summarises the findings of a focused visit to Barsetshire on 6 and 7 February 2024.", ""),
                ReportType.ILACS_FOCUSED_VISIT, "focused visit to");
        assertNull(m.published());
        assertEquals(1, m.notes().size());
        assertTrue(m.notes().get(0).contains("12 March 20244"), m.notes().get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the City of London Corporation|201",
        "City of London|201",
        "Council of the Isles of Scilly|420",
        "Isles of Scilly|420",
        "Reading Borough Council|870",
        "the London Borough of Barnet|302",
        "Royal Borough of Greenwich|203",
        "City of Bristol|801",
        "Nottinghamshire County Council|891",
        "Herefordshire Council|884"})
    void everyAuthorityResolvesHoweverItIsWritten(String name, String code) {
        assertEquals(code, LocalAuthorities.load().find(name, LocalDate.of(2024, 1, 1)).orElseThrow().laCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bedfordshire|2003-03-10|820",
        "Bedfordshire County Council|2009-03-31|820",
        "Cheshire|2006-11-20|875",
        "Central Bedfordshire|2003-03-10|823",
        "Cheshire West and Chester|2006-11-20|896",
        "Bedford Borough Council|2003-03-10|822",
        "Central Bedfordshire|2015-05-01|823",
        "Cheshire East Council|2015-05-01|895"})
    void theCountiesAbolishedIn2009KeepTheirCodesBeforeAprilOfThatYear(String name, String date, String code) {
        assertEquals(code, LocalAuthorities.load().find(name, LocalDate.parse(date)).orElseThrow().laCode());
    }

    @Test
    void aLaterReportNamingOnlyAnAbolishedCountyGetsNoCode() {
        // Bedfordshire and Cheshire each split in two on 1 April 2009: the bare county name names neither successor.
        assertEquals(Optional.empty(), LocalAuthorities.load().find("Bedfordshire", LocalDate.of(2009, 4, 1)));
        assertEquals(Optional.empty(), LocalAuthorities.load().find("Cheshire County Council", LocalDate.of(2012, 1, 9)));
    }

    @Test
    void lookedAfterChildrenServicesBeforeTheName() {
        Metadata m = READER.read(String.join("\n", "Inspection of looked after children", "services",
                "Barsetshire County Council", "", "Inspection dates:", "", "24 – 28 June 2013", ""),
                ReportType.LOOKED_AFTER_CHILDREN, "inspection of looked after children");
        assertEquals("Barsetshire County Council", m.provider().name());
    }

    /** Issue 14 point 8 (audit caveat): the same title on one line, without "Inspection of". */
    @Test
    void lookedAfterChildrenServicesBeforeTheNameOnOneLine() {
        Metadata m = READER.read(String.join("\n", "Looked after children services Barsetshire County Council", "",
                "Inspection dates:", "", "24 – 28 June 2013", ""),
                ReportType.LOOKED_AFTER_CHILDREN, "looked after children services");
        assertEquals("Barsetshire County Council", m.provider().name());
        Metadata notts = READER.read(String.join("\n", "Looked after children services Nottinghamshire County Council",
                "", "Inspection dates:", "", "24 – 28 June 2013", ""),
                ReportType.LOOKED_AFTER_CHILDREN, "looked after children services");
        assertEquals("891", notts.provider().laCode());
    }

    @Test
    void anAuthorityIsNeverTakenFromBodyWords() {
        Metadata m = READER.read(String.join("\n", "Inspection of Barset Grammar School", "",
                "Pupils make good progress in reading, writing and mathematics. Reading is taught well.",
                "Reading books are matched to the sounds pupils know.", ""), ReportType.UNKNOWN, null);
        assertNull(m.provider().laCode());
        Metadata named = READER.read(String.join("\n", "Inspection of Barset Grammar School", "",
                "Local authority: Reading", "Pupils read widely.", ""), ReportType.UNKNOWN, null);
        assertEquals("870", named.provider().laCode());
        assertFalse(named.provider().name() != null && named.provider().name().contains("Pupils"));
    }
}
