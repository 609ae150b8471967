package uk.ofstedextract.grades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.layout.Docs;
import uk.ofstedextract.layout.Document;

/** Independent school grades: the "Overall outcome" box, each part's statement, and the annex deciding. */
class IndependentSchoolStandardsTest {

    private static List<String> pairs(Document doc) {
        return IndependentSchoolStandards.read(doc).stream().map(g -> g.judgement() + "=" + g.grade()).toList();
    }

    @Test
    void theOutcomeBoxBesideItsLabelOrBelowIt() {
        // layout-preserving conversion: the box's two cells side by side, the outcome wrapped in its column
        Document layout = Docs.of("Beck School", "", "Overall outcome            The school is unlikely to meet the",
                "                           relevant independent school standards", "",
                "This inspection was commissioned by the Department for Education.", "");
        assertEquals(List.of("overall-outcome=unlikely-to-meet"), pairs(layout));
        // pdftotext default: the label, a blank line, then the outcome
        Document plain = Docs.of("Beck School", "", "Overall outcome", "", "The school does not meet all of the",
                "independent school standards that were checked", "", "At its most recent inspection, …", "");
        assertEquals(List.of("overall-outcome=not-met"), pairs(plain));
    }

    @Test
    void outcomeWordings() {
        assertEquals("met", IndependentSchoolStandards.outcomeGrade(
                "the school now meets all of the independent school standards that were checked"));
        assertEquals("likely-to-meet", IndependentSchoolStandards.outcomeGrade(
                "the school is likely to meet all the independent school standards if it is registered"));
        assertEquals("not-met", IndependentSchoolStandards.outcomeGrade(
                "the school does not meet all of the independent school standards"));
        assertNull(IndependentSchoolStandards.outcomeGrade("see the annex"));
    }

    @Test
    void aPartsLastStatementGradesIt() {
        Document doc = Docs.of("Overall outcome   The school does not meet all of the standards checked", "",
                "Part 3. Welfare, health and safety of pupils", "Admissions and attendance", "",
                "The admission register is now compliant.", "",
                "The proprietor has ensured that the previously unmet standard in this part is now met.", "",
                "Risk assessment", "", "Pupils with physical disabilities have no evacuation plans.", "",
                "The proprietor has not ensured that the standards in this part are met.", "", "",
                "Part 4. Suitability of staff, supply staff, and proprietors",
                "The single central record is complete.", "",
                "The proprietor has ensured that the standards in this part are met.", "", "",
                "Part 5. Premises of and accommodation at schools",
                "The new building was not finished, so inspectors could not check it.", "",
                "There was insufficient evidence to judge whether the standards in this part are met.", "");
        assertEquals(List.of("overall-outcome=not-met", "iss-part-3=not-met", "iss-part-4=met",
                "iss-part-5=insufficient-evidence"), pairs(doc));
    }

    @Test
    void theAnnexDecidesAndGradesPartsTheBodyDoesNotReport() {
        Document doc = Docs.of("Material change inspection report: 14 July 2026", "",
                "Overall outcome   The school is unlikely to meet the relevant standards", "",
                "Part 8. Quality of leadership in and management of schools",
                "Leaders know the standards. These standards are more likely to be met were fewer pupils requested.", "",
                "Part 4. Suitability of staff, supply staff, and proprietors",
                "Checks are thorough.", "", "The proprietor body has ensured that the standards in this part are likely "
                        + "to be met.", "", "",
                "Annex. Independent school standards", "",
                "Independent school standards that the school is unlikely to meet", "",
                "Part 5. Premises of and accommodation at schools", "",
                " 25 The standard in this paragraph is met if the proprietor ensures that the premises are maintained.",
                "Part 8. Quality of leadership in and management of schools", "",
                " 34(1) The standard about the quality of leadership and management is met if-", "");
        assertEquals(List.of("overall-outcome=unlikely-to-meet", "iss-part-8=unlikely-to-meet",
                "iss-part-4=likely-to-meet", "iss-part-5=unlikely-to-meet"), pairs(doc));
    }

    @Test
    void aStandardInspectionStatesWhetherTheSchoolMeetsTheStandards() {
        // EIF (2019-25): the table's last row, its answer beside it or, in pdftotext's default text, a column apart
        assertEquals(List.of("overall-outcome=not-met"), pairs(Docs.of("Inspection of Beck School", "",
                "Leadership and management                                Inadequate",
                "Does the school meet the independent school standards?      No", "",
                "What is it like to attend this school?")));
        assertEquals(List.of("overall-outcome=met"), pairs(Docs.of("Inspection of Beck School", "",
                "Previous inspection grade", "Does the school meet the independent school standards?", "",
                "Good", "Yes", "", "What is it like to attend this school?")));
        // CIF (2015-19): the compliance statement, over two lines
        assertEquals(List.of("overall-outcome=not-met"), pairs(Docs.of("Beck School",
                "Independent school standard inspection report", "", "Compliance with regulatory requirements",
                "The school does not meet the requirements of the schedule to the Education (Independent School",
                "Standards) Regulations 2014 ('the independent school standards') and associated requirements.")));
        // a question in the body with no answer near it is no outcome
        assertEquals(List.of(), pairs(Docs.of("Beck School", "", "Does the school meet the independent school standards?",
                "Inspectors considered this question at length.", "They met the proprietor.", "They read policies.",
                "They visited lessons.", "They spoke to pupils.", "They met staff.", "They read the records.",
                "They checked the premises.")));
    }

    @Test
    void theEifAnnexOfStandardsTheSchoolFailedToMeetGradesItsParts() {
        Document doc = Docs.of("Inspection of Beck School", "",
                "Does the school meet the independent school standards?      No", "",
                "Annex. Compliance with regulatory requirements",
                "The school failed to meet the following independent school standards",
                "Part 3. Welfare, health and safety of pupils",
                "\u2022 7 The standard in this paragraph is met if the proprietor ensures that\u2014",
                "Part 8. Quality of leadership in and management of schools",
                "\u2022 34 The standard about the quality of leadership and management is met if\u2014");
        assertEquals(List.of("overall-outcome=not-met", "iss-part-3=not-met", "iss-part-8=not-met"), pairs(doc));
    }
}
