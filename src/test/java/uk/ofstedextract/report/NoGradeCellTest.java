package uk.ofstedextract.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one predicate for a report card's cell that gives its area no grade (splitter, grade grid, validate). */
class NoGradeCellTest {
    @Test
    void cellsThatSayTheAreaHasNoGrade() {
        for (String cell : new String[] {"Not applicable", "Not applicable.", "  NOT APPLICABLE ", "Not graded",
                "Not  graded", "N/A", "n/ a", "None", "none."}) {
            assertTrue(NoGradeCell.is(cell), cell);
        }
    }

    @Test
    void gradesAndOtherLinesAreNot() {
        for (String cell : new String[] {"Strong standard", "Not met", "Standards not met", "Achievement",
                "Not applicable to pupils in Year 7", "None of the pupils", "", "Not"}) {
            assertFalse(NoGradeCell.is(cell), cell);
        }
        assertFalse(NoGradeCell.is(null));
    }
}
