package uk.ofstedextract.report;

import java.util.regex.Pattern;
import uk.ofstedextract.text.Fold;

/**
 * A grade cell that says its area has no grade: "Not applicable" (the school has no such provision: "Early years" /
 * "Not applicable"), "N/A", "None", or "Not graded" (the area is printed but was not graded: "Achievement" / "Not
 * graded", a new school without published results). One meaning wherever a report card's area is read: the cell holds
 * the area's place and gives it no grade; no grade printed near it (above it, beside it) is the area's; and
 * {@code validate} does not require a grade for it. Shared by the section splitter (an area heading's own cell), the
 * grade grid ({@code ReportCardGrid}) and validate's grade check.
 */
public final class NoGradeCell {
    /** The words of such a cell, folded ({@link Fold#forMatching}) and with spaces collapsed. */
    public static final String WORDS = "not applicable|not graded|n/ ?a|none";
    private static final Pattern CELL = Pattern.compile("(?:" + WORDS + ")\\.?");

    private NoGradeCell() {
    }

    /** Whether {@code text}, as a whole (folded, spaces collapsed, a final full stop allowed), is such a cell. */
    public static boolean is(String text) {
        return text != null && CELL.matcher(Fold.spaces(Fold.forMatching(text)).strip()).matches();
    }
}
