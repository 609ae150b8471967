package uk.ofstedextract.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.ofstedextract.metadata.LocalAuthorities;
import uk.ofstedextract.metadata.LocalAuthority;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.Sentence;

/**
 * The tidy CSV tables of the contract. Every table starts with
 * {@code file,type,provider,la_code,published,report_id,urn}, so tables from one run join on {@code file}
 * and tables from any runs on {@code report_id}. List values are joined with "; ".
 * {@link #GRADES_WIDE} is not written row by row: its judgement columns are known only at the end of
 * a run ({@link GradesWide} holds its rows until then).
 */
public enum CsvTable {
    FINDINGS("finding_index", "category", "heading", "number", "judgement", "start", "end", "text", "keywords",
            "themes"),
    GRADES("judgement", "label", "grade", "grade_label", "grade_number", "ons_code", "inspection_start",
            "inspection_end"),
    /** One row per report, then one column per judgement key found in the run: see {@link GradesWide}. */
    GRADES_WIDE("ons_code", "inspection_start", "inspection_end"),
    SENTENCES("finding_index", "sentence_index", "category", "judgement", "start", "end", "text"),
    REPORTS("framework", "title", "la_name", "ons_code", "inspection_start", "inspection_end", "inspectors",
            "grades", "findings", "keywords", "codebook", "warnings", "sha256", "region", "la_type");

    /** RFC 4180 quoting, {@code \n} line ends. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final List<String> columns;

    CsvTable(String... own) {
        List<String> c = new ArrayList<>(Shared.COLUMNS);
        c.addAll(List.of(own));
        this.columns = List.copyOf(c);
    }

    /** The table's name on the command line and in file names: {@code grades-wide}. */
    /** The columns every table starts with. */
    public static List<String> sharedColumns() {
        return Shared.COLUMNS;
    }

    /** Holder: an enum's constructor cannot read the enum's own static fields. */
    private static final class Shared {
        static final List<String> COLUMNS = List.of("file", "type", "provider", "la_code", "published", "report_id",
                "urn");
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public List<String> columns() {
        return columns;
    }

    /** The table with this key; IllegalArgumentException for an unknown one. */
    public static CsvTable fromKey(String key) {
        for (CsvTable t : values()) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown table: " + key);
    }

    /** The keys of every table, for messages: "findings, grades, ...". */
    public static String keys() {
        return String.join(", ", java.util.Arrays.stream(values()).map(CsvTable::key).toList());
    }

    /** True for the tables written one report at a time as the run goes. */
    public boolean streams() {
        return this != GRADES_WIDE;
    }

    public void printHeader(CSVPrinter out) throws IOException {
        out.printRecord(columns);
    }

    /**
     * How a cell that a spreadsheet would run as a formula is written: one starting with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return. {@code QUOTE} (the default) puts a
     * {@code '} before it, as OWASP recommends, so Excel, LibreOffice and Google Sheets show it as text;
     * {@code RAW} writes it as it is, for tools that read CSV as data.
     */
    public enum Formulas { QUOTE, RAW }

    /** Writes the rows this table holds for one report, formula-like cells quoted. */
    public void printRows(Report r, CSVPrinter out) throws IOException {
        printRows(r, out, Formulas.QUOTE);
    }

    /** Writes the rows this table holds for one report. */
    public void printRows(Report r, CSVPrinter out, Formulas formulas) throws IOException {
        if (formulas == Formulas.QUOTE) {
            printRows(r, new CellGuard(out));
            return;
        }
        printRows(r, (Rows) out::printRecord);
    }

    /** Where rows go: a CSV printer, directly or through {@link CellGuard}. */
    private interface Rows {
        void printRecord(Iterable<?> values) throws IOException;
    }

    /** Quotes the cells a spreadsheet would run as formulas. */
    private record CellGuard(CSVPrinter out) implements Rows {
        @Override
        public void printRecord(Iterable<?> values) throws IOException {
            out.printRecord(cells(values, Formulas.QUOTE));
        }
    }

    /** The cells of a row as {@code formulas} has them written. */
    public static List<Object> cells(Iterable<?> values, Formulas formulas) {
        List<Object> v = new ArrayList<>();
        for (Object o : values) {
            v.add(formulas == Formulas.QUOTE && o instanceof String s ? neutralise(s) : o);
        }
        return v;
    }

    /** {@code s}, with a {@code '} before it when a spreadsheet would take it for a formula. */
    public static String neutralise(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private void printRows(Report r, Rows out) throws IOException {
        switch (this) {
            case FINDINGS -> {
                for (Finding f : r.findings()) {
                    out.printRecord(row(r, f.index(), f.category(), f.heading(), f.number(), f.judgement(),
                            f.span().start(), f.span().end(), f.text(), String.join("; ", f.keywords()),
                            String.join("; ", f.themes())));
                }
            }
            case GRADES -> {
                for (Grade g : r.grades()) {
                    OptionalInt number = GradeScale.ordinal(g.grade());
                    out.printRecord(row(r, g.judgement(), g.label(), g.grade(), g.gradeLabel(),
                            number.isPresent() ? number.getAsInt() : null, r.provider().onsCode(),
                            r.inspection().start(), r.inspection().end()));
                }
            }
            case SENTENCES -> {
                for (Finding f : r.findings()) {
                    int i = 1;
                    for (Sentence s : f.sentences()) {
                        out.printRecord(row(r, f.index(), i++, f.category(), f.judgement(), s.span().start(),
                                s.span().end(), s.text()));
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
                        r.codebook(), r.warnings().size(), r.sha256(), region(r), laType(r)));
            }
            case GRADES_WIDE -> throw new IllegalStateException("grades-wide is written whole: use GradesWide");
            default -> throw new IllegalStateException(name());
        }
    }

    private static String region(Report r) {
        return authority(r).map(LocalAuthority::region).orElse(null);
    }

    private static String laType(Report r) {
        return authority(r).map(LocalAuthority::type).orElse(null);
    }

    /** The report's authority in the shipped reference table, by its DfE code. */
    private static Optional<LocalAuthority> authority(Report r) {
        String code = r.provider().laCode();
        return code == null ? Optional.empty() : LocalAuthorities.load().byCode(code);
    }

    /** A row of this report: the shared columns, then {@code own}; nulls are written empty. */
    static List<Object> row(Report r, Object... own) {
        List<Object> v = new ArrayList<>(List.of(nz(r.file()), nz(r.type()), nz(r.provider().name()),
                nz(r.provider().laCode()), nz(r.published()), nz(r.reportId()), nz(r.provider().urnValue())));
        for (Object o : own) {
            v.add(nz(o));
        }
        return v;
    }

    private static Object nz(Object o) {
        return o == null ? "" : o;
    }
}
