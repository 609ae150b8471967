package uk.ofstedextract.summary;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A {@link Summary} as plain text tables for a terminal: aligned columns, numbers right-aligned. */
public final class SummaryText {
    private SummaryText() {
    }

    public static void write(Summary s, Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "%d reports, %d findings\n", s.reports(), s.findings()));

        out.write("\nReports by type and year\n");
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("type"));
        header.addAll(s.years());
        header.add("total");
        rows.add(header);
        for (Map.Entry<String, Map<String, Long>> t : s.byType().entrySet()) {
            List<String> row = new ArrayList<>(List.of(t.getKey()));
            for (String y : s.years()) {
                Long n = t.getValue().get(y);
                row.add(n == null ? "." : Long.toString(n));
            }
            row.add(Long.toString(s.reportsOfType(t.getKey())));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("total"));
        for (String y : s.years()) {
            total.add(Long.toString(s.reportsInYear(y)));
        }
        total.add(Long.toString(s.reports()));
        rows.add(total);
        table(rows, out);

        out.write("\nGrades by judgement (number of reports)\n");
        rows = new ArrayList<>();
        rows.add(List.of("judgement", "grade", "reports", "share"));
        for (Map.Entry<String, Map<String, Long>> j : s.grades().entrySet()) {
            long graded = s.graded(j.getKey());
            String name = j.getKey();
            for (Map.Entry<String, Long> g : j.getValue().entrySet()) {
                rows.add(List.of(name, g.getKey(), Long.toString(g.getValue()), percent(g.getValue(), graded)));
                name = "";
            }
        }
        table(rows, out);

        out.write("\nMost frequent themes\n");
        rows = new ArrayList<>();
        rows.add(List.of("theme", "findings", "reports"));
        for (Summary.ThemeCount t : s.themes()) {
            rows.add(List.of(t.theme(), Long.toString(t.findings()), Long.toString(t.reports())));
        }
        table(rows, out);
        out.flush();
    }

    /** "41.7%": the share of {@code n} in {@code of}, one decimal. */
    static String percent(long n, long of) {
        return of == 0 ? "" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / of);
    }

    /** Rows as columns two spaces apart; columns of numbers right-aligned, the others left-aligned. */
    private static void table(List<List<String>> rows, Writer out) throws IOException {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[columns];
        boolean[] numeric = new boolean[columns];
        java.util.Arrays.fill(numeric, true);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
                numeric[i] &= r == 0 || i > 0 && row.get(i).matches("[0-9.,%]*");
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> r : rows) {
            b.setLength(0);
            for (int i = 0; i < r.size(); i++) {
                String cell = r.get(i);
                String pad = " ".repeat(width[i] - cell.length());
                b.append(i == 0 ? "" : "  ").append(numeric[i] ? pad + cell : cell + pad);
            }
            out.write(b.toString().stripTrailing());
            out.write("\n");
        }
    }
}
