package uk.ofstedextract.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uk.ofstedextract.text.AlignedText;

/** A sentence that states a grade is the grade: cut from the start of its own section's first paragraph. */
class GradedStatementsTest {

    private static String without(String text, String judgement) {
        return GradedStatements.without(AlignedText.identity(text), judgement, text).text();
    }

    @Test
    void aStatementAloneIsNoFinding() {
        assertEquals("", without("The arrangements for safeguarding are effective.", "safeguarding"));
        assertEquals("", without("The arrangements for safeguarding are not effective.", null));
        assertEquals("", without("The college makes a reasonable contribution to meeting skills needs.",
                "contribution-to-meeting-skills-needs"));
        assertEquals("", without("(Information for the school and appropriate authority)", null));
    }

    @Test
    void aStatementOnItsOwnLineJoinedToItsSectionsFirstParagraphIsCutOff() {
        assertEquals("Leaders work with employers across the county.",
                without("The provider makes a strong contribution to meeting skills needs.\nLeaders work with "
                        + "employers across the county.", "contribution-to-meeting-skills-needs"));
        assertEquals("Staff are trained well.",
                without("The arrangements for safeguarding are effective.\nStaff are trained well.", "safeguarding"));
    }

    @Test
    void theImprovementSubtitleJoinedToTheParagraphUnderItIsCutOff() {
        assertEquals("Leaders should check pupils' attendance more closely.",
                without("(Information for the school and appropriate authority)\nLeaders should check pupils' "
                        + "attendance more closely.", null));
        assertEquals("", without("(Information for the school and appropriate authority)\nIn accordance with section "
                + "44(1) of the Education Act 2005, His Majesty\u2019s Chief Inspector is of the opinion that this school "
                + "requires special measures because it is failing to give its pupils an acceptable standard of "
                + "education.", null), "the section 44 paragraph under it is a grade, not a finding");
        String runOn = "(Information for the school and appropriate authority) Leaders should act.";
        assertEquals(runOn, without(runOn, null), "run on in its line: left as it is");
    }

    @Test
    void aStatementThatRunsOnInItsLineStaysInItsParagraph() {
        String bullet = "The arrangements for safeguarding are effective. Staff are trained well.";
        assertEquals(bullet, without(bullet, "safeguarding"));
    }

    @Test
    void underAnotherJudgementTheParagraphStaysWhole() {
        String bullet = "The arrangements for safeguarding are effective. Staff are trained well.";
        assertEquals(bullet, without(bullet, "leadership-and-management"));
        String other = "Leaders make sure that the arrangements for safeguarding are effective.";
        assertEquals(other, without(other, "safeguarding"));
    }

    /**
     * The verb lines of two 2012-15 summary headings ("The leadership and management" / "are good") that pdftotext's
     * default mode set together after the next heading: a fragment without a subject, no finding; a sentence that
     * merely starts so stays.
     */
    @Test
    void onlyVerbsAndGradesAreNoFinding() {
        assertEquals("", without("are good are good", "leadership-and-management"));
        assertEquals("", without("is good", null));
        assertEquals("", without("requires improvement\nrequires improvement", null));
        String sentence = "are good at checking the progress of disadvantaged pupils.";
        assertEquals(sentence, without(sentence, "leadership-and-management"));
    }

    /** The statutory category paragraph under His Majesty (from September 2022) as under Her Majesty. */
    @Test
    void theCategoryParagraphUnderHisMajestyIsNoFinding() {
        assertEquals("", without("In accordance with section 44(1) of the Education Act 2005, His Majesty's Chief Inspector "
                + "is of the opinion that this school requires special measures because it is failing to give its pupils "
                + "an acceptable standard of education.", null));
    }
}
