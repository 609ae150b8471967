package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.text.AlignedText;

/** How school-report English expresses a theme, as the school codebook reads it: one behaviour per test. */
class SchoolThemesTest {
    private static final ThemeTagger THEMES = new ThemeTagger(Codebook.shipped("schools"));

    private static List<String> themes(String text) {
        return THEMES.tag(AlignedText.identity(text)).themes();
    }

    @Test
    void theSchoolCodebookShipsUnderItsIdWithDefinitionsForEveryTheme() {
        Codebook c = Codebook.shipped("schools");
        assertEquals("schools", c.id());
        assertEquals("schools-2026.1", c.reference());
        for (Codebook.Theme t : c.themes()) {
            assertFalse(t.include() == null || t.include().isBlank(), t.key() + " include");
            assertFalse(t.exclude() == null || t.exclude().isBlank(), t.key() + " exclude");
            assertFalse(t.examples().isEmpty(), t.key() + " examples");
        }
        assertEquals(Codebook.DEFAULT_ID, Codebook.standard().id());
    }

    @Test
    void leadersAsTheOnesDoingTheWorkAreNotLeadershipButGovernanceIs() {
        assertEquals(List.of("reading"), themes("Leaders have introduced a new phonics programme."));
        assertTrue(themes("Governors hold leaders to account effectively.").contains("leadership-governance"));
    }

    @Test
    void sendIsTheCapitalisedAbbreviationNotTheVerb() {
        assertTrue(themes("Pupils with SEND learn the same curriculum as their peers.").contains("send"));
        assertFalse(themes("Leaders send regular newsletters home.").contains("send"));
    }

    @Test
    void theHeadlineMeasureIsAchievementNotReading() {
        List<String> t = themes("Pupils' attainment in reading, writing and mathematics is above the national average.");
        assertTrue(t.contains("achievement"), t.toString());
        assertFalse(t.contains("reading"), t.toString());
        assertTrue(themes("Pupils read books that match the sounds they know.").contains("reading"));
    }

    @Test
    void asAResultIsNoResult() {
        assertFalse(themes("As a result, pupils enjoy coming to school.").contains("achievement"));
        assertTrue(themes("The school's examination results have improved.").contains("achievement"));
    }

    @Test
    void aRiskAssessmentIsNotAssessmentOfLearning() {
        List<String> t = themes("Leaders have carried out a fire risk assessment and the rooms are risk assessed.");
        assertTrue(t.contains("premises-health-safety"), t.toString());
        assertFalse(t.contains("assessment"), t.toString());
        assertTrue(themes("Teachers check pupils' understanding carefully.").contains("assessment"));
    }

    @Test
    void feelingSafeIsSafeguardingWhateverWordsComeBetween() {
        assertTrue(themes("Pupils feel that they are safe in school.").contains("safeguarding"));
        assertTrue(themes("Pupils feel very safe.").contains("safeguarding"));
    }

    @Test
    void apprenticesAsLearnersAreNotCareersButApprenticeshipsAre() {
        assertFalse(themes("Tutors give students and apprentices helpful feedback.").contains("careers-employability"));
        assertTrue(themes("Leaders have expanded the apprenticeship offer with local employers.")
                .contains("careers-employability"));
    }

    @Test
    void staffAbsenceIsStaffingNotAttendance() {
        List<String> t = themes("They have contingency plans in the event of staff absence.");
        assertTrue(t.contains("staff"), t.toString());
        assertFalse(t.contains("attendance"), t.toString());
    }
}
