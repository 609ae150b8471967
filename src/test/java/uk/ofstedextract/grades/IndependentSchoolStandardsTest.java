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
        // pdftotext default printing the first page's label column first (test15 Ashgrove Manor): the report's date
        // sits between the box's label and its outcome, and is no part of the outcome
        Document columns = Docs.of("Ashgrove Manor School", "Unique reference number (URN): 125371",
                "Progress monitoring inspection report:", "Overall outcome", "", "16 June 2026", "",
                "The school does not meet all of the independent school", "standards that were checked during this inspection",
                "", "At its most recent inspection, …", "");
        assertEquals(List.of("overall-outcome=not-met"), pairs(columns));
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

    @Test
    void aPartHeadingMayTakeAColonOrADashButASentenceAboutAPartIsNoHeading() {
        // items without their paragraph numbers, so only the headings can name the parts
        Document doc = Docs.of("Inspection of Beck School", "",
                "Does the school meet the independent school standards?      No", "",
                "Annex. Compliance with regulatory requirements",
                "The school failed to meet the following independent school standards",
                "Part 3: Welfare, health and safety of pupils",
                "\u2022 The standard in this paragraph is met if the proprietor ensures that\u2014",
                "Part 4 \u2013 Suitability of staff, supply staff, and proprietors",
                "\u2022 The standard in this paragraph is met if the proprietor keeps a register.",
                "Part 5 of the standards was not checked at this inspection.");
        assertEquals(List.of("overall-outcome=not-met", "iss-part-3=not-met", "iss-part-4=not-met"), pairs(doc));
    }

    @Test
    void theRegulationsScheduleNumbersTheParts() {
        int[][] firstAndLast = {{1, 4}, {5, 5}, {6, 16}, {17, 21}, {22, 31}, {32, 32}, {33, 33}, {34, 34}};
        for (int part = 1; part <= 8; part++) {
            assertEquals(part, IndependentSchoolStandards.partOf(firstAndLast[part - 1][0]));
            assertEquals(part, IndependentSchoolStandards.partOf(firstAndLast[part - 1][1]));
        }
        assertEquals(0, IndependentSchoolStandards.partOf(0));
        assertEquals(0, IndependentSchoolStandards.partOf(35));
    }

    @Test
    void anAnnexWithoutPartHeadingsGradesThePartsOfItsParagraphs() {
        // pdftotext default: each glyph alone, the standard's number opening the next line; a wrapped line that
        // opens with a number inside an item is no standard; Schedule 10's requirements are not the standards
        Document doc = Docs.of("Inspection of Beck School", "",
                "Does the school meet the independent school standards?      No", "",
                "Annex. Compliance with regulatory requirements",
                "The school failed to meet the following independent school standards", "\u2022", "",
                "25 The standard in this paragraph is met if the proprietor ensures that the school premises are",
                "maintained to a standard such that the health of pupils is ensured.", "", "\u2022", "",
                "29(1) The standard in this paragraph is met if the proprietor ensures that suitable outdoor space for",
                "12 pupils is provided in order to enable\u2014",
                "\u2013 29(1)(a) physical education to be provided to pupils; and", "",
                "The school failed to meet the following requirements of Schedule 10 to the Equality Act 2010", "\u2022", "",
                "3 The proprietor has not prepared an accessibility plan.", "");
        assertEquals(List.of("overall-outcome=not-met", "iss-part-5=not-met"), pairs(doc));
        // layout-preserving: glyph and number on one line; paragraph 32 is part 6
        Document layout = Docs.of("Inspection of Beck School", "",
                "Does the school meet the independent school standards?      No", "",
                "Annex. Compliance with regulatory requirements", "",
                "The school failed to meet the following independent school standards", "",
                "\u2022   32(1) The standard about the provision of information is met if the proprietor ensures that\u2014",
                "       \u2013 32(1)(b) the information specified in sub-paragraph (3) is provided to parents;", "",
                "\u2022   7 The standard in this paragraph is met if the proprietor ensures that\u2014", "");
        assertEquals(List.of("overall-outcome=not-met", "iss-part-6=not-met", "iss-part-3=not-met"), pairs(layout));
    }

    @Test
    void theCifListOfStandardsTheSchoolMustMeetGradesThePartsOfTheParagraphsItNames() {
        Document doc = Docs.of("Beck School", "Independent school standard inspection report", "",
                "Compliance with regulatory requirements",
                "The school does not meet the requirements of the schedule to the Education (Independent School",
                "Standards) Regulations 2014 ('the independent school standards') and associated requirements.", "",
                "What does the school need to do to improve further?",
                "\u2022 Improve teaching in science by planning work that challenges pupils (paragraph of the plan).", "",
                "The school must meet the following independent school standards",
                "\u2022 Ensure that the welfare of pupils is safeguarded by the drawing up and effective implementation",
                "of a written risk assessment policy (paragraph 16, 16(a),", "16(b)).",
                "\u2022 Ensure that leaders demonstrate good skills and knowledge (paragraphs 34(1), 34(1)(a)-34(1)(c)).", "",
                "Inspection judgements",
                "Leaders have not met the standard on premises (paragraph 25).", "");
        assertEquals(List.of("overall-outcome=not-met", "iss-part-3=not-met", "iss-part-8=not-met"), pairs(doc));
    }

    @Test
    void aComplianceListsParagraphsGradeAPartWithoutASectionOfItsOwn() {
        Document doc = Docs.of("Beck School", "Pre-registration inspection report", "",
                "Overall outcome", "The school is unlikely to meet all of the independent school standards.", "",
                "Main inspection findings", "Part 5. Premises of and accommodation at schools",
                "Paragraphs 22, 23, 24, 25", "\u2022 The building is not finished.",
                "\u2022 The school is unlikely to meet the requirements of this part.", "",
                "Compliance with regulatory requirements",
                "The school is unlikely to meet the following independent school standards",
                "\u2022 The proprietor ensures that suitable outdoor space is provided (paragraph 29(1), 29(1)(a)).",
                "\u2022 The proprietor ensures that the particulars of the arrangements are published on the school's",
                "website (paragraph 32(1)(c)).", "", "School details", "Unique reference number 151204", "");
        assertEquals(List.of("overall-outcome=unlikely-to-meet", "iss-part-5=unlikely-to-meet",
                "iss-part-6=unlikely-to-meet"), pairs(doc));
    }
}
