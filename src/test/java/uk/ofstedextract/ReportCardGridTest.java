package uk.ofstedextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.report.Report;

/**
 * A report card's grid of evaluation areas as pdftotext prints a boxed table (nur16, tune16; grades/ReportCardGrid):
 * the default mode reads each column down, so the labels come one under the other and then their grades, labels
 * and grades wrapped in narrow cells, the table perhaps split over a page break, "Not applicable" and "Not graded"
 * rows holding their places; the layout mode prints the cells side by side, a wrapped cell's lines under it.
 * Columns that do not pair up whole give no grade from the grid.
 */
class ReportCardGridTest {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();

    private static Report card(String grid) {
        return EXTRACTOR.extract("card.txt", "Elmwood Primary School\nUnique reference number (URN): 100001\n"
                + "Inspection report: 3 March 2026\n\nExceptional\nStrong standard\nExpected standard\nNeeds attention\n"
                + "Urgent improvement\n\nSafeguarding standards met\nThe safeguarding standards are met. This means that "
                + "leaders fulfil their specific responsibilities.\n\nEvaluation areas\n\n" + grid
                + "\n\fInclusion\nPupils with SEND are identified quickly and supported well in every class.\n\n"
                + "Achievement\nPupils achieve well in reading and mathematics by the end of Year 6.\n");
    }

    private static Set<String> grades(Report r) {
        return r.grades().stream().map(g -> g.judgement() + "=" + g.grade()).collect(Collectors.toSet());
    }

    @Test
    void wrappedLabelsThenWrappedGradesPairInOrder() {
        Report r = card("Inclusion\nCurriculum and\nteaching\nAchievement\nPersonal\ndevelopment\nand wellbeing\n\n"
                + "Strong\nstandard\nExpected\nstandard\nExpected standard\nExceptional\n");
        assertEquals(Set.of("safeguarding=met", "inclusion=strong-standard", "curriculum-and-teaching=expected-standard",
                "achievement=expected-standard", "personal-development-and-wellbeing=exceptional"), grades(r));
    }

    @Test
    void aGridSplitOverAPageBreakWithItsHeaderRepeatedAndANotApplicableRow() {
        Report r = card("Evaluation area\nInclusion\nAchievement\nAttendance and\nbehaviour\n\nGrade\nExpected standard\n"
                + "Needs\nattention\nStrong standard\n\n2\n\fEvaluation area\nEarly years\nSixth form\n\nGrade\n"
                + "Strong standard\nNot applicable\n");
        assertEquals(Set.of("safeguarding=met", "inclusion=expected-standard", "achievement=needs-attention",
                "attendance-and-behaviour=strong-standard", "early-years=strong-standard"), grades(r));
    }

    @Test
    void theGradeColumnDrawnFirstAndANotGradedRow() {
        Report r = card("Strong\nstandard\nNot graded\nUrgent\nimprovement\n\nInclusion\nAchievement\nLeadership and\n"
                + "governance\n");
        assertEquals(Set.of("safeguarding=met", "inclusion=strong-standard",
                "leadership-and-governance=urgent-improvement"), grades(r));
    }

    @Test
    void aLayoutPreservingGridWithWrappedCellsIsReadColumnByColumn() {
        Report r = card("Inclusion         Strong\n                  standard\nCurriculum and    Expected\n"
                + "teaching          standard\nAchievement       Not graded\nPersonal          Needs\n"
                + "development       attention\nand wellbeing\n");
        assertEquals(Set.of("safeguarding=met", "inclusion=strong-standard", "curriculum-and-teaching=expected-standard",
                "personal-development-and-wellbeing=needs-attention"), grades(r));
    }

    /**
     * A PDF read directly gives the grid row by row: each label (wrapped) and then its grade, the grade's first word
     * perhaps on the label's last line ("Inclusion Strong" / "standard"); a grade column drawn first gives each row's
     * grade before its label, and is not read as labels paired with the next row's grade.
     */
    @Test
    void aGridReadRowByRowPairsEachLabelWithItsOwnGrade() {
        Report r = card("Inclusion Strong\nstandard\nCurriculum and\nteaching\nExpected\nstandard\n\n"
                + "Achievement Not\ngraded\nPersonal\ndevelopment\nand wellbeing\nExceptional\n");
        assertEquals(Set.of("safeguarding=met", "inclusion=strong-standard", "curriculum-and-teaching=expected-standard",
                "personal-development-and-wellbeing=exceptional"), grades(r));
        Report first = card("Strong\nstandard\nInclusion\n\nExpected\nstandard\nCurriculum and\nteaching\n"
                + "Needs\nattention\nAchievement\n");
        assertEquals(Set.of("safeguarding=met", "inclusion=strong-standard", "curriculum-and-teaching=expected-standard",
                "achievement=needs-attention"), grades(first));
    }

    /**
     * A grid whose grade column is drawn first, read from the PDF row by row (sch18, after test17's Hebden Royd): each
     * row's grade before its label, on the label's first line or wrapped above it ("Not graded Achievement",
     * "Exceptional Attendance and" / "behaviour"). Paired by row position: a label's grade is the cell before it,
     * never the next row's cell after it (the lexicon reads "Achievement Strong standard" as Achievement's heading, so
     * a label cell is taken only where it holds no grade).
     */
    @Test
    void aGradeFirstGridReadRowByRowPairsEachLabelWithTheCellBeforeIt() {
        Report r = card("Strong standard Inclusion\nExpected\nstandard\nCurriculum and\nteaching\nExceptional\n"
                + "Achievement\nNeeds attention Personal\ndevelopment and\nwellbeing\nNot applicable Early years\n");
        assertEquals(Set.of("safeguarding=met", "inclusion=strong-standard", "curriculum-and-teaching=expected-standard",
                "achievement=exceptional", "personal-development-and-wellbeing=needs-attention"), grades(r));
        // the first row "Not graded", a page number before the grid, a blank line between two rows
        Report notGradedFirst = card("1\n\fNot graded Achievement\nExpected\nstandard\nInclusion\n\nNeeds\nattention\n"
                + "Curriculum and\nteaching\nExceptional Attendance and\nbehaviour\nStrong\nstandard\nPersonal\n"
                + "development\nand wellbeing\nUrgent\nimprovement\nLeadership and\ngovernance\n");
        assertEquals(Set.of("safeguarding=met", "inclusion=expected-standard", "curriculum-and-teaching=needs-attention",
                "attendance-and-behaviour=exceptional", "personal-development-and-wellbeing=strong-standard",
                "leadership-and-governance=urgent-improvement"), grades(notGradedFirst));
    }

    /**
     * Where the rows of a grade-first grid read row by row do not pair (an empty grade cell; too few rows for the
     * grid reader), no label takes the next row's grade from the line under it: between two different grade cells,
     * or under a row set grade first, which is its own cannot be told there.
     */
    @Test
    void aGradeFirstGridWhoseRowsDoNotPairGivesNoLabelTheNextRowsGrade() {
        // Curriculum and teaching's cell is empty: "Strong standard" under it is Achievement's
        Report empty = card("Expected standard Inclusion\nCurriculum and\nteaching\nStrong\nstandard\nAchievement\n"
                + "Needs attention Attendance and\nbehaviour\n");
        assertFalse(grades(empty).contains("curriculum-and-teaching=strong-standard"), grades(empty).toString());
        assertFalse(grades(empty).contains("achievement=needs-attention"), grades(empty).toString());
        assertTrue(grades(empty).contains("inclusion=expected-standard"), grades(empty).toString());
        // two rows only (no grid read): Inclusion sits between its own grade and Curriculum and teaching's
        Report two = card("Expected\nstandard\nInclusion\nStrong\nstandard\nCurriculum and\nteaching\n");
        assertFalse(grades(two).contains("inclusion=strong-standard"), grades(two).toString());
        // the same grade on both sides is the label's either way
        Report same = card("Strong\nstandard\nInclusion\nStrong\nstandard\nCurriculum and\nteaching\n");
        assertTrue(grades(same).contains("inclusion=strong-standard"), grades(same).toString());
    }

    /**
     * A grid with an empty grade cell (sch18, after test17's Kingsmead Vale and tune17's Fernhill Brook): where its
     * rows tell which area lacks a grade (a layout-preserving row, a PDF read row by row) every other area is paired;
     * in default text the part whose columns differ in length gives nothing, and the part after the page break, its
     * columns printed afresh under the header repeated, is paired on its own.
     */
    @Test
    void aGridWithAnEmptyCellPairsWhereItsRowsTell() {
        Report layout = card("Evaluation area             Grade\nEarly years\nInclusion                   Strong standard\n"
                + "Curriculum and teaching     Expected standard\nAchievement\nAttendance and              Needs attention\n"
                + "behaviour\nPersonal development and    Strong standard\nwellbeing\nPost-16 provision\n");
        assertEquals(Set.of("safeguarding=met", "inclusion=strong-standard", "curriculum-and-teaching=expected-standard",
                "attendance-and-behaviour=needs-attention", "personal-development-and-wellbeing=strong-standard"),
                grades(layout));
        Report pdf = card("Evaluation area     Grade\nInclusion Strong\nstandard\nCurriculum and\nteaching\nExpected\n"
                + "standard\nAchievement\nAttendance and\nbehaviour\nNeeds\nattention\n");
        assertEquals(Set.of("safeguarding=met", "inclusion=strong-standard", "curriculum-and-teaching=expected-standard",
                "attendance-and-behaviour=needs-attention"), grades(pdf));
        Report split = card("Evaluation area\nInclusion\nCurriculum and\nteaching\nAchievement\nAttendance and\nbehaviour\n\n"
                + "Grade\nStrong\nstandard\nExpected\nstandard\nStrong\nstandard\n\n1\n\fEvaluation area\nPersonal\n"
                + "development\nand wellbeing\nLeadership and\ngovernance\nEarly years\n\nGrade\nStrong standard\n"
                + "Expected standard\nNeeds attention\n");
        assertEquals(Set.of("safeguarding=met", "personal-development-and-wellbeing=strong-standard",
                "leadership-and-governance=expected-standard", "early-years=needs-attention"), grades(split));
    }

    @Test
    void columnsThatDoNotPairUpGiveNoGradeFromTheGrid() {
        // three labels, two grades: which row lacks its grade cannot be told
        Report r = card("Inclusion\nAchievement\nAttendance and\nbehaviour\n\nStrong standard\nExpected standard\n\n"
                + "The grid above was cut short by the converter.\n");
        assertFalse(grades(r).contains("inclusion=strong-standard"), grades(r).toString());
        assertFalse(grades(r).contains("achievement=expected-standard"), grades(r).toString());
        // two areas to a row: the columns interleave, and no block pairs up with three rows or more
        Report two = card("Inclusion\n\nStrong standard\n\nAchievement\n\nExpected\nstandard\nStrong standard\n\n"
                + "Personal\ndevelopment and\nwellbeing\nEarly years\n\nCurriculum and\nteaching\nAttendance and\n"
                + "behaviour\nLeadership and\ngovernance\n\nStrong standard\nExpected\nstandard\nStrong standard\n\n"
                + "Strong standard\n");
        // (paired in order regardless, the second column's areas would take grades: none of them is graded)
        for (String area : new String[] {"curriculum-and-teaching", "attendance-and-behaviour", "early-years"}) {
            assertFalse(grades(two).stream().anyMatch(g -> g.startsWith(area + "=")), grades(two).toString());
        }
    }

    @Test
    void theLegendBeforeAColumnOfFiveLabelsIsNoGradeColumn() {
        Report r = card("Exceptional\nStrong standard\nExpected standard\nNeeds attention\nUrgent improvement\n\n"
                + "Inclusion\nAchievement\nAttendance and behaviour\nEarly years\nLeadership and governance\n\n"
                + "The areas are graded in the sections that follow.\n");
        assertEquals(Set.of("safeguarding=met"), grades(r));
    }
}
