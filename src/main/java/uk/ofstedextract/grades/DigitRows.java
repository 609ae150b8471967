package uk.ofstedextract.grades;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.layout.ReportProfile.DigitRow;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.text.Fold;

/**
 * Judgement rows graded with a digit, as section 5 reports printed them from 2005 to 2012: "Overall
 * effectiveness: how good is the school?" then "2"; a heading then "Grade: 2"; a row with "Taking into
 * account:" sub-rows whose digits follow in a column after the labels (pdftotext's default order: the
 * row's own digit comes first); or, in layout-preserving text, the digit at the end of the label's line
 * or between the lines of a wrapped label, or at the end of its first line. Only the rows the profile names are grades (other rows of the
 * same tables are not); digits mean 1 outstanding, 2 good, 3 satisfactory, 4 inadequate.
 */
final class DigitRows {
    /** A label runs over at most this many lines. */
    private static final int LABEL_LINES = 3;
    /** The row's digit is at most this many lines after its label (sub-rows between). */
    private static final int DIGIT_LINES = 12;
    /** Longer lines are prose, not table cells. */
    private static final int MAX_CELL = 110;
    private static final Pattern DIGIT = Pattern.compile("^(?:grade\\s*:?\\s*)?(" + GradeScale.DIGIT + ")$");
    /**
     * A label, a run of spaces and its grade cell ("Grade: 3" beside a 2005-09 heading); where the table has a
     * second grade column after the school's (2005-09 annex "School Overall" then "16-19"), its cell is dropped:
     * the first column is the school's.
     */
    private static final Pattern LABEL_THEN_DIGIT = Pattern.compile("(?i)^(.*?\\S)\\s{2,}(?:grade\\s*:?\\s*)?("
            + GradeScale.DIGIT + ")(?:\\s{2,}(?:" + GradeScale.DIGIT + "|yes|no|n/?a))?$");

    /**
     * A grade digit, a space and a label: a row whose grade cell was drawn (and is read) before its label; in a table
     * with a second column (a 2005-09 annex's "School Overall" and "16-19"), both cells before it ("4 3 The capacity to
     * make any necessary improvements"), the first the school's, as {@link #LABEL_THEN_DIGIT} takes it after the label.
     */
    private static final Pattern DIGIT_THEN_LABEL = Pattern.compile("^(" + GradeScale.DIGIT + ")(?:\\s+(?:"
            + GradeScale.DIGIT + "|(?i:yes|no|n/?a)))?\\s+(\\p{Lu}.*)$");

    private DigitRows() {
    }

    /** Adds each named row's grade (the first time the row appears) to {@code grades}. */
    static void read(List<Line> lines, List<DigitRow> rows, Map<String, Grade> grades) {
        for (int i = 0; i < lines.size(); i++) {
            Found f = label(lines, i, rows);
            if (f == null || grades.containsKey(f.row.judgement())) {
                continue;
            }
            String digit = f.digit != null ? f.digit : digitInColumn(lines, i, f.lines);
            if (digit == null) {
                digit = digitAfter(lines, i + f.lines, rows);
            }
            if (digit == null) {
                digit = annexColumn(lines, i, f.lines);
            }
            if (digit != null) {
                grades.put(f.row.judgement(), new Grade(f.row.judgement(), f.label,
                        GradeScale.SATISFACTORY.keyOf(digit), digit));
                i += f.lines - 1;
            }
        }
    }

    private record Found(DigitRow row, String label, int lines, String digit) {
    }

    /** A named row's label starting at line {@code i}: one to three lines, a lone digit between them kept. */
    private static Found label(List<Line> lines, int i, List<DigitRow> rows) {
        if (lines.get(i).length() > MAX_CELL || DIGIT.matcher(fold(lines.get(i).text())).matches()) {
            return null;
        }
        StringBuilder label = new StringBuilder();
        String digit = null;
        int used = 0;
        for (int k = i; k < lines.size() && used < LABEL_LINES; k++) {
            String t = lines.get(k).text().strip();
            if (k > i && (lines.get(k).pageBreakBefore() || lines.get(k).length() > MAX_CELL)) {
                break;
            }
            if (k > i && DIGIT.matcher(fold(t)).matches()) {
                if (digit != null) {
                    break;
                }
                digit = t.replaceAll("\\D", "");
                continue; // the digit of a wrapped label, set between its lines
            }
            String cellDigit = null;
            Matcher lead = used == 0 ? DIGIT_THEN_LABEL.matcher(t) : null;
            if (lead != null && lead.matches()) {
                // the row's cell before its label: a PDF read directly gives a row's cells in the order they were
                // drawn, the grade column first ("3 The capacity to make any necessary improvements")
                t = lead.group(2);
                cellDigit = lead.group(1);
            }
            Matcher spaced = GradeScale.LABEL_SPACE_DIGIT.matcher(t);
            boolean isSpaced = spaced.matches();
            String spaceDigit = isSpaced ? spaced.group(2) : null;
            String spaceLabel = isSpaced ? spaced.group(1) : null;
            Matcher m = LABEL_THEN_DIGIT.matcher(t);
            if (m.matches()) {
                t = m.group(1);
                cellDigit = m.group(2);
            }
            t = Fold.spaces(t);
            int before = label.length();
            label.append(used > 0 ? " " : "").append(t);
            used++;
            String letters = fold(label.toString()).replaceAll("[^a-z]", "");
            String spaceLetters = spaceLabel == null ? null
                    : fold(label.substring(0, before) + " " + spaceLabel).replaceAll("[^a-z]", "");
            for (DigitRow r : rows) {
                boolean whole = r.label().matcher(letters).matches();
                if (whole || spaceLetters != null && r.label().matcher(spaceLetters).matches()) {
                    String d = cellDigit != null ? cellDigit : digit;
                    String text = label.toString();
                    if (d == null && spaceDigit != null) {
                        // the row's cell one space after its label's last line: a PDF read directly sets no
                        // spaces between cells drawn apart ("The quality of teaching 1")
                        d = spaceDigit;
                        text = label.substring(0, before) + (used > 1 ? " " : "") + Fold.spaces(spaceLabel);
                    }
                    return new Found(r, text, k - i + 1, d);
                }
            }
            if (cellDigit != null && (digit != null || used > 1) || t.endsWith(".")) {
                break;
            }
            if (cellDigit != null) {
                digit = cellDigit; // at the end of a wrapped label's first line ("… and driving   2" / "improvement")
            }
        }
        return null;
    }

    /**
     * The row's digit where a table's labels come as one column and its digits as the next (pdftotext's default
     * mode: "The effectiveness of leadership and management in embedding ambition and driving" / "improvement" /
     * "Taking into account:" / three more labels / "2" "2" "2" "2"): the run of digits after the label, paired
     * in order with as many rows before it, counting a row where a line opens a label (not a wrapped label's
     * lower-case continuation, not a lead-in to sub-rows ending with a colon). None unless the label is one of
     * those rows and the run has two digits or more.
     */
    private static String digitInColumn(List<Line> lines, int label, int labelLines) {
        int first = -1;
        for (int k = label + labelLines; k < lines.size() && k < label + labelLines + DIGIT_LINES; k++) {
            String t = lines.get(k).text().strip();
            if (DIGIT.matcher(fold(t)).matches()) {
                first = k;
                break;
            }
            if (lines.get(k).length() > MAX_CELL || t.endsWith(".")) {
                return null;
            }
        }
        if (first < 0) {
            return null;
        }
        List<String> digits = new ArrayList<>();
        for (int k = first; k < lines.size() && DIGIT.matcher(fold(lines.get(k).text())).matches(); k++) {
            digits.add(fold(lines.get(k).text()).replaceAll("\\D", ""));
        }
        List<Integer> starts = new ArrayList<>();
        for (int k = Math.max(0, label - DIGIT_LINES); k < first; k++) {
            Line l = lines.get(k);
            String t = l.text().strip();
            if (!t.isEmpty() && !l.startsLower() && !t.endsWith(":") && l.length() <= MAX_CELL) {
                starts.add(k);
            }
        }
        int row = starts.size() - digits.size() < 0 ? -1 : starts.subList(starts.size() - digits.size(), starts.size())
                .indexOf(label);
        return digits.size() >= 2 && row >= 0 ? digits.get(row) : null;
    }

    /** The first lone digit after a label, across sub-row labels; none once prose or another named row starts. */
    private static String digitAfter(List<Line> lines, int from, List<DigitRow> rows) {
        for (int k = from; k < lines.size() && k < from + DIGIT_LINES; k++) {
            Line l = lines.get(k);
            String t = fold(Fold.spaces(l.text()));
            Matcher d = DIGIT.matcher(t);
            if (d.matches()) {
                return d.group(1);
            }
            if (l.length() > MAX_CELL || t.endsWith(".") || label(lines, k, rows) != null) {
                return null;
            }
        }
        return null;
    }

    /** The header of a 2005-09 annex's table, whose rows the walk back from a row stops at. */
    private static final Pattern ANNEX_KEY = Pattern.compile("(?i)^key to judgements\\b");
    /** The header cell of the annex's first grade column, which the cells follow in default text. */
    private static final Pattern ANNEX_COLUMN = Pattern.compile("(?i)^school\\s+overall$");
    /** A cell of the annex: a digit, or the yes / no of a compliance row. */
    private static final Pattern ANNEX_CELL = Pattern.compile("(?i)^(?:" + GradeScale.DIGIT + "|yes|no|n/?a)$");
    /** The annex's rows lie within this many lines before its column header. */
    private static final int ANNEX_LINES = 80;
    /** A group heading of the annex ("Overall effectiveness", "Achievement and standards") holds no more words. */
    private static final int GROUP_WORDS = 3;

    /**
     * The row's cell where a 2005-09 annex ("Annex A: Inspection judgements") comes as pdftotext's default mode reads
     * it: the rows' labels as one column under "Key to judgements: …", then the header cells ("School Overall", and
     * "16-19" where the school has a sixth form), then the cells row by row, each row's in column order. The row's
     * place among the labelled rows before it (back to the table's header; group headings of three words or fewer,
     * "Overall effectiveness", carry no cells; a wrapped label's lower-case lines are one row) times the number of
     * columns is its first cell's index. None unless the cells up to there are all digits or yes / no, and the row's
     * cell a digit.
     */
    private static String annexColumn(List<Line> lines, int label, int labelLines) {
        int rows = 0;
        boolean keyed = false;
        for (int k = label - 1; k >= 0 && k >= label - ANNEX_LINES; k--) {
            Line l = lines.get(k);
            String t = l.text().strip();
            if (ANNEX_KEY.matcher(t).find()) {
                keyed = true;
                break;
            }
            if (t.endsWith(".") || l.length() > MAX_CELL || ANNEX_CELL.matcher(fold(t)).matches()) {
                return null; // prose, or cells: not the label column of an annex
            }
            if (!l.startsLower() && t.split("\\s+").length > GROUP_WORDS) {
                rows++;
            }
        }
        if (!keyed) {
            return null;
        }
        int header = -1;
        for (int k = label + labelLines; k < lines.size() && k < label + ANNEX_LINES; k++) {
            String t = lines.get(k).text().strip();
            if (ANNEX_COLUMN.matcher(t).matches()) {
                header = k;
                break;
            }
            if (t.endsWith(".") || lines.get(k).length() > MAX_CELL || ANNEX_CELL.matcher(fold(t)).matches()) {
                return null;
            }
        }
        if (header < 0) {
            return null;
        }
        int columns = 1;
        int k = header + 1;
        for (; k < lines.size() && !ANNEX_CELL.matcher(fold(lines.get(k).text())).matches(); k++) {
            if (columns == 1 && runningLine(lines, k)) {
                continue; // the page's running footer, set between the header cell and the cells where the table
                          // runs over a page break ("School Overall" / "Inspection Report: X, 13-14 June 2007" / "2")
            }
            if (lines.get(k).text().strip().split("\\s+").length > 1 || columns > 2) {
                return null; // another header cell is one word ("16-19"); anything else is not this table
            }
            columns++;
        }
        int want = rows * columns;
        for (int n = 0; k < lines.size() && ANNEX_CELL.matcher(fold(lines.get(k).text())).matches(); k++, n++) {
            if (n == want) {
                Matcher d = DIGIT.matcher(fold(lines.get(k).text()));
                return d.matches() ? d.group(1) : null;
            }
        }
        return null;
    }

    /** A line the text repeats word for word elsewhere, as a page's running head or footer is (two words or more). */
    private static boolean runningLine(List<Line> lines, int at) {
        String t = Fold.spaces(lines.get(at).text()).strip();
        if (t.split(" ").length < 2) {
            return false;
        }
        for (int k = 0; k < lines.size(); k++) {
            if (k != at && Fold.spaces(lines.get(k).text()).strip().equals(t)) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        return Fold.forMatching(s).toLowerCase(Locale.ROOT).strip();
    }
}
