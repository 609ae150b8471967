package uk.ofstedextract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.report.ReportType;

/**
 * Provider, dates and inspectors of reports about establishments (schools, colleges, homes; and any
 * report of no known kind, read by the same rules), from texts constructed for the test in the
 * layouts Ofsted's templates use: pdftotext's default text (one cell a line) and layout-preserving
 * text (columns padded with spaces). None of these texts is one of the shared reports.
 */
class EstablishmentMetadataTest {
    private final MetadataReader reader = new MetadataReader(LocalAuthorities.load());

    private Metadata read(String... lines) {
        return reader.read(String.join("\n", lines), ReportType.UNKNOWN, null);
    }

    @Test
    void anEifReportInLayoutText() {
        Metadata m = read("School report", "", "", "Inspection of St Cuthbert's Church of England",
                "Junior School", "Mill Lane, Oakhampton, Barsetshire OK4 7TT", "", "",
                "Inspection dates:                         4 and 5 February 2020", "",
                "The quality of education                  Good", "",
                "What is it like to attend this school?", "Pupils are happy here. They read widely.", "",
                "School details", "",
                "Unique reference number                           123987", "",
                "Local authority                                   Shropshire", "",
                "Inspection number                                 10110222", "",
                "Inspection team", "",
                "Harriet Oduya, lead inspector                     Her Majesty's Inspector", "",
                "Tom Pellow                                        Ofsted Inspector", "");
        assertEquals("St Cuthbert's Church of England Junior School", m.provider().name(), "the wrapped title joined");
        assertEquals("123987", m.provider().urnValue());
        assertEquals("893", m.provider().laCode(), "Shropshire, from the details field");
        assertEquals(LocalDate.of(2020, 2, 4), m.inspection().start());
        assertEquals(LocalDate.of(2020, 2, 5), m.inspection().end());
        assertNull(m.published(), "a report, not a letter: no publication date");
        assertEquals(List.of("Harriet Oduya", "Tom Pellow"), m.inspectors());
    }

    @Test
    void inspectionOfAKindOfProvisionIsNoName() {
        // a residential special school's social care report: the school's name, then "Inspection of residential
        // provision" (test7 Quenby Lodge; the name was "residential provision"); a name starts with a capital
        Metadata m = read("Quenby Lodge School", "Inspection of residential provision",
                "Inspected under the social care common inspection framework", "",
                "Information about this residential special school", "",
                "Quenby Lodge School is a non-maintained residential special school.", "",
                "Inspection dates: 19 to 21 October 2021", "");
        assertEquals("Quenby Lodge School", m.provider().name());
        assertEquals("Hill Crest Academy", read("School report", "Inspection of Hill Crest Academy",
                "Inspection dates: 4 and 5 February 2020", "").provider().name(), "a name after the words stays");
    }

    @Test
    void aCifReportInDefaultTextWithLabelsOnTheirOwnLines() {
        Metadata m = read("School report", "", "Hollins Green Community Primary School",
                "Hollins Road, Leigh, Lancashire WN7 2XX", "Inspection dates", "", "13–14 June 2017", "",
                "Overall effectiveness", "", "Requires improvement", "",
                "Pupils read, write and do mathematics well in Reading, Bury and Bolton.", "",
                "Inspection team", "Marcus Ilesanmi, lead inspector", "", "Ofsted Inspector", "",
                "Ruth Ashdown-Clare", "", "Ofsted Inspector", "",
                "Inspection report: Hollins Green Community Primary School, 13–14 June 2017", "", "Page 9 of 11", "",
                "School details", "Unique reference number", "", "131414", "", "Local authority", "",
                "Wigan", "", "Inspection number", "", "10031234", "");
        assertEquals("Hollins Green Community Primary School", m.provider().name(), "the address line is not joined");
        assertEquals("131414", m.provider().urnValue());
        assertEquals("359", m.provider().laCode(), "the details field's Wigan, not the body's Reading, Bury or Bolton");
        assertEquals(LocalDate.of(2017, 6, 13), m.inspection().start());
        assertEquals(List.of("Marcus Ilesanmi", "Ruth Ashdown-Clare"), m.inspectors());
    }

    @Test
    void kernedLabelsOfA2010Report() {
        Metadata m = read("Fairview Nursery School", "Inspection report", "Unique Reference Number", "", "120044", "",
                "Local Author ity", "", "Lincolnshire", "", "Inspect ion number", "", "356112", "",
                "Inspect ion dates", "", "22–23 November 2010", "", "Report ing inspector", "",
                "Priya (Pam) Raghunathan", "");
        assertEquals("Fairview Nursery School", m.provider().name());
        assertEquals("120044", m.provider().urnValue());
        assertEquals("925", m.provider().laCode(), "Lincolnshire under a label a converter spaced");
        assertEquals(LocalDate.of(2010, 11, 22), m.inspection().start());
        assertEquals(LocalDate.of(2010, 11, 23), m.inspection().end());
        assertEquals(List.of("Priya Raghunathan"), m.inspectors(), "the bracketed other name dropped");
    }

    @Test
    void aSection10ReportInCapitals() {
        Metadata m = read("INSPECTION REPORT", "", "HOLY TRINITY CHURCH OF ENGLAND INFANT", "SCHOOL", "Dudley",
                "LEA area: Dudley", "Unique reference number: 103811", "Headteacher: Mrs J Ambrose", "",
                "Reporting inspector: Dr Alan Whitcombe", "21340", "Dates of inspection: 3rd – 5th March 2003", "",
                "INFORMATION ABOUT THE INSPECTION TEAM", "Team members", "", "21340", "", "Alan Whitcombe", "",
                "Registered inspector", "", "9931", "", "Sheila Pardoe", "", "Lay inspector", "",
                "The inspection contractor was:", "Example Inspections Ltd");
        assertEquals("HOLY TRINITY CHURCH OF ENGLAND INFANT SCHOOL", m.provider().name(),
                "the capitals' wrapped line joined, the town after it not");
        assertEquals("103811", m.provider().urnValue());
        assertEquals("332", m.provider().laCode());
        assertEquals(LocalDate.of(2003, 3, 3), m.inspection().start());
        assertEquals(LocalDate.of(2003, 3, 5), m.inspection().end());
        assertEquals(List.of("Alan Whitcombe", "Sheila Pardoe"), m.inspectors(), "title and numbers dropped");
    }

    @Test
    void aMonitoringLetter() {
        Metadata m = read("Tribal", "1-4 Portland Square", "Bristol", "BS2 8RR", "", "T 0300 123 1231", "",
                "7 March 2012", "", "Mr D Okafor", "Headteacher", "Greenbank Primary School", "Greenbank Road",
                "Leeds", "LS9 8QQ", "", "Dear Mr Okafor", "",
                "Notice to improve: monitoring inspection of Greenbank Primary", "School", "",
                "Following my visit to your school on 6 March 2012, I write on behalf of Her Majesty's Chief",
                "Inspector to confirm the inspection findings.", "",
                "I am copying this letter to the Secretary of State, the Chair of the Governing Body and the Director",
                "of Children's Services for Leeds.", "", "Yours sincerely", "", "Rosalind Evans-Pugh",
                "Her Majesty's Inspector", "");
        assertEquals("Greenbank Primary School", m.provider().name(), "from the letter's title, not the letterhead");
        assertNull(m.provider().urnValue(), "the letter gives none");
        assertEquals("383", m.provider().laCode(), "the copy to Leeds' Director of Children's Services");
        assertEquals(LocalDate.of(2012, 3, 7), m.published(), "the letter's date");
        assertEquals(LocalDate.of(2012, 3, 6), m.inspection().start());
        assertEquals(List.of("Rosalind Evans-Pugh"), m.inspectors(), "the signatory");
    }

    @Test
    void anIndependentSchoolWithItsRegistrationNumber() {
        Metadata m = read("Oakfield House School", "12 Church Road, Romford, Essex RM1 3XX", "",
                "Unique reference number (URN): 149001", "", "",
                "Additional inspection report:              3 March 2026", "",
                "School details", "", "DfE registration number      311/6021", "",
                "Lead inspector", "", "Gwen Abara                          His Majesty's Inspector", "");
        assertEquals("Oakfield House School", m.provider().name());
        assertEquals("149001", m.provider().urnValue());
        assertEquals("311", m.provider().laCode(), "Havering, from the registration number, not Essex in the address");
        assertEquals(LocalDate.of(2026, 3, 3), m.inspection().start());
        assertEquals(LocalDate.of(2026, 3, 3), m.inspection().end(), "a report dated by one day");
        assertEquals(List.of("Gwen Abara"), m.inspectors());
    }

    @Test
    void aRegistrationNumberInTheValueColumnBelowItsLabel() {
        // pdftotext's default mode reads a details table's label column before its value column
        Metadata m = read("Kingsley Grammar School", "Material change inspection report", "",
                "School details", "Unique reference number", "DfE registration number", "", "139021", "873/6033", "",
                "Inspection number", "10149987");
        assertEquals("873", m.provider().laCode(), "Cambridgeshire, from the number under the label column");
        Metadata far = read("Kingsley Grammar School", "", "DfE registration number", "", "a", "b", "c", "d", "e",
                "f", "g", "873/6033");
        assertNull(far.provider().laCode(), "a number many lines on is not the label's value");
    }

    @Test
    void aLabelColumnUnderTheTablesHeadingThenItsValueColumn() {
        // CIF 2015-19 in pdftotext's default mode: "School details" printed straight above the first label, so the
        // block of labels is one line longer than the block of values under it
        Metadata m = read("School report", "", "Brampton Moor Primary School", "", "School details",
                "Unique reference number", "Local authority", "Inspection number", "Type of school", "",
                "118406", "Derbyshire", "10031552", "Primary", "", "Age range of pupils", "", "4 to 11");
        assertEquals("118406", m.provider().urn().value());
        assertEquals("830", m.provider().laCode(), "Derbyshire, from the value beside its label");
        // two lines of values under four labels (three under the heading): not the table's columns
        Metadata off = read("School report", "", "Brampton Moor Primary School", "", "School details",
                "Unique reference number", "Local authority", "Inspection number", "", "118406", "Derbyshire", "",
                "Age range of pupils", "", "4 to 11");
        assertNull(off.provider().laCode(), "a value column shorter than the labels under the heading is not paired");
    }

    @Test
    void aDatePrintedInsideTheWrappedLabel() {
        Metadata m = read("Brookside Learning Centre", "4 Vale Road, Kendal, Cumbria LA9 4XX", "",
                "Unique reference number (URN): 150327", "", "Progress monitoring",
                "                                          18 May 2026", "inspection report:", "",
                "Overall outcome                           The school meets all of the independent",
                "                                          school standards that were checked", "");
        assertEquals(LocalDate.of(2026, 5, 18), m.inspection().start());
        assertEquals(LocalDate.of(2026, 5, 18), m.inspection().end());
        assertNull(m.provider().laCode(), "Cumbria in the address is not a field naming the authority");
    }

    @Test
    void aDatePrintedAfterTheLabelColumn() {
        // pdftotext's default mode printing the first page's label column before its values (test15 Ashgrove Manor)
        Metadata m = read("Ashgrove Manor School", "Manor Road, Bramley, Guildford, Surrey, GU5 0DF",
                "Unique reference number (URN): 125371", "Progress monitoring inspection report:", "Overall outcome", "",
                "16 June 2026", "", "The school does not meet all of the independent school",
                "standards that were checked during this inspection", "");
        assertEquals(LocalDate.of(2026, 6, 16), m.inspection().start());
        assertEquals(LocalDate.of(2026, 6, 16), m.inspection().end());
        // only the box's label may come between: other words before a date are not the report's dating
        assertTrue(Establishments.inspection("progress monitoring inspection report:\noverall outcome\n\n16 june 2026\n")
                .isPresent());
        assertTrue(Establishments.inspection("progress monitoring inspection report:\nproprietor\n\n16 june 2026\n")
                .isEmpty());
    }

    @Test
    void aNameOrAddressThatNamesAPlaceGivesNoCode() {
        Metadata m = read("Reading Girls' School", "Northumberland Avenue, Reading, Berkshire RG2 7PY", "",
                "Unique reference number (URN): 110001", "", "Inspection report: 12 January 2026", "",
                "Pupils make strong progress in reading, writing and mathematics.", "");
        assertEquals("Reading Girls' School", m.provider().name());
        assertNull(m.provider().laCode(), "no field names the authority: Reading in the name or address is not one");
    }

    @Test
    void a2007ReportWithLabelsAndValuesOnOneLine() {
        Metadata m = read("Better education and care", "", "Inspection report", "Moorside Infant School", "",
                "Unique Reference Number   112233", "LEA   Cumbria", "Inspection number   301122",
                "Inspection dates   7–8 February 2007", "Reporting inspector   Derek Allsop HMI", "");
        assertEquals("Moorside Infant School", m.provider().name(), "the strapline and generic title skipped");
        assertEquals("112233", m.provider().urnValue());
        assertEquals("909", m.provider().laCode(), "Cumbria, in force in 2007");
        assertEquals(LocalDate.of(2007, 2, 7), m.inspection().start());
        assertEquals(List.of("Derek Allsop"), m.inspectors(), "the title after the name dropped");
    }

    @Test
    void aShortInspectionLetter() {
        Metadata m = read("Ofsted", "Piccadilly Gate", "Manchester", "M1 2WD", "", "24 April 2018", "",
                "Mrs Lydia Hart", "Headteacher", "Kettle Lane Primary School", "Kettle Lane", "Norwich", "NR3 1XX",
                "", "Dear Mrs Hart", "", "", "Short inspection of Kettle Lane Primary School", "",
                "Following my visit to the school on 17 April 2018 with Sam Ridley, Ofsted Inspector, I write on",
                "behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills.", "",
                "I am copying this letter to the chair of the governing body, the regional schools commissioner and",
                "the director of children's services for Norfolk. This letter will be published on the Ofsted website.",
                "", "Yours sincerely", "", "Ruth Gwynne", "Her Majesty's Inspector", "");
        assertEquals("Kettle Lane Primary School", m.provider().name());
        assertEquals("926", m.provider().laCode());
        assertEquals(LocalDate.of(2018, 4, 24), m.published());
        assertEquals(LocalDate.of(2018, 4, 17), m.inspection().start());
        assertEquals(List.of("Ruth Gwynne"), m.inspectors());
    }

    @Test
    void theRunningHeaderNamesTheSchoolWhenTheFirstLinesDoNot() {
        Metadata m = read("School report", "", "1 Station Road, Ashby, Leicestershire LE65 1XX", "",
                "Inspection dates", "", "3–4 October 2018", "", "Inspection report: Ashby Hill Top Primary School, "
                        + "3–4 October 2018", "", "Page 2 of 10", "");
        assertEquals("Ashby Hill Top Primary School", m.provider().name());
    }

    @Test
    void onlyAnAuthorityIsAValueOfTheLabel() {
        Metadata m = read("Inspection of Meadowview Academy", "Inspection dates: 1 and 2 May 2024", "",
                "The school works with the", "local authority", "Kent County Council's advisers visit each term.", "");
        assertNull(m.provider().laCode(), "a wrapped sentence is not a details field");
    }

    /** A letter's copy line, wrapped as the converter left it; the authority's name may hold "and". */
    private Metadata letterCopiedTo(String copyLine, String town) {
        return read("Ofsted", "Piccadilly Gate", "Manchester", "M1 2WD", "", "17 February 2017", "",
                "Mrs Helen Darby", "Headteacher", "Brook Lane Primary School", "Brook Lane", town, "AB1 2CD", "",
                "Dear Mrs Darby", "", "Short inspection of Brook Lane Primary School", "",
                "Following my visit to the school on 7 February 2017, I write on behalf of Her Majesty's Chief",
                "Inspector of Education, Children's Services and Skills to report the inspection findings.", "",
                copyLine.substring(0, 60), copyLine.substring(60), "", "Yours sincerely", "", "Martin Ashby",
                "Ofsted Inspector", "");
    }

    @Test
    void theCopyLineNamesAnAuthorityWhoseNameHoldsAnd() {
        assertEquals("896", letterCopiedTo("I am copying this letter to the chair of the governing body and the director "
                + "of children's services for Cheshire West and Chester. This letter will be published on the Ofsted "
                + "website.", "Cheshire").provider().laCode(), "Cheshire West and Chester, not a shorter name");
        assertEquals("868", letterCopiedTo("I am copying this letter to the chair of the governing body, the director of "
                + "children's services for Windsor and Maidenhead and the regional schools commissioner.", "Berkshire")
                .provider().laCode(), "the name ends before the next person copied");
        assertEquals("372", letterCopiedTo("I am copying this letter to the chair of the governing body, the director of "
                + "education for the Diocese of Sheffield and the director of children's services for Rotherham. This "
                + "letter will be published on the Ofsted website.", "Sheffield").provider().laCode(),
                "the director of children's services, not the diocese's director of education");
    }

    @Test
    void aCopyLineThatNamesNoAuthorityGivesNoCode() {
        assertNull(letterCopiedTo("I am copying this letter to the chair of the board of trustees, the chief executive "
                + "officer of the Weald Academies Trust and the regional schools commissioner. This letter will be "
                + "published on the Ofsted website.", "Kent").provider().laCode(), "an academy's letter; Kent is only the address");
        assertNull(letterCopiedTo("I am copying this letter to the chair of the governing body and the director of "
                + "children's services for the local authority. This letter will be published on the Ofsted website.",
                "Kent").provider().laCode(), "'the local authority' names none");
    }

    @Test
    void theTitleOfAnUngradedReportOrAMonitoringReportNamesTheSchool() {
        assertEquals("St Mary's Catholic Primary School", read("Inspection of a good school: St Mary's",
                "Catholic Primary School", "Church Road, Ashfield, Nottinghamshire NG17 8AA", "",
                "Inspection date:   4 March 2020", "", "Outcome").provider().name(), "'a good school:' is not the name");
        assertEquals("Greenfields Academy", read("Monitoring inspection of Greenfields Academy",
                "Inspection dates: 14 and 15 June 2023", "", "Outcome",
                "Leaders are taking effective action to provide an acceptable standard of education.").provider().name());
    }

    @Test
    void aLetterNamesTheInspectorsWhoVisitedWithTheSignatory() {
        // "Following my visit with A, Ofsted Inspector, and B, Ofsted Inspector, to your school on …" (a 2015
        // special measures monitoring letter's opening): the signatory leads, then A and B
        Metadata m = read("Ofsted", "Piccadilly Gate", "Manchester", "M1 2WD", "", "19 December 2015", "",
                "Mr A Nolan", "Principal", "Westfield High School", "Shore Road", "Blackpool", "FY2 0AZ", "",
                "Dear Mr Nolan", "", "Special measures monitoring inspection of Westfield High School", "",
                "Following my visit with Anita Lowe, Ofsted Inspector, and Karl Fenwick, Ofsted Inspector, to your",
                "school on 8–9 December 2015, I write on behalf of Her Majesty’s Chief Inspector of Education,",
                "Children’s Services and Skills to confirm the inspection findings.", "",
                "Yours sincerely", "", "Joan Hartley", "Her Majesty’s Inspector", "");
        assertEquals(List.of("Joan Hartley", "Anita Lowe", "Karl Fenwick"), m.inspectors());
        assertEquals(List.of("Martin Ashby"), letterCopiedTo("I am copying this letter to the chair of the governing "
                + "body and the director of children's services for Kent. This letter will be published.", "Kent")
                .inspectors(), "a visit without a team names only the signatory");
    }
}
