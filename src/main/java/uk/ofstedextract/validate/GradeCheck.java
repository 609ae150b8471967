package uk.ofstedextract.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.ofstedextract.layout.Headings;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.ReportType;

/**
 * Grades are consistent: each judgement in the table agrees with what the text says about it
 * (a heading stating a grade, the overall-effectiveness sentence), no judgement is in the table
 * twice, every grade and judgement belongs to the scale of the report's type and date, and the
 * judgements the type requires are graded.
 */
final class GradeCheck {
    /** ILACS inspections from this date are under the reformed framework, with no overall effectiveness. */
    static final LocalDate ILACS_REFORM = LocalDate.of(2026, 4, 1);
    /** ILACS inspections from this date grade care leavers separately. */
    static final LocalDate ILACS_CARE_LEAVERS = LocalDate.of(2023, 1, 1);

    private static final Set<String> FOUR_POINT = Set.copyOf(GradeScale.FOUR_POINT.keys());
    private static final Set<String> ADEQUATE_SCALE = Set.copyOf(GradeScale.ADEQUATE.keys());
    private static final Set<String> ILACS_JUDGEMENTS = Set.of("leadership", "help-and-protection", "children-in-care",
            "care-leavers", "overall-effectiveness");
    private static final Set<String> SIF_JUDGEMENTS = Set.of("overall-effectiveness", "help-and-protection",
            "children-looked-after", "adoption", "care-leavers", "leadership", "lscb");
    private static final Set<String> SEND_OUTCOMES = Set.copyOf(GradeScale.SEND_OUTCOME.keys());

    private GradeCheck() {
    }

    static void check(Subject s, Hits hits, Headings headings) {
        if (s.type == ReportType.UNKNOWN) {
            return;
        }
        List<JudgementTable.Statement> rows = JudgementTable.rows(s, headings);
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
        // the report drops overall effectiveness from post-reform ILACS reports: the table may still have it
        for (JudgementTable.Statement row : rows) {
            if (r.grades().stream().noneMatch(g -> g.judgement().equals(row.judgement()))) {
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

    /** Why a judgement and grade do not fit the report's type and date, or null. */
    private static String problem(Subject s, String judgement, String grade, LocalDate start) {
        String type = s.report.type();
        String pair = judgement + " = " + grade;
        switch (s.type) {
            case ILACS -> {
                if (!ILACS_JUDGEMENTS.contains(judgement)) {
                    return "an ILACS report has no judgement " + judgement;
                }
                if (judgement.equals("overall-effectiveness") && start != null && !start.isBefore(ILACS_REFORM)) {
                    return "an ILACS report inspected from 1 April 2026 (this one from " + start
                            + ") carries no overall-effectiveness grade, but this one gives " + grade;
                }
                if (judgement.equals("care-leavers") && start != null && start.isBefore(ILACS_CARE_LEAVERS)) {
                    return "ILACS reports grade care leavers separately only from January 2023 (this one was "
                            + "inspected from " + start + ")";
                }
                return FOUR_POINT.contains(grade) ? null : scaleProblem(type, pair, FOUR_POINT);
            }
            case SIF -> {
                if (!SIF_JUDGEMENTS.contains(judgement)) {
                    return "a SIF report has no judgement " + judgement;
                }
                return FOUR_POINT.contains(grade) ? null : scaleProblem(type, pair, FOUR_POINT);
            }
            case LSCB_REVIEW -> {
                return FOUR_POINT.contains(grade) ? null : scaleProblem(type, pair, FOUR_POINT);
            }
            case CHILD_PROTECTION, LOOKED_AFTER_CHILDREN, SLAC -> {
                return ADEQUATE_SCALE.contains(grade) ? null : scaleProblem(type, pair, ADEQUATE_SCALE);
            }
            case CRA_LETTER -> {
                return judgement.equals("annual-assessment-limit") && "performs-poorly".equals(grade) ? null
                        : "a CRA letter grades nothing but the annual-assessment limit 'performs poorly', not " + pair;
            }
            case AREA_SEND -> {
                if (!"2023".equals(s.report.framework())) {
                    return "area SEND reports under the 2016 framework carry no grades, not " + pair;
                }
                return judgement.equals("send-outcome") && SEND_OUTCOMES.contains(grade) ? null
                        : "area SEND reports state one outcome (send-outcome: positive, inconsistent or "
                        + "systemic-failings), not " + pair;
            }
            default -> {
                return "a " + type + " report carries no grades, not " + pair;
            }
        }
    }

    private static String scaleProblem(String type, String pair, Set<String> scale) {
        return pair + " is not on the " + type + " scale (" + String.join(", ", new java.util.TreeSet<>(scale)) + ")";
    }

    private static void required(Subject s, Hits hits) {
        LocalDate start = s.report.inspection().start();
        List<String> need = new ArrayList<>();
        switch (s.type) {
            case ILACS -> {
                need.addAll(List.of("help-and-protection", "children-in-care", "leadership"));
                if (start != null && start.isBefore(ILACS_REFORM)) {
                    need.add("overall-effectiveness");
                }
                if (start != null && !start.isBefore(ILACS_CARE_LEAVERS)) {
                    need.add("care-leavers");
                }
            }
            case SIF -> need.addAll(List.of("overall-effectiveness", "help-and-protection", "leadership"));
            case CHILD_PROTECTION, LOOKED_AFTER_CHILDREN, SLAC -> need.add("overall-effectiveness");
            case LSCB_REVIEW -> need.add("lscb");
            case AREA_SEND -> {
                if ("2023".equals(s.report.framework())) {
                    need.add("send-outcome");
                }
            }
            default -> {
            }
        }
        List<String> missing = new ArrayList<>();
        for (String j : need) {
            if (s.report.grades().stream().noneMatch(g -> g.judgement().equals(j))) {
                missing.add(j);
            }
        }
        if (!missing.isEmpty()) {
            hits.file(Rule.GRADES_INCOMPLETE, "no grade for " + String.join(", ", missing) + " in this "
                    + s.report.type() + " report" + (start == null ? "" : " inspected from " + start));
        }
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }
}
