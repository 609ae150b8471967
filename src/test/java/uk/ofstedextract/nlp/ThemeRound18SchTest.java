package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.ThemeTexts.school;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 18, school themes (schools-2026.16): the handbooks' own wording for a theme (the independent school standards'
 * parts 6 to 8, the 2005-12 frameworks' judgements, the 2025 report card's areas, further education's contribution to
 * skills needs) and the open codebook points decided this round, each with both sides. The sentences are written for
 * the test.
 */
class ThemeRound18SchTest {
    private static void has(List<String> themes, String theme) {
        assertTrue(themes.contains(theme), () -> theme + " missing from " + themes);
    }

    private static void hasNot(List<String> themes, String theme) {
        assertFalse(themes.contains(theme), () -> theme + " wrongly in " + themes);
    }

    @Test
    void theSchoolCodebookIsRound18s() {
        assertEquals("schools-2026.16", Codebook.shipped("schools").reference());
    }

    @Test
    void leadersKnowledgeOfTheStandardsIsLeadershipStaffKnowledgeIsNot() {
        has(school("The proprietor and school leaders understand the standards well."), "leadership-governance");
        has(school("Leaders demonstrate the knowledge and skills they need to ensure that the school meets the "
                + "requirements of the standards."), "leadership-governance");
        has(school("The proprietor does not have sufficient knowledge of the early years foundation stage curriculum "
                + "to ensure that all requirements are met."), "leadership-governance");
        has(school("As a result, the proprietor body has not ensured that the standards in this part are likely to be "
                + "met."), "leadership-governance");
        has(school("They make sure that the standards are consistently met."), "leadership-governance");
        hasNot(school("Leaders ensure that staff have the knowledge they need to meet the requirements of pupils."),
                "leadership-governance");
        hasNot(school("Leaders do not make sure that employers understand the requirements of apprenticeships."),
                "leadership-governance");
        hasNot(school("Pupils meet the standards expected for their age."), "leadership-governance");
        hasNot(school("The proprietor has ensured that the school complies with the Equality Act 2010."),
                "leadership-governance");
    }

    @Test
    void governorsAmongThePeopleCheckedAreSaferRecruitmentNotLeadership() {
        List<String> checks = school("Appropriate recruitment checks have been completed for proprietors, governors, "
                + "school leaders and staff.");
        hasNot(checks, "leadership-governance");
        has(checks, "safeguarding");
        hasNot(school("The necessary checks have been made for members of the proprietorial body and governors."),
                "leadership-governance");
        hasNot(school("All required checks, including those for individuals in leadership and management roles, are "
                + "completed."), "leadership-governance");
        has(school("Governors hold leaders to account for the school's performance."), "leadership-governance");
        has(school("The leadership and management of the school are good."), "leadership-governance");
    }

    @Test
    void adultsSafeToWorkWithPupilsAndTheSchoolKeepingPupilsSafeAreSafeguarding() {
        has(school("Leaders make the checks needed to ensure that adults are safe to work with pupils."),
                "safeguarding");
        has(school("Almost all parents agree that the school keeps children safe."), "safeguarding");
        has(school("The school keeps you safe and there is always someone to look after you."), "safeguarding");
        has(school("Partnerships secure improvements to pupils' welfare and safety."), "safeguarding");
        hasNot(school("The health, safety and welfare of pupils are ensured by regular fire drills."), "safeguarding");
        hasNot(school("Pupils learn to keep their work safe on the computer network."), "safeguarding");
    }

    @Test
    void howParentsCanRaiseConcernsIsTheComplaintsProcedureNotParents() {
        List<String> route = school("The complaints policy sets out how parents can raise their concerns about the "
                + "school and the formal route that parents can take if they are not satisfied.");
        hasNot(route, "parents");
        has(route, "compliance");
        has(school("The school will retain copies of complaints and the action it took."), "compliance");
        has(school("Leaders have considered the makeup of a complaints panel."), "compliance");
        has(school("Parents are overwhelmingly positive about the support their children receive."), "parents");
        hasNot(school("Pupils complain that lunchtimes are too short."), "compliance");
    }

    @Test
    void theStandardsParagraphsCitedByNumberAreCompliance() {
        has(school("The proprietor carries out the checks referred to in sub-paragraph (3) (paragraph 18(2), "
                + "18(3))."), "compliance");
        has(school("The standard about the provision of information is met."), "compliance");
        hasNot(school("In the final paragraph of their essays, pupils summarise their argument."), "compliance");
    }

    @Test
    void pupilsKeenToLearnIsBehaviour() {
        has(school("Pupils enjoy school and are keen to learn."), "behaviour");
        has(school("Children are happy, confident and eager to learn."), "behaviour");
        hasNot(school("Leaders are keen to develop the curriculum further."), "behaviour");
    }

    @Test
    void furtherEducationsContributionToSkillsNeedsIsCareers() {
        has(school("Leaders work with the local council to support the local skills agenda."),
                "careers-employability");
        has(school("The curriculum reflects the skills priorities in the local skills improvement plan."),
                "careers-employability");
        has(school("Students learn about the local labour market."), "careers-employability");
        hasNot(school("Pupils develop their skills in mathematics."), "careers-employability");
    }

    @Test
    void theOlderFrameworksCareGuidanceAndSupportIsPersonalDevelopment() {
        has(school("Care, guidance and support are good."), "personal-development");
        hasNot(school("Staff give pupils support with their homework."), "personal-development");
    }

    @Test
    void theReportCardsAreasAndTheHandbooksTermsHaveTheirThemes() {
        has(school("Leadership and governance are strong."), "leadership-governance");
        hasNot(school("The website includes the school's contact details and leadership and governance information."),
                "leadership-governance");
        has(school("The RSHE programme is well planned."), "personal-development");
        has(school("Students in key stage 5 study a wide range of courses."), "sixth-form");
        hasNot(school("Pupils in key stage 2 study a wide range of subjects."), "sixth-form");
        has(school("Staff are trained in Keeping children safe in education."), "safeguarding");
        has(school("Leaders did not refer the concern to the local authority designated officer."), "safeguarding");
        has(school("Leaders have put in place appropriate filtering and monitoring of the school's network."),
                "safeguarding");
        has(school("Leaders work closely with the virtual school to support pupils with a social worker."),
                "disadvantaged");
        hasNot(school("A social worker visited the nursery."), "disadvantaged");
    }

    @Test
    void visitsByLeadersAndAssessmentOutcomesAreNotTheirWordsOtherSense() {
        hasNot(school("This information will be explored further in planned weekly visits and meetings with the "
                + "school leaders."), "personal-development");
        hasNot(school("The proprietor checks leaders' work through termly visits."), "personal-development");
        has(school("Pupils enjoy weekly visits to the local swimming pool."), "personal-development");
        hasNot(school("The outcomes of these assessments will be used to inform pupil progress meetings."),
                "achievement");
        has(school("Outcomes in national tests are well above average."), "achievement");
        hasNot(school("Leaders have worked to reduce workload and improve their well-being."),
                "personal-development");
    }
}
