package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.ThemeTexts.cs;
import static uk.ofstedextract.nlp.ThemeTexts.school;

import org.junit.jupiter.api.Test;

/**
 * The codebooks' round 13 rules (children-services-2026.12, schools-2026.10), each with both sides: what the
 * include or exclude note says counts, and the nearby case it does not.
 */
class ThemeRound13Test {
    @Test
    void cafcassByItsLongNameIsAPartnerAgency() {
        assertTrue(cs("The Children and Family Court Advisory and Support Service reports that the quality of "
                + "information has improved.").contains("multi-agency"));
        assertFalse(cs("Children and their family are supported well.").contains("multi-agency"));
    }

    @Test
    void asEarlyAsPossibleJudgesTiming() {
        assertTrue(cs("Some children are not achieving legal permanence as early as possible.")
                .contains("timeliness"));
        assertFalse(cs("Some children are not achieving legal permanence.").contains("timeliness"));
    }

    @Test
    void aCommissionedServiceNamedWithItsKindIsSufficiencyButACommissionedReviewIsNot() {
        assertTrue(cs("The commissioned domestic abuse service provides a comprehensive range of services.")
                .contains("sufficiency"));
        assertTrue(cs("The local area partnership has worked together to commission some services that meet "
                + "the needs of children.").contains("sufficiency"));
        assertTrue(cs("The PCF supports the recommissioning of short breaks.").contains("sufficiency"));
        assertFalse(cs("The local authority commissioned a review of services for care leavers.")
                .contains("sufficiency"), "a commissioned review (exclude note)");
        assertFalse(cs("Leaders commissioned external consultants to review practice.").contains("sufficiency"));
    }

    @Test
    void recruitingAdoptersIsSufficiencyAsRecruitingFosterCarersIs() {
        assertTrue(cs("There is active recruitment of adopters.").contains("sufficiency"));
        assertTrue(cs("Not enough foster carers are being recruited to meet the needs of children.")
                .contains("sufficiency"));
        assertTrue(cs("The local authority is astute in recruiting sufficient adopters.").contains("sufficiency"));
        assertFalse(cs("Assessments of prospective adopters are analytical and thorough.").contains("sufficiency"),
                "assessing adopters is not finding enough of them");
        assertFalse(cs("Adopters value the support provided before and after children are placed.")
                .contains("sufficiency"));
    }

    @Test
    void monitoringTheEffectivenessOfServicesIsPerformanceManagementUnlessItIsTooEarly() {
        assertTrue(cs("The LSCB has mechanisms in place to monitor the effectiveness of local arrangements.")
                .contains("performance-management"));
        assertTrue(cs("There is no measure to assess the effectiveness of the communication priority.")
                .contains("performance-management"));
        assertFalse(cs("It is too early to assess the effectiveness of the new team.")
                .contains("performance-management"), "inspectors' caution (exclude note)");
        assertFalse(cs("The effectiveness of the new team is clear.").contains("performance-management"));
    }

    @Test
    void oversightOfTheQualityOfPracticeIsPerformanceManagement() {
        assertTrue(cs("The panel provides good oversight of the quality of adoption work.")
                .contains("performance-management"));
        assertFalse(cs("The panel provides good oversight of children's plans.").contains("performance-management"));
    }

    @Test
    void councilTaxExemptionForCareLeaversIsCorporateParenting() {
        assertTrue(cs("Care leavers benefit from a 100% council tax exemption when living in the borough.")
                .contains("corporate-parenting"));
        assertFalse(cs("Checks are made of council tax and benefit records to find the child.")
                .contains("corporate-parenting"), "records searched to find a child (exclude note)");
    }

    @Test
    void qualifiedAndExperiencedStaffAreWorkforce() {
        assertTrue(cs("Section 47 enquiries are undertaken by suitably qualified and experienced staff.")
                .contains("workforce"));
        assertFalse(cs("The adoption panel is chaired by a suitably qualified and experienced chair.")
                .contains("workforce"), "one panel chair is not the staff");
    }

    @Test
    void educationalPsychologistsAreNoHealthEvidence() {
        assertFalse(cs("Advice was created with educational psychologists and specialist teaching teams.")
                .contains("health-wellbeing"));
        assertTrue(cs("Children have timely access to clinical psychologists.").contains("health-wellbeing"));
    }

    @Test
    void theSchoolsWorkWithFamiliesIsParents() {
        assertTrue(school("Leaders work closely with families whose children miss school too often.")
                .contains("parents"));
        assertTrue(school("Children settle quickly because of their good relationships with families.")
                .contains("parents"));
        assertTrue(school("Staff know them and their families well.").contains("parents"));
        assertFalse(school("Pupils learn about different families and communities.").contains("parents"),
                "families as what pupils learn about");
        assertFalse(school("Many fit their learning around work and family.").contains("parents"));
    }

    @Test
    void meetingRequirementsAlsoWithoutTheIsCompliance() {
        assertTrue(school("The health and safety policy meets requirements.").contains("compliance"));
        assertTrue(school("Adults keep children safe and meet all welfare requirements.").contains("compliance"));
        assertFalse(school("The curriculum meets pupils' needs.").contains("compliance"));
    }

    @Test
    void pupilsWhoFaceBarriersAndPupilsNewToEnglishAreDisadvantaged() {
        assertTrue(school("Leaders' decisions are in the best interests of pupils, particularly those who face "
                + "additional barriers.").contains("disadvantaged"));
        assertTrue(school("The vast majority of children are new to English when they start school.")
                .contains("disadvantaged"));
        assertFalse(school("Pupils face the challenge of a new topic with enthusiasm.").contains("disadvantaged"));
    }

    @Test
    void personalSocialAndEmotionalDevelopmentIsPersonalDevelopmentButACheckedIdentityIsNot() {
        assertTrue(school("It will support them to develop personal, social and emotional skills.")
                .contains("personal-development"));
        assertFalse(school("Staff do not routinely check visitors' identity on arrival.")
                .contains("personal-development"));
        assertFalse(school("This includes verifying their identity when they arrive.")
                .contains("personal-development"));
        assertTrue(school("Students promote the importance of identity in their community.")
                .contains("personal-development"));
    }

    @Test
    void routineChecksOfThePremisesAreNoBehaviour() {
        assertFalse(school("Risk assessments and routine checks are in place. There are regular routines in place "
                + "to check fire procedures.").contains("behaviour"));
        assertTrue(school("Children follow the nursery's routines happily.").contains("behaviour"));
    }

    @Test
    void otherProvidersSixthFormsAreNoSixthForm() {
        assertFalse(school("Transition arrangements for those moving on to sixth forms and colleges are excellent.")
                .contains("sixth-form"));
        assertTrue(school("Students in the sixth form are positive role models.").contains("sixth-form"));
    }
}
