package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.ThemeTexts.cs;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 17, children's services (children-services-2026.16): the rules written from the read errors of themes15cs's read
 * part and of the earlier rounds' read parts, each with both sides. The sentences are written for the test.
 */
class ThemeRound17CsTest {
    private static void has(List<String> themes, String theme) {
        assertTrue(themes.contains(theme), () -> theme + " missing from " + themes);
    }

    private static void hasNot(List<String> themes, String theme) {
        assertFalse(themes.contains(theme), () -> theme + " wrongly in " + themes);
    }

    @Test
    void referrersAreTheFrontDoor() {
        has(cs("Referrers are told what happened as a result of their concern."), "front-door");
        has(cs("Clear feedback is given to the referrer within a day."), "front-door");
        hasNot(cs("Carers are told what happened as a result of their concern."), "front-door");
    }

    @Test
    void privateFosterCarersAreNotChildrenInCareNorTheirAssessmentAChildsAssessment() {
        List<String> checks = cs("Checks of private foster carers are not always completed.");
        hasNot(checks, "children-in-care");
        List<String> assessed = cs("The assessments of private foster carers lack depth.");
        hasNot(assessed, "assessment");
        hasNot(assessed, "children-in-care");
        has(cs("Checks of foster carers are not always completed."), "children-in-care");
        has(cs("Children's assessments lack depth."), "assessment");
        // the private fostering assessment of a child and the arrangement is still an assessment
        has(cs("Private fostering assessments are thorough and child-centred."), "assessment");
    }

    @Test
    void childrenChairingTheirOwnReviewsOrMakingSenseOfTheirStoryIsTheirVoice() {
        has(cs("Several young people co-chair their own reviews."), "voice-of-child");
        has(cs("Many older children chair their review meetings."), "voice-of-child");
        has(cs("Later life letters help children to make sense of their journey."), "voice-of-child");
        hasNot(cs("The independent reviewing officer chairs the review."), "voice-of-child");
        hasNot(cs("The service manager chairs the panel."), "voice-of-child");
    }

    @Test
    void theQualityOfRecordsIsRecording() {
        has(cs("There is variability in the quality of records."), "recording");
        hasNot(cs("There is variability in the quality of plans."), "recording");
    }

    @Test
    void schoolPlacementsAndTimeOutOfSchoolAreEducation() {
        List<String> school = cs("Children keep their school placement when they move.");
        has(school, "education");
        hasNot(school, "children-in-care");
        has(cs("Some children spend too much time out of school."), "education");
        has(cs("Parents who choose to electively home educate are contacted."), "education");
        hasNot(cs("Carers encourage out-of-school activities such as swimming."), "education");
        has(cs("Children keep their foster placement when they move."), "children-in-care");
    }

    @Test
    void teamManagersUnderPressureAreTheWorkforceNotOversight() {
        List<String> pressure = cs("Audits were paused because of increased demand on team managers.");
        hasNot(pressure, "management-oversight");
        has(pressure, "workforce");
        has(cs("Team managers review plans in supervision."), "management-oversight");
    }

    @Test
    void leadersKnowingTheStrengthsAndWeaknessesOfTheirServicesIsPerformanceManagement() {
        has(cs("Leaders know their strengths and weaknesses well."), "performance-management");
        has(cs("Managers are well informed about the strengths and weaknesses of the service."),
                "performance-management");
        has(cs("Senior leaders know the strengths and areas for development across the service."),
                "performance-management");
        hasNot(cs("Pathway plans analyse the care leaver's strengths and areas for development."),
                "performance-management");
        hasNot(cs("The assessment considers the parents' strengths and weaknesses."), "performance-management");
    }

    @Test
    void aTraumaInformedApproachIsAPracticeApproachNotChildrensHealth() {
        List<String> approach = cs("Staff use a trauma-informed and systemic approach to practice.");
        has(approach, "practice-model");
        hasNot(approach, "health-wellbeing");
        has(cs("Children receive therapeutic support for their emotional well-being."), "health-wellbeing");
    }

    @Test
    void theChildrenInCareCouncilIsAGroupOfChildrenInCareAndTheirVoice() {
        List<String> council = cs("The children in care council meets monthly with the lead member.");
        has(council, "children-in-care");
        has(council, "voice-of-child");
        hasNot(cs("The youth council meets monthly with the lead member."), "children-in-care");
    }

    @Test
    void redesigningServicesIsAReorganisationButRedesigningAFormIsNot() {
        has(cs("Managers have redesigned the multi-agency safeguarding hub."), "leadership");
        has(cs("A comprehensive service redesign is under way."), "leadership");
        has(cs("The authority is redesigning children's social care."), "leadership");
        hasNot(cs("Young people helped to redesign the leaflets about the pledge."), "leadership");
        hasNot(cs("The visit form was redesigned last year."), "leadership");
    }

    @Test
    void theAuthorityAppointingMoreStaffIsTheWorkforce() {
        has(cs("The authority is appointing two additional IROs."), "workforce");
        has(cs("Managers are recruiting more social workers for the referral team."), "workforce");
        hasNot(cs("The authority is appointing an independent chair to the panel."), "workforce");
    }

    @Test
    void anAuditTrailIsRecordingNotAnAudit() {
        List<String> trail = cs("There is no clear audit trail of decisions about referrals.");
        has(trail, "recording");
        hasNot(trail, "performance-management");
        has(cs("A thematic audit of referrals found weaknesses."), "performance-management");
    }

    @Test
    void commonAndEarlyHelpAssessmentsAreAssessmentsAndEarlyHelp() {
        List<String> caf = cs("The use of the common assessment framework is well established.");
        has(caf, "assessment");
        has(caf, "early-help");
        List<String> eh = cs("Early help assessments are detailed.");
        has(eh, "assessment");
        has(eh, "early-help");
        hasNot(cs("The early help offer is well established."), "assessment");
    }

    @Test
    void practiceDevelopmentIsNoPracticeModel() {
        hasNot(cs("Staff can attend a range of practice development training."), "practice-model");
        has(cs("Staff attend training on the practice framework."), "practice-model");
    }

    @Test
    void schoolsOutsideTheAuthorityAreSchoolPlacesNotPlacementsAtADistance() {
        List<String> schools = cs("Some children are placed in schools outside the local authority.");
        hasNot(schools, "sufficiency");
        has(cs("Some children live in homes outside the local authority."), "sufficiency");
    }

    @Test
    void parentsWithLearningDifficultiesAreNotSend() {
        hasNot(cs("The plan was written in pictures for the parents, who have learning difficulties."),
                "send-disability");
        has(cs("The plan was written in pictures for the children, who have learning difficulties."),
                "send-disability");
        hasNot(cs("Advocacy is offered to parents with learning disabilities."), "send-disability");
    }
}
