package uk.ofstedextract.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVPrinter;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.Report;

/**
 * The {@code grades-wide} table: one row per report, the columns of {@link CsvTable#GRADES_WIDE}, then
 * one column per judgement key found in the run (in alphabetical order) holding the report's grade key,
 * empty where the report has no such judgement. The judgement columns are known only when the run
 * ends, so the rows are held until {@link #write}: a few hundred bytes a report (the shared columns and
 * the grade keys), about 30 MB for 100,000 reports. A report that states one judgement twice with two
 * grades gets both, joined with "; ". A judgement key that is also the name of a fixed column
 * is written as {@code judgement:KEY}.
 */
public final class GradesWide {
    private final List<List<Object>> fixed = new ArrayList<>();
    private final List<Map<String, String>> grades = new ArrayList<>();
    private final Set<String> judgements = new TreeSet<>();

    /** Holds this report's row. */
    public void add(Report r) {
        fixed.add(CsvTable.row(r, r.provider().onsCode(), r.inspection().start(), r.inspection().end()));
        Map<String, Set<String>> byKey = new LinkedHashMap<>();
        for (Grade g : r.grades()) {
            if (g.judgement() != null && g.grade() != null) {
                byKey.computeIfAbsent(g.judgement(), k -> new LinkedHashSet<>()).add(g.grade());
                judgements.add(g.judgement());
            }
        }
        Map<String, String> row = new LinkedHashMap<>();
        byKey.forEach((k, v) -> row.put(k, String.join("; ", v)));
        grades.add(row);
    }

    /** The table's columns for the reports added so far. */
    public List<String> columns() {
        List<String> c = new ArrayList<>(CsvTable.GRADES_WIDE.columns());
        for (String j : judgements) {
            c.add(column(j));
        }
        return c;
    }

    /** The column name of a judgement key. */
    public static String column(String judgement) {
        return CsvTable.GRADES_WIDE.columns().contains(judgement) ? "judgement:" + judgement : judgement;
    }

    /** Writes the header and every row held, formula-like cells quoted. */
    public void write(CSVPrinter out) throws IOException {
        write(out, CsvTable.Formulas.QUOTE);
    }

    /** Writes the header and every row held. */
    public void write(CSVPrinter out, CsvTable.Formulas formulas) throws IOException {
        out.printRecord(columns());
        for (int i = 0; i < fixed.size(); i++) {
            List<Object> row = new ArrayList<>(fixed.get(i));
            for (String j : judgements) {
                row.add(grades.get(i).getOrDefault(j, ""));
            }
            out.printRecord(CsvTable.cells(row, formulas));
        }
    }
}
