package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.ThemeTexts.school;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 17 (schools-2026.15): school themes by how school reports write about them, from the read errors of the
 * school parts (themes15sch's read two thirds and the earlier rounds' read parts), each with both sides. The sentences
 * are written for the test.
 */
class ThemeRound17Test {
    private static void has(List<String> themes, String theme) {
        assertTrue(themes.contains(theme), () -> theme + " missing from " + themes);
    }

    private static void hasNot(List<String> themes, String theme) {
        assertFalse(themes.contains(theme), () -> theme + " wrongly in " + themes);
    }

    @Test
    void theSchoolCodebookIsRound17s() {
        assertEquals("schools-2026.16", Codebook.shipped("schools").reference());
    }

    @Test
    void pupilsRelationshipsWithStaffAreBehaviourOthersRelationshipsAreNot() {
        has(school("Relationships between pupils and teachers and other adults are strong."), "behaviour");
        has(school("They forge positive relationships with their tutors."), "behaviour");
        has(school("Relationships are very positive throughout the school."), "behaviour");
        has(school("Pupils have positive relationships with their teachers, and they feel safe."), "behaviour");
        hasNot(school("Relationships with parents are very positive."), "behaviour");
        hasNot(school("Leaders have developed strong relationships with local employers."), "behaviour");
        hasNot(school("Staff relationships are good."), "behaviour");
    }

    @Test
    void respectForTeachersIsBehaviourRespectForDifferencesIsPersonalDevelopment() {
        List<String> teachers = school("Pupils have great respect for their teachers.");
        has(teachers, "behaviour");
        hasNot(teachers, "personal-development");
        List<String> faiths = school("Pupils show respect for people of different faiths.");
        has(faiths, "personal-development");
        hasNot(faiths, "behaviour");
    }

    @Test
    void conductAsAVerbAndAnOrganisationsDisruptionAreNotBehaviour() {
        hasNot(school("The school does not conduct fire drills often enough."), "behaviour");
        hasNot(school("Leaders will conduct a review of the timetable."), "behaviour");
        has(school("Pupils' conduct around the school is exemplary."), "behaviour");
        hasNot(school("Numbers will rise slowly to minimise the disruption to the existing pupil population."),
                "behaviour");
        has(school("Low-level disruption in lessons is rare."), "behaviour");
    }

    @Test
    void staffConfidenceInReportingAndStoryCharactersAreNotPersonalDevelopment() {
        hasNot(school("Staff have suitable training and show confidence in reporting any concerns."),
                "personal-development");
        has(school("Pupils develop confidence and resilience."), "personal-development");
        hasNot(school("Pupils create interesting story settings and character descriptions."), "personal-development");
        has(school("The school places great emphasis on developing pupils' character."), "personal-development");
    }

    @Test
    void spiritualAndMoralDevelopmentAndPupilAmbassadorsArePersonalDevelopment() {
        has(school("The school develops the whole child spiritually, morally and socially."), "personal-development");
        has(school("Older pupils act as anti-bullying ambassadors."), "personal-development");
        List<String> ambassadors = school("Pupils serve as safeguarding ambassadors and librarians.");
        has(ambassadors, "personal-development");
        hasNot(ambassadors, "safeguarding");
        has(school("The designated safeguarding lead is well trained."), "safeguarding");
    }

    @Test
    void participatingInTheCurriculumAndWiderCurriculumOpportunitiesAreNotCurriculum() {
        hasNot(school("The plan increases the extent to which disabled pupils can participate in the school's "
                + "curriculum."), "curriculum");
        hasNot(school("More students should take part in the enrichment and wider curriculum opportunities."),
                "curriculum");
        has(school("The wider curriculum is carefully planned."), "curriculum");
        has(school("The curriculum is broad and balanced."), "curriculum");
    }

    @Test
    void registrationPeriodsAreClassTimeAdmissionsPoliciesAreCompliance() {
        hasNot(school("Pupils count during registration periods."), "compliance");
        has(school("The proprietor has applied for registration of the school."), "compliance");
        has(school("There is a suitable admissions policy in place."), "compliance");
        has(school("The school has suitable systems to record pupils' admissions and attendance."), "compliance");
        hasNot(school("Admissions to the sixth form have risen."), "compliance");
    }

    @Test
    void lightingAcousticsSpaceAndLearningSpacesArePremisesATradeIsNot() {
        has(school("External lighting is suitably placed around the site."), "premises-health-safety");
        has(school("Acoustics are appropriate for the intended use."), "premises-health-safety");
        has(school("There is not sufficient space to accommodate the proposed number of pupils."),
                "premises-health-safety");
        has(school("All learning spaces have a wide range of resources."), "premises-health-safety");
        has(school("Children have limited access to high-quality outdoor provision."), "premises-health-safety");
        hasNot(school("Food and drink maintenance engineer apprentices learn to draw by hand."),
                "premises-health-safety");
        has(school("Maintenance staff carry out repairs promptly."), "premises-health-safety");
    }

    @Test
    void economicWellBeingIsCareersNotPersonalDevelopment() {
        List<String> t = school("Their qualifications prepare them well for their economic well-being.");
        has(t, "careers-employability");
        hasNot(t, "personal-development");
        has(school("Pupils' well-being is a priority for staff."), "personal-development");
    }

    @Test
    void sensoryNeedsAreSend() {
        has(school("Acoustics may be challenging for some pupils due to their sensory needs."), "send");
        has(school("Pupils receive sensory support and planned interventions."), "send");
        hasNot(school("Pupils enjoy the sensory garden."), "send");
    }

    @Test
    void aFrameworkForEvaluatingPupilPerformanceAndCheckingWhatTheyHaveLearntAreAssessment() {
        has(school("The proprietor ensures that a framework for pupil performance to be evaluated is in place."),
                "assessment");
        has(school("In many lessons, staff engage students well in checking what they have learnt."), "assessment");
        hasNot(school("They have learnt a great deal about the local area."), "assessment");
    }

    @Test
    void achievingOrProgressAsTheAimOfSupportIsNotAchievement() {
        hasNot(school("Pupils who face barriers to their learning are supported to achieve well."), "achievement");
        hasNot(school("Leaders at all levels invest in supporting all pupils to achieve well."), "achievement");
        hasNot(school("This creates a purposeful ethos in classrooms that promotes good progress."), "achievement");
        hasNot(school("Activities are set at the right level, which enables them to make swift progress."),
                "achievement");
        hasNot(school("Lessons are aimed at ensuring that all pupils make equally good progress."), "achievement");
        has(school("Pupils achieve well in national tests."), "achievement");
        has(school("Pupils make good progress from their starting points."), "achievement");
    }

    @Test
    void leadersVisitingLessonsIsNotTeaching() {
        hasNot(school("Actions include visiting lessons and speaking with students."), "teaching");
        hasNot(school("Governors have begun to visit lessons with senior leaders."), "teaching");
        has(school("Lessons are well planned and engaging."), "teaching");
    }

    @Test
    void topicsListedAfterPoliciesNameDocumentsNotThemes() {
        List<String> website = school("The website also provides parents with access to key policies relating to "
                + "complaints, the curriculum, behaviour and safeguarding. The school will publish further information.");
        hasNot(website, "curriculum");
        hasNot(website, "behaviour");
        hasNot(website, "safeguarding");
        has(website, "compliance");
        hasNot(school("Leaders have written policies, such as behaviour and safeguarding, which are published."),
                "behaviour");
        hasNot(school("The school keeps policies including behaviour, anti-bullying and first aid."), "behaviour");
    }

    @Test
    void aPolicysSingleTopicAPolicyListInUseAndOtherListsStillGiveThemes() {
        // a verb straight after the list: what is said is about the policies in use
        List<String> applied = school("Policies relating to behaviour and safeguarding are applied consistently.");
        has(applied, "behaviour");
        has(applied, "safeguarding");
        has(school("The policy relating to behaviour is applied consistently by staff."), "behaviour");
        // not "policy": concerns relating to a list are about each
        List<String> concerns = school("Leaders act on concerns relating to attendance, behaviour and safeguarding.");
        has(concerns, "behaviour");
        has(concerns, "attendance");
        // a run too long to be a listed topic ends the list
        has(school("Leaders have updated policies relating to behaviour, and pupils now behave well in lessons."),
                "behaviour");
        // a term before the policy, or after the list's clause, is not listed
        List<String> after = school("Behaviour is good. Key policies relating to complaints and the curriculum are on "
                + "the website; pupils behave well.");
        has(after, "behaviour");
        hasNot(after, "curriculum");
    }
}
