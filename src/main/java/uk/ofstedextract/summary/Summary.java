package uk.ofstedextract.summary;

import java.util.List;
import java.util.Map;

/**
 * What a set of reports holds, counted: reports by type and year, the grades given for each judgement,
 * and the most frequent themes. Maps keep their order: types by number of reports (most first), years
 * ascending ({@link #UNKNOWN_YEAR} last), judgements by number of grades (most first), grades best first.
 *
 * @param reports   number of reports
 * @param findings  number of findings in them
 * @param years     every year that has a report, ascending, {@link #UNKNOWN_YEAR} last
 * @param byType    report type key to year to number of reports
 * @param grades    judgement key to grade key to number of reports given that grade
 * @param themes    the most frequent themes, most findings first
 */
public record Summary(long reports, long findings, List<String> years, Map<String, Map<String, Long>> byType,
                      Map<String, Map<String, Long>> grades, List<ThemeCount> themes) {
    /** The year of a report that states neither inspection nor publication dates. */
    public static final String UNKNOWN_YEAR = "unknown";

    public Summary {
        years = List.copyOf(years);
        byType = copy(byType);
        grades = copy(grades);
        themes = List.copyOf(themes);
    }

    /** A theme, the number of findings tagged with it and the number of reports with such a finding. */
    public record ThemeCount(String theme, long findings, long reports) {
    }

    /** Number of reports of a type, over all years. */
    public long reportsOfType(String type) {
        return byType.getOrDefault(type, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Number of reports in a year, over all types. */
    public long reportsInYear(String year) {
        return byType.values().stream().mapToLong(m -> m.getOrDefault(year, 0L)).sum();
    }

    /** Number of reports graded on a judgement. */
    public long graded(String judgement) {
        return grades.getOrDefault(judgement, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Map<String, Long>> copy(Map<String, Map<String, Long>> m) {
        java.util.LinkedHashMap<String, Map<String, Long>> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(v))));
        return java.util.Collections.unmodifiableMap(out);
    }
}
