package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.ThemeTexts.cs;
import static uk.ofstedextract.nlp.ThemeTexts.school;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 15: the codebook clarifications (children-services-2026.14, schools-2026.13) that decide the six labels two
 * blind labellers of themes13 split on (notes/agree14), each with both sides. The sentences are written for the test.
 */
class ThemeRound15Test {
    @Test
    void viewsGivenToInspectorsAloneAreNotTheVoiceOfTheChild() {
        assertFalse(cs("Most care leavers say they feel safe and are well supported.").contains("voice-of-child"));
        assertFalse(cs("Children told inspectors that they like their carers.").contains("voice-of-child"));
        assertTrue(cs("The views of care leavers shape the local offer.").contains("voice-of-child"));
        assertTrue(cs("Children's views are reflected in their plans.").contains("voice-of-child"));
    }

    @Test
    void employmentAloneIsNotEducationButEetAsAWholeIs() {
        List<String> alone = cs("Care leavers gain paid employment and take up work placements.");
        assertFalse(alone.contains("education"), alone::toString);
        assertTrue(alone.contains("care-leavers"), alone::toString);
        List<String> eet = cs("Most care leavers are in education, employment or training.");
        assertTrue(eet.contains("education"), eet::toString);
        assertTrue(eet.contains("care-leavers"), eet::toString);
    }

    @Test
    void resourcedCountsAsWorkforceOnlyWithStaffOrTeamsNamed() {
        assertFalse(cs("The service is under-resourced and poorly developed.").contains("workforce"));
        assertFalse(cs("Early help is well resourced.").contains("workforce"));
        assertFalse(cs("Review partners' contribution so that the board is appropriately resourced.").contains("workforce"));
        assertTrue(cs("The emergency duty team is well resourced.").contains("workforce"));
        assertTrue(cs("Virtual school staff are sufficiently resourced to support children.").contains("workforce"));
        assertTrue(cs("A well-resourced leaving care team supports young people.").contains("workforce"));
        assertTrue(cs("Caseloads are high and the teams are under-resourced.").contains("workforce"));
    }

    @Test
    void teachingAssistantsCountWhereTheirWorkInLessonsIsDescribed() {
        assertFalse(school("Leaders make good use of resources, especially teaching assistants, to support pupils.")
                .contains("teaching"));
        assertFalse(school("The deployment of teaching assistants is planned for pupils with SEND.").contains("teaching"));
        assertTrue(school("Teaching assistants make an effective contribution to pupils' learning.").contains("teaching"));
        assertTrue(school("Teaching assistants support pupils well in lessons.").contains("teaching"));
    }

    @Test
    void aBareJudgementLabelCodesNoTheme() {
        assertTrue(school("The effectiveness of care, guidance and support.").isEmpty());
        assertTrue(school("Pupils receive good care, guidance and support, and clubs and trips are well attended.")
                .contains("personal-development"));
    }

    @Test
    void transitionToAdultServicesNeedsDisabilityNamed() {
        assertFalse(cs("Care leavers with complex needs are well supported with transitions to adult services.")
                .contains("send-disability"));
        assertFalse(cs("Young people who need to transition to adult social care services are allocated a worker.")
                .contains("send-disability"));
        assertTrue(cs("Young disabled people are well supported in their transition to adult services.")
                .contains("send-disability"));
        assertTrue(cs("Where young people are disabled, advisers ensure a smooth transition to adult services.")
                .contains("send-disability"));
        assertTrue(cs("Disabled young people's transition to adult social care is well planned.")
                .contains("send-disability"));
    }
}
