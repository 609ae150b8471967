package uk.ofstedextract.output;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * The data dictionary of the CSV tables: for each column of each {@link CsvTable}, in table order,
 * its type and meaning. Written as {@code data-dictionary.csv} beside the tables by {@code --out-dir}.
 * The columns come from {@link CsvTable} itself; a test checks that every column has a meaning.
 */
public final class DataDictionary {
    /** Type and meaning of a column. */
    public record Entry(String type, String meaning) {
    }

    private static final Map<String, Entry> SHARED = new LinkedHashMap<>();
    private static final Map<String, Entry> OWN = new LinkedHashMap<>();

    static {
        shared("file", "string", "the input path as given (a file found in a directory: the directory as given, "
                + "then its path inside it); '-' for standard input. Tables from one run join on it");
        shared("type", "string", "report type key (cra-letter, slac, sif, ilacs, area-send, school, ...); unknown "
                + "when not recognised");
        shared("provider", "string", "the inspected body as the report writes it");
        shared("la_code", "string", "DfE local authority number in force at the inspection date; for a school-sector "
                + "report only from a field that names the authority, empty otherwise");
        shared("published", "date", "publication or letter date, ISO 8601; empty when the report states none (a "
                + "school-sector report: a letter's date only)");
        shared("report_id", "string", "the report's identifier (JSON reportId): 'r-' and the first 16 hex digits of "
                + "the SHA-256 of the input bytes. The same wherever the file lies and in every run; identical "
                + "files share it. Tables from any runs join on it");
        shared("urn", "string", "the establishment's unique reference number (school-sector reports: a school, "
                + "college or home); empty for a report about a local authority or area, and where the report "
                + "gives none");

        own("findings", "finding_index", "integer", "1-based position of the finding in reading order");
        own("findings", "category", "string", "strength, satisfactory, development, priority-action or narrative");
        own("findings", "heading", "string", "the heading of the section the finding sits in, as written");
        own("findings", "number", "string", "the paragraph or item number where the report numbers it");
        own("findings", "judgement", "string", "judgement key of the section the finding sits in, if any");
        own("findings", "start", "integer", "offset of the finding's start in the decoded input (UTF-16 code units)");
        own("findings", "end", "integer", "offset just after the finding's end in the decoded input");
        own("findings", "text", "string", "the whole finding: breaks joined, page furniture and bullet marks removed");
        own("findings", "keywords", "list", "the finding's ranked keywords, joined with '; '");
        own("findings", "themes", "list", "theme keys from the codebook, joined with '; '");

        own("grades", "judgement", "string", "judgement key (e.g. overall-effectiveness, help-and-protection)");
        own("grades", "label", "string", "the judgement as written");
        own("grades", "grade", "string", "grade key (outstanding, good, requires-improvement, inadequate, ...)");
        own("grades", "grade_label", "string", "the grade as written");
        own("grades", "grade_number", "integer", "the grade's number where its scale ranks grades, 1 = best as "
                + "Ofsted numbers them (outstanding 1, good 2, requires improvement or adequate 3, inadequate 4; "
                + "area SEND outcomes positive 1 to systemic failings 3); empty on scales that do not rank (met / "
                + "not met, effective, the CRA letters' performs-poorly)");
        own("grades", "ons_code", "string", "ONS area code of the authority (as reports.ons_code)");
        own("grades", "inspection_start", "date", "first day of the inspection, ISO 8601");
        own("grades", "inspection_end", "date", "last day of the inspection, ISO 8601");

        own("grades-wide", "ons_code", "string", "ONS area code of the authority (as reports.ons_code)");
        own("grades-wide", "inspection_start", "date", "first day of the inspection, ISO 8601");
        own("grades-wide", "inspection_end", "date", "last day of the inspection, ISO 8601");

        own("sentences", "finding_index", "integer", "the finding the sentence belongs to (findings.finding_index)");
        own("sentences", "sentence_index", "integer", "1-based position of the sentence in its finding");
        own("sentences", "category", "string", "the finding's category");
        own("sentences", "judgement", "string", "the finding's judgement key, if any");
        own("sentences", "start", "integer", "offset of the sentence's start in the decoded input");
        own("sentences", "end", "integer", "offset just after the sentence's end in the decoded input");
        own("sentences", "text", "string", "the sentence (OpenNLP, with the tool's corrections)");

        own("reports", "framework", "string", "variant of the type: standard/short (ilacs), reinspection (sif), "
                + "2016/2023 (area-send)");
        own("reports", "title", "string", "the report's title");
        own("reports", "la_name", "string", "the authority's name in the reference table");
        own("reports", "ons_code", "string", "ONS area code of the authority");
        own("reports", "inspection_start", "date", "first day of the inspection, ISO 8601");
        own("reports", "inspection_end", "date", "last day of the inspection, ISO 8601");
        own("reports", "inspectors", "list", "inspectors' names, lead inspector first, joined with '; '");
        own("reports", "grades", "list", "judgement=grade pairs, joined with '; ' (detail in grades.csv)");
        own("reports", "findings", "integer", "number of findings (detail in findings.csv)");
        own("reports", "keywords", "list", "the report's ranked keywords, joined with '; '");
        own("reports", "codebook", "string", "id and version of the theme codebook used: chosen by report family "
                + "(children-services or schools) unless --codebook FILE is given");
        own("reports", "warnings", "integer", "number of warnings (their text is in the JSON output)");
        own("reports", "sha256", "string", "SHA-256 of the input bytes");
        own("reports", "region", "string", "the authority's English region, from the shipped reference table "
                + "of local authorities");
        own("reports", "la_type", "string", "the authority's type (County, Unitary Authority, Metropolitan "
                + "District, London Borough), from the shipped reference table; empty where the table has none");
    }

    private DataDictionary() {
    }

    private static void shared(String column, String type, String meaning) {
        SHARED.put(column, new Entry(type, meaning));
    }

    private static void own(String table, String column, String type, String meaning) {
        OWN.put(table + "." + column, new Entry(type, meaning));
    }

    /** The entry for a column of a table, or null when the dictionary lacks it. */
    public static Entry entry(CsvTable table, String column) {
        Entry e = OWN.get(table.key() + "." + column);
        return e != null ? e : SHARED.get(column);
    }

    /** The row that stands for the judgement columns of grades-wide.csv, which differ from run to run. */
    public static final String JUDGEMENT_COLUMNS = "(one per judgement key)";
    private static final Entry JUDGEMENT_COLUMN = new Entry("string", "one column per judgement key found in the "
            + "run (as grades.judgement), alphabetical, after the columns above: the report's grade key "
            + "(as grades.grade), empty where the report has no such judgement; two grades for one judgement "
            + "joined with '; '");

    /** Writes the dictionary as CSV: {@code file,column,type,meaning}, one row per column. */
    public static void write(Writer out) throws IOException {
        CSVPrinter p = new CSVPrinter(out, CsvTable.FORMAT);
        p.printRecord("file", "column", "type", "meaning");
        for (CsvTable t : CsvTable.values()) {
            for (String c : t.columns()) {
                Entry e = entry(t, c);
                p.printRecord(t.key() + ".csv", c, e == null ? "" : e.type(), e == null ? "" : e.meaning());
            }
            if (t == CsvTable.GRADES_WIDE) {
                p.printRecord(t.key() + ".csv", JUDGEMENT_COLUMNS, JUDGEMENT_COLUMN.type(),
                        JUDGEMENT_COLUMN.meaning());
            }
        }
        p.flush();
    }
}
