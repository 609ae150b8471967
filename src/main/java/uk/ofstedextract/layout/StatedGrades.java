package uk.ofstedextract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.report.GradeScale;
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
}
