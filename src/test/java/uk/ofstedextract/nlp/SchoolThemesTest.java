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
        assertEquals("schools-2026.16", c.reference());
        for (Codebook.Theme t : c.themes()) {
            assertFalse(t.include() == null || t.include().isBlank(), t.key() + " include");
            assertFalse(t.exclude() == null || t.exclude().isBlank(), t.key() + " exclude");
            assertFalse(t.examples().isEmpty(), t.key() + " examples");
        }
        assertEquals(Codebook.DEFAULT_ID, Codebook.standard().id());
    }

    @Test
    void conductIsBehaviourButConductsIsTheVerb() {
        assertFalse(themes("Where staff have worked abroad, the proprietor conducts overseas checks.")
                .contains("behaviour"));
        assertTrue(themes("Pupils' conduct around the school is exemplary.").contains("behaviour"));
    }

    @Test
    void progressIsPupilsAchievementNotThePlansOrItsTracking() {
        assertFalse(themes("Rigorous checks on the progress of these priorities have brought about improvements.")
                .contains("achievement"));
        assertFalse(themes("Regular reviews monitor the school’s progress against key areas for improvement.")
                .contains("achievement"));
        assertFalse(themes("The leader tracks children’s progress well over time.").contains("achievement"));
        assertTrue(themes("Pupils also make good progress in a range of subjects.").contains("achievement"));
        assertTrue(themes("The progress of disadvantaged pupils is strong.").contains("achievement"));
    }

    @Test
    void aClassroomAsThePlaceWhereSomethingHappensIsNoPremises() {
        assertFalse(themes("In classrooms, pupils listen attentively.").contains("premises-health-safety"));
        assertFalse(themes("Pupils work silently in their classrooms.").contains("premises-health-safety"));
        assertFalse(themes("Develop consistent classroom and behaviour management procedures.")
                .contains("premises-health-safety"));
        assertTrue(themes("Classrooms are bright and airy.").contains("premises-health-safety"));
        assertTrue(themes("Some classrooms are cramped.").contains("premises-health-safety"));
    }

    @Test
    void aSubjectsTimetabledLessonsAreNoTeaching() {
        assertFalse(themes("They are very enthusiastic about timetabled physical education lessons.")
                .contains("teaching"));
        assertTrue(themes("Pupils say lessons are interesting.").contains("teaching"));
    }

    @Test
    void staffEmploymentIsNoCareersAndLearningNeedsAloneNoSend() {
        assertFalse(themes("The school makes checks on potential staff prior to employment.")
                .contains("careers-employability"));
        assertTrue(themes("Pupils learn about employment and the world of work.").contains("careers-employability"));
        assertFalse(themes("Teachers plan lessons which meet the individual learning needs and interests of all groups.")
                .contains("send"));
        assertTrue(themes("Pupils with additional learning needs are well supported.").contains("send"));
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

    @Test
    void teachersNamedAsTheOnesWhoDoOtherWorkAreNotTeaching() {
        assertFalse(themes("Curriculum materials are sequenced to allow teachers to check pupils' learning.")
                .contains("teaching"));
        assertFalse(themes("Pupils say that teachers are fair in their use of rewards and sanctions.").contains("teaching"));
        assertFalse(themes("Teachers have high expectations of behaviour.").contains("teaching"));
        assertTrue(themes("Teachers explain new ideas clearly.").contains("teaching"));
        assertTrue(themes("Teachers ask good questions which make pupils think.").contains("teaching"));
    }

    @Test
    void aFindingOfTheEarlyYearsSectionIsEarlyYearsWhateverItsWords() {
        String text = "Children show good behaviour and positive attitudes to learning.";
        AlignedText finding = AlignedText.identity(text);
        assertFalse(THEMES.tag(finding).themes().contains("early-years"));
        ThemeTagger.Result r = THEMES.tag(finding, "early-years");
        assertTrue(r.themes().contains("early-years"), r.themes().toString());
        uk.ofstedextract.report.ThemeEvidence e = r.evidence().stream()
                .filter(x -> x.theme().equals("early-years")).findFirst().orElseThrow();
        assertEquals("early-years", e.term(), "the codebook entry that matched: the section's judgement key");
        assertEquals(0, e.span().start());
        assertEquals(text.length(), e.span().end());
        assertFalse(THEMES.tag(finding, "behaviour-and-attitudes").themes().contains("early-years"));
    }

    @Test
    void aThemeItsWordsGiveKeepsTheirEvidenceInItsSection() {
        ThemeTagger.Result r = THEMES.tag(AlignedText.identity("Children in Reception learn to count."), "early-years");
        List<String> terms = r.evidence().stream().filter(x -> x.theme().equals("early-years"))
                .map(uk.ofstedextract.report.ThemeEvidence::term).toList();
        assertEquals(List.of("Reception"), terms);
    }

    @Test
    void progressAsAVerbAndAPlanAchievedAreNoAchievement() {
        assertFalse(themes("Apprentices gain the skills they need to progress to their next steps.").contains("achievement"));
        assertFalse(themes("This is achieved by matching the work to each group.").contains("achievement"));
        assertFalse(themes("All pupils do the same exercises whatever their prior attainment.").contains("achievement"));
        assertTrue(themes("Pupils make strong progress in mathematics.").contains("achievement"));
        assertTrue(themes("Attainment in mathematics is above average.").contains("achievement"));
    }

    @Test
    void nextStepsInLearningThatStaffPlanAreNoCareers() {
        assertFalse(themes("Staff plan the next steps in their learning precisely.").contains("careers-employability"));
        assertFalse(themes("Teachers use this information to plan next steps.").contains("careers-employability"));
        assertTrue(themes("Students receive effective guidance about their next steps.").contains("careers-employability"));
    }

    @Test
    void confidenceAsAMannerOrStaffsConfidenceIsNoPersonalDevelopment() {
        assertFalse(themes("Pupils read with confidence.").contains("personal-development"));
        assertFalse(themes("Pupils solve problems with increasing confidence.").contains("personal-development"));
        assertFalse(themes("The headteacher has gained the confidence of staff.").contains("personal-development"));
        assertFalse(themes("Teaching staff show confidence in the use of these resources.").contains("personal-development"));
        assertTrue(themes("The programme builds pupils' confidence and resilience.").contains("personal-development"));
    }

    @Test
    void staffWhoHaveReadGuidanceAreNoReading() {
        assertFalse(themes("All staff have read and understood the safeguarding policy.").contains("reading"));
        assertTrue(themes("Pupils think deeply about what they have read.").contains("reading"));
    }

    @Test
    void informationMadeAvailableToParentsIsARequirementNotTheParentsTheme() {
        assertFalse(themes("The complaints policy is accessible to parents on the website.").contains("parents"));
        assertFalse(themes("Leaders know what information must be made available to parents.").contains("parents"));
        assertTrue(themes("Parents value the regular updates they receive from teachers.").contains("parents"));
    }

    @Test
    void trainingAsADestinationIsNoStaffTrainingAndConductWithAnObjectIsTheVerb() {
        assertFalse(themes("Learners progress into education, training and employment.").contains("staff"));
        assertTrue(themes("Staff receive regular training.").contains("staff"));
        assertFalse(themes("In science, pupils conduct investigations.").contains("behaviour"));
    }

    @Test
    void monitoringPupilsProgressIsAssessmentMonitoringThePlansIsNot() {
        assertTrue(themes("Leaders rigorously monitor the progress of disadvantaged pupils.").contains("assessment"));
        assertTrue(themes("Their progress is being monitored closely.").contains("assessment"));
        assertTrue(themes("Half-termly pupil progress meetings hold teachers to account.").contains("assessment"));
        assertFalse(themes("Governors monitor the progress of the school's priorities.").contains("assessment"));
    }

    @Test
    void aSubjectTaughtWellIsTeaching() {
        assertTrue(themes("Phonics is taught well.").contains("teaching"));
        assertTrue(themes("Leaders ensure that the curriculum is well taught.").contains("teaching"));
        assertFalse(themes("Pupils learn what was planned in each year.").contains("teaching"));
    }

    @Test
    void identifyingPrioritiesAndAnAccurateViewOfTheSchoolAreLeadership() {
        assertTrue(themes("The headteacher has set out clear priorities.").contains("leadership-governance"));
        assertTrue(themes("The headteacher has an accurate view of the school’s strengths.")
                .contains("leadership-governance"));
        assertTrue(themes("Leaders demonstrate a secure understanding of the quality of teaching.")
                .contains("leadership-governance"));
        assertFalse(themes("Pupils have a secure understanding of fractions.").contains("leadership-governance"));
    }

    @Test
    void statutoryDutiesAreCompliance() {
        assertTrue(themes("Governors fulfil their statutory duties.").contains("compliance"));
        assertFalse(themes("Governors fulfil their roles well.").contains("compliance"));
    }

    @Test
    void progressMonitoredOrReportedToParentsIsNoAchievement() {
        assertFalse(themes("Parents will receive written reports about their children’s progress.").contains("achievement"));
        assertFalse(themes("Leaders diligently monitor pupils’ progress and the impact of interventions.")
                .contains("achievement"));
        assertFalse(themes("Pupils’ progress will be monitored over time.").contains("achievement"));
        assertTrue(themes("Pupils also make good progress in a range of subjects.").contains("achievement"));
    }

    @Test
    void achievementsCelebratedAreNoAchievement() {
        assertFalse(themes("Pupils will be encouraged to celebrate their own achievements.").contains("achievement"));
        assertFalse(themes("Proud clouds will be used to celebrate pupils’ individual achievements.").contains("achievement"));
        assertTrue(themes("The achievement of disadvantaged pupils is improving.").contains("achievement"));
    }

    @Test
    void trackingAttendanceIsNoAssessment() {
        assertFalse(themes("The school tracks attendance and works with the local authority.").contains("assessment"));
        assertTrue(themes("The school tracks attendance and works with the local authority.").contains("attendance"));
        assertTrue(themes("Teachers track pupils’ progress carefully.").contains("assessment"));
    }

    @Test
    void aSubjectNamedOnlyAsWhereProgressIsMadeIsNoCurriculumWhatPupilsLearnInOneIs() {
        assertFalse(themes("Pupils make good progress in nearly all subjects.").contains("curriculum"));
        assertFalse(themes("You make good progress in the subjects you study.").contains("curriculum"));
        assertFalse(themes("Students achieve well in most subjects by the end of key stage 4.").contains("curriculum"));
        assertTrue(themes("The school offers a wide range of subjects.").contains("curriculum"));
        assertTrue(themes("In history, pupils learn about the local area.").contains("curriculum"));
        assertTrue(themes("In science, pupils conduct investigations and make sensible predictions.").contains("curriculum"));
        assertFalse(themes("In science, pupils make good progress.").contains("curriculum"));
    }

    @Test
    void dataOrAssessmentsCitedAsEvidenceOfResultsAreNoAssessment() {
        assertFalse(themes("School data and inspection evidence show that more pupils reached the expected standard.")
                .contains("assessment"));
        assertFalse(themes("Published historical data shows that attainment is rising.").contains("assessment"));
        assertFalse(themes("Work in pupils’ books and teachers’ assessments show that the gaps have closed.")
                .contains("assessment"));
        assertFalse(themes("Pupils apply the skills of data handling in science.").contains("assessment"));
        assertTrue(themes("Leaders use assessment data to identify pupils who fall behind.").contains("assessment"));
        assertTrue(themes("Teachers' assessments are accurate.").contains("assessment"));
    }

    @Test
    void anAwardTheSchoolAchievedAndProgressMonitoredAreNoAchievement() {
        assertFalse(themes("The school has recently achieved a Silver kitemark for its sport.").contains("achievement"));
        assertFalse(themes("The progress of all children is now monitored.").contains("achievement"));
        assertTrue(themes("Pupils achieved well in the national tests.").contains("achievement"));
        assertTrue(themes("The progress of all children is rapid.").contains("achievement"));
    }
}
