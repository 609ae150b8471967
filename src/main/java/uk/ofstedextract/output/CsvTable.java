package uk.ofstedextract.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.Sentence;

/**
 * The tidy CSV tables of the contract. Every table starts with {@code file,type,provider,la_code,published}
 * so tables from one run join on {@code file}. List values are joined with "; ".
 */
public enum CsvTable {
    FINDINGS("finding_index", "category", "heading", "number", "judgement", "start", "end", "text", "keywords",
            "themes"),
    GRADES("judgement", "label", "grade", "grade_label"),
    SENTENCES("finding_index", "sentence_index", "category", "judgement", "start", "end", "text"),
    REPORTS("framework", "title", "la_name", "ons_code", "inspection_start", "inspection_end", "inspectors",
            "grades", "findings", "keywords", "codebook", "warnings", "sha256");

    /** RFC 4180 quoting, {@code \n} line ends. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final List<String> columns;

    CsvTable(String... own) {
        List<String> c = new ArrayList<>(List.of("file", "type", "provider", "la_code", "published"));
        c.addAll(List.of(own));
        this.columns = List.copyOf(c);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<String> columns() {
        return columns;
    }

    public static CsvTable fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }

    public void printHeader(CSVPrinter out) throws IOException {
        out.printRecord(columns);
    }

    /** Writes the rows this table holds for one report. */
    public void printRows(Report r, CSVPrinter out) throws IOException {
        switch (this) {
            case FINDINGS -> {
                for (Finding f : r.findings()) {
                    out.printRecord(row(r, f.index(), f.category(), f.heading(), f.number(), f.judgement(), f.start(),
                            f.end(), f.text(), String.join("; ", f.keywords()), String.join("; ", f.themes())));
                }
            }
            case GRADES -> {
                for (Grade g : r.grades()) {
                    out.printRecord(row(r, g.judgement(), g.label(), g.grade(), g.gradeLabel()));
                }
            }
            case SENTENCES -> {
                for (Finding f : r.findings()) {
                    int i = 1;
                    for (Sentence s : f.sentences()) {
                        out.printRecord(row(r, f.index(), i++, f.category(), f.judgement(), s.start(), s.end(),
                                s.text()));
                    }
                }
            }
            case REPORTS -> {
                List<String> grades = new ArrayList<>();
                for (Grade g : r.grades()) {
                    grades.add(g.judgement() + "=" + g.grade());
                }
                out.printRecord(row(r, r.framework(), r.title(), r.provider().laName(), r.provider().onsCode(),
                        r.inspection().start(), r.inspection().end(), String.join("; ", r.inspectors()),
                        String.join("; ", grades), r.findings().size(), String.join("; ", r.keywords()),
                        r.codebook(), r.warnings().size(), r.sha256()));
            }
            default -> throw new IllegalStateException(name());
        }
    }

    private static List<Object> row(Report r, Object... own) {
        List<Object> v = new ArrayList<>(List.of(nz(r.file()), nz(r.type()), nz(r.provider().name()),
                nz(r.provider().laCode()), nz(r.published())));
        for (Object o : own) {
            v.add(nz(o));
        }
        return v;
    }

    private static Object nz(Object o) {
        return o == null ? "" : o;
    }
}
