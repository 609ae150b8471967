package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.ThemeTexts.cs;
import static uk.ofstedextract.nlp.ThemeTexts.school;

import org.junit.jupiter.api.Test;

/**
 * The codebooks' round 12 rules (children-services-2026.11, schools-2026.9), each with both sides: what the
 * include or exclude note says counts, and the nearby case it does not.
 */
class ThemeRound12Test {
    @Test
    void aRestructureOfTheServiceIsLeadershipUnlessItOnlyDatesSomething() {
        assertTrue(cs("The recent restructure to smaller teams is helping social workers.").contains("leadership"));
        assertTrue(cs("Early help services have recently been restructured and strengthened.").contains("leadership"));
        assertTrue(cs("The authority is seeking to resolve it through a structural re-organisation.")
                .contains("leadership"));
        assertFalse(cs("Some carers report several changes of workers during a recent restructuring.")
                .contains("leadership"), "a word of time: the restructure only dates the changes");
        assertFalse(cs("Foster carers moved into dedicated teams following a restructure.").contains("leadership"));
        assertFalse(cs("Workers retained case responsibility across restructuring.").contains("leadership"));
        assertFalse(cs("Following the recent restructure, workers are better able to spend time with children.")
                .contains("leadership"), "one word may come between");
    }

    @Test
    void investmentInServicesIsLeadershipWhoeverMakesIt() {
        assertTrue(cs("The investment of £10 million in additional funding for SEND is beginning to reap benefits.")
                .contains("leadership"));
        assertTrue(cs("The local authority has recognised the delays and has invested £240,000 in the service.")
                .contains("leadership"), "the authority named before another verb in its sentence");
        assertFalse(cs("Foster carers have invested time in their training.").contains("leadership"),
                "no council, authority, leaders, partnership or trust investing");
        assertFalse(cs("This additional investment of time is not reflected in their workload.").contains("leadership"),
                "a worker's time");
        assertFalse(cs("Practitioners are invested in the drive for improvement.").contains("leadership"),
                "'invested' as feeling committed, not money or resources put in");
    }

    @Test
    void aTeamNamedAfterAssessmentIsNoAssessmentAlsoInAListOfTeams() {
        assertFalse(cs("Tools are less consistently applied across assessment and children and family teams.")
                .contains("assessment"));
        assertFalse(cs("A high turnover of social workers in the assessment and safeguarding teams has followed.")
                .contains("assessment"));
        assertTrue(cs("The quality of assessment and planning is variable.").contains("assessment"),
                "no team named: the assessments themselves");
        assertTrue(cs("Assessments and plans are shared with the team around the family.").contains("assessment"));
    }

    @Test
    void fosterAsAVerbIsNoFostering() {
        assertFalse(cs("The LSCB creates and fosters an effective learning culture.").contains("children-in-care"));
        assertFalse(cs("Leaders foster highly effective and constructive relationships with partners.")
                .contains("children-in-care"));
        assertTrue(cs("Children live with foster carers who know them well.").contains("children-in-care"));
    }

    @Test
    void aTeamNamedForCareLeaversCountsAlsoInACombinedTeamsName() {
        assertTrue(cs("Children are supported by workers in the children in care and care leavers team.")
                .contains("care-leavers"), "the codebook counts leaving care services (include note)");
        assertFalse(cs("Children are supported by workers in the assessment team.").contains("assessment"),
                "a team named after an activity is no evidence of that activity's quality");
    }

    @Test
    void caseFilesThatAreAuditedAreNoRecording() {
        assertFalse(cs("Senior managers regularly audit case files and scrutinise decision making.")
                .contains("recording"));
        assertTrue(cs("Senior managers regularly audit case files and scrutinise decision making.")
                .contains("performance-management"));
        assertTrue(cs("Case files are up to date and show the child's history.").contains("recording"));
    }

    @Test
    void onTimeAndHavingToWaitJudgeTiming() {
        assertTrue(cs("Most children’s reviews are held on time.").contains("timeliness"));
        assertTrue(cs("Children do not have to wait for vital support.").contains("timeliness"));
        assertTrue(cs("Too many children with SEND wait an unacceptable length of time to be assessed.")
                .contains("timeliness"));
        assertFalse(cs("There are 46 children waiting for adoption and eight adopters.").contains("timeliness"),
                "children waiting for adoption names a group of children: it does not judge timing");
    }

    @Test
    void meetingTheStandardsAndStatutoryResponsibilitiesAreCompliance() {
        assertTrue(school("As a result, this is unlikely to meet the ISS.")
                .contains("compliance"));
        assertTrue(school("They apply this knowledge to ensure that the standards are "
                + "consistently met.").contains("compliance"));
        assertTrue(school("Leaders understand their statutory responsibilities in terms of "
                + "safeguarding.").contains("compliance"));
        assertFalse(school("Most pupils meet the standards expected for their age.")
                .contains("compliance"), "the standards expected of pupils are achievement");
    }
}
