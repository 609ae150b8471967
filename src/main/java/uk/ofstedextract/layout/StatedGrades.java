package uk.ofstedextract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.report.NoGradeCell;
import uk.ofstedextract.text.Fold;

/**
 * Grades of a family's own scales stated beside a judgement heading: after the label on the same
 * line ("Inclusion          Strong standard" in layout-preserving text, "Progress since … –
 * satisfactory"), or alone on the next line (pdftotext's default mode sets the grade cell below its
 * label). The four-point words are the heading lexicon's own ({@link Headings}); these are the other
 * scales a profile names.
 */
final class StatedGrades {
    static final StatedGrades NONE = new StatedGrades(List.of());

    /** A heading's label and the grade printed after it, as written. */
    record Split(String label, String grade) {
    }

    private final List<Pattern> wordings;
    private final List<Pattern> trailing;
    private final List<Pattern> leading;

    private StatedGrades(List<Pattern> wordings) {
        this.wordings = List.copyOf(wordings);
        this.trailing = wordings.stream().map(w -> Pattern.compile(
                "(?i)^(.*?\\S)(?:\\s{2,}|\\s*[-\u2013\u2014:]\\s*|\\s+)(" + w.pattern() + ")\\.?$")).toList();
        this.leading = wordings.stream().map(w -> Pattern.compile("(?i)^(" + w.pattern() + ")\\s+(\\S.*)$")).toList();
    }

    /** Whether the profile grades on no scale of its own besides the four-point words. */
    boolean isEmpty() {
        return wordings.isEmpty();
    }

    /** The wordings of the scales a profile grades on, except the four-point words the lexicon reads already. */
    static StatedGrades of(List<GradeScale.Scale> scales) {
        List<Pattern> out = new ArrayList<>();
        for (GradeScale.Scale s : scales) {
            if (s == GradeScale.FOUR_POINT || s == GradeScale.ADEQUATE || s == GradeScale.DIGITS) {
                continue;
            }
            for (GradeScale.Word w : s.words()) {
                for (String wording : w.wordings()) {
                    if (!wording.matches("\\d+")) {
                        out.add(Pattern.compile(wording.replace(" ", "\\s+")));
                    }
                }
            }
        }
        return new StatedGrades(out);
    }

    /**
     * The label and the grade when {@code text} ends with a grade of these scales after a run of two or
     * more spaces, a dash or a colon (the longest wording wins: "standards not met" over "met"); else null.
     */
    Split trailing(String text) {
        String raw = text.strip();
        Split best = null;
        for (Pattern w : trailing) {
            Matcher m = w.matcher(raw);
            if (m.matches() && (best == null || m.group(2).length() > best.grade().length())) {
                best = new Split(m.group(1).replaceAll("[\\s\u2013\u2014:-]+$", ""), Fold.spaces(m.group(2)));
            }
        }
        return best;
    }

    /**
     * The label and the grade when {@code text} starts with a grade of these scales and a label follows it after
     * spaces (the longest wording wins): a converter that reads a grade pill drawn left of its label prints the
     * pill first on the label's line ("Expected standard       Inclusion" in layout-preserving text, "Expected
     * standard Inclusion" where the PDF is read directly). Whether the rest is a label is the caller's to decide;
     * else null.
     */
    Split leading(String text) {
        String raw = text.strip();
        Split best = null;
        for (Pattern w : leading) {
            Matcher m = w.matcher(raw);
            if (m.matches() && (best == null || m.group(1).length() > best.grade().length())) {
                best = new Split(m.group(2).strip(), Fold.spaces(m.group(1)));
            }
        }
        return best;
    }

    /** Whether a line is one of these grades and nothing else. */
    boolean whole(Line line) {
        return !line.pageBreakBefore() && line.blanksBefore() <= 2 && grade(line);
    }

    /**
     * A grade of these scales wrapped over lines {@code at} and {@code at + 1} under a label (a narrow cell: "Expected"
     * / "standard"), the two lines with no blank line or page break between or before them, neither a grade alone; as
     * written, or null.
     */
    String wrapped(List<Line> lines, int at) {
        if (wordings.isEmpty() || at + 1 >= lines.size()) {
            return null;
        }
        Line a = lines.get(at);
        Line b = lines.get(at + 1);
        if (a.pageBreakBefore() || b.pageBreakBefore() || a.blanksBefore() > 1 || b.blanksBefore() > 0 || grade(a)
                || a.length() > 20 || b.length() > 20) {
            return null;
        }
        Line both = new Line(a.index(), a.span(), a.text().strip() + " " + b.text().strip(), a.indent(), 0, false);
        return grade(both) ? Fold.spaces(both.text()).strip() : null;
    }

    private boolean grade(Line line) {
        String folded = Fold.spaces(Fold.forMatching(line.text())).strip().replaceAll("\\.$", "");
        for (Pattern w : wordings) {
            if (w.matcher(folded).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The grade printed on the line straight above the label at {@code label} (at most one blank line
     * between): a converter that reads a coloured grade box before the label beside it prints the grade
     * first, and a grade-group line heads the group's first area. Not a line of the legend, a run of
     * different grades ("Exceptional" / "Strong standard" / …); else null.
     */
    String before(List<Line> lines, int label) {
        if (label < 1 || lines.get(label).blanksBefore() > 1 || lines.get(label).pageBreakBefore()) {
            return null;
        }
        Line above = lines.get(label - 1);
        if (!grade(above)) {
            return null;
        }
        if (label >= 2 && grade(lines.get(label - 2)) && !Fold.spaces(lines.get(label - 2).text()).strip()
                .equalsIgnoreCase(Fold.spaces(above.text()).strip())) {
            return null;
        }
        return Fold.spaces(above.text()).strip();
    }

    /**
     * Whether the grade cell {@code after} under the label at {@code label} may be another row's, by the line(s)
     * straight above the label (no blank line or page break between): a grid read row by row sets one row's cells
     * under the other's. A different grade cell alone above, whole or wrapped ("Expected" / "standard"): the label
     * is paired with the one above where the grade column is drawn first and with the one under it where the label
     * column is, which cannot be told from these lines (the grid reader pairs the rows from the grid's ends); the
     * same grade on both sides is the label's either way (a group's line and the area's own cell). A row above set
     * grade first ("Expected standard Inclusion", "Not graded Achievement"): the grid's grade column is drawn first,
     * and the cell under this label is the next row's.
     */
    boolean otherAbove(List<Line> lines, int label, String after, Headings headings) {
        Line l = lines.get(label);
        if (label < 1 || l.blanksBefore() > 0 || l.pageBreakBefore()) {
            return false;
        }
        Split row = leading(lines.get(label - 1).text());
        Matcher none = NO_GRADE_FIRST.matcher(Fold.spaces(Fold.forMatching(lines.get(label - 1).text())).strip());
        String rowLabel = row != null ? row.label() : none.matches() ? none.group(1) : null;
        if (rowLabel != null && isArea(headings.match(rowLabel))) {
            return true;
        }
        String above = grade(lines.get(label - 1)) ? lines.get(label - 1).text()
                : label >= 2 ? wrapped(lines, label - 2) : null;
        return above != null && !Fold.spaces(Fold.forMatching(above)).strip().replaceAll("\\.$", "")
                .equals(Fold.spaces(Fold.forMatching(after)).strip().replaceAll("\\.$", ""));
    }

    /**
     * Whether some evaluation area of the report has a grade line straight above its label and also its own grade
     * cell after it: on the label's line ("Inclusion          Strong standard") or the line under it ("Inclusion" /
     * "Strong standard", also "Early years" / "Not graded"). Such a card heads a group of areas with the group's
     * grade line and still prints each area's own cell after its label, so the line above an area is never its own
     * grade there: an area without a cell of its own under a group line has no grade. (A card whose converter puts
     * each pill before its label prints the first area of a group with only the group's line above it: no area has
     * both.) Safeguarding's box is no area.
     */
    boolean aboveAndAfter(List<Line> lines, Headings headings) {
        for (int j = 0; j < lines.size(); j++) {
            String text = lines.get(j).text();
            if (text.length() > MAX_AREA_LINE || before(lines, j) == null) {
                continue; // (the cheap test first: a grade line straight above)
            }
            Split split = trailing(text);
            boolean own = split != null;
            String label = own ? split.label() : text;
            java.util.Optional<Headings.Match> m = headings.match(label);
            if (m.isEmpty() || m.get().role() != SectionRole.JUDGEMENT || m.get().judgement() == null
                    || "safeguarding".equals(m.get().judgement()) || m.get().statedGrade() != null) {
                continue;
            }
            if (own || j + 1 < lines.size() && (whole(lines.get(j + 1)) || wrapped(lines, j + 1) != null
                    || !lines.get(j + 1).pageBreakBefore() && NoGradeCell.is(lines.get(j + 1).text()))) {
                return true;
            }
        }
        return false;
    }

    /** A row whose cell gives its area no grade, set before the label: "Not graded Achievement". */
    private static final Pattern NO_GRADE_FIRST = Pattern.compile("(?:" + NoGradeCell.WORDS + ")\\s+(\\S.*)");

    /** Whether a heading match is an evaluation area's bare label (a judgement, no grade stated; safeguarding is none). */
    static boolean isArea(java.util.Optional<Headings.Match> m) {
        return m.isPresent() && m.get().role() == SectionRole.JUDGEMENT && m.get().judgement() != null
                && !"safeguarding".equals(m.get().judgement()) && m.get().statedGrade() == null;
    }

    /** An area's heading line, with its grade, is shorter than this. */
    private static final int MAX_AREA_LINE = 140;

    /** Per document: whether its areas' grades may be read from the line above their labels (computed once). */
    static final class Order {
        private Boolean before;

        /** True unless some area of the document has a grade line above it and its own cell after it ({@link #aboveAndAfter}). */
        boolean before(List<Line> lines, Headings headings, StatedGrades stated) {
            if (before == null) {
                before = !stated.aboveAndAfter(lines, headings);
            }
            return before;
        }
    }
}
