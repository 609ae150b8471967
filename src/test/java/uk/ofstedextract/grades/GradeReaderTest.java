package uk.ofstedextract.grades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.layout.Docs;
import uk.ofstedextract.layout.Document;
import uk.ofstedextract.layout.Headings;
import uk.ofstedextract.layout.Profiles;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.ReportType;

/** Grades from the judgement table and from graded prose, where the family's profile says to look. */
class GradeReaderTest {
    private final GradeReader reader = new GradeReader(Headings.standard());

    private static List<String> pairs(GradeReader.Result r) {
        return r.grades().stream().map(g -> g.judgement() + "=" + g.grade()).toList();
    }

    @Test
    void aTableOfOneCellPerLineWithGradesOverTwoLines() {
        Document doc = Docs.of("Inspection of Barsetshire local authority children's services", "",
                "Judgement", "Grade", "",
                "The impact of leaders on social work", "practice with children and families", "",
                "Requires improvement", "to be good", "",
                "The experiences and progress of", "children in care", "", "Inadequate", "",
                "Overall effectiveness", "", "Inadequate", "",
                "Leaders have not acted quickly enough on what they know about their services.", "");
        GradeReader.Result r = reader.read(doc, Profiles.standard().of(ReportType.ILACS));
        assertEquals(List.of("leadership=requires-improvement", "children-in-care=inadequate",
                "overall-effectiveness=inadequate"), pairs(r));
        // line indexes count the document's lines, blank lines not among them: 0 is the title
        assertEquals(1, r.tableStart(), "the 'Judgement' / 'Grade' header belongs to the table");
        assertEquals(12, r.tableEnd(), "the table ends before the first line of prose");
        Grade lead = r.grades().get(0);
        assertEquals("requires-improvement", lead.grade());
        assertEquals("Requires improvement to be good", lead.gradeLabel(), "the grade's second line is part of it");
        assertEquals("Inadequate", r.grades().get(1).gradeLabel(), "the next row's label is not taken for it");
    }

    @Test
    void theOverallJudgementFromProse() {
        Document doc = Docs.of("Inspection of local authority arrangements for the protection of children", "",
                "The overall effectiveness is judged to be adequate.", "");
        GradeReader.Result r = reader.read(doc, Profiles.standard().of(ReportType.CHILD_PROTECTION));
        assertEquals(List.of("overall-effectiveness=adequate"), pairs(r));
        assertEquals(-1, r.tableStart());
    }

    @Test
    void familiesThatGradeNothingGetNoGrades() {
        Document doc = Docs.of("Focused visit to Barsetshire children's services", "",
                "The overall effectiveness is judged to be good.", "");
        assertTrue(reader.read(doc, Profiles.standard().of(ReportType.ILACS_FOCUSED_VISIT)).grades().isEmpty());
        assertTrue(reader.read(doc, Profiles.standard().of(ReportType.UNKNOWN)).grades().isEmpty());
    }

    @Test
    void theAreaSendOutcomeSentence() {
        Document doc = Docs.of("Area SEND inspection of Barsetshire Local Area Partnership", "",
                "The local area partnership's arrangements lead to inconsistent experiences and outcomes for "
                        + "children and young people with SEND.", "");
        assertEquals(List.of("send-outcome=inconsistent"),
                pairs(reader.read(doc, Profiles.standard().of(ReportType.AREA_SEND))));
    }
}
