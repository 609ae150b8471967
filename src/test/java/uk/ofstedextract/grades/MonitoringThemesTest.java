package uk.ofstedextract.grades;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.layout.Docs;
import uk.ofstedextract.report.Grade;

/**
 * Further education monitoring visits: each theme's progress judgement, wherever the conversion put it,
 * keyed by the new provider monitoring visit's fixed themes or by the theme's place. Texts written from the
 * template (theme wordings as the handbook and real reports have them; providers invented).
 */
class MonitoringThemesTest {

    private static List<String> pairs(String... lines) {
        return MonitoringThemes.read(Docs.of(lines)).stream().map(g -> g.judgement() + "=" + g.grade()).toList();
    }

    @Test
    void fixedThemesOfANewProviderVisitInPdftotextsDefaultText() {
        assertEquals(List.of("progress-apprenticeship-requirements=reasonable-progress",
                        "progress-apprenticeship-training=insufficient-progress", "progress-safeguarding=significant-progress"),
                pairs("Themes", "",
                        "How much progress have leaders made in ensuring that the",
                        "provider is meeting all the requirements of successful",
                        "apprenticeship provision?", "", "Reasonable progress", "",
                        "Leaders have a clear rationale for their apprenticeship offer.", "",
                        // pdftotext drops the hyphen of "high-quality" broken at a line end
                        "What progress have leaders and managers made in ensuring that apprentices benefit from high",
                        "quality training that leads to positive outcomes for apprentices?",
                        "Insufficient progress",
                        "Trainers do not plan training that builds on what apprentices already know.", "",
                        "How much progress have leaders and managers made in ensuring that effective safeguarding",
                        "arrangements are in place?", "Significant progress",
                        "Leaders have put in place thorough safeguarding policies."));
    }

    @Test
    void judgementsBesideTheQuestionInLayoutText() {
        List<Grade> grades = MonitoringThemes.read(Docs.of(
                "What progress have leaders and managers made in     Reasonable progress",
                "ensuring that learners benefit from high-quality",
                "adult education that prepares them well for their",
                "intended job role, career aims and/or personal",
                "goals?", "",
                "Adult learners value their course.", ""));
        assertEquals(1, grades.size());
        Grade g = grades.get(0);
        assertEquals("progress-adult-education", g.judgement());
        assertEquals("reasonable-progress", g.grade());
        assertEquals("Reasonable progress", g.gradeLabel());
        assertEquals("What progress have leaders and managers made in ensuring that learners benefit from high-quality "
                + "adult education that prepares them well for their intended job role, career aims and/or personal goals?",
                g.label());
    }

    @Test
    void aVisitToAProviderThatRequiresImprovementNumbersItsOwnThemes() {
        assertEquals(List.of("progress-theme-1=significant-progress", "progress-theme-2=insufficient-progress"),
                pairs("What progress have leaders and managers made in ensuring that teachers plan a",
                        "curriculum that builds learners' knowledge over time?", "Significant progress",
                        "Leaders have redesigned the curriculum.", "",
                        "What progress have governors made in holding senior leaders to account?",
                        "Insufficient progress", "Governors receive too much information."));
    }

    @Test
    void aJudgementPrintedBeforeItsQuestionOrAfterAPageBreak() {
        // pdftotext may read the judgement's cell first; a page break may fall inside the question
        assertEquals(List.of("progress-theme-1=reasonable-progress", "progress-theme-2=insufficient-progress"),
                pairs("Reasonable progress",
                        "What progress have leaders and managers made in improving the rates at which",
                        "adult learners achieve their qualifications?",
                        "The proportion of learners who achieve has risen.", "",
                        "What progress have leaders and managers made in improving attendance on",
                        "\fstudy programmes?", "Insufficient progress", "Attendance remains low."));
    }

    @Test
    void aQuestionWithoutAJudgementGivesNoGradeButKeepsItsPlace() {
        assertEquals(List.of("progress-theme-2=reasonable-progress"),
                pairs("What progress have leaders made in improving the curriculum?", "",
                        "Leaders have made changes this term.", "", "", "", "",
                        "What progress have leaders made in improving attendance?", "Reasonable progress",
                        "Attendance has improved."));
    }
}
