package uk.ofstedextract.output;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import uk.ofstedextract.nlp.Codebook;

/**
 * A codebook as a table for a methods section's appendix: one row per theme with its key, label,
 * definition, what it includes and excludes, examples, the terms the tagger looks for and those matched only
 * as written (no plural fold), the phrases inside which they do not count, the words next to which they do not
 * count, and the manner terms with
 * the subjects and purposes that veto them, the patterns, and the report sections whose findings carry the theme
 * whatever their words (judgement keys). Markdown
 * (a pipe table; '|' in a cell is escaped) or CSV (RFC 4180, list cells joined with "; ").
 */
public final class CodebookTable {
    public static final List<String> COLUMNS = List.of("key", "label", "definition", "include", "exclude",
            "examples", "terms", "noPlural", "notWithin", "notNear", "manner", "notSubject", "notPurpose", "patterns",
            "judgements");

    private CodebookTable() {
    }

    public static void csv(Codebook c, Appendable out) throws IOException {
        CSVPrinter p = new CSVPrinter(out, CsvTable.FORMAT); // not closed: the caller owns the stream
        p.printRecord(COLUMNS);
        for (Codebook.Theme t : c.themes()) {
            p.printRecord(cells(t));
        }
        p.flush();
    }

    public static void markdown(Codebook c, Appendable out) throws IOException {
        String title = c.title() == null ? c.reference() : c.title() + " (" + c.reference() + ")";
        out.append("# ").append(title).append("\n\n");
        out.append('|');
        for (String col : COLUMNS) {
            out.append(' ').append(col).append(" |");
        }
        out.append("\n|");
        for (int i = 0; i < COLUMNS.size(); i++) {
            out.append(" --- |");
        }
        out.append('\n');
        for (Codebook.Theme t : c.themes()) {
            out.append('|');
            for (String cell : cells(t)) {
                out.append(' ').append(escape(cell)).append(" |");
            }
            out.append('\n');
        }
    }

    private static List<String> cells(Codebook.Theme t) {
        return List.of(t.key(), t.label(), t.description(), t.include() == null ? "" : t.include(),
                t.exclude() == null ? "" : t.exclude(), String.join("; ", t.examples()),
                String.join("; ", t.terms()), String.join("; ", t.noPlural()), String.join("; ", t.notWithin()),
                String.join("; ", t.notNear()),
                String.join("; ", t.manner()), String.join("; ", t.notSubject()), String.join("; ", t.notPurpose()),
                String.join("; ", t.patterns()), String.join("; ", t.judgements()));
    }

    /** A Markdown table cell: '|' and backslashes escaped, line breaks as spaces. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
