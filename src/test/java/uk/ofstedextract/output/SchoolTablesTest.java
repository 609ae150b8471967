package uk.ofstedextract.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Report;

/**
 * The CSV tables of a school-sector report: every table carries the establishment's {@code urn},
 * and {@code grades-wide} has a column per school-sector judgement key, read from a shared further
 * education report (../shared/schools, beside the clone as in CI).
 */
class SchoolTablesTest {
    private static final Path KIRKLEES = Path.of("../shared/schools/txt/further-education-2023-kirklees-college.txt");

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void everyTableCarriesTheUrnAndGradesWideTheSchoolKeys() throws Exception {
        assumeTrue(Files.exists(KIRKLEES), "needs ../shared/schools beside the clone (as in CI)");
        Report r = Extractor.builder().keywords(false).build().extract(KIRKLEES.toString(),
                Files.readAllBytes(KIRKLEES));
        assertEquals("130537", r.provider().urnValue());
        for (CsvTable t : List.of(CsvTable.REPORTS, CsvTable.GRADES, CsvTable.FINDINGS)) {
            StringWriter out = new StringWriter();
            CSVPrinter p = new CSVPrinter(out, CsvTable.FORMAT);
            t.printHeader(p);
            t.printRows(r, p);
            p.flush();
            List<CSVRecord> rows = parse(out.toString());
            assertTrue(!rows.isEmpty(), t.key());
            rows.forEach(row -> assertEquals("130537", row.get("urn"), t.key()));
        }
        GradesWide wide = new GradesWide();
        wide.add(r);
        StringWriter out = new StringWriter();
        CSVPrinter p = new CSVPrinter(out, CsvTable.FORMAT);
        wide.write(p);
        p.flush();
        CSVRecord row = parse(out.toString()).get(0);
        assertEquals("130537", row.get("urn"));
        r.grades().forEach(g -> assertEquals(g.grade(), row.get(g.judgement()), g.judgement()));
        assertTrue(wide.columns().containsAll(List.of("quality-of-education", "apprenticeships")), wide.columns()
                .toString());
    }
}
