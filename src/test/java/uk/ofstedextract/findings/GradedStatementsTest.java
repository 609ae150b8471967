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
}
