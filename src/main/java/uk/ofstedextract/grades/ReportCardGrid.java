package uk.ofstedextract.grades;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.Headings;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.layout.SectionRole;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.report.NoGradeCell;
import uk.ofstedextract.text.Fold;

/**
 * A report card's grid of evaluation areas as pdftotext's default mode prints a boxed table: each column read
 * down before the next, so the areas' labels come one under the other and then their grades (or the grades first,
 * where the grade column is drawn left of the labels), a label wrapped over up to three lines in a narrow cell
 * ("Personal" / "development" / "and wellbeing") and a grade over two ("Strong" / "standard"), the table perhaps
 * broken by a page break into blocks of the same shape. A row whose grade cell reads "Not applicable", "Not
 * graded" or another {@link NoGradeCell} holds its place in the column and gives no grade.
 *
 * <p>Read only where the columns pair up whole: a run of label and grade cells (blank lines, page numbers and the
 * grid's own column headings aside) that falls into blocks alternating labels and grades, each label block as long
 * as the grade block it pairs with, at least {@value #MIN_ROWS} rows and no area twice. A label followed by its
 * own grade (a pill under its label) or a grade line over a group of areas makes no such run; a two-areas-to-a-row
 * grid in default text, whose columns interleave, makes blocks that do not pair, and gives nothing (in layout text
 * its four columns are read apart, and read from the PDF its rows are cut after each grade).
 * An empty grade cell: where the rows show it (a layout-preserving row, a PDF read row by row: a label between whole
 * rows) the row keeps its place without a grade; in default text, where a part's columns differ in length, that part
 * gives nothing and the part after the next page break, its columns printed afresh, is paired on its own.
 * Grades profile source {@value #SOURCE}.
 */
public final class ReportCardGrid {
    /** The grades profile's prose source naming this reader. */
    public static final String SOURCE = "report-card-grid";
    /** The fewest rows a grid read so has. */
    static final int MIN_ROWS = 3;
    /** How far into the report the grid may start (lines). */
    static final int SEARCH_LINES = 250;
    /** A cell's line is shorter than this. */
    static final int MAX_CELL_LINE = 60;

    private static final Pattern GRADE_CELL = Pattern.compile(
            "(exceptional|strong standard|expected standard|needs attention|urgent improvement|" + NoGradeCell.WORDS + ")");
    /** The legend's grades, best first, as the card prints it under its name. */
    private static final List<String> LEGEND = List.of("exceptional", "strong-standard", "expected-standard",
            "needs-attention", "urgent-improvement");
    /** Lines inside the run that are neither cell: page numbers, the grid's column headings. */
    private static final Pattern SKIP = Pattern.compile("\\d{1,3}|evaluation areas?(?: grades?)?|areas?|grades?|judgements?");

    private ReportCardGrid() {
    }

    /**
     * One cell read: a label (kind 'L', judgement set), a grade (kind 'G', key null for a row without one), or a
     * whole row, label and grade one after the other (kind 'R': a PDF read directly prints the table row by row).
     */
    private record Cell(char kind, String judgement, String text, String grade, String gradeText, int line,
                        boolean afterPageBreak) {
        Cell(char kind, String judgement, String text, String grade, String gradeText, int line) {
            this(kind, judgement, text, grade, gradeText, line, false);
        }

        boolean label() {
            return kind == 'L';
        }

        /** This cell with a page break between it and the run's cell before it. */
        Cell afterBreak() {
            return new Cell(kind, judgement, text, grade, gradeText, line, true);
        }
    }

    /** The grid's grades, in the table's order, or none, from the document's lines alone. */
    public static List<Grade> read(List<Line> original, Headings headings) {
        return read(original, List.of(), headings);
    }

    /**
     * The grid's grades, in the table's order, or none: from the document's lines, and from {@code asPrinted}, the
     * report's lines with side-by-side cells left on their lines (the normaliser sets a short block's right-hand
     * cells after its left-hand ones, which breaks a row of a layout-preserving grid from its grade, and a header's
     * "Grade" into a wrapped grade read from the PDF).
     */
    public static List<Grade> read(List<Line> original, List<Line> asPrinted, Headings headings) {
        List<Line> lines = columns(original.subList(0, Math.min(original.size(), SEARCH_LINES)));
        Paired read = scan(lines, headings);
        // read row by row (each row's label lines, then its grade's) a grid with an empty grade cell keeps the
        // empty cell's row, where its columns differ in length: taken only where it pairs more rows
        List<Line> byRow = blocks(asPrinted.subList(0, Math.min(asPrinted.size(), SEARCH_LINES)), true);
        if (!byRow.isEmpty()) {
            Paired again = scan(byRow, headings);
            if (again.rows() > read.rows()) {
                read = again;
            }
        }
        // a grid two areas to a row read from the PDF row by row puts a row's two pairs of cells on one line, or the
        // right pair's label on the line where the left pair's grade ends ("Early years Strong standard Sixth form
        // Strong standard", "Achievement Not graded Attendance and" / "behaviour"): read again with such lines cut
        // after each grade; this reading is taken only where it pairs more rows
        List<Line> cut = cutAfterGrades(lines);
        if (cut.size() > lines.size()) {
            Paired again = scan(cut, headings);
            if (again.rows() > read.rows()) {
                return again.grades();
            }
        }
        return read.grades();
    }

    /** The first run of the lines that pairs at least {@value #MIN_ROWS} rows, or none. */
    private static Paired scan(List<Line> lines, Headings headings) {
        int limit = Math.min(lines.size(), SEARCH_LINES);
        for (int i = 0; i < limit; i++) {
            // read as columns (cells alone), and as rows (a label and its grade together) where they are: the reading
            // that pairs more rows wins, columns on a tie (a grade-first grid read row by row, "Strong standard" /
            // "Inclusion" / "Expected standard" / "Curriculum and teaching", would pair each label with the next
            // row's grade as rows)
            List<Cell> cells = new ArrayList<>();
            int end = run(lines, i, headings, cells, false);
            Paired columns = pair(cells);
            List<Cell> rowCells = new ArrayList<>();
            int rowEnd = run(lines, i, headings, rowCells, true);
            Paired rows = pair(rowCells);
            Paired best = rows.rows() > columns.rows() ? rows : columns;
            if (best.rows() >= MIN_ROWS) {
                return best;
            }
            i = Math.max(i, Math.min(end, rowEnd) - 1);
        }
        return new Paired(List.of(), 0);
    }

    /** A grade of the card's cells in a line as written (any case, spaces as they are). */
    private static final Pattern GRADE_IN_LINE = Pattern.compile("(?i)\\b(?:exceptional|strong\\s+standard|expected\\s+standard"
            + "|needs\\s+attention|urgent\\s+improvement|not\\s+applicable|not\\s+graded)\\b");

    /**
     * The lines with each one that goes on after a grade cut there, where the rest starts with a capital (the next
     * cell): "Inclusion Strong standard Curriculum and" gives "Inclusion Strong standard" and "Curriculum and".
     */
    static List<Line> cutAfterGrades(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            Line rest = l;
            while (rest != null) {
                String t = rest.text();
                Matcher m = GRADE_IN_LINE.matcher(t);
                int cut = -1;
                while (m.find()) {
                    String after = t.substring(m.end()).stripLeading();
                    if (!after.isEmpty() && Character.isUpperCase(after.charAt(0))) {
                        cut = m.end();
                        break;
                    }
                }
                if (cut < 0 || t.length() > 2 * MAX_CELL_LINE) {
                    out.add(rest);
                    break;
                }
                int next = t.length() - t.substring(cut).stripLeading().length();
                out.add(new Line(rest.index(), rest.span(), t.substring(0, cut).strip(), rest.indent(), rest.blanksBefore(),
                        rest.pageBreakBefore()));
                rest = new Line(rest.index(), rest.span(), t.substring(next), rest.indent() + next, 0, false);
            }
        }
        return out;
    }

    /** Reads cells from line i on into {@code out}; returns the index after the run. */
    private static int run(List<Line> lines, int i, Headings headings, List<Cell> out, boolean rows) {
        int j = i;
        boolean broke = false;
        while (j < lines.size()) {
            String t = Fold.spaces(Fold.forMatching(lines.get(j).text()));
            broke |= !out.isEmpty() && lines.get(j).pageBreakBefore();
            if (!out.isEmpty() && SKIP.matcher(t).matches()) {
                j++;
                continue;
            }
            int before = out.size();
            int n = rows ? row(lines, j, headings, out) : 0;
            if (n == 0) {
                n = label(lines, j, headings, out);
            }
            if (n > 0 && out.get(before).judgement() != null && out.stream().limit(before).anyMatch(c ->
                    out.get(before).judgement().equals(c.judgement()))) {
                out.remove(before); // an area again: the first area's own heading after the grid ends the run
                break;
            }
            if (n == 0) {
                n = grade(lines, j, out);
            }
            if (n == 0) {
                break;
            }
            if (broke) {
                out.set(before, out.get(before).afterBreak());
                broke = false;
            }
            j += n;
        }
        return j;
    }

    /** A gap between two cells of a layout-preserving line: three spaces or more. */
    private static final Pattern GAP = Pattern.compile(" {3,}");

    /**
     * The lines with each two-column block of a layout-preserving conversion read as the default mode reads it:
     * the left column's cells down, then the right column's. A block is a run of lines with no blank line between
     * them of which at least one holds two cells (a gap of three spaces or more); the right column starts where the
     * block's first two-cell line's second cell does, and a line's cell at or past it is the right column's. A grid
     * two areas to a row (four cells a line) is read column by column the same way: its left labels, their grades,
     * its right labels, theirs.
     */
    static List<Line> columns(List<Line> lines) {
        return blocks(lines, false);
    }

    /**
     * The lines with each two-column block read column by column ({@link #columns}) or, {@code byRow}, row by row: a
     * row starts at a line whose left cell starts with a capital or a digit (a label's first line; a wrapped label goes
     * on in lower case, "Curriculum and" / "teaching"), and gives its left cells' lines, then its right cells'.
     */
    private static List<Line> blocks(List<Line> lines, boolean byRow) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = i + 1;
            while (end < lines.size() && lines.get(end).blanksBefore() == 0 && !lines.get(end).pageBreakBefore()) {
                end++;
            }
            List<Line> block = lines.subList(i, end);
            List<Line> split = split(block, byRow);
            out.addAll(split != null ? split : block);
            i = end;
        }
        return out;
    }

    /**
     * One block's columns as lines (the left column's, then the next's), or null when it is no table of two or four
     * columns. Two: the right column starts where the block's first two-cell line's second cell does. Four (a grid
     * two areas to a row: label, grade, label, grade): the columns start where the block's first four-cell line's
     * cells do, and each cell goes to the column it starts in (a wrapped label's or grade's lines under their first).
     * A block with a line of three cells and none of four, or of five or more, is left as it is.
     */
    private static List<Line> split(List<Line> block, boolean byRow) {
        List<int[]> starts = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        int[] columns = null;
        int widest = 0;
        for (Line l : block) {
            List<String> texts = new ArrayList<>();
            int[] at = new int[4];
            int n = 0;
            int pos = l.indent();
            for (String c : GAP.split(l.text())) {
                if (n == 4) {
                    return null;
                }
                int k = l.text().indexOf(c, pos - l.indent());
                at[n++] = l.indent() + k;
                texts.add(c.strip());
                pos = l.indent() + k + c.length();
            }
            widest = Math.max(widest, n);
            if (n == 2 && columns == null) {
                columns = new int[] {at[0], at[1]};
            }
            if (n == 4 && (columns == null || columns.length == 2)) {
                columns = at.clone();
            }
            starts.add(at);
            cells.add(texts);
        }
        if (columns == null || widest == 3 || widest == 4 && columns.length != 4) {
            return null;
        }
        if (byRow) {
            return columns.length == 2 ? rowByRow(block, starts, cells, columns[1]) : null;
        }
        List<List<Line>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns.length; c++) {
            byColumn.add(new ArrayList<>());
        }
        for (int r = 0; r < block.size(); r++) {
            Line l = block.get(r);
            List<String> texts = cells.get(r);
            for (int c = 0; c < texts.size(); c++) {
                int at = starts.get(r)[c];
                int col = 0;
                for (int k = 1; k < columns.length; k++) {
                    if (at >= columns[k] - 1) {
                        col = k;
                    }
                }
                List<Line> to = byColumn.get(col);
                int blanks = to.isEmpty() ? (col > 0 ? 1 : l.blanksBefore()) : 0;
                boolean page = to.isEmpty() && col == 0 && l.pageBreakBefore();
                to.add(new Line(l.index(), l.span(), texts.get(c), at, blanks, page));
            }
        }
        List<Line> all = new ArrayList<>();
        byColumn.forEach(all::addAll);
        return all;
    }

    /** A two-column block's cells row by row (as {@link #blocks}), or null where a row starts with no left cell. */
    private static List<Line> rowByRow(List<Line> block, List<int[]> starts, List<List<String>> cells, int rightColumn) {
        List<Line> out = new ArrayList<>();
        List<Line> right = new ArrayList<>();
        for (int r = 0; r < block.size(); r++) {
            Line l = block.get(r);
            List<String> texts = cells.get(r);
            for (int c = 0; c < texts.size(); c++) {
                int at = starts.get(r)[c];
                String t = texts.get(c);
                if (at >= rightColumn - 1) {
                    right.add(new Line(l.index(), l.span(), t, at, 0, false));
                } else if (!t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)))) {
                    out.addAll(right); // the row before ends: its grade's lines after its label's
                    right.clear();
                    out.add(new Line(l.index(), l.span(), t, at, out.isEmpty() ? l.blanksBefore() : 0,
                            out.isEmpty() && l.pageBreakBefore()));
                } else if (out.isEmpty() || t.isEmpty()) {
                    return null;
                } else {
                    out.add(new Line(l.index(), l.span(), t, at, 0, false)); // a wrapped label goes on
                }
            }
        }
        out.addAll(right);
        return out;
    }

    /** A label of one to three lines (the longest that is a whole area label); the lines it takes, or 0. */
    private static int label(List<Line> lines, int j, Headings headings, List<Cell> out) {
        for (int k = Math.min(3, lines.size() - j); k >= 1; k--) {
            String text = joined(lines, j, k);
            if (text == null) {
                continue;
            }
            String area = area(headings, text);
            if (area != null) {
                out.add(new Cell('L', area, text, null, null, j));
                return k;
            }
        }
        return 0;
    }

    /**
     * The area a label names whole (an area heading of the profile without a grade; safeguarding is none), or null.
     * A label cell holds no grade: the lexicon reads "Achievement Strong standard" as Achievement's heading (the grade
     * dropped), but there the label and the next grade cell were taken together, and a grid whose grade column is
     * drawn first, read row by row, would pair that grade (the next row's) with the label.
     */
    private static String area(Headings headings, String text) {
        if (GRADE_IN_LINE.matcher(text).find()) {
            return null;
        }
        Optional<Headings.Match> m = headings.match(text);
        return m.isPresent() && m.get().role() == SectionRole.JUDGEMENT && m.get().judgement() != null
                && m.get().statedGrade() == null && !"safeguarding".equals(m.get().judgement()) ? m.get().judgement() : null;
    }

    /** A row's text: an area's label, then its grade cell. */
    private static final Pattern ROW = Pattern.compile("(.*?) " + GRADE_CELL.pattern());

    /**
     * A whole row on one to five lines (the label's up to three, the grade's up to two, the grade's first word
     * perhaps on the label's last line: "Inclusion Strong" / "standard"): the fewest lines that are a whole label
     * and then a whole grade; the lines it takes, or 0.
     */
    private static int row(List<Line> lines, int j, Headings headings, List<Cell> out) {
        for (int k = 1; k <= Math.min(5, lines.size() - j); k++) {
            String text = joined(lines, j, k);
            if (text == null) {
                return 0;
            }
            Matcher r = ROW.matcher(Fold.spaces(Fold.forMatching(text)));
            if (!r.matches()) {
                continue;
            }
            String labelText = text.substring(0, r.end(1));
            String area = area(headings, labelText);
            if (area != null) {
                String g = r.group(2);
                String key = NoGradeCell.is(g) ? null : GradeScale.REPORT_CARD.keyOf(g);
                out.add(new Cell('R', area, labelText, key, text.substring(r.start(2)), j));
                return k;
            }
        }
        return 0;
    }

    /** A grade cell of one or two lines; the lines it takes, or 0. */
    private static int grade(List<Line> lines, int j, List<Cell> out) {
        for (int k = Math.min(2, lines.size() - j); k >= 1; k--) {
            String text = joined(lines, j, k);
            if (text == null) {
                continue;
            }
            String folded = Fold.spaces(Fold.forMatching(text));
            Matcher g = GRADE_CELL.matcher(folded);
            if (g.matches()) {
                String key = NoGradeCell.is(folded) ? null : GradeScale.REPORT_CARD.keyOf(folded);
                out.add(new Cell('G', null, text, key, text, j));
                return k;
            }
        }
        return 0;
    }

    /** Lines j..j+k-1 as one cell's text: the later lines straight under the first (no blank line, no page break). */
    private static String joined(List<Line> lines, int j, int k) {
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < k; n++) {
            Line l = lines.get(j + n);
            if (l.length() > MAX_CELL_LINE || n > 0 && (l.blanksBefore() > 0 || l.pageBreakBefore())) {
                return null;
            }
            b.append(n > 0 ? " " : "").append(l.text().strip());
        }
        return Fold.spaces(b.toString());
    }

    /** A run's grades and how many rows of the grid it pairs (rows without a grade too). */
    private record Paired(List<Grade> grades, int rows) {
    }

    /**
     * The grades of a run's blocks paired in order (labels then grades, or grades then labels, as the first block
     * is), up to the first pair whose blocks differ in length, the first block left without a partner (the run
     * may go on into the first area's own heading after the grid) or the first change of order; a block of whole
     * rows (label then grade) pairs with itself and holds the order labels-first: a grid's rows are all set one way.
     */
    private static Paired pair(List<Cell> run) {
        List<List<Cell>> blocks = new ArrayList<>();
        for (Cell c : run) {
            if (blocks.isEmpty() || blocks.get(blocks.size() - 1).get(0).kind() != c.kind()) {
                blocks.add(new ArrayList<>());
            }
            blocks.get(blocks.size() - 1).add(c);
        }
        List<Grade> out = new ArrayList<>();
        int rows = 0;
        char order = 0;
        for (int b = 0; b < blocks.size(); ) {
            List<Cell> first = blocks.get(b);
            if (first.get(0).label() && order != 'G' && (b == 0 || blocks.get(b - 1).get(0).kind() == 'R')
                    && (b + 1 == blocks.size() || blocks.get(b + 1).get(0).kind() == 'R') && blocks.size() > 1) {
                // labels before, between or after whole rows, label then grade (a grid read row by row): rows whose
                // grade cell is empty
                rows += first.size();
                order = 'L';
                b++;
                continue;
            }
            if (first.get(0).kind() == 'R') {
                if (order == 'G') {
                    break; // a row label-then-grade after grades paired with the labels after them: the order changed
                }
                order = 'L';
                for (Cell c : first) {
                    rows++;
                    if (c.grade() != null) {
                        out.add(new Grade(c.judgement(), c.text(), c.grade(), c.gradeText()));
                    }
                }
                b++;
                continue;
            }
            if (b + 1 < blocks.size() && blocks.get(b + 1).get(0).kind() != 'R' && first.size() != blocks.get(b + 1).size()
                    && (order == 0 || order == first.get(0).kind())) {
                // a part of the grid whose columns differ in length (an empty cell: which row lacks it cannot be told)
                // gives nothing; the grid goes on where the next page's part starts with the same column, its
                // columns printed afresh (the header repeated)
                int next = b + 2;
                while (next < blocks.size() && !blocks.get(next).get(0).afterPageBreak()) {
                    next++;
                }
                if (next < blocks.size() && blocks.get(next).get(0).kind() == first.get(0).kind()) {
                    order = first.get(0).kind();
                    b = next;
                    continue;
                }
            }
            if (b + 1 >= blocks.size() || blocks.get(b + 1).get(0).kind() == 'R'
                    || first.size() != blocks.get(b + 1).size() || order != 0 && order != first.get(0).kind()) {
                break;
            }
            order = first.get(0).kind();
            List<Cell> second = blocks.get(b + 1);
            List<Cell> labels = first.get(0).label() ? first : second;
            List<Cell> grades = first.get(0).label() ? second : first;
            if (grades.stream().map(Cell::grade).toList().equals(LEGEND)) {
                break; // the card's legend, each grade once in the scale's order, is no grade column
            }
            for (int n = 0; n < labels.size(); n++) {
                Cell l = labels.get(n);
                rows++;
                Cell g = grades.get(n);
                if (g.grade() != null) {
                    out.add(new Grade(l.judgement(), l.text(), g.grade(), g.text()));
                }
            }
            b += 2;
        }
        return new Paired(out, rows);
    }
}
