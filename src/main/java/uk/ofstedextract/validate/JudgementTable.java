package uk.ofstedextract.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.grades.GradeReader;
import uk.ofstedextract.layout.Section;
import uk.ofstedextract.layout.SectionRole;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.text.Fold;

/**
 * Where the text grades each judgement: every row of the judgement table (as the extractor read it;
 * repeated rows kept, unlike in the report), and every statement outside the table —
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

    /**
     * The judgement table's rows, in order, repeats included: the rows extraction read (its grades are
     * the first row of each judgement), so validate checks the table as the report was made from it.
     */
    static List<Statement> rows(Subject s) {
        List<Statement> out = new ArrayList<>();
        for (GradeReader.TableRow r : s.grades.rows()) {
            out.add(new Statement(r.grade().judgement(), r.grade().grade(), r.grade().gradeLabel(),
                    s.offsetOfLine(r.line()), true));
        }
        return out;
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
