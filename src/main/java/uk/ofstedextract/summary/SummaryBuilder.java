package uk.ofstedextract.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.report.Report;

/**
 * Counts reports one at a time into a {@link Summary}; keeps counts only, never the reports, so a run
 * of any size takes the same memory. Not thread-safe: add from one thread.
 *
 * <p>A report's year is that of the last day of its inspection, else the first, else its publication
 * date. A grade is counted once per report and judgement (a report that states a judgement twice with
 * one grade counts once). Themes count findings tagged with them and reports with at least one.
 */
public final class SummaryBuilder {
    private long reports;
    private long findings;
    private final Map<String, Map<String, Long>> byType = new HashMap<>();
    private final Map<String, Map<String, Long>> grades = new HashMap<>();
    private final Map<String, long[]> themes = new HashMap<>();

    public SummaryBuilder add(Report r) {
        reports++;
        findings += r.findings().size();
        String type = r.type() == null ? "unknown" : r.type();
        byType.computeIfAbsent(type, k -> new HashMap<>()).merge(year(r), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (Grade g : r.grades()) {
            if (g.judgement() != null && g.grade() != null && seen.add(g.judgement() + "\u0000" + g.grade())) {
                grades.computeIfAbsent(g.judgement(), k -> new HashMap<>()).merge(g.grade(), 1L, Long::sum);
            }
        }
        Set<String> inReport = new HashSet<>();
        for (Finding f : r.findings()) {
            for (String t : new TreeSet<>(f.themes())) {
                long[] c = themes.computeIfAbsent(t, k -> new long[2]);
                c[0]++;
                if (inReport.add(t)) {
                    c[1]++;
                }
            }
        }
        return this;
    }

    /** The year a report is counted in: see the class comment. */
    public static String year(Report r) {
        LocalDate d = r.inspection().end() != null ? r.inspection().end()
                : r.inspection().start() != null ? r.inspection().start() : r.published();
        return d == null ? Summary.UNKNOWN_YEAR : Integer.toString(d.getYear());
    }

    /** The summary of the reports added so far, with the {@code topThemes} most frequent themes. */
    public Summary build(int topThemes) {
        TreeSet<String> years = new TreeSet<>(Comparator.comparing((String y) -> y.equals(Summary.UNKNOWN_YEAR))
                .thenComparing(Comparator.naturalOrder()));
        byType.values().forEach(m -> years.addAll(m.keySet()));
        Map<String, Map<String, Long>> types = new LinkedHashMap<>();
        byType.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Map<String, Long>> e) -> -total(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> types.put(e.getKey(), ordered(e.getValue(), new ArrayList<>(years))));
        Map<String, Map<String, Long>> judgements = new LinkedHashMap<>();
        grades.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Map<String, Long>> e) -> -total(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> judgements.put(e.getKey(), ordered(e.getValue(), bestFirst(e.getValue().keySet()))));
        List<Summary.ThemeCount> top = themes.entrySet().stream()
                .map(e -> new Summary.ThemeCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(Summary.ThemeCount::findings).reversed()
                        .thenComparing(Summary.ThemeCount::theme))
                .limit(Math.max(0, topThemes))
                .toList();
        return new Summary(reports, findings, new ArrayList<>(years), types, judgements, top);
    }

    /** Grade keys best first by their number in the grade vocabulary; grades without a number after, by key. */
    static List<String> bestFirst(Set<String> gradeKeys) {
        return gradeKeys.stream().sorted(Comparator.comparingInt((String k) -> {
            OptionalInt r = rank(k);
            return r.isPresent() ? r.getAsInt() : Integer.MAX_VALUE;
        }).thenComparing(Comparator.naturalOrder())).toList();
    }

    /** The grade's number (1 = best) in the grade vocabulary; empty on scales without numbers. */
    static OptionalInt rank(String gradeKey) {
        return GradeScale.ordinal(gradeKey);
    }

    private static long total(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> ordered(Map<String, Long> counts, List<String> order) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String k : order) {
            Long n = counts.get(k);
            if (n != null) {
                out.put(k, n);
            }
        }
        return out;
    }
}
