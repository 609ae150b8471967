package uk.ofstedextract.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.Headings;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.layout.Section;
import uk.ofstedextract.layout.SectionRole;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.text.Fold;

/**
 * Where the text grades each judgement: every row of the judgement table (the lines the extractor
 * found it on; repeated rows kept, unlike in the report), and every statement outside the table —
 * a judgement heading that states a grade ("The experiences and progress of children in care:
 * good") or a sentence stating the overall effectiveness.
 */
final class JudgementTable {
    /** A judgement graded at an offset of the text; {@code inTable} for a row of the judgement table. */
    record Statement(String judgement, String grade, String written, int offset, boolean inTable) {
    }

    private static final String GRADE = GradeScale.GRADE.replace(" ", "\\s+");
    private static final Pattern OVERALL_PROSE = Pattern.compile(
            "\\b(?:the\\s+overall\\s+judgement\\s+is(?:\\s+that\\s+[a-z' ]{0,60}?(?:\\s+are|\\s+is)?)?|"
                    + "overall\\s+effectiveness\\s+is(?:\\s+judged\\s+to\\s+be)?)\\s+" + GRADE);
    private static final Pattern WRITTEN_GRADE = Pattern.compile("(?i)(" + GradeScale.words("\\s+") + ")\\.?\\s*$");

    private JudgementTable() {
    }

    /** The judgement table's rows, in order, repeats included. */
    static List<Statement> rows(Subject s, Headings headings) {
        List<Statement> out = new ArrayList<>();
        int start = s.grades.tableStart();
        int end = s.grades.tableEnd();
        if (start < 0) {
            return out;
        }
        List<Line> lines = s.doc.lines();
        for (int i = start; i < end && i < lines.size(); i++) {
            int next = row(s, headings, lines, i, end, out);
            if (next > i) {
                i = next - 1;
            }
        }
        return out;
    }

    /** Reads a row starting at line i (a label of one to three lines, then its grade); returns the line after it. */
    private static int row(Subject s, Headings headings, List<Line> lines, int i, int end, List<Statement> out) {
        StringBuilder label = new StringBuilder();
        for (int k = 0; k < 3 && i + k < end; k++) {
            label.append(k > 0 ? " " : "").append(lines.get(i + k).text());
            Optional<Headings.Match> m = headings.match(label.toString());
            if (m.isEmpty() || m.get().role() != SectionRole.JUDGEMENT) {
                continue;
            }
            String key = m.get().judgement() != null ? m.get().judgement()
                    : GradeScale.slug(GradeScale.withoutTrailingGrade(label.toString()));
            if (m.get().statedGrade() != null) {
                out.add(new Statement(key, GradeScale.key(m.get().statedGrade()),
                        written(label.toString(), m.get().statedGrade()), s.offsetOfLine(i), true));
                return i + k + 1;
            }
            StringBuilder g = new StringBuilder();
            for (int j = 1; j <= 3 && i + k + j < lines.size(); j++) {
                g.append(j > 1 ? " " : "").append(lines.get(i + k + j).text());
                Matcher gm = GradeScale.WHOLE_GRADE.matcher(Fold.spaces(Fold.forMatching(g)));
                if (gm.matches()) {
                    out.add(new Statement(key, GradeScale.key(gm.group(1)), Fold.spaces(g).replaceAll("\\.$", ""),
                            s.offsetOfLine(i), true));
                    return i + k + j + 1;
                }
            }
        }
        return i + 1;
    }

    /** The grade at the end of a label or heading as the report writes it. */
    private static String written(String text, String fallback) {
        Matcher m = WRITTEN_GRADE.matcher(text);
        return m.find() ? Fold.spaces(m.group(1)) : fallback;
    }

    /** Grades the text states outside the judgement table: judgement headings, and overall-effectiveness sentences. */
    static List<Statement> statements(Subject s) {
        List<Statement> out = new ArrayList<>();
        int tableFrom = s.grades.tableStart() >= 0 ? s.offsetOfLine(s.grades.tableStart()) : -1;
        int tableTo = s.grades.tableStart() >= 0 ? (s.grades.tableEnd() < s.doc.lines().size()
                ? s.offsetOfLine(s.grades.tableEnd()) : s.text.length()) : -1;
        for (Section sec : s.sections) {
            if (sec.heading() == null || sec.role() != SectionRole.JUDGEMENT || sec.heading().statedGrade() == null) {
                continue;
            }
            int at = s.offsetOfLine(sec.heading().firstLine());
            if (at >= tableFrom && at < tableTo || sec.heading().text().strip().endsWith(".")) {
                continue; // a line ending with a full stop is a sentence (often a past inspection's grades)
            }
            String key = sec.judgement() != null ? sec.judgement()
                    : GradeScale.slug(GradeScale.withoutTrailingGrade(sec.heading().text()));
            out.add(new Statement(key, GradeScale.key(sec.heading().statedGrade()),
                    written(sec.heading().text(), sec.heading().statedGrade()), at, false));
        }
        Matcher m = OVERALL_PROSE.matcher(Fold.forMatching(s.text));
        while (m.find()) {
            if (m.start() >= tableFrom && m.start() < tableTo) {
                continue;
            }
            String written = Fold.spaces(s.text.substring(m.start(1), m.end(1)));
            out.add(new Statement("overall-effectiveness", GradeScale.key(written), written, m.start(), false));
        }
        out.sort(java.util.Comparator.comparingInt(Statement::offset));
        return out;
    }
}
