package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.ThemeTexts.cs;
import static uk.ofstedextract.nlp.ThemeTexts.school;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The codebooks' round 14 rules (children-services-2026.13, schools-2026.12), each with both sides: what the
 * include or exclude note says counts, and the nearby case it does not. The sentences are written for the test.
 */
class ThemeRound14Test {
    @Test
    void planningStaffTrainingIsWorkforce() {
        assertTrue(cs("The board has agreed a training strategy for the coming year.").contains("workforce"));
        assertTrue(cs("Supervision identifies each worker's training needs.").contains("workforce"));
        assertTrue(cs("The training plan is reviewed every quarter.").contains("workforce"));
        assertFalse(cs("The strategy for the coming year has been agreed.").contains("workforce"));
        assertFalse(cs("The training needs of foster carers are reviewed annually.").contains("workforce"),
                "training for carers (exclude note)");
    }

    @Test
    void multiAgencyTrainingIsBothWorkforceAndMultiAgencyWork() {
        List<String> themes = cs("Multi-agency training on neglect is well attended.");
        assertTrue(themes.contains("workforce"), themes::toString);
        assertTrue(themes.contains("multi-agency"), "the shared term hides neither theme: " + themes);
    }

    @Test
    void staffEmployedOrAppointedIsWorkforce() {
        assertTrue(cs("A specialist worker has been appointed to the team.").contains("workforce"));
        assertTrue(cs("Two more social workers have been recruited since the visit.").contains("workforce"));
        assertFalse(cs("A new approach has been appointed as the model for the service.").contains("workforce"));
        assertFalse(cs("Social workers have been visiting children regularly.").contains("workforce"));
    }

    @Test
    void learningFromReviewsAndComplaintsIsPerformanceManagement() {
        assertTrue(cs("Learning from serious case reviews is shared with front-line staff.")
                .contains("performance-management"));
        assertTrue(cs("There is little learning from complaints.").contains("performance-management"));
        assertFalse(cs("Children are learning from their experiences.").contains("performance-management"));
    }

    @Test
    void educationEmploymentAndTrainingIsEducationAsWellAsCareLeavers() {
        List<String> themes = cs("Too many care leavers are not in education, employment or training.");
        assertTrue(themes.contains("education"), themes::toString);
        assertTrue(themes.contains("care-leavers"), themes::toString);
        assertFalse(cs("Employment support for adults is provided by the council.").contains("education"));
    }

    @Test
    void linksWithTheParishOrLocalCommunityAreParents() {
        assertTrue(school("The school has strong links with the local community.").contains("parents"));
        assertTrue(school("Visits are supported by the parish and community.").contains("parents"));
        assertFalse(school("Pupils learn to be positive members of the wider community.").contains("parents"),
                "preparation for life in the community is personal development");
    }

    @Test
    void tooFewStaffAndStaffDevelopingTheirExpertiseAreStaff() {
        assertTrue(school("On the first day there were not enough staff to supervise the playground.")
                .contains("staff"));
        assertTrue(school("Funding has allowed teachers to develop their subject knowledge in science.")
                .contains("staff"));
        assertTrue(school("The trust's specialists support teachers with their subject knowledge.")
                .contains("staff"));
        assertFalse(school("Pupils develop their knowledge of the local area.").contains("staff"));
        assertFalse(school("Governors have been able to develop their expertise.").contains("staff"),
                "governors are not the staff");
    }

    @Test
    void staffViewsOfLeadersAreStaff() {
        assertTrue(school("Staff are very positive about the leadership of the school.").contains("staff"));
        assertFalse(school("Pupils are very positive about the leadership roles they hold.").contains("staff"));
    }

    @Test
    void leadersAmbitionAndActionToMakeImprovementsAreLeadership() {
        assertTrue(school("Leaders are highly ambitious for every pupil.").contains("leadership-governance"));
        assertTrue(school("The proprietor is determined that the school will grow slowly.")
                .contains("leadership-governance"));
        assertTrue(school("Leaders are taking action to make improvements in the sixth form.")
                .contains("leadership-governance"));
        assertTrue(school("Leaders have set out an ambitious strategy for the college.")
                .contains("leadership-governance"));
        assertFalse(school("The headteacher has taken decisive action to improve attendance.")
                .contains("leadership-governance"), "leaders doing attendance's work (exclude note)");
        assertFalse(school("Pupils are ambitious for their futures.").contains("leadership-governance"));
    }

    @Test
    void tripsArePersonalDevelopmentButGovernorsVisitingTheSchoolAreNot() {
        assertTrue(school("Pupils enjoy educational visits to museums and the coast.").contains("personal-development"));
        assertTrue(school("They still talk about the visit to the castle last spring.").contains("personal-development"));
        assertFalse(school("Governors visit often and ask leaders searching questions.").contains("personal-development"),
                "'visit' as a verb is no trip");
        assertFalse(school("Their visits to the school help them to check the plan.").contains("personal-development"));
        assertFalse(school("The attendance team makes visits home on the first day of absence.")
                .contains("personal-development"));
    }

    @Test
    void charactersInAStoryAreNotCharacter() {
        assertTrue(school("The programme builds pupils' character and resilience.").contains("personal-development"));
        assertFalse(school("Pupils can name the main characters in the story.").contains("personal-development"));
    }
}
