package uk.ofstedextract.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.ofstedextract.layout.ReportProfile;
import uk.ofstedextract.layout.Section;
import uk.ofstedextract.layout.SectionRole;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.NoGradeCell;
import uk.ofstedextract.report.Report;

/**
 * Grades are consistent: each judgement in the table agrees with what the text says about it
 * (a heading stating a grade, the overall-effectiveness sentence), no judgement is in the table
 * twice, every grade and judgement belongs to the scale of the report's type and date, and the
 * judgements the type requires are graded.
 */
final class GradeCheck {
    private GradeCheck() {
    }

    static void check(Subject s, Hits hits) {
        if (!s.profile.readsBody()) {
            return; // unknown, or recognised but not read: no findings or grades to check
        }
        List<JudgementTable.Statement> rows = JudgementTable.rows(s);
        duplicates(rows, hits);
        contradictions(rows, JudgementTable.statements(s), hits);
        scale(s, rows, hits);
        required(s, hits);
    }

    private static void duplicates(List<JudgementTable.Statement> rows, Hits hits) {
        Map<String, JudgementTable.Statement> first = new HashMap<>();
        for (JudgementTable.Statement r : rows) {
            JudgementTable.Statement earlier = first.putIfAbsent(r.judgement(), r);
            if (earlier != null) {
                hits.at(Rule.GRADE_DUPLICATE, r.offset(), r.judgement() + " is in the judgement table again (first "
                        + quote(earlier.written()) + " at line " + hits.line(earlier.offset()) + ", here "
                        + quote(r.written()) + ")");
            }
        }
    }

    private static void contradictions(List<JudgementTable.Statement> rows, List<JudgementTable.Statement> said,
                                       Hits hits) {
        Map<String, JudgementTable.Statement> reference = new LinkedHashMap<>();
        for (JudgementTable.Statement r : rows) {
            reference.putIfAbsent(r.judgement(), r);
        }
        for (JudgementTable.Statement st : said) {
            JudgementTable.Statement ref = reference.putIfAbsent(st.judgement(), st);
            if (ref == null || ref.grade() == null || st.grade() == null || ref.grade().equals(st.grade())) {
                continue;
            }
            hits.at(Rule.GRADE_CONTRADICTS_TEXT, st.offset(), "the text here grades " + st.judgement() + " "
                    + quote(st.written()) + " but " + (ref.inTable() ? "the judgement table" : "an earlier statement")
                    + " (line " + hits.line(ref.offset()) + ") grades it " + quote(ref.written()));
        }
    }

    private static void scale(Subject s, List<JudgementTable.Statement> rows, Hits hits) {
        Report r = s.report;
        LocalDate start = r.inspection().start();
        Map<String, Integer> rowAt = new HashMap<>();
        rows.forEach(row -> rowAt.putIfAbsent(row.judgement(), row.offset()));
        List<String[]> pairs = new ArrayList<>();
        for (Grade g : r.grades()) {
            pairs.add(new String[] {g.judgement(), g.grade()});
        }
        // the report drops overall effectiveness from post-reform ILACS reports: the table may still have it. Not
        // under a framework that grades nothing (section 10): its tables' "Quality of teaching / Good" rows are
        // no grades, and extraction reads none from them
        for (JudgementTable.Statement row : rows) {
            if (!s.profile.ungraded(r.framework())
                    && r.grades().stream().noneMatch(g -> g.judgement().equals(row.judgement()))) {
                pairs.add(new String[] {row.judgement(), row.grade()});
            }
        }
        for (String[] p : pairs) {
            String problem = problem(s, p[0], p[1], start);
            if (problem != null) {
                Integer at = rowAt.get(p[0]);
                if (at != null) {
                    hits.at(Rule.GRADE_SCALE, at, problem);
                } else {
                    hits.file(Rule.GRADE_SCALE, problem);
                }
            }
        }
    }

    /** Why a judgement and grade do not fit the report's family (its profile), framework and date, or null. */
    private static String problem(Subject s, String judgement, String grade, LocalDate start) {
        ReportProfile p = s.profile;
        String type = s.report.type();
        String pair = judgement + " = " + grade;
        String framework = s.report.framework();
        if (!p.grades().keep()) {
            return "a " + type + " report carries no grades, not " + pair;
        }
        if (!p.carries(framework, grade)) {
            return p.name() + " reports under the " + framework + " framework carry no grades, not " + pair;
        }
        if (!p.judgements().isEmpty() && !p.judgements().contains(judgement)) {
            return "a " + p.name() + " report has no judgement " + judgement + " (its judgements: "
                    + String.join(", ", new TreeSet<>(p.judgements())) + ")";
        }
        Optional<ReportProfile.Period> period = p.period(start);
        if (period.isPresent() && period.get().without().contains(judgement)) {
            return p.name() + " reports inspected " + period.get().describe() + " (this one from " + start
                    + ") carry no " + judgement + " grade, but this one gives " + grade;
        }
        return p.onScale(grade) ? null
                : pair + " is not on the " + type + " scale (" + String.join(", ", new TreeSet<>(p.scaleKeys())) + ")";
    }

    private static void required(Subject s, Hits hits) {
        LocalDate start = s.report.inspection().start();
        Required req = requiredGrades(s);
        List<String> missing = new ArrayList<>();
        for (String j : req.judgements()) {
            if (s.report.grades().stream().noneMatch(g -> g.judgement().equals(j))) {
                missing.add(j);
            }
        }
        if (!missing.isEmpty()) {
            hits.file(Rule.GRADES_INCOMPLETE, "no grade for " + String.join(", ", missing) + " in this "
                    + s.report.type() + " report" + (req.template() == null ? "" : " (" + req.template() + ")")
                    + (start == null ? "" : " inspected from " + start));
        }
    }


    /** The judgements a report must grade, and the name of the family's other template it follows (null: none). */
    record Required(List<String> judgements, String template) {
    }

    /**
     * The judgements this report must grade: its profile's for the date and framework; where the profile's
     * {@code validate.headedGrades} says so (report cards), the template whose judgements the report's own
     * judgement headings fit best (the family's, or one of {@code validate.templates}: a nursery school's card
     * prints inclusion, early years and leadership and governance, not the four school-age areas), and every
     * judgement whose heading the report prints over a paragraph (or grades), less those whose own cell says they have
     * no grade ("Not applicable", "Not graded": {@link NoGradeCell}).
     */
    static Required requiredGrades(Subject s) {
        List<String> base = s.profile.requiredGrades(s.report.inspection().start(), s.report.framework());
        ReportProfile.Checks checks = s.profile.checks();
        if (base.isEmpty() || !checks.headedGrades()) {
            return new Required(base, null);
        }
        Set<String> printed = new LinkedHashSet<>();
        Set<String> notApplicable = new LinkedHashSet<>();
        for (Section sec : s.sections) {
            if (sec.role() == SectionRole.END) {
                break;
            }
            if (sec.role() != SectionRole.JUDGEMENT || sec.judgement() == null
                    || !s.profile.judgements().isEmpty() && !s.profile.judgements().contains(sec.judgement())) {
                continue;
            }
            // "Early years" / "Not applicable": the card prints the area and says the school has none, or that it
            // was not graded ("Achievement" / "Not graded")
            String said = sec.lines().isEmpty() ? sec.headingText() : sec.lines().get(0).text();
            if (NoGradeCell.is(said) || sec.heading() != null && rowSaysNoGrade(s, sec)) {
                notApplicable.add(sec.judgement());
            } else if (SectionCheck.hasSentence(sec)) {
                // an area the card writes about; a bare line that names an area elsewhere (a cell of the context
                // table) is no area of the card
                printed.add(sec.judgement());
            }
        }
        // a report card's grid row whose own cell says it has no grade, or is empty ("Achievement   Not graded" in a
        // grid two areas to a row, which opens no section): the card grades that area not
        notApplicable.addAll(s.grades.ungraded());
        printed.removeAll(notApplicable);
        s.report.grades().forEach(g -> printed.add(g.judgement()));
        List<String> best = base;
        String name = null;
        long fewest = unprinted(base, printed);
        for (ReportProfile.GradeTemplate t : checks.templates()) {
            long n = unprinted(t.requires(), printed);
            if (n < fewest) {
                best = t.requires();
                name = t.name();
                fewest = n;
            }
        }
        Set<String> out = new LinkedHashSet<>(best);
        out.addAll(printed);
        out.removeAll(notApplicable); // a template's area too ("Achievement" / "Not graded": the card grades it not)
        return new Required(List.copyOf(out), name);
    }

    /**
     * Whether the heading's row holds a cell that gives it no grade: after the label on its line ("Achievement
     * Not graded", a layout-preserving conversion or a PDF read directly), or on the line under it, which the
     * heading takes as its row's (pdftotext's default mode).
     */
    private static boolean rowSaysNoGrade(Subject s, Section sec) {
        int at = sec.heading().firstLine();
        int end = Math.min(s.doc.lines().size(), at + sec.heading().lineCount());
        if (at < 0 || at >= end) {
            return false;
        }
        String line = s.doc.lines().get(at).text().strip();
        String label = sec.heading().text().strip();
        if (line.length() > label.length() && line.startsWith(label) && NoGradeCell.is(line.substring(label.length()))) {
            return true;
        }
        // or on the heading's last line, under its label ("Early years" / "Not applicable", "Achievement" / "Not graded")
        return end - at > 1 && NoGradeCell.is(s.doc.lines().get(end - 1).text());
    }

    private static long unprinted(List<String> template, Set<String> printed) {
        return template.stream().filter(j -> !printed.contains(j)).count();
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }
}
