package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.ThemeTexts.cs;
import static uk.ofstedextract.nlp.ThemeTexts.school;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 16 (children-services-2026.15, schools-2026.14): themes matched by how a theme is written about (a verb with its
 * object, X of Y, who does what) rather than single words, each with both sides. The sentences are written for the test.
 */
class ThemeRound16Test {
    private static void has(List<String> themes, String theme) {
        assertTrue(themes.contains(theme), () -> theme + " missing from " + themes);
    }

    private static void hasNot(List<String> themes, String theme) {
        assertFalse(themes.contains(theme), () -> theme + " wrongly in " + themes);
    }

    @Test
    void reunificationIsReturningChildrenToTheirFamiliesNotChildrenReturningFromMissing() {
        has(cs("Decisions to return children to their families are carefully made."), "children-in-care");
        has(cs("Two babies were safely reunited with their parents after assessment."), "children-in-care");
        has(cs("When the plan is for children to return home, support is put in place."), "children-in-care");
        has(cs("Social workers return the children home only when risks have reduced."), "children-in-care");
        List<String> missing = cs("When children return home after going missing, they are offered an interview.");
        hasNot(missing, "children-in-care");
        has(missing, "exploitation-missing");
        hasNot(cs("Staff return home late after evening visits."), "children-in-care");
    }

    @Test
    void childrenPlacedIsACarePlacementNotASchoolPlace() {
        has(cs("Social workers visit those children who are placed out of area."), "children-in-care");
        has(cs("Most brothers and sisters are placed together."), "children-in-care");
        has(cs("Children who are placed with foster carers in other authorities keep their social worker."),
                "children-in-care");
        hasNot(cs("Children who are placed for educational needs only are seen less often."), "children-in-care");
        hasNot(cs("Some young people are placed in residential special schools."), "children-in-care");
        hasNot(cs("The service is well placed to improve."), "children-in-care");
    }

    @Test
    void participatingInWorkOrActivitiesIsNotTheVoiceOfTheChild() {
        hasNot(cs("Care leavers have good opportunities to participate in work placements."), "voice-of-child");
        has(cs("Children actively participate in the work of the board."), "voice-of-child");
        hasNot(cs("Children in care participate in sporting activities and hobbies."), "voice-of-child");
        hasNot(cs("Young people are encouraged to participate in education and training."), "voice-of-child");
        has(cs("Children participate in their reviews and their views shape their plans."), "voice-of-child");
        has(cs("Children are helped to participate in meetings about them."), "voice-of-child");
        has(cs("Social workers engage directly with disabled children."), "voice-of-child");
        hasNot(cs("Managers engage directly with partner agencies."), "voice-of-child");
    }

    @Test
    void theProfessionalNetworkAndLiaisonWithOtherProfessionalsAreMultiAgency() {
        has(cs("Social workers work effectively with carers and the network of professionals."), "multi-agency");
        has(cs("Advisers liaise effectively with other professionals, such as housing."), "multi-agency");
        hasNot(cs("Advisers liaise with young people regularly."), "multi-agency");
    }

    @Test
    void aCouncilWideCommitmentIsCorporateParenting() {
        has(cs("There is a strong corporate-wide commitment to care leavers."), "corporate-parenting");
        has(cs("A council-wide commitment to children in care is evident."), "corporate-parenting");
        hasNot(cs("Leaders show a strong commitment to care leavers."), "corporate-parenting");
        hasNot(cs("Reserves fund staffing, a council-wide commitment to services for families."), "corporate-parenting");
    }

    @Test
    void leadersAwareOfTheirWeaknessesKnowThemselves() {
        has(cs("Local authority leaders are aware of these weaknesses and are implementing plans."),
                "performance-management");
        has(cs("The authority is already aware of these shortcomings."), "performance-management");
        has(cs("Leaders have identified this weakness but work is at an early stage."), "performance-management");
        has(cs("Senior leaders were not aware of some of these shortfalls until the inspection."),
                "performance-management");
        hasNot(cs("Social workers are aware of the risks that young people face."), "performance-management");
        hasNot(cs("Carers are aware of these children's needs."), "performance-management");
    }

    @Test
    void aConsiderableTimeAfterIsTimelinessWorkersSpendingTooLongIsNot() {
        has(cs("Strategy meetings are not held until a considerable time after the initial referral."), "timeliness");
        hasNot(cs("Social workers spend too long completing forms."), "timeliness");
        has(cs("Children spend too long waiting for a decision."), "timeliness");
        has(cs("Social workers spend too long trying to engage with some parents."), "timeliness");
        hasNot(cs("The service has existed for a considerable time."), "timeliness");
    }

    @Test
    void trainingForPersonalAdvisersIsWorkforce() {
        has(cs("Recent training for personal advisers and social workers is having an impact."), "workforce");
        hasNot(cs("Training for foster carers is well attended."), "workforce");
        hasNot(cs("Not all foster carers have completed their mandatory training."), "workforce");
    }

    @Test
    void neurodisabilityAssessmentsAreSendNotAssessmentQuality() {
        List<String> t = cs("Children wait too long for neurodisability assessments.");
        has(t, "send-disability");
        hasNot(t, "assessment");
        has(cs("Assessments of children's needs are thorough."), "assessment");
    }

    @Test
    void aDutyAndAdviceServiceIsTheFrontDoor() {
        has(cs("Families receive a prompt response from the 24-hour duty and advice service."), "front-door");
        hasNot(cs("Families receive advice about budgeting."), "front-door");
    }

    @Test
    void theRangeOfAccommodationIsSufficiency() {
        has(cs("The range and choice of accommodation for care leavers is too limited."), "sufficiency");
        has(cs("A shortage of suitable placements means some children live far away."), "sufficiency");
        hasNot(cs("The quality of accommodation is good."), "sufficiency");
        hasNot(cs("When young people leave their first choice of accommodation, they are helped again."), "sufficiency");
    }

    @Test
    void progressDataAndProgressInAttitudesAreNotAchievement() {
        hasNot(school("Use its data about the progress of students more effectively."), "achievement");
        hasNot(school("Staff underpin the significant progress students make in their attitudes and behaviour."),
                "achievement");
        has(school("Pupils make strong progress in reading and mathematics."), "achievement");
    }

    @Test
    void subjectNamingStaffTrainingOrRoomsIsNotCurriculum() {
        hasNot(school("Staff do not receive any subject-specific training."), "curriculum");
        hasNot(school("The site has specialist learning rooms for subjects such as music and art."), "curriculum");
        has(school("Leaders have planned each subject carefully."), "curriculum");
    }

    @Test
    void tutorsDeliveringACareersProgrammeIsNotTeaching() {
        hasNot(school("Most tutors deliver an effective careers programme."), "teaching");
        has(school("Most tutors deliver lessons that build on what learners know."), "teaching");
    }

    @Test
    void sportsHallsAreFacilitiesSportIsPersonalDevelopment() {
        List<String> hall = school("Within the school there is a full-sized sports hall and a gym.");
        hasNot(hall, "personal-development");
        has(hall, "premises-health-safety");
        has(school("Pupils enjoy a wide range of sports after school."), "personal-development");
    }

    @Test
    void confidentPupilsAndManagingEmotionsArePersonalDevelopment() {
        has(school("Pupils are happy, confident and feel safe."), "personal-development");
        has(school("Quiet rooms help pupils to manage their emotions."), "personal-development");
        hasNot(school("Pupils are confident in using number facts."), "personal-development");
        hasNot(school("Pupils are confident readers."), "personal-development");
    }

    @Test
    void keepingPupilsSafeFromVisitorsIsSafeguarding() {
        has(school("The proprietor has not established systems to ensure that pupils are safe in the school."),
                "safeguarding");
        has(school("Visitors' identity is not checked on arrival."), "safeguarding");
        has(school("Visitors are not routinely required to sign in."), "safeguarding");
        hasNot(school("Visitors praise the school's displays."), "safeguarding");
        hasNot(school("Risk assessments set out actions to ensure pupils are safe within the building."), "safeguarding");
    }

    @Test
    void noPupilExcludedFromTripsIsNotBehaviour() {
        hasNot(school("Funds are provided so that no pupil is excluded from residential trips."), "behaviour");
        has(school("Pupils are rarely excluded for poor behaviour."), "behaviour");
        has(school("The number of pupils excluded has fallen."), "behaviour");
    }

    @Test
    void leadersWorkingAlongsideAndCoachingStaffIsStaffDevelopment() {
        has(school("Senior leaders work alongside staff to model teaching."), "staff");
        has(school("Leaders coach aspects of performance."), "staff");
        hasNot(school("Pupils work alongside each other in groups."), "staff");
    }

    @Test
    void waitingTimesInHealthAreHealthTherapeuticParentingIsNot() {
        has(cs("Plans must reduce waiting times in health for children."), "health-wellbeing");
        hasNot(cs("Adopters valued the therapeutic parenting course."), "health-wellbeing");
        has(cs("Children receive therapeutic support from the clinical team."), "health-wellbeing");
    }

    @Test
    void requiredInformationForParentsIsComplianceNotParents() {
        List<String> site = school("Leaders have prepared a website to communicate to parents the information that is "
                + "required by the standards, including leadership and governance information.");
        hasNot(site, "parents");
        hasNot(site, "leadership-governance");
        has(site, "compliance");
        has(school("Leaders communicate well with parents about their children's learning."), "parents");
        has(school("Governors hold leaders to account."), "leadership-governance");
    }

    @Test
    void enteringCareInAnyTenseIsChildrenInCare() {
        has(cs("Life-story work helps children explore their journeys into care."), "children-in-care");
        has(cs("Most of these children came into care as babies."), "children-in-care");
        has(cs("Fewer children entered care this year."), "children-in-care");
        hasNot(cs("Staff came into the service from other authorities."), "children-in-care");
        List<String> court = cs("Few families enter care proceedings without a letter before proceedings.");
        hasNot(court, "children-in-care");
        has(court, "legal-planning");
    }
}
