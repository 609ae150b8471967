package uk.ofstedextract.summary;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import uk.ofstedextract.output.CsvTable;

/**
 * A {@link Summary} as one long CSV table, {@code measure,group,key,count}:
 * {@code reports,,,N} and {@code findings,,,N}; {@code type-year,TYPE,YEAR,N};
 * {@code grade,JUDGEMENT,GRADE,N} (reports given GRADE on JUDGEMENT); {@code theme-findings,THEME,,N}
 * and {@code theme-reports,THEME,,N}. Zero counts are left out.
 */
public final class SummaryCsv {
    public static final String[] HEADER = {"measure", "group", "key", "count"};

    private SummaryCsv() {
    }

    public static void write(Summary s, Writer out) throws IOException {
        CSVPrinter p = new CSVPrinter(out, CsvTable.FORMAT);
        p.printRecord((Object[]) HEADER);
        p.printRecord("reports", "", "", s.reports());
        p.printRecord("findings", "", "", s.findings());
        for (Map.Entry<String, Map<String, Long>> t : s.byType().entrySet()) {
            for (Map.Entry<String, Long> y : t.getValue().entrySet()) {
                p.printRecord("type-year", t.getKey(), y.getKey(), y.getValue());
            }
        }
        for (Map.Entry<String, Map<String, Long>> j : s.grades().entrySet()) {
            for (Map.Entry<String, Long> g : j.getValue().entrySet()) {
                p.printRecord("grade", j.getKey(), g.getKey(), g.getValue());
            }
        }
        for (Summary.ThemeCount t : s.themes()) {
            p.printRecord("theme-findings", t.theme(), "", t.findings());
            p.printRecord("theme-reports", t.theme(), "", t.reports());
        }
        p.flush();
    }
}
