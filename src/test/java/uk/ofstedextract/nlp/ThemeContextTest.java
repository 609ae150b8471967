package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.text.AlignedText;

/** How report English expresses a theme, as the default codebook reads it: one behaviour per test. */
class ThemeContextTest {
    private static final ThemeTagger THEMES = new ThemeTagger(Codebook.standard());

    private static List<String> themes(String text) {
        return THEMES.tag(AlignedText.identity(text)).themes();
    }

    @Test
    void aPaceWordAboutLeadersIsTheOrganisationsPace() {
        assertFalse(themes("Senior leaders have not been swift enough to take effective action.").contains("timeliness"));
        assertFalse(themes("The improvement response of leaders was swift and decisive.").contains("timeliness"));
        assertFalse(themes("The board takes decisive and prompt action where necessary.").contains("timeliness"));
        assertTrue(themes("Strategy meetings are convened swiftly.").contains("timeliness"));
    }

    @Test
    void aPaceWordAboutLeadersActingForChildrenStillCounts() {
        assertTrue(themes("Leaders acted swiftly to protect children.").contains("timeliness"));
        assertTrue(themes("Senior managers fail to take timely action when children's circumstances do not change.")
                .contains("timeliness"));
        assertTrue(themes("Team leaders respond promptly to new concerns.").contains("timeliness"),
                "a team leader's work is casework");
    }

    @Test
    void aPaceWordWhosePurposeIsTheOrganisationsImprovementDoesNotCount() {
        assertFalse(themes("The local authority took swift action to improve the quality of assessments.")
                .contains("timeliness"));
        assertFalse(themes("The local authority responded swiftly to the challenges of the pandemic.")
                .contains("timeliness"));
        assertTrue(themes("Children receive a response that is timely and improves their situation.")
                .contains("timeliness"), "the improvement is the child's");
        assertTrue(themes("Minutes do not set timely actions to improve planning for children.").contains("timeliness"));
    }

    @Test
    void aPaceWordInAClauseAboutAChildCounts() {
        assertTrue(themes("Children with emotional health difficulties have access to timely assessments to improve "
                + "their well-being.").contains("timeliness"));
    }

    @Test
    void notQuicklyEnoughJudgesTimingForChildrenNotLeadersPace() {
        assertTrue(themes("Some contacts had not been referred quickly enough.").contains("timeliness"));
        assertFalse(themes("Senior leaders have not acted quickly enough.").contains("timeliness"));
    }

    @Test
    void needsOrRisksThatAreAssessedAreAssessment() {
        assertTrue(themes("A joint protocol ensures that these young people’s needs are carefully assessed.")
                .contains("assessment"));
        assertTrue(themes("Risk and need are not always fully understood, assessed or responded to.")
                .contains("assessment"));
        assertFalse(themes("The impact of the new service has not yet been assessed.").contains("assessment"));
    }

    @Test
    void aTermDoesNotRunAcrossASentenceEnd() {
        assertFalse(themes("Staff know their practice. Managers are visible.").contains("management-oversight"),
                "'practice manager' across a full stop");
        assertTrue(themes("Practice managers review plans.").contains("management-oversight"));
    }

    @Test
    void childrenTakingPartInTheirOwnPlansAndReviewsIsTheirVoice() {
        assertTrue(themes("Many children attend their reviews.").contains("voice-of-child"));
        assertTrue(themes("Young people contribute to their pathway plans.").contains("voice-of-child"));
        assertTrue(themes("Children in care in Lancashire told inspectors they feel listened to.").contains("voice-of-child"));
        assertFalse(themes("The young person's family network is involved in planning.").contains("voice-of-child"),
                "a family's part is not the child's");
        assertFalse(themes("Children attend school regularly.").contains("voice-of-child"));
    }

    @Test
    void staffWhoFeelSupportedOrValuedIsMoraleButChildrenWhoDoAreNot() {
        assertTrue(themes("Social workers feel well supported by visible leaders.").contains("workforce"));
        assertTrue(themes("Many staff feel valued.").contains("workforce"));
        assertTrue(themes("Staff are positive about working in the local authority.").contains("workforce"));
        assertFalse(themes("Children speak highly about their social workers and feel listened to.").contains("workforce"));
        assertFalse(themes("Adopters spoke positively about the social workers from the agency and felt well supported.")
                .contains("workforce"));
    }

    @Test
    void trainingCountsAsWorkforceWhenStaffAreTrainedNotCarers() {
        assertTrue(themes("Training has been provided to social workers on the new model.").contains("workforce"));
        assertTrue(themes("Most practitioners have received training in trauma-informed practice.").contains("workforce"));
        assertFalse(themes("Foster carers benefit from training and support.").contains("workforce"));
    }

    @Test
    void evaluatingTheImpactOfTheWorkIsPerformanceManagementButInspectorsJudgingItIsNot() {
        assertTrue(themes("The board should evaluate the effectiveness of early help services.")
                .contains("performance-management"));
        assertTrue(themes("The impact of this training has not been evaluated.").contains("performance-management"));
        assertFalse(themes("It is too early to evaluate the impact of these changes.").contains("performance-management"));
    }

    @Test
    void managersExercisingOversightOfChildrenIsManagementOversight() {
        assertTrue(themes("Managers maintain regular oversight of these children.").contains("management-oversight"));
        assertFalse(themes("Managers have oversight of the fostering service.").contains("management-oversight"),
                "oversight of a service is the service's leadership");
    }

    @Test
    void caseFileAuditsArePerformanceManagementNotRecording() {
        List<String> t = themes("The quality of case file audits is too variable.");
        assertTrue(t.contains("performance-management"), t.toString());
        assertFalse(t.contains("recording"), t.toString());
        assertFalse(themes("Managers do not undertake formal audits of case files.").contains("recording"));
        assertTrue(themes("Case files are not kept up to date.").contains("recording"));
    }

    @Test
    void assessmentAndDiagnosisOrAnAssessmentOfPracticeIsNoAssessmentOfAChild() {
        assertFalse(themes("Children wait too long for assessment and diagnosis of autism.").contains("assessment"));
        assertFalse(themes("There are delays in assessment, diagnosis and support.").contains("assessment"));
        assertFalse(themes("The self-evaluation provides an accurate assessment of practice.").contains("assessment"));
        assertTrue(themes("The assessment of the child's needs is thorough.").contains("assessment"));
    }

    @Test
    void theTimelinessOfSupervisionIsNoTimelinessForAChild() {
        assertFalse(themes("The quality and timeliness of supervision vary.").contains("timeliness"));
        assertFalse(themes("Social workers receive timely supervision.").contains("timeliness"));
        assertTrue(themes("The timeliness of assessments has improved.").contains("timeliness"));
    }

    @Test
    void aCommissionedServiceForChildrenIsSufficiencyACommissionedReviewIsNot() {
        assertTrue(themes("Return home interviews are offered through a commissioned service.").contains("sufficiency"));
        assertTrue(themes("Advocacy is provided by commissioned services.").contains("sufficiency"));
        assertFalse(themes("Leaders commissioned an external review of practice.").contains("sufficiency"));
    }

    @Test
    void theSufficiencyOfTheWorkforceAndAgencyStaffAreWorkforce() {
        List<String> t = themes("Continue to review the sufficiency of the social care workforce.");
        assertTrue(t.contains("workforce"), t.toString());
        assertFalse(t.contains("sufficiency"), t.toString());
        List<String> agency = themes("Agency and temporary staff have now been recruited.");
        assertTrue(agency.contains("workforce"), agency.toString());
        assertFalse(agency.contains("multi-agency"), agency.toString());
    }

    @Test
    void childrensExperiencesUnderstoodAreTheirVoiceImprovedOrInTheJudgementNameAreNot() {
        assertTrue(themes("Social workers use a range of tools to understand children’s experiences.")
                .contains("voice-of-child"));
        assertTrue(themes("Assessments do not describe children's experiences well.").contains("voice-of-child"));
        assertTrue(themes("Children’s lived experiences are well considered.").contains("voice-of-child"));
        assertFalse(themes("These services are improving children’s experiences.").contains("voice-of-child"));
        assertFalse(themes("The experiences and progress of children in care are good.").contains("voice-of-child"));
    }

    @Test
    void helpOutsideOfficeHoursIsTheFrontDoor() {
        assertTrue(themes("The response to children outside normal office hours is effective.").contains("front-door"));
        assertTrue(themes("Concerns that arise out of office hours are dealt with well.").contains("front-door"));
        assertFalse(themes("Concerns are dealt with well.").contains("front-door"));
    }

    @Test
    void staffWhoSayTheyFeelSupportedOrValueTheirSupportIsMoraleCarersWhoDoAreNot() {
        assertTrue(themes("Social workers who spoke to inspectors said that the service had changed a great deal and that "
                + "they feel well supported.").contains("workforce"));
        assertTrue(themes("Personal advisers value the specialist training that the council has funded.")
                .contains("workforce"));
        assertTrue(themes("Practitioners told inspectors that they enjoyed working in the borough.").contains("workforce"));
        assertFalse(themes("Adopters value the support they receive from the adoption team.").contains("workforce"));
        assertFalse(themes("Intensive support workers provide valued support for care leavers in the evenings.")
                .contains("workforce"));
    }

    @Test
    void briefingsAndLearningEventsForStaffAndTheEstablishmentAreWorkforce() {
        assertTrue(themes("Learning events are arranged for all staff after each review.").contains("workforce"));
        assertTrue(themes("The board runs briefing sessions for social workers on recent reviews.").contains("workforce"));
        assertTrue(themes("The social work establishment has been increased.").contains("workforce"));
        assertFalse(themes("Members receive detailed briefings and visits to frontline services.").contains("workforce"));
        assertFalse(themes("Staff report positively on the training events and the local authority has procedures for "
                + "staff to follow.").contains("workforce"), "a clause joined by 'and the' is another clause");
    }

    @Test
    void managersGivingSocialWorkersOversightIsManagementOversight() {
        assertTrue(themes("Managers do not provide social workers with sufficient oversight during assessments.")
                .contains("management-oversight"));
        assertFalse(themes("Social workers do not receive sufficient guidance during assessments.")
                .contains("management-oversight"));
    }

    @Test
    void theAuthoritysViewOfItsOwnPracticeIsPerformanceManagement() {
        assertTrue(themes("Senior leaders have an accurate understanding of the quality of practice.")
                .contains("performance-management"));
        assertTrue(themes("The council has a realistic view of its strengths and areas for development.")
                .contains("performance-management"));
        assertFalse(themes("Assessments give a clear picture of strengths, vulnerabilities and risks for the child.")
                .contains("performance-management"));
        assertFalse(themes("Partners have a good understanding of service thresholds.").contains("performance-management"));
    }

    @Test
    void leadersOrDataUnderstandingChildrensExperiencesIsNoVoicePracticeDoingItIs() {
        assertFalse(themes("This helps senior managers to understand children’s experiences.").contains("voice-of-child"));
        assertFalse(themes("The data does not accurately reflect children's experiences.").contains("voice-of-child"));
        assertTrue(themes("Leaders ensure that social workers use tools to understand children's experiences.")
                .contains("voice-of-child"));
        assertTrue(themes("Case records reflect children’s and young people’s experience accurately.")
                .contains("voice-of-child"));
        assertTrue(themes("Clinicians take good account of the experiences of the children in these families.")
                .contains("voice-of-child"));
    }

    @Test
    void livedExperiencesAsAnOutcomeAreNoVoice() {
        assertFalse(themes("The partnership is improving the lived experiences of children with SEND.")
                .contains("voice-of-child"));
        assertFalse(themes("This is making a difference to children’s lived experiences.").contains("voice-of-child"));
        assertTrue(themes("Assessments address the child’s lived experience.").contains("voice-of-child"));
    }

    @Test
    void aSafeguardingChildrenBoardNamedWithItsAreaIsMultiAgency() {
        assertTrue(themes("The Hillingdon Safeguarding Children Board monitors this work.").contains("multi-agency"));
        assertFalse(themes("The corporate parenting board monitors this work.").contains("multi-agency"));
    }

    @Test
    void writtenPracticeStandardsAreThePracticeModelTheStandardReachedIsNot() {
        assertTrue(themes("Practice standards have been introduced and are understood by staff.").contains("practice-model"));
        assertFalse(themes("Managers are driving up practice standards across the service.").contains("practice-model"));
        assertFalse(themes("There is variation in practice standards between teams.").contains("practice-model"));
    }

    @Test
    void managersReviewingIndividualChildrenIsManagementOversightACohortIsNot() {
        assertTrue(themes("Senior managers regularly review the plans for individual children with complex needs.")
                .contains("management-oversight"));
        assertTrue(themes("Managers closely track the progress of children in pre-proceedings.")
                .contains("management-oversight"));
        assertFalse(themes("Managers track children missing education through a weekly report.")
                .contains("management-oversight"), "a cohort, not a child's case");
    }

    @Test
    void theCouncilInvestingInAServiceIsLeadership() {
        assertTrue(themes("The local authority has invested in three additional posts.").contains("leadership"));
        assertTrue(themes("Sufficiency planning lacks effective strategic direction.").contains("leadership"));
        assertFalse(themes("Foster carers have invested time in the training.").contains("leadership"));
    }

    @Test
    void childrensWishesAndTheViewsOfYoungPeopleAreTheirVoice() {
        assertTrue(themes("Plans for children are informed by children’s wishes.").contains("voice-of-child"));
        assertTrue(themes("Board members gather the views of young people through the children in care council.")
                .contains("voice-of-child"));
        assertTrue(themes("The views of care leavers are captured in their pathway plans.").contains("voice-of-child"));
        assertFalse(themes("The views of parents are captured in their plans.").contains("voice-of-child"));
    }

    @Test
    void staffWhoAreSupportedOrUnderPressureOrHaveAccessToTrainingAreWorkforce() {
        assertTrue(themes("Practitioners are supported by responsive frontline managers.").contains("workforce"));
        assertTrue(themes("Social workers have been well supported through the pandemic.").contains("workforce"));
        assertTrue(themes("Audits paused in response to the pressures of increased demand on team managers and staff.")
                .contains("workforce"));
        assertTrue(themes("Most staff report satisfactory access to a range of training.").contains("workforce"));
        assertFalse(themes("Foster carers have access to good online training.").contains("workforce"),
                "carers' training is not the workforce's");
        assertFalse(themes("Children are well supported by their social workers.").contains("workforce"));
    }

    @Test
    void theCapacityStaffOrReviewingOfficersHaveIsWorkforce() {
        assertTrue(themes("Ensure that independent reviewing officers (IROs) have sufficient capacity to have an impact.")
                .contains("workforce"));
        assertTrue(themes("Ensure that frontline managers have the capacity to provide reflective supervision.")
                .contains("workforce"));
        assertFalse(themes("Leaders have the capacity to improve.").contains("workforce"));
    }

    @Test
    void asSoonAsPossibleAndTimeLimitsInHoursOrDaysAreTimeliness() {
        assertTrue(themes("Ensure that family finding begins as soon as possible after the decision.")
                .contains("timeliness"));
        assertTrue(themes("Not all children received a return interview within 72 hours of their return.")
                .contains("timeliness"));
        assertTrue(themes("Contacts that took more than 24 hours for a decision were appropriate.")
                .contains("timeliness"));
        assertFalse(themes("The programme runs for 12 weeks.").contains("timeliness"), "a duration, not a time limit");
    }

    @Test
    void coLocationHousingWorkersAndCafcassArePartnerAgencies() {
        assertTrue(themes("Information sharing is supported by the co-location of partners in the MASH.")
                .contains("multi-agency"));
        assertTrue(themes("Needs are jointly assessed by social workers and housing workers.").contains("multi-agency"));
        assertTrue(themes("The local authority has a good working relationship with Cafcass.").contains("multi-agency"));
    }

    @Test
    void aCoreDatasetIsPerformanceManagement() {
        assertTrue(themes("The board has no core dataset to monitor outcomes.").contains("performance-management"));
    }

    @Test
    void aDisabledChildrensServiceIsSend() {
        assertTrue(themes("The Disabled Children’s Service identifies when children are at risk.")
                .contains("send-disability"));
    }

    @Test
    void availablePlacementsAndTheRangeOfProvidersAreSufficiency() {
        assertTrue(themes("A thorough consideration of available placements is undertaken.").contains("sufficiency"));
        assertTrue(themes("Work has been done to increase the range of providers for short breaks.")
                .contains("sufficiency"));
    }

    @Test
    void coLocationOfTheAuthoritysOwnServicesIsNoPartnerAgency() {
        assertFalse(themes("Improvements include the colocation of services.").contains("multi-agency"));
        assertFalse(themes("The co-location and integration of early help provision has improved access.")
                .contains("multi-agency"));
        assertFalse(themes("A well-being practitioner is co-located in the care leavers service.").contains("multi-agency"));
        assertTrue(themes("The MASH benefits from the co-location of a wide range of partner agencies.")
                .contains("multi-agency"));
        assertTrue(themes("The co-location of CAMHS workers in permanence teams helps to ensure a timely response.")
                .contains("multi-agency"));
        assertTrue(themes("Two health transitions coordinators are co-located in the Disabled Children’s Service.")
                .contains("multi-agency"));
    }

    @Test
    void theJudgementsNameIsNoChildProtectionWork() {
        assertFalse(themes("Children in need of help and protection in Knowsley receive a timely response from the MASH.")
                .contains("child-protection"));
        assertFalse(themes("Progress had been made for children who need help and protection.").contains("child-protection"));
        assertTrue(themes("The local authority has had to take protective action so that children are not suffering "
                + "immediate harm.").contains("child-protection"));
        assertTrue(themes("Child protection plans are reviewed regularly.").contains("child-protection"));
        assertTrue(themes("EHC plans do not link to social care plans for children in need of help and protection.")
                .contains("child-protection"), "their plans are child in need and child protection plans");
    }

    @Test
    void riskAssessmentsOfCovidOrOfVisitingAreNoAssessmentOfAChild() {
        assertFalse(themes("Social workers completed risk assessments for visiting children.").contains("assessment"));
        assertFalse(themes("COVID-19 risk assessments have been systematically completed and reviewed.")
                .contains("assessment"));
        assertTrue(themes("Individual risk assessments capture both risks and protective factors well.")
                .contains("assessment"));
    }

    @Test
    void aChildHelpedToUnderstandTheirHistoryIsLifeStoryWorkNotAssessment() {
        assertFalse(themes("Delays in life-story work mean that children do not have the information they need to "
                + "understand their history.").contains("assessment"));
        assertTrue(themes("Assessments consider the family history well.").contains("assessment"));
    }

    @Test
    void aPossessiveEndingDoesNotHideATermsLastWord() {
        assertTrue(themes("Disabled children’s review meetings are well attended.").contains("send-disability"));
        assertTrue(themes("The virtual school’s 16-plus role has grown.").contains("education"));
        assertTrue(themes("The local authority successfully challenged a court’s decision.").contains("legal-planning"));
        assertFalse(themes("The Health and Wellbeing Board’s focus on vulnerable children is weak.")
                .contains("health-wellbeing"), "a notWithin phrase's last word folds too");
        assertFalse(themes("Her mother’s partner’s behaviour was not assessed.").contains("multi-agency"),
                "a parent's partner is no partner agency");
    }
}
