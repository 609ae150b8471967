package uk.ofstedextract.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.layout.ReportProfile;
import uk.ofstedextract.layout.Section;
import uk.ofstedextract.report.GradeScale;

/**
 * Finding rule {@value ReportProfile#GRADE_TABLE_ROWS} (graded school reports): a judgement table whose
 * rows are questions or statements each with its grade cell — the 2005–09 annex "Inspection
 * judgements" ("How well do learners achieve?" / "3", "Do procedures for safeguarding learners meet
 * current government requirements?" / "Yes"), the EYFS and 2009–12 tables — is no finding. A row is a
 * short paragraph that does not end with a full stop (a question or a label, not prose) followed by a
 * lone grade cell (a digit 1–4, Yes, No, NA), as pdftotext's default mode prints the cell after the row,
 * or ending, after a run of spaces, in such a cell (its layout mode); it counts only where another row is
 * next to it, so a paragraph before a stray page number stays. A short paragraph that is only a question (no
 * sentence in it), and a label beside one, is such a row too: pdftotext's default mode may set the cells pages
 * away. The cell itself is no finding either, nor
 * a paragraph that holds two or more lines that are only a grade or end in one after a run of spaces (a
 * front table's cells read as one block).
 */
final class GradeTableRows {
    /** A grade cell alone: what a row of such a table holds in its grade column. */
    private static final Pattern CELL = Pattern.compile("(?i)^(?:" + GradeScale.DIGIT + "|yes|no|n/?a)$");
    /** A row's line in layout mode: text, a run of spaces, the cell (and a second column's, "3   2", "Yes   Yes"). */
    private static final Pattern ROW_WITH_CELL = Pattern.compile("(?i)\\S\\s{3,}(?:" + GradeScale.DIGIT + "|yes|no|n/?a)"
            + "(?:\\s{3,}(?:" + GradeScale.DIGIT + "|yes|no|n/?a))?$");
    /** A row's first line with its grade digit before the label ("3 The effectiveness of …"). */
    private static final Pattern CELL_FIRST = Pattern.compile("^" + GradeScale.DIGIT + " \\p{Lu}\\p{Ll}");
    /** A sentence's full stop: prose, not a table's question. */
    private static final Pattern FULL_STOP = Pattern.compile("\\.(?:\\s|$)");
    /** A row is shorter than this many lines (a question wraps once or twice in the label column). */
    private static final int MAX_ROW_LINES = 4;

    private GradeTableRows() {
    }

    /**
     * The blocks without table rows and their cells (a row counts where another row is next to it: a table).
     * {@code rowBefore}: the section sits in a table ({@link #inTable}: its heading is a row, "How well are
     * learners cared for, guided and supported?" / "1"); {@code rowAfter}: the next section does.
     */
    static List<Block> without(List<Block> blocks, boolean rowBefore, boolean rowAfter) {
        int n = blocks.size();
        boolean[] row = new boolean[n];
        boolean[] between = new boolean[n];
        boolean[] question = new boolean[n];
        boolean[] cellFirst = new boolean[n];
        for (int k = 0; k < n; k++) {
            Block b = blocks.get(k);
            // a question that is a paragraph of its own, short and with no sentence in it: a table's row whose
            // cells the converter set elsewhere (pdftotext's default mode reads the 2005-09 annex's questions as
            // one column and its grades as another, pages later)
            question[k] = b.kind() == Block.Kind.PARAGRAPH && b.lines().size() < MAX_ROW_LINES
                    && b.last().text().strip().endsWith("?")
                    && b.lines().stream().noneMatch(l -> FULL_STOP.matcher(l.text()).find());
        }
        for (int k = 0; k < n; k++) {
            Block b = blocks.get(k);
            boolean cellAfter = k + 1 < n ? isCell(blocks.get(k + 1)) : rowAfter;
            int size = b.lines().size();
            // the row's own cell read into its paragraph (no blank line between them)
            boolean cellInside = size >= 2 && size <= MAX_ROW_LINES && CELL.matcher(b.last().text().strip()).matches();
            Line end = cellInside ? b.lines().get(size - 2) : b.last();
            boolean label = !end.text().strip().endsWith("."); // a row is a question or a label, not prose
            // layout mode sets a wrapped row's cells beside its first line ("How well do …,   3   2" / "learners?")
            boolean cellBeside = b.lines().stream().anyMatch(l -> ROW_WITH_CELL.matcher(l.text()).find());
            boolean besideQuestion = k >= 1 && question[k - 1] || k + 1 < n && question[k + 1];
            row[k] = label && b.kind() == Block.Kind.PARAGRAPH && size < MAX_ROW_LINES + (cellInside ? 1 : 0)
                    && !isCell(b) && (cellAfter || cellInside || cellBeside || question[k] || besideQuestion);
            // a row whose cell was drawn before its label, as read from a PDF ("3 The effectiveness with which the
            // school promotes equality …" / "discrimination"), no sentence in it: a table row even where the rows
            // beside it were read as grades (DigitRows) and are gone
            cellFirst[k] = b.kind() == Block.Kind.PARAGRAPH && size < MAX_ROW_LINES
                    && CELL_FIRST.matcher(b.lines().get(0).text().strip()).find()
                    && b.lines().stream().noneMatch(l -> FULL_STOP.matcher(l.text()).find());
            // a row between two cells: the cell before it read as its paragraph number ("1" / "The behaviour
            // of learners" / "1"), its own cell after it
            between[k] = label && b.kind() == Block.Kind.NUMBERED && size > 1 && size <= MAX_ROW_LINES
                    && CELL.matcher(b.lines().get(0).text().strip()).matches() && cellAfter;
        }
        List<Block> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            if (cellLines(blocks.get(k)) >= 2) {
                continue; // a table's cells read into one paragraph ("This inspection:" / "Good" / "2" / …)
            }
            boolean table = between[k] || row[k] && (k >= 1 && row[k - 1] || k >= 2 && row[k - 2] || k <= 1 && rowBefore
                    || k + 1 < n && row[k + 1] || k + 2 < n && row[k + 2] || k + 2 >= n && rowAfter);
            boolean cellOfTable = isCell(blocks.get(k)) && k >= 1 && row[k - 1];
            if (!table && !cellOfTable && !cellFirst[k]) {
                out.add(blocks.get(k));
            }
        }
        return out;
    }

    /** A heading that took a cell in with it ("2 Achievement and standards", "How well … achieve? 2"). */
    private static final Pattern HEADING_WITH_CELL = Pattern.compile(
            "^(?:" + GradeScale.DIGIT + "|Yes|No)\\s+[A-Z]|\\?\\s+(?:" + GradeScale.DIGIT + "|Yes|No)$");

    /**
     * Whether a section sits in a table: its first line is a grade cell, or its heading took a row's cell in
     * with it (the converter's lone cell line joined to the heading's).
     */
    static boolean inTable(Section s) {
        return !s.lines().isEmpty() && CELL.matcher(s.lines().get(0).text().strip()).matches()
                || s.heading() != null && HEADING_WITH_CELL.matcher(s.headingText().strip()).find();
    }

    /** A line that is only a grade: a table cell, never a line of prose. */
    private static final Pattern GRADE_CELL = Pattern.compile(
            "(?i)^(?:" + GradeScale.DIGIT + "|" + GradeScale.schoolWords(" ") + ")$");

    /** A table row on one line, its grade after a run of spaces (layout mode: "Quality of teaching   Good   2"). */
    private static final Pattern GRADED_ROW = Pattern.compile(
            "(?i)\\S\\s{3,}(?:" + GradeScale.schoolWords(" ") + ")(?:\\s{3,}" + GradeScale.DIGIT + ")?$");

    private static int cellLines(Block b) {
        int n = 0;
        for (Line l : b.lines()) {
            String t = l.text().strip();
            if (GRADE_CELL.matcher(t).matches() || GRADED_ROW.matcher(t).find()) {
                n++;
            }
        }
        return n;
    }

    private static boolean isCell(Block b) {
        if (b.lines().size() != 1) {
            return false;
        }
        Line l = b.lines().get(0);
        return CELL.matcher(l.text().strip()).matches();
    }
}
