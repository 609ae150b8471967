package uk.ofstedextract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.report.NoGradeCell;
import uk.ofstedextract.text.Fold;

/**
 * Splits a report into sections at its headings. A heading is a line, or up to three lines, that
 * starts a new unit of text (after a sentence end, a blank line or another heading) and either
 * matches the lexicon of Ofsted's headings ({@link Headings}) or looks like a heading by layout:
 * a short line without final punctuation, starting with a capital, followed by body text.
 * Layout-only headings start a summary section inside the body, and are ignored inside lists
 * (where such lines are table furniture such as "Responsible body").
 * Text before the first heading is front matter, except that text after the judgement table
 * ({@code bodyStart}) is a summary.
 */
public final class SectionSplitter {
    private static final Pattern BULLET_OR_NUMBER = Pattern.compile("^(?:[-–•▪◼●◦■□➢►✓*?]|\\d{1,3}\\.)(?:\\s|$)");
    private static final int MAX_HEADING_LINES = 3;
    /** The label of a key-judgement box's grade cell (SIF reports of 2014–15). */
    private static final Pattern GRADE_LABEL = Pattern.compile("(?i)judgement grade:?");
    /**
     * A heading that asks a question may be set in a narrow column over more lines (further education
     * monitoring visits' themes: "What progress have leaders and managers made in ensuring that …?").
     */
    private static final int MAX_QUESTION_LINES = 5;
    private static final Pattern QUESTION_START = Pattern.compile("^(?:How|What|To what extent)\\b");
    /** Judgements about the whole service: a list that follows one is not listed under a judgement. */
    private static final Set<String> WHOLE_SERVICE = Set.of("overall-effectiveness",
            "capacity-to-improve");

    private final Headings headings;

    public SectionSplitter(Headings headings) {
        this.headings = headings;
    }

    /**
     * @param tableStart index (into {@code doc.lines()}) of the first line of the judgement table, or -1
     * @param bodyStart index of the first line after the judgement table, or -1
     */
    public List<Section> split(Document doc, int tableStart, int bodyStart) {
        return split(doc, tableStart, bodyStart, bodyStart, headings);
    }

    /** As {@link #split(Document, int, int)}, with the profile's own heading wordings tried first. */
    public List<Section> split(Document doc, int tableStart, int bodyStart, ReportProfile profile) {
        return split(doc, tableStart, bodyStart, bodyStart, profile);
    }

    /**
     * As {@link #split(Document, int, int, ReportProfile)}; {@code tableEnd} is the index of the first line
     * after the judgement table, or -1: no judgement key runs on from the table's last row into the text after it.
     */
    public List<Section> split(Document doc, int tableStart, int tableEnd, int bodyStart, ReportProfile profile) {
        return split(doc, tableStart, tableEnd, bodyStart,
                profile.headings() == null ? headings : profile.headings().then(headings),
                StatedGrades.of(profile.scales()));
    }

    private List<Section> split(Document doc, int tableStart, int tableEnd, int bodyStart, Headings headings) {
        return split(doc, tableStart, tableEnd, bodyStart, headings, StatedGrades.NONE);
    }

    private List<Section> split(Document doc, int tableStart, int tableEnd, int bodyStart, Headings headings,
                                StatedGrades stated) {
        List<Line> lines = doc.lines();
        List<Section> sections = new ArrayList<>();
        StatedGrades.Order pills = new StatedGrades.Order();
        Heading current = null;
        SectionRole role = SectionRole.FRONT_MATTER;
        List<Line> body = new ArrayList<>();
        String judgement = null;
        int i = 0;
        while (i < lines.size()) {
            if (bodyStart >= 0 && i == bodyStart && current == null && role == SectionRole.FRONT_MATTER) {
                sections.add(new Section(null, role, null, null, body));
                body = new ArrayList<>();
                role = SectionRole.SUMMARY;
            }
            if (tableEnd > 0 && i == tableEnd && bodyStart < 0 && role == SectionRole.JUDGEMENT && current != null
                    && current.firstLine() < tableEnd) {
                // the judgement table's rows were read as headings: its last row's key does not run on
                sections.add(new Section(current, role, current.category(), judgement, body));
                body = new ArrayList<>();
                current = null;
                role = SectionRole.SUMMARY;
                judgement = null;
            }
            boolean inTable = tableStart >= 0 && i >= tableStart && i < bodyStart;
            // a letter's opening paragraphs (after its title) end at a heading of any kind, one known by layout alone
            // too, once a paragraph has been read (a details table under a report's title holds no sentence)
            SectionRole layoutRole = role == SectionRole.EXCLUDED && current != null && current.opening()
                    && body.stream().anyMatch(Line::endsSentence) ? SectionRole.SUMMARY : role;
            Heading h = role == SectionRole.END || inTable ? null
                    : heading(doc, i, layoutRole, headings, stated, current != null && i == current.firstLine() + current.lineCount(),
                    pills);
            if (h != null && role == SectionRole.EXCLUDED && h.role() == SectionRole.JUDGEMENT && h.statedGrade() != null
                    && h.text().strip().endsWith(".")) {
                // the grades of an earlier inspection listed in the area's information ("The judgements for the
                // local authority were:" / "Overall effectiveness: Inadequate."): lines of that section
                h = null;
            }
            if (h != null && role == SectionRole.EXCLUDED && h.role() == SectionRole.JUDGEMENT
                    && subRowsFollow(lines, i + h.lineCount())) {
                // a row of an excluded grade table whose sub-rows follow (2009-12: "These are the grades for the
                // quality of provision" / "The quality of teaching" / "Taking into account:" / …): no section
                h = null;
            }
            if (h != null && role == SectionRole.EXCLUDED && h.role() != SectionRole.EXCLUDED && h.role() != SectionRole.END
                    && current != null && spellsOutScale(current.text())) {
                // a grade table under the key that spells out its scale (2005-09 annex: "Key to judgements: grade 1
                // is outstanding, grade 2 good, grade 3 satisfactory, and grade 4 inadequate" / "Overall
                // effectiveness" / "How effective, efficient and inclusive …?" / "3"): the judgements and questions
                // named there are the table's groups and rows, not the report's sections, up to the next heading
                // of a part no finding comes from (the letter to pupils)
                h = null;
            }
            if (h != null && h.role() == SectionRole.END && i < lines.size() / 2
                    && !h.text().toLowerCase(java.util.Locale.ROOT).startsWith("yours")) {
                h = null; // a copyright line on a title page does not end the report
            }
            if (role == SectionRole.LIST && current != null && !inTable
                    && (h == null ? looksLikeHeading(doc, i) : h.role() == SectionRole.JUDGEMENT && h.statedGrade() == null)) {
                int after = i + (h == null ? 1 : h.lineCount());
                if (continuesNumberedList(lines, after, body)
                        || after < lines.size() && lines.get(after).startsWithBullet() && (h == null || judgement == null)) {
                    // a topic sub-heading inside a list: between a SIF report's numbered recommendations ("Care
                    // leavers", "Help and protection", "Commissioning arrangements"), or over bullets of a list
                    // already under way ("… require improvement because:" / "Help and protection" / bullets /
                    // "Quality of practice" / bullets): the items under it stay in the list, with its category
                    // and judgement key; a judgement's name over bullets is a topic, not the judgement's section,
                    // in a list of the whole report (one under a judgement, the LSCB's "Areas for improvement", may
                    // be followed by that judgement's own bulleted section: "Key strengths and weaknesses of the LSCB")
                    h = new Heading(h == null ? lines.get(i).text() : h.text(), SectionRole.LIST, current.category(),
                            null, null, i, h == null ? 1 : h.lineCount());
                } else if (h == null && capitals(lines.get(i).text())) {
                    // a heading wholly in capitals after a list's items ends the list (section 10 Part D: the next
                    // subject, "MODERN FOREIGN LANGUAGES", after the last one's "Areas for improvement" and its
                    // numbered paragraphs): a heading by layout as outside lists
                    h = new Heading(lines.get(i).text(), SectionRole.SUMMARY, null, null, null, i, 1);
                }
            }
            if (h != null) {
                sections.add(new Section(current, role, current == null ? null : current.category(), judgement, body));
                body = new ArrayList<>();
                current = h;
                role = h.role();
                // lists and summaries inside a judgement's part of the report belong to that judgement
                if (h.standalone() && h.role() != SectionRole.JUDGEMENT) {
                    // a heading of the whole report after the judgements' parts ("What does the school need to do
                    // to improve?", a report card's "Next steps"): its section belongs to no judgement
                    judgement = null;
                } else if (h.role() == SectionRole.JUDGEMENT) {
                    judgement = h.judgement() != null ? h.judgement() : judgementKey(h.text());
                } else if (h.role() == SectionRole.LIST && judgement != null && WHOLE_SERVICE.contains(judgement)) {
                    judgement = null; // a list after the overall judgements is the whole report's (2012-13 layouts)
                } else if (h.role() == SectionRole.SUMMARY && judgement != null) {
                    role = SectionRole.JUDGEMENT;
                } else if (h.role() == SectionRole.EXCLUDED || h.role() == SectionRole.END) {
                    judgement = null;
                }
                i += h.lineCount();
                continue;
            }
            body.add(lines.get(i));
            i++;
        }
        sections.add(new Section(current, role, current == null ? null : current.category(), judgement, body));
        sections.removeIf(s -> s.heading() == null && s.lines().isEmpty());
        return sections;
    }

    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,3})\\.(?:\\s|$)");

    /**
     * A recommendation's opening: a verb in the imperative ("Ensure …", "Urgently review …"), perhaps after
     * the partners to act with ("Together with the LSCB and police, review …").
     */
    private static final Pattern RECOMMENDATION = Pattern.compile("^(?:(?:Together |Jointly |In partnership )?[Ww]ith "
            + "[^,]{1,80},\\s*)?(?:(?:Urgently|Further|Fully|Effectively|Swiftly|Rapidly|Immediately|Continue to)\\s+)?"
            + "(?i:ensure|improve|strengthen|develop|review|continue|increase|monitor|take|implement|establish|evaluate"
            + "|consider|accelerate|put|prioritise|prioritize|undertake|produce|promote|carry|reduce|revise|provide"
            + "|expedite|clarify|refresh|deliver|make|extend|consolidate|integrate|bring|introduce|scrutinise|oversee"
            + "|concentrate|involve|devise|embed|identify|encourage|recruit|confirm|offer|align|visit|track|support"
            + "|agree|set|raise|secure|address|tackle|complete|commission|assess|analyse|publish|challenge)\\b");

    /**
     * Whether line {@code next} opens a numbered recommendation that goes on with the numbered list whose lines
     * so far are {@code body}: the list is still empty, or its last numbered item is the one before.
     */
    private static boolean continuesNumberedList(List<Line> lines, int next, List<Line> body) {
        if (next >= lines.size()) {
            return false;
        }
        Matcher m = LIST_NUMBER.matcher(lines.get(next).text());
        if (!m.find()) {
            return false;
        }
        String item = lines.get(next).text().substring(m.end()).strip();
        if (item.isEmpty() && next + 1 < lines.size()) {
            item = lines.get(next + 1).text(); // the number alone on its line
        }
        if (!RECOMMENDATION.matcher(item).find()) {
            return false;
        }
        if (body.isEmpty()) {
            return true;
        }
        for (int k = body.size() - 1; k >= 0; k--) {
            Matcher b = LIST_NUMBER.matcher(body.get(k).text());
            if (b.find()) {
                return Integer.parseInt(b.group(1)) + 1 == Integer.parseInt(m.group(1));
            }
        }
        return false;
    }

    /** A judgement key made from a heading's label, its stated grade removed (2012–13 reports). */
    private static String judgementKey(String headingText) {
        return GradeScale.slug(GradeScale.withoutTrailingGrade(headingText));
    }

    private static Heading heading(Document doc, int i, SectionRole currentRole, Headings headings,
                                   StatedGrades stated, boolean afterHeading, StatedGrades.Order pills) {
        List<Line> lines = doc.lines();
        Line first = lines.get(i);
        // a line straight after a heading starts a unit, though the heading's line looks unfinished
        // ("Progress since being subject to special measures – satisfactory" / "Progress since …")
        if (!(startsUnit(lines, i) || afterHeading && !first.startsLower()) || BULLET_OR_NUMBER.matcher(first.text()).find() && !first.text().matches("\\d\\.\\s+\\D.*")) {
            return null;
        }
        if (first.text().matches(GradeScale.DIGIT)) {
            return null; // a grade table's digit (the last of its column, read before the next heading), no heading's start
        }
        StringBuilder text = new StringBuilder();
        int maxLines = QUESTION_START.matcher(first.text()).find() ? MAX_QUESTION_LINES : MAX_HEADING_LINES;
        for (int k = 0; k < maxLines && i + k < lines.size(); k++) {
            Line l = lines.get(i + k);
            if (k > 0 && (l.blanksBefore() > 1 || l.pageBreakBefore() || BULLET_OR_NUMBER.matcher(l.text()).find())) {
                break;
            }
            if (k > 0) {
                text.append(' ');
            }
            text.append(k == 0 ? withoutRowDigit(lines, i) : l.text());
            Optional<Headings.Match> m = headings.match(text.toString());
            if (k == 0 && m.isEmpty()) {
                Heading row = judgementRow(text.toString(), headings, stated, lines, i);
                if (row != null) {
                    return row;
                }
            }
            if (m.isEmpty() && (l.endsSentence() || text.length() > 220)) {
                // a heading does not run on past a sentence's end; a long one may still be a list's lead-in, an
                // outcome run into it ("Senior leaders and governors are not taking effective action … in order to
                // become a good school. The school should take immediate action to:"; the lexicon caps its length)
                break;
            }
            if (m.isPresent() && plausible(text.toString(), m.get(), lines, i + k)) {
                Headings.Match hm = m.get();
                int count = k + 1;
                String grade = hm.statedGrade();
                String headingText = text.toString();
                Matcher padded = PADDED_GRADE.matcher(headingText);
                if (grade != null && padded.matches()) {
                    // a layout-preserving conversion's row, its grade set in a column beside the label: the heading
                    // is the label ("Effectiveness of leadership and management            Good")
                    headingText = padded.group(1);
                }
                if (grade == null && (hm.role() == SectionRole.JUDGEMENT || hm.judgement() != null)) {
                    // a grade of the family's own scales printed after the label ("Inclusion      Strong
                    // standard", "Progress since … – satisfactory"), or on the label's next line
                    StatedGrades.Split split = stated.trailing(headingText);
                    if (split != null) {
                        grade = split.grade();
                        headingText = split.label();
                    } else if (i + count < lines.size() && stated.whole(lines.get(i + count))
                            && !inLabelColumn(lines, i, headings, stated)) {
                        String under = lines.get(i + count).text();
                        // (not between two different grade cells: a grid read row by row, paired by the grid reader)
                        grade = stated.otherAbove(lines, i, under, headings) ? null : under;
                        count++;
                    } else if (stated.wrapped(lines, i + count) != null) {
                        // a narrow grade cell under its label, wrapped: "Achievement" / "Expected" / "standard"
                        String under = stated.wrapped(lines, i + count);
                        grade = stated.otherAbove(lines, i, under, headings) ? null : under;
                        count += 2;
                    } else if (i + count < lines.size() && !lines.get(i + count).pageBreakBefore()
                            && NoGradeCell.is(lines.get(i + count).text())) {
                        count++; // the area's own cell on the next line, saying it has no grade: the heading's row
                    } else if (pills.before(lines, headings, stated)) {
                        // the grade printed before its label: the area's pill read first, or the group's
                        // grade line straight above the group's first area (report cards group the areas
                        // under their grade). Not where the area's own cell says it has no grade ("Early
                        // years" / "Not applicable", "Achievement" / "Not graded"), nor in a card whose areas
                        // print their grades after their labels: there the line above is another area's grade
                        // or a group's line, never this area's own cell
                        grade = stated.before(lines, i);
                    }
                }
                if (i + count < lines.size() && hm.role() == SectionRole.JUDGEMENT) {
                    var gl = GradeScale.GRADE_LINE.matcher(
                            Fold.forMatching(lines.get(i + count).text()));
                    if (gl.matches()) {
                        grade = gl.group(1);
                        count++;
                    } else if (grade == null && !Character.isDigit(headingText.charAt(0))) {
                        // a key-judgement box printed as heading, ["Judgement grade",] grade: the box's grade
                        // cell and its label belong to the heading and open no section of their own (a numbered
                        // row of the front table, "2.1 Adoption performance" / "Good", is the table's)
                        int at = i + count;
                        if (at + 1 < lines.size() && GRADE_LABEL.matcher(lines.get(at).text()).matches()) {
                            at++;
                        }
                        // (a 2012-15 cell keeps its digit, "Good-2": the grade's own)
                        String cell = at < lines.size() ? GradeScale.withoutGradeDigit(lines.get(at).text()) : null;
                        if (cell != null && wholeGrade(cell)) {
                            grade = Fold.spaces(cell);
                            count = at - i + 1;
                        }
                    }
                }
                return new Heading(headingText, hm.role(), hm.category(), hm.judgement(), grade, i, count, hm.standalone(),
                        hm.opening());
            }
        }
        Heading wrapped = wrappedAroundGrade(lines, i, headings);
        if (wrapped != null) {
            return wrapped;
        }
        Heading subject = subjectArea(lines, i, headings);
        if (subject != null) {
            return subject;
        }
        if (looksLikeHeading(doc, i) && currentRole != SectionRole.LIST && currentRole != SectionRole.FRONT_MATTER
                && currentRole != SectionRole.EXCLUDED) {
            return new Heading(first.text(), SectionRole.SUMMARY, null, null, null, i, 1);
        }
        return null;
    }

    /**
     * A judgement's heading row whose grade cell is set apart from its label by a single space, as a PDF read
     * directly gives a row (its cells are drawn apart, with no space characters between them): the grade printed
     * before the label ("Expected standard Inclusion", a report card's pill drawn left of its label; also after a
     * column's gap in layout-preserving text, "Expected standard       Inclusion"), or a grade digit after it
     * ("Outcomes for individuals and groups of pupils 1", section 5 reports of 2005-12, where body text follows).
     * Only when the line as a whole is no heading and the label alone is one of the family's judgements; the
     * digit's grade is the digit rows' to read, the leading grade is the heading's own.
     */
    private static Heading judgementRow(String text, Headings headings, StatedGrades stated, List<Line> lines, int i) {
        StatedGrades.Split lead = stated.leading(text);
        String label = lead != null ? lead.label() : null;
        Matcher none = stated.isEmpty() ? null : NO_GRADE_ROW.matcher(text.strip());
        if (label == null && none != null && none.matches()) {
            // an area's row whose own cell says it has no grade ("Achievement        Not graded", "Post-16
            // provision Not applicable"): the area's heading, without a grade
            label = none.group(1);
        } else if (label == null) {
            Matcher d = GradeScale.LABEL_SPACE_DIGIT.matcher(text);
            if (!d.matches() || !bodyFollows(lines, i + 1)) {
                return null;
            }
            label = d.group(1);
        }
        Optional<Headings.Match> m = headings.match(label);
        if (m.isEmpty() || m.get().role() != SectionRole.JUDGEMENT || m.get().judgement() == null
                || m.get().statedGrade() != null || !plausible(label, m.get(), lines, i)) {
            return null;
        }
        Headings.Match hm = m.get();
        return new Heading(label, hm.role(), hm.category(), hm.judgement(), lead != null ? lead.grade() : null, i, 1,
                hm.standalone(), hm.opening());
    }

    /**
     * Whether the label at {@code i} is the last of a column of area labels, the line straight above it another area's
     * bare label (pdftotext's default mode prints a grade grid's label column, then its grade column): the grade line
     * after it is the column's first cell, another area's grade, never this label's own (a grid whose last row says
     * "Not applicable" would otherwise give that area the first area's grade). The grid reader pairs the columns.
     */
    private static boolean inLabelColumn(List<Line> lines, int i, Headings headings, StatedGrades stated) {
        if (i < 1 || lines.get(i).blanksBefore() > 0 || lines.get(i).pageBreakBefore()) {
            return false;
        }
        String above = lines.get(i - 1).text();
        Optional<Headings.Match> m = headings.match(above);
        return m.isPresent() && m.get().role() == SectionRole.JUDGEMENT && m.get().judgement() != null
                && m.get().statedGrade() == null && stated.trailing(above) == null && !stated.whole(lines.get(i - 1));
    }

    /** An area's row with a cell that gives it no grade after the label ({@link NoGradeCell}). */
    private static final Pattern NO_GRADE_ROW = Pattern.compile("(?i)^(.*?\\S)\\s+(?:" + NoGradeCell.WORDS.replace(" ", "\\s+")
            + ")\\.?$");

    /** A label with its grade set apart by a column's gap of spaces. */
    private static final Pattern PADDED_GRADE = Pattern.compile(
            "(?i)^(.*\\S) {4,}(" + GradeScale.words("\\s+") + ")$");
    private static final Pattern ENDS_WITH_GRADE = Pattern.compile(
            "(?i)^(.*\\S)\\s+(" + GradeScale.words("\\s+") + ")$");

    /**
     * A judgement heading wrapped over two lines with its grade printed between them, as converters set
     * a table's grade column beside the heading's first line: "The experiences and progress of children
     * who Requires Improvement" / "need help and protection", or the grade on a line (or two) of its own
     * between the heading's lines. The heading's second line goes on in lower case.
     */
    private static Heading wrappedAroundGrade(List<Line> lines, int i, Headings headings) {
        if (i + 2 >= lines.size()) {
            return null;
        }
        Line first = lines.get(i);
        String grade = null;
        int rest = -1;
        java.util.regex.Matcher end = ENDS_WITH_GRADE.matcher(GradeScale.mayEndWithGradeWord(first.text()) ? first.text() : "");
        if (end.matches() && continuation(lines.get(i + 1))) {
            grade = end.group(2);
            rest = i + 1;
        } else {
            // the cell's first line alone may already be too long to be a grade (most lines are)
            boolean mayBeCell = GradeScale.mayBeWholeGrade(lines.get(i + 1).text());
            for (int len = 1; mayBeCell && len <= 2 && grade == null && i + len + 1 < lines.size(); len++) {
                StringBuilder cell = new StringBuilder();
                for (int j = 1; j <= len; j++) {
                    if (lines.get(i + j).blanksBefore() > 1 || lines.get(i + j).pageBreakBefore()) {
                        return null;
                    }
                    cell.append(j > 1 ? " " : "").append(lines.get(i + j).text());
                }
                if (wholeGrade(cell.toString())
                        && continuation(lines.get(i + len + 1))) {
                    grade = Fold.spaces(cell.toString());
                    rest = i + len + 1;
                }
            }
        }
        if (grade == null) {
            return null;
        }
        String label = (end.matches() && rest == i + 1 ? end.group(1) : first.text()) + " " + lines.get(rest).text();
        Optional<Headings.Match> m = headings.match(label);
        if (m.isEmpty() || m.get().role() != SectionRole.JUDGEMENT || m.get().statedGrade() != null) {
            return null;
        }
        return new Heading(label, SectionRole.JUDGEMENT, m.get().category(), m.get().judgement(), grade, i,
                rest - i + 1);
    }

    /** The judgement keys of further education's types of provision, which a subject area's heading lists. */
    private static final Set<String> PROVISION_TYPES = Set.of("16-to-19-study-programmes",
            "adult-learning-programmes", "apprenticeships", "traineeships", "employability", "community-learning",
            "provision-for-learners-with-high-needs", "education-programmes-for-young-people");
    /** The most types of provision a subject area's heading lists. */
    private static final int MAX_PROVISION_LINES = 6;

    /**
     * A subject area graded for teaching, learning and assessment (further education, 2012–15): its name, its grade
     * (beside it, on the next line, or after the list in a layout-preserving conversion whose column splitter read
     * the margin's grade after the lines under it), then the types of provision it covers, one a line ("16–19 study
     * programmes" / "19+ Learning programmes" / "Apprenticeships"), each a judgement heading of the lexicon on its
     * own. The whole is one judgement heading keyed from the name ("Health and social care" →
     * {@code health-and-social-care}) with that grade: the provision types open no section and take no grade.
     */
    private static Heading subjectArea(List<Line> lines, int i, Headings headings) {
        Line first = lines.get(i);
        String label = first.text().strip();
        String grade = null;
        Matcher end = ENDS_WITH_GRADE.matcher(GradeScale.mayEndWithGradeWord(label) ? label : "");
        if (end.matches()) {
            label = end.group(1).strip();
            grade = end.group(2);
        }
        if (label.isEmpty() || label.length() > 80 || !Character.isUpperCase(label.charAt(0)) || label.endsWith(".")
                || label.endsWith(":") || headings.match(label).isPresent() || wholeGrade(label)) {
            return null;
        }
        int j = i + 1;
        if (grade == null && j < lines.size() && near(lines.get(j)) && wholeGrade(lines.get(j).text().strip())) {
            grade = lines.get(j).text().strip();
            j++;
        }
        int types = 0;
        while (j < lines.size() && types < MAX_PROVISION_LINES && near(lines.get(j))
                && (types == 0 || lines.get(j).blanksBefore() == 0) && provisionType(lines.get(j).text(), headings)) {
            types++;
            j++;
        }
        if (types == 0) {
            return null;
        }
        if (grade == null && j < lines.size() && near(lines.get(j)) && wholeGrade(lines.get(j).text().strip())) {
            grade = lines.get(j).text().strip();
            j++;
        }
        if (grade == null) {
            return null;
        }
        return new Heading(label, SectionRole.JUDGEMENT, null, null, Fold.spaces(grade), i, j - i);
    }

    /** A line that follows the one above with at most one blank line and no page break between. */
    private static boolean near(Line l) {
        return l.blanksBefore() <= 1 && !l.pageBreakBefore();
    }

    /** Whether the text is a grade and nothing else, in words or digits ("Requires improvement", "Good-2"). */
    private static boolean wholeGrade(String text) {
        return GradeScale.WHOLE_GRADE.matcher(Fold.spaces(Fold.forMatching(text))).matches();
    }

    private static boolean provisionType(String text, Headings headings) {
        Optional<Headings.Match> m = headings.match(text.strip());
        return m.isPresent() && m.get().role() == SectionRole.JUDGEMENT && PROVISION_TYPES.contains(
                m.get().judgement() != null ? m.get().judgement() : GradeScale.slug(text.strip()));
    }

    /** The second line of a wrapped heading: it goes on in lower case, with no blank line or page break before it. */
    private static boolean continuation(Line l) {
        return l.startsLower() && l.blanksBefore() <= 1 && !l.pageBreakBefore();
    }

    /** A lexicon match must stand alone: no sentence text running on after it on the same unit. */
    private static boolean plausible(String text, Headings.Match m, List<Line> lines, int last) {
        if (m.role() == SectionRole.END || m.statement()) {
            return true; // (a statement: a whole paragraph by the lexicon's word, its length capped there)
        }
        String t = text.strip();
        boolean endsWithStop = t.endsWith(".");
        if (endsWithStop && m.statedGrade() == null && !(m.role() == SectionRole.LIST && shortSentence(t))
                && !(m.role() == SectionRole.JUDGEMENT && m.judgement() != null && statement(t))) {
            // a sentence, unless it is a short one that heads a list ("This is a good school.") or names a
            // judgement and its outcome, its section following (a short inspection letter's "Safeguarding is
            // effective.")
            return false;
        }
        if (t.length() > 200 && !t.endsWith(":") && !t.endsWith("?")) {
            // a sentence run on past a heading's length; a question heading may be longer (a further education
            // monitoring visit's adult education theme, 202 characters: "How much progress have leaders and
            // managers made to ensure that learners benefit from high-quality adult education that prepares them
            // well for their intended job role, career aims and/or personal goals?")
            return false;
        }
        if (last + 1 < lines.size()) {
            Line next = lines.get(last + 1);
            if (next.text().matches("\\d{1,3}") && !gradeDigitThenText(lines, last + 1)) {
                return false; // an entry of a contents page: heading, then its page number
            }
            // a heading's last line is not followed by the rest of its sentence
            if (next.startsLower() && next.blanksBefore() == 0 && !t.endsWith(":") && !t.endsWith("?")
                    && m.statedGrade() == null) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern ROW_DIGIT = Pattern.compile("^(.*\\S)\\s{2,}(?:[Gg]rade:?\\s*)?" + GradeScale.DIGIT + "$");

    /**
     * Line {@code i}'s text without a grade digit at the far end of its row, where body text follows (section 5
     * reports, 2005-12, in layout-preserving text: "Outcomes for individuals and groups of pupils      2" over the
     * section's first paragraph; 2005-09: "Achievement and standards      Grade: 3"); a contents page's entries
     * are followed by other entries.
     */
    private static String withoutRowDigit(List<Line> lines, int i) {
        String t = lines.get(i).text();
        if (t.isEmpty()) {
            return t;
        }
        if (!Character.isDigit(t.charAt(t.length() - 1))) {
            return withoutRowGrade(lines, i);
        }
        Matcher m = ROW_DIGIT.matcher(t);
        return m.matches() && bodyFollows(lines, i + 1) ? m.group(1) : t;
    }

    /** A label, a column gap and a cell: "Effectiveness of leadership and management        Good". */
    private static final Pattern ROW_CELL = Pattern.compile("^(.*\\S)\\s{4,}(\\S.*)$");

    /**
     * Line {@code i}'s text without a grade in words at the far end of its row, where body text follows (a
     * judgement's heading row with its grade in the right margin, in layout-preserving text, that the column
     * splitter leaves whole because the section's first paragraph runs on straight under it: "16 to 19 study
     * programmes        Good" over "Leaders of the sixth form have …"). The grade is read from the front
     * table; the heading is the label.
     */
    private static String withoutRowGrade(List<Line> lines, int i) {
        String t = lines.get(i).text();
        Matcher m = ROW_CELL.matcher(t);
        return m.matches() && wholeGrade(m.group(2)) && bodyFollows(lines, i + 1) ? m.group(1) : t;
    }

    /** A table row's lead-in to its sub-rows at line {@code at}: a short line ending with a colon ("Taking into account:"). */
    private static boolean subRowsFollow(List<Line> lines, int at) {
        return at < lines.size() && lines.get(at).length() <= SUB_ROWS_LEAD && lines.get(at).text().endsWith(":")
                && !lines.get(at).startsWithBullet();
    }

    private static final int SUB_ROWS_LEAD = 40;

    /** Body text starts at line {@code at}: a line of a paragraph, or a grade digit and then one. */
    private static boolean bodyFollows(List<Line> lines, int at) {
        return at < lines.size() && (lines.get(at).length() > BODY_LINE || gradeDigitThenText(lines, at));
    }

    /**
     * A judgement heading's grade as a digit 1–4 on its own line, then body text (section 5 reports,
     * 2005–12: "Outcomes for individuals and groups of pupils" / "2" / "Since the previous …"); a
     * contents page follows its page number with another short entry.
     */
    private static boolean gradeDigitThenText(List<Line> lines, int digit) {
        return lines.get(digit).text().matches(GradeScale.DIGIT) && digit + 1 < lines.size()
                && lines.get(digit + 1).length() > BODY_LINE;
    }

    private static final int BODY_LINE = 60;

    /** At most {@value #LIST_SENTENCE_WORDS} words: a list's own heading sentence, not a paragraph. */
    private static boolean shortSentence(String t) {
        return t.split("\\s+").length <= LIST_SENTENCE_WORDS;
    }

    private static final int LIST_SENTENCE_WORDS = 8;

    /** At most {@value #STATEMENT_WORDS} words: a judgement's label and its outcome ("Safeguarding is effective."). */
    private static boolean statement(String t) {
        return t.split("\\s+").length <= STATEMENT_WORDS;
    }

    private static final int STATEMENT_WORDS = 4;

    static boolean startsUnit(List<Line> lines, int i) {
        if (i == 0) {
            return true;
        }
        Line prev = lines.get(i - 1);
        Line cur = lines.get(i);
        if (cur.startsLower()) {
            return false;
        }
        String p = prev.text();
        return prev.endsSentence() || p.endsWith(":") || cur.blanksBefore() > 0 || !endsMidSentence(p)
                || GRADED_LINE.matcher(p).find();
    }

    /** A line that ends with a grade after a dash ("improve attendance – satisfactory") is complete. */
    private static final Pattern GRADED_LINE = Pattern.compile(
            "\\s[-\u2013\u2014]\\s*(" + GradeScale.schoolWords(" ") + ")\\.?$");

    /** The previous line stops where a sentence cannot: after a comma, a hyphen or a joining word. */
    public static boolean endsMidSentence(String text) {
        String t = text.strip();
        if (t.endsWith(",") || t.endsWith("-") || t.endsWith("–") || t.endsWith("(")) {
            return true;
        }
        String last = t.substring(t.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return List.of("and", "or", "the", "of", "to", "a", "an", "in", "for", "with", "by", "on", "at", "that",
                "is", "are", "be", "their", "this", "as", "from", "who", "which", "not").contains(last)
                || t.length() > 0 && Character.isLowerCase(t.charAt(t.length() - 1)) && t.length() > 60
                && !TABLE_ROW.matcher(t).find();
    }

    /**
     * Cells apart by a column's run of spaces, as a layout conversion sets a table's row ("Quality of teaching   Good
     * Good   Satisfactory"): a long line that ends in lower case there is a row, not a sentence wrapped mid-way.
     */
    private static final Pattern TABLE_ROW = Pattern.compile("\\S {3,}\\S");

    /** A short line without final punctuation, starting with a capital, followed by text. */
    private static boolean looksLikeHeading(Document doc, int i) {
        List<Line> lines = doc.lines();
        Line l = lines.get(i);
        String t = l.text();
        if (i + 1 >= lines.size() || t.length() > Math.min(90, doc.typicalWidth() * 0.75) || t.length() < 4) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (".,;:".indexOf(last) >= 0 || !Character.isUpperCase(t.charAt(0)) || t.split("\\s+").length > 12) {
            return false;
        }
        if (!(i == 0 || lines.get(i - 1).endsSentence() || l.blanksBefore() > 0 || l.pageBreakBefore()
                || capitals(t) && capitals(lines.get(i - 1).text()))) {
            return false;
        }
        Line next = lines.get(i + 1);
        return !next.startsLower() && !t.matches(".*\\d.*");
    }

    /**
     * A line in capitals, two words or more ("CURRICULUM, SUBJECTS AND COURSES") or one of four letters or more
     * ("SCIENCE"): after another such line it is a heading's wrapped line or the next heading (section 10 reports set every heading so: "PART D: … IN AREAS OF
     * THE" / "CURRICULUM, SUBJECTS AND COURSES" / "AREAS OF LEARNING FOR CHILDREN IN THE FOUNDATION STAGE"), never
     * a paragraph.
     */
    private static boolean capitals(String t) {
        return CAPITALS.matcher(t).matches();
    }

    /** A key that spells out a numeric grade scale from its first grade to its last ("grade 1 is … grade 4 …"). */
    private static final Pattern SCALE_KEY = Pattern.compile("(?i)\\bgrade\\s+1\\b.*\\bgrade\\s+4\\b");

    private static boolean spellsOutScale(String heading) {
        return SCALE_KEY.matcher(heading).find();
    }

    private static final Pattern CAPITALS =
            Pattern.compile("[\\p{Lu}’'&,:()\\-]+(?:\\s+[\\p{Lu}’'&,:()\\-]+)+|\\p{Lu}{4,}");
}
