package uk.ofstedextract.grades;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.Document;
import uk.ofstedextract.layout.Headings;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.layout.LineReader;
import uk.ofstedextract.layout.ReportProfile;
import uk.ofstedextract.layout.SectionRole;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.text.Fold;
import uk.ofstedextract.text.Normaliser;

/**
 * Reads judgements and grades: from the judgement table near the start (label and grade on one
 * line, or pdftotext's one cell per line, grades split over two lines), from "Grade N (X)" lines
 * under a judgement heading, and from prose ("The overall judgement is good", "Children's
 * services in X require improvement to be good", "The LSCB is inadequate"), and the CRA letters'
 * "limited to 'performs poorly'", the area SEND outcome sentences, and in school-sector reports the
 * safeguarding statement ("The arrangements for safeguarding are effective") and the further
 * education skills statement ("… makes a reasonable contribution to meeting skills needs"). Table
 * first; each judgement once.
 */
public final class GradeReader {
    /** How far into the report the judgement table may start (lines). */
    static final int TABLE_SEARCH_LINES = 250;
    /** A table label line is shorter than this; longer lines are body text (seeds put a row on one line). */
    static final int MAX_LABEL_LINE = 160;

    /**
     * Grades, the lines the judgement table covers ({@code tableStart == -1} without a table), and the
     * table's rows as read, in order and with repeats (the grades keep a judgement's first row only):
     * what {@code validate} checks the table against.
     */
    public record Result(List<Grade> grades, int tableStart, int tableEnd, List<TableRow> rows) {
        public Result {
            grades = List.copyOf(grades);
            rows = List.copyOf(rows);
        }
    }

    /** One graded row of the judgement table: the grade as read, and the index (into the lines) of its label. */
    public record TableRow(Grade grade, int line) {
    }

    private static final Pattern OVERALL_PROSE = Pattern.compile(
            "(?:the overall judgement is(?: that (?:children's services|services for children) (?:are|is))?|"
                    + "(?:children's services|services for children)(?: and [a-z ]{0,40})? in [a-z ,.'&()-]{2,80}? "
                    + "(?:are|is|were|was)(?: judged to be)?|overall effectiveness is(?: judged to be)?|"
                    + "children's services in [a-z ,.'&()-]{2,80}?)\\s+" + GradeScale.GRADE);
    private static final Pattern LSCB_PROSE = Pattern.compile(
            "(?:the effectiveness of the (?:local safeguarding children board|lscb)(?: \\(lscb\\))?|"
                    + "the (?:local safeguarding children board|lscb)(?: \\(lscb\\))?)(?: in [a-z ]+)? "
                    + "(?:is|requires|require|was)(?: judged to be)? ?" + GradeScale.GRADE);
    private static final Pattern PERFORMS_POORLY = Pattern.compile(
            "limited to '?\"?performs poorly|(?:rating|assessment)[^.]{0,80}'performs poorly'");
    /**
     * A school's statutory category: "… Her Majesty's Chief Inspector is of the opinion that this school
     * requires special measures / has serious weaknesses", or in the lead inspector's own voice, as serious
     * weaknesses are stated: "In accordance with section 44(2) of the Education Act 2005, I am of the opinion that
     * this school has serious weaknesses" ("no longer requires" is not one).
     */
    private static final Pattern CONCERN_PROSE = Pattern.compile(
            "\\b(?:(?:is|am) of the opinion|considers) that (?:this|the) school (?:requires|has) "
                    + GradeScale.CATEGORY_OF_CONCERN.pattern());
    static final String CATEGORY_OF_CONCERN = "category-of-concern";
    private static final Pattern SEND_OUTCOME = Pattern.compile(GradeScale.SEND_OUTCOME.pattern());
    /** The EIF and CIF safeguarding statement: "The arrangements for safeguarding are (not) effective". */
    static final Pattern SAFEGUARDING_PROSE = Pattern.compile(("(?i)\\bthe arrangements for safeguarding "
            + "(?:learners |pupils |children |young people )?(?:are|were|is) (not effective|ineffective|effective)\\b")
            .replace(" ", "\\s+"));
    /**
     * The CIF report's own sentence, where the statement above is missing: "Safeguarding is effective." opening a
     * sentence (the leadership section's, from 2015 to 2019); matched with its capital so that "… ensure that
     * safeguarding is effective" (a recommendation) is not read as one.
     */
    static final Pattern SAFEGUARDING_SENTENCE = Pattern.compile(
            "(?:^|[.!?:]\\s+|\\n\\s*)Safeguarding\\s+is\\s+(not\\s+effective|ineffective|effective)\\b");
    /** Further education from September 2022: "The college makes a reasonable contribution to meeting skills needs". */
    static final Pattern CONTRIBUTION_PROSE = Pattern.compile(("(?i)\\bmakes? an? " + GradeScale.CONTRIBUTION.pattern()
            + " to meeting (?:the )?(?:local |regional |national )?skills needs").replace(" ", "\\s+"));

    private final Headings headings;

    private static final int HEAD_CHARS = 6000;

    public GradeReader(Headings headings) {
        this.headings = headings;
    }

    /** Reads the grades of a report of the profile's family, from the sources its profile names. */
    public Result read(Document doc, ReportProfile profile) {
        ReportProfile.GradeSources sources = profile.grades();
        Headings headings = profile.headings() == null ? this.headings : profile.headings().then(this.headings);
        Map<String, Grade> grades = new LinkedHashMap<>();
        List<TableRow> rows = new ArrayList<>();
        int[] range = sources.table() ? table(doc, grades, rows, headings) : new int[] {-1, -1};
        if (!sources.digitRows().isEmpty()) {
            DigitRows.read(doc.lines(), sources.digitRows(), grades);
        }
        String text = doc.normalised().text();
        String folded = sources.proseInWholeText() ? Fold.spaces(Fold.forMatching(text)) : null;
        String head = folded != null ? folded.substring(0, Math.min(folded.length(), HEAD_CHARS)) : foldedHead(text);
        Matcher m = OVERALL_PROSE.matcher(head);
        if (sources.prose().contains("overall-effectiveness") && m.find()) {
            String g = m.group(1);
            grades.putIfAbsent("overall-effectiveness",
                    new Grade("overall-effectiveness", "Overall effectiveness", GradeScale.key(g), original(doc, g)));
        }
        if (sources.prose().contains("lscb")) {
            Matcher l = LSCB_PROSE.matcher(folded != null ? folded : head);
            if (l.find()) {
                grades.putIfAbsent("lscb", new Grade("lscb", "Local Safeguarding Children Board",
                        GradeScale.key(l.group(1)), original(doc, l.group(1))));
            }
        }
        if (sources.prose().contains("annual-assessment-limit")) {
            Matcher p = PERFORMS_POORLY.matcher(folded != null ? folded : head);
            if (p.find()) {
                grades.put("annual-assessment-limit", new Grade("annual-assessment-limit",
                        "Annual assessment limit", GradeScale.Key.PERFORMS_POORLY, "performs poorly"));
            }
        }
        if (sources.prose().contains("send-outcome")) {
            Matcher s = SEND_OUTCOME.matcher(head);
            if (s.find()) {
                String key = GradeScale.SEND_OUTCOME.keyOf(s.group(1));
                grades.put("send-outcome", new Grade("send-outcome", "Inspection outcome", key, s.group(1)));
            }
        }
        // school-sector statements, matched in the text as written (the grade keeps its case)
        if (sources.prose().contains("safeguarding")) {
            statement(SAFEGUARDING_PROSE, text, "safeguarding", "Safeguarding", GradeScale.EFFECTIVE, grades);
            statement(SAFEGUARDING_SENTENCE, text, "safeguarding", "Safeguarding", GradeScale.EFFECTIVE, grades);
        }
        if (sources.prose().contains("skills-contribution")) {
            statement(CONTRIBUTION_PROSE, text, "contribution-to-meeting-skills-needs",
                    "Contribution to meeting skills needs", GradeScale.CONTRIBUTION, grades);
        }
        if (sources.prose().contains(IndependentSchoolStandards.SOURCE)) {
            for (Grade g : IndependentSchoolStandards.read(doc)) {
                grades.putIfAbsent(g.judgement(), g);
            }
        }
        if (sources.prose().contains(ReportCardGrid.SOURCE)) {
            for (Grade g : ReportCardGrid.read(doc.lines(), asPrinted(doc.original()), headings)) {
                grades.putIfAbsent(g.judgement(), g);
            }
        }
        if (sources.prose().contains(MonitoringThemes.SOURCE)) {
            for (Grade g : MonitoringThemes.read(doc)) {
                grades.putIfAbsent(g.judgement(), g);
            }
        }
        if (sources.prose().contains(CATEGORY_OF_CONCERN)) {
            // the statutory paragraph may come after the summary pages: the whole text
            Matcher c = CONCERN_PROSE.matcher(folded != null ? folded : Fold.spaces(Fold.forMatching(text)));
            if (c.find()) {
                grades.put(CATEGORY_OF_CONCERN, new Grade(CATEGORY_OF_CONCERN, "Category of concern",
                        GradeScale.CATEGORY_OF_CONCERN.keyOf(c.group(1)), c.group(1)));
            }
        }
        if (!sources.keep()) {
            grades.clear(); // the family grades nothing
        }
        return new Result(new ArrayList<>(grades.values()), range[0], range[1], rows);
    }

    /** The first {@value ReportCardGrid#SEARCH_LINES} lines of the report with side-by-side cells on their lines. */
    private static List<Line> asPrinted(String original) {
        int end = 0;
        for (int n = 0; n < ReportCardGrid.SEARCH_LINES * 3 && end >= 0; n++) {
            end = original.indexOf('\n', end + 1);
        }
        return new LineReader().read(new Normaliser().clean(end < 0 ? original : original.substring(0, end)));
    }

    /** The first match of a graded statement (its group 1 the grade on {@code scale}) as a grade, unless one is there. */
    private static void statement(Pattern p, String text, String key, String label, GradeScale.Scale scale,
                                  Map<String, Grade> grades) {
        Matcher m = p.matcher(text);
        if (m.find()) {
            String written = Fold.spaces(m.group(1));
            grades.putIfAbsent(key, new Grade(key, label, scale.keyOf(Fold.forMatching(written)), written));
        }
    }

    /** The first {@value #HEAD_CHARS} characters of the folded, space-collapsed text, folding no more than needed. */
    private static String foldedHead(String text) {
        int take = HEAD_CHARS * 2;
        while (true) {
            boolean all = take >= text.length();
            String folded = Fold.spaces(Fold.forMatching(all ? text : text.substring(0, take)));
            // a longer prefix could only change what follows the last character (a collapsed space)
            if (all || folded.length() > HEAD_CHARS) {
                return folded.substring(0, Math.min(folded.length(), HEAD_CHARS));
            }
            take *= 2;
        }
    }

    /** Adds a judgement stated by a section heading or a "Grade N" line, unless the table had it. */
    public static List<Grade> withHeadingGrades(List<Grade> grades, List<Grade> fromHeadings) {
        Map<String, Grade> all = new LinkedHashMap<>();
        for (Grade g : grades) {
            all.put(g.judgement(), g);
        }
        for (Grade g : fromHeadings) {
            all.putIfAbsent(g.judgement(), g);
        }
        return new ArrayList<>(all.values());
    }

    /**
     * A report card's grid grades with its section headings' grades: in the headings' order (the safeguarding box
     * before the areas, as the card prints them), the grid's grade for a judgement both give (the grid is the card's
     * own table; a heading may take a grade from a line that is another row's), then the grid's other areas in its order.
     */
    public static List<Grade> gridWithHeadingGrades(List<Grade> grid, List<Grade> fromHeadings) {
        Map<String, Grade> byGrid = new LinkedHashMap<>();
        for (Grade g : grid) {
            byGrid.put(g.judgement(), g);
        }
        Map<String, Grade> all = new LinkedHashMap<>();
        for (Grade g : fromHeadings) {
            all.putIfAbsent(g.judgement(), byGrid.getOrDefault(g.judgement(), g));
        }
        for (Grade g : grid) {
            all.putIfAbsent(g.judgement(), g);
        }
        return new ArrayList<>(all.values());
    }

    /** Finds the judgement table; returns [start, end) line indexes or [-1, -1]. */
    private int[] table(Document doc, Map<String, Grade> grades, List<TableRow> rows, Headings headings) {
        List<Line> lines = doc.lines();
        int limit = Math.min(lines.size(), TABLE_SEARCH_LINES);
        int start = -1;
        int end = -1;
        int misses = 0;
        for (int i = 0; i < limit; i++) {
            Row row = row(lines, i, headings);
            if (row == null) {
                if (start >= 0 && ++misses > 3) {
                    break;
                }
                continue;
            }
            if (start < 0) {
                start = i;
                if (i > 0 && Fold.forMatching(lines.get(i - 1).text()).matches("(judgements?|grade|judgement\\s+grade)")) {
                    start = i - 1;
                    if (i > 1 && Fold.forMatching(lines.get(i - 2).text()).matches("judgements?")) {
                        start = i - 2;
                    }
                }
            }
            misses = 0;
            for (TableRow r : row.cells) {
                grades.putIfAbsent(r.grade().judgement(), r.grade());
            }
            rows.addAll(row.cells);
            end = row.endLine;
            i = row.endLine - 1;
        }
        return start >= 0 && end > start ? new int[] {start, end} : new int[] {-1, -1};
    }

    /** The graded cells of one table row (several for a column of labels then a column of grades). */
    private record Row(List<TableRow> cells, int endLine) {
        Row(Grade grade, int line, int endLine) {
            this(List.of(new TableRow(grade, line)), endLine);
        }
    }

    /** A judgement label (one to three lines) followed by its grade on the same line or the next lines. */
    private static Row row(List<Line> lines, int i, Headings headings) {
        if (lines.get(i).length() > MAX_LABEL_LINE) {
            return null; // a line of body text
        }
        Row both = previousThenThis(lines, i, headings);
        if (both != null) {
            return both;
        }
        Row first = cellsFirst(lines.get(i).text(), i, headings);
        if (first != null) {
            return first;
        }
        StringBuilder label = new StringBuilder();
        for (int k = 0; k < 3 && i + k < lines.size(); k++) {
            Line l = lines.get(i + k);
            if (k > 0) {
                label.append(' ');
            }
            label.append(GradeScale.withoutGradeDigit(l.text()));
            Optional<Headings.Match> m = headings.match(label.toString());
            if (m.isEmpty() || m.get().role() != SectionRole.JUDGEMENT) {
                continue;
            }
            String labelText = label.toString();
            String judgement = m.get().judgement() != null ? m.get().judgement()
                    : GradeScale.slug(stripGrade(labelText));
            if (m.get().statedGrade() != null) {
                String written = labelText.substring(labelText.length() - m.get().statedGrade().length() - 1)
                        .replaceAll("^[\\s:\\t-]+", "").replaceAll("\\.$", "");
                if (labelText.length() > 160) {
                    return null;
                }
                return new Row(new Grade(judgement, clean(stripGrade(labelText)), GradeScale.key(m.get().statedGrade()),
                        written.strip()), i, i + k + 1);
            }
            // the grade on the next one or two lines
            StringBuilder g = new StringBuilder();
            for (int j = 1; j <= 3 && i + k + j < lines.size(); j++) {
                if (j > 1) {
                    g.append(' ');
                }
                g.append(GradeScale.withoutGradeDigit(lines.get(i + k + j).text())); // "Good 2": the 2012-15 cell
                String folded = Fold.spaces(Fold.forMatching(g.toString()));
                if (folded.matches("not judged\\.?")) {
                    return new Row(List.of(), i + k + j + 1); // a row of the table without a grade
                }
                Matcher gm = GradeScale.WHOLE_GRADE.matcher(folded);
                if (gm.matches() && j < 3 && i + k + j + 1 < lines.size() && GradeScale.WHOLE_GRADE.matcher(Fold.spaces(
                        Fold.forMatching(g + " " + lines.get(i + k + j + 1).text()))).matches()) {
                    continue; // a grade wrapped over two lines ("Requires improvement" / "to be good")
                }
                if (gm.matches()) {
                    String written = Fold.spaces(g.toString()).replaceAll("\\.$", "");
                    return new Row(new Grade(judgement, clean(labelText), GradeScale.key(gm.group(1)), written), i,
                            i + k + j + 1);
                }
            }
            return labelColumn(lines, i, i + k + 1, judgement, clean(labelText), headings);
        }
        return null;
    }

    /**
     * A table row read with its grade cell before its label on one line: "This inspection: Good-2 Overall
     * effectiveness", "Good-2 Outcomes for learners". A PDF may draw a row's label cell after the cells beside it
     * (a cell set as a text block is drawn when the row is finished), and a reader that keeps drawing order puts it
     * last. The line is a row only when the rest after the grade (and its digit) is, whole, a judgement label with
     * no grade of its own, so a sentence that opens with a grade word ("Good teaching …") is none.
     */
    private static final Pattern CELLS_FIRST = Pattern.compile("(?i)^\\s*(?:this\\s+inspection:?\\s*)?("
            + GradeScale.schoolWords("\\s+") + ")(?:\\s+|\\s*[-\u2013]\\s*)(?:" + GradeScale.DIGIT
            + "\\s+)?(\\S.*?)\\s*$");

    private static Row cellsFirst(String line, int i, Headings headings) {
        Matcher cm = CELLS_FIRST.matcher(line);
        if (!cm.matches()) {
            return null;
        }
        String label = cm.group(2);
        Optional<Headings.Match> m = headings.match(label);
        if (m.isEmpty() || m.get().role() != SectionRole.JUDGEMENT || m.get().statedGrade() != null
                || PREVIOUS.matcher(label).find()) {
            return null;
        }
        String written = line.strip().replaceFirst("(?i)^this\\s+inspection:?\\s*", "");
        written = Fold.spaces(written.substring(0, written.length() - label.length()).strip());
        String judgement = m.get().judgement() != null ? m.get().judgement() : GradeScale.slug(stripGrade(label));
        return new Row(new Grade(judgement, clean(label), GradeScale.key(cm.group(1)), written), i, i + 1);
    }

    /**
     * A table printed as a column of labels and then a column of grades ("1. Children who need help
     * and protection" / "2. Children looked after …" / "Requires" / "improvement" / "Good"): the
     * labels, one line each, from line {@code next} on, then as many grades, in the same order.
     */
    /** A table row about the previous inspection ("Previous inspection grade", "… at previous inspection"). */
    private static final Pattern PREVIOUS = Pattern.compile("(?i)\\bprevious inspection\\b");
    /**
     * The previous inspection's cell where no grade of the report's scales is read from it: "Not previously
     * inspected", or a grade of an earlier scale ("Satisfactory-3" above a 2012-15 table). Any other line where that
     * cell should be (a heading, the summary's first line) means the column holds fewer grades than labels, so a row
     * lacks its grade and which one cannot be told: the column gives none (a row without a grade must not take the
     * previous inspection's, issue 15 audit D1).
     */
    private static final Pattern PREVIOUS_CELL = Pattern.compile("(?i)\\s*(?:not\\s+previously\\s+inspected|(?:"
            + GradeScale.schoolWords("\\s+") + ")(?:\\s*[-\u2013]?\\s*" + GradeScale.DIGIT + ")?)\\.?\\s*");

    /**
     * A 2012-15 front table's overall effectiveness row in pdftotext's default text, its two labels one under the
     * other and then its two grades ("Previous inspection:" / "This inspection:" / "Satisfactory 3" / "Requires
     * improvement 3"): the column of labels, the previous inspection's first, pairs with the column of grades,
     * so the second grade is this inspection's. Where the previous inspection's grade follows its own label
     * ("Previous inspection:" / "Good 2" / "This inspection:" / …), this is no column and the rows are read one by one.
     */
    private static Row previousThenThis(List<Line> lines, int i, Headings headings) {
        if (i + 1 >= lines.size() || !PREVIOUS.matcher(lines.get(i).text()).find()
                || lines.get(i).length() > MAX_LABEL_LINE) {
            return null;
        }
        Optional<Headings.Match> m = headings.match(lines.get(i + 1).text());
        if (m.isEmpty() || m.get().role() != SectionRole.JUDGEMENT || m.get().statedGrade() != null) {
            return null;
        }
        return labelColumn(lines, i, i + 1, null, null, headings);
    }

    private static Row labelColumn(List<Line> lines, int first, int next, String firstKey, String firstLabel,
                                   Headings headings) {
        List<String> keys = new ArrayList<>(java.util.Collections.singletonList(firstKey));
        List<String> labels = new ArrayList<>(java.util.Collections.singletonList(firstLabel));
        List<Integer> labelLines = new ArrayList<>(List.of(first));
        int at = next;
        while (at < lines.size() && lines.get(at).length() <= MAX_LABEL_LINE) {
            Optional<Headings.Match> m = headings.match(lines.get(at).text());
            if (m.isPresent() && m.get().statedGrade() == null && PREVIOUS.matcher(lines.get(at).text()).find()) {
                keys.add(null); // "Previous inspection grade": its grade fills a slot of the column, and is no grade
                labels.add(null);
                labelLines.add(at);
                at++;
                continue;
            }
            if (m.isEmpty() || m.get().role() != SectionRole.JUDGEMENT || m.get().statedGrade() != null) {
                break;
            }
            String label = lines.get(at).text();
            keys.add(m.get().judgement() != null ? m.get().judgement() : GradeScale.slug(label));
            labels.add(clean(label));
            labelLines.add(at);
            at++;
        }
        if (keys.size() < 2) {
            return null;
        }
        List<TableRow> out = new ArrayList<>();
        for (int n = 0; n < keys.size(); n++) {
            String g = null;
            for (int len = 1; len <= 2 && g == null && at + len <= lines.size(); len++) {
                StringBuilder cell = new StringBuilder();
                for (int j = 0; j < len; j++) {
                    cell.append(j > 0 ? " " : "").append(GradeScale.withoutGradeDigit(lines.get(at + j).text()));
                }
                Matcher gm = GradeScale.WHOLE_GRADE.matcher(Fold.spaces(Fold.forMatching(cell.toString())));
                if (gm.matches()) {
                    g = Fold.spaces(cell.toString()).replaceAll("\\.$", "");
                    if (keys.get(n) != null) {
                        out.add(new TableRow(new Grade(keys.get(n), labels.get(n), GradeScale.key(gm.group(1)), g),
                                labelLines.get(n)));
                    }
                    at += len;
                }
            }
            if (g == null && keys.get(n) == null && at < lines.size()
                    && PREVIOUS_CELL.matcher(lines.get(at).text()).matches()) {
                at++; // the previous inspection's cell: "Not previously inspected", or an earlier scale's grade
                continue;
            }
            if (g == null) {
                return null; // not a column of grades for every label
            }
        }
        return new Row(out, at);
    }

    private static String stripGrade(String label) {
        return GradeScale.withoutTrailingGrade(label);
    }

    private static String clean(String label) {
        return Fold.spaces(label).replaceAll("^\\d+(\\.\\d+)?\\.?\\s+", "");
    }

    /** The grade as the report writes it (first occurrence, case as in the text). */
    private static String original(Document doc, String foldedGrade) {
        String text = doc.normalised().text();
        int at = Fold.forMatching(text).indexOf(foldedGrade.split(" ")[0]);
        return at < 0 ? foldedGrade : Fold.spaces(text.substring(at, Math.min(text.length(), at + foldedGrade.length())));
    }
}
