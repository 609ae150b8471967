package uk.ofstedextract.grades;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.layout.Docs;
import uk.ofstedextract.layout.Document;
import uk.ofstedextract.layout.Headings;
import uk.ofstedextract.layout.Profiles;
import uk.ofstedextract.report.ReportType;

/**
 * Further education and school grades: the judgement table with its "previous inspection" row (never
 * a grade), the safeguarding statement and the skills statement. Texts constructed from the FE template.
 */
class SchoolSectorGradesTest {
    private final GradeReader reader = new GradeReader(Headings.standard());

    private List<String> pairs(String... lines) {
        Document doc = Docs.of(lines);
        return reader.read(doc, Profiles.standard().of(ReportType.FURTHER_EDUCATION)).grades().stream()
                .map(g -> g.judgement() + "=" + g.grade()).toList();
    }

    @Test
    void aTableOfOneCellPerLineThenTheStatementsInTheBody() {
        assertEquals(List.of("overall-effectiveness=requires-improvement", "quality-of-education=good",
                        "apprenticeships=requires-improvement", "provision-for-learners-with-high-needs=good",
                        "safeguarding=not-effective", "contribution-to-meeting-skills-needs=limited-contribution"),
                pairs("Further education and skills inspection report", "", "Inspection of Tamsworth College",
                        "Inspection dates:", "", "2 to 5 May 2023", "",
                        "Overall effectiveness", "", "Requires improvement", "",
                        "The quality of education", "", "Good", "",
                        "Apprenticeships", "", "Requires improvement", "",
                        "Provision for learners with high needs", "", "Good", "",
                        "Overall effectiveness at previous inspection", "", "Outstanding", "",
                        "Information about this provider",
                        "Tamsworth College is a general further education college.", "",
                        "Contribution to meeting skills needs",
                        "The college makes a limited contribution to meeting skills needs.",
                        "Leaders have few links with employers in the region.", "",
                        "Safeguarding", "The arrangements for safeguarding are not effective.",
                        "Leaders do not check that staff are suitable to work with learners."));
    }

    @Test
    void aColumnOfLabelsThenAColumnOfGradesSkipsThePreviousInspectionRow() {
        // what a layout conversion's padded table becomes once its columns are read one after the other
        assertEquals(List.of("overall-effectiveness=good", "leadership-and-management=good",
                        "outcomes-for-learners=requires-improvement", "16-to-19-study-programmes=outstanding"),
                pairs("Further education and skills inspection report", "", "Tamsworth College", "",
                        "Overall effectiveness", "Effectiveness of leadership and management",
                        "Outcomes for learners", "16 to 19 study programmes",
                        "Overall effectiveness at previous inspection", "",
                        "Good", "Good", "Requires improvement", "Outstanding", "Inadequate", "",
                        "Summary of key findings"));
    }

    @Test
    void aPreviousInspectionCellThatIsNoGradeStillFillsItsSlot() {
        assertEquals(List.of("overall-effectiveness=good", "apprenticeships=good"),
                pairs("Further education and skills inspection report", "", "Inspection of Tamsworth Training Ltd",
                        "", "Overall effectiveness", "Overall effectiveness at previous inspection", "Apprenticeships",
                        "", "Good", "Not previously inspected", "Good", "", "Information about this provider"));
    }

    private List<String> schoolPairs(String... lines) {
        return reader.read(Docs.of(lines), Profiles.standard().of(ReportType.SCHOOL)).grades().stream()
                .map(g -> g.judgement() + "=" + g.grade()).toList();
    }

    @Test
    void aCifRowWithoutItsGradeDoesNotTakeThePreviousInspectionsGrade() {
        // issue 15 audit D1: Rough Hay 2016 with the early years cell empty; the one grade after the previous
        // inspection's label is that inspection's, and the summary heading is no cell of the table
        assertEquals(List.of("overall-effectiveness=good", "leadership-and-management=good",
                        "outcomes-for-pupils=good"),
                schoolPairs("School report", "", "Rough Hay Primary School", "Inspection dates", "", "8\u20139 November 2016",
                        "", "Overall effectiveness", "", "Good", "", "Effectiveness of leadership and management", "",
                        "Good", "", "Outcomes for pupils", "", "Good", "", "Early years provision", "",
                        "Overall effectiveness at previous inspection", "", "Requires improvement", "",
                        "Summary of key findings for parents and pupils", "This is a good school"));
        // the whole grade column empty: the previous inspection's grade is still no grade
        assertEquals(List.of(),
                schoolPairs("School report", "", "Rough Hay Primary School", "Inspection dates", "", "8\u20139 November 2016",
                        "", "Overall effectiveness", "", "", "Effectiveness of leadership and management", "", "",
                        "Outcomes for pupils", "", "", "Early years provision", "", "",
                        "Overall effectiveness at previous inspection", "", "Requires improvement", "",
                        "Summary of key findings for parents and pupils", "This is a good school"));
    }

    @Test
    void ineffectiveAndStrongAreReadToo() {
        assertEquals(List.of("safeguarding=not-effective", "contribution-to-meeting-skills-needs=strong-contribution"),
                pairs("Further education and skills inspection report", "",
                        "Safeguarding arrangements: the arrangements for safeguarding are ineffective.",
                        "The provider makes a strong contribution to meeting skills needs."));
    }

    @Test
    void theCifSentenceSafeguardingIsEffectiveWhereTheStatementIsMissing() {
        // CIF 2015-19: "Safeguarding is effective." opening a sentence of the leadership section
        assertEquals(List.of("safeguarding=effective"), pairs("Further education and skills inspection report", "",
                "The headteacher knows the school well. Safeguarding is effective. Staff are trained and report",
                "concerns promptly."));
        assertEquals(List.of("safeguarding=not-effective"), pairs("Further education and skills inspection report", "",
                "Safeguarding is not effective. Leaders have not checked the suitability of staff."));
        // a recommendation that safeguarding be effective states no grade
        assertEquals(List.of(), pairs("Further education and skills inspection report", "",
                "Leaders must ensure that safeguarding is effective and that staff are trained."));
        // the statement wins where both are there
        assertEquals(List.of("safeguarding=not-effective"), pairs("Further education and skills inspection report", "",
                "The arrangements for safeguarding are not effective.", "", "Safeguarding is effective in the nursery."));
    }
}
