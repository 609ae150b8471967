package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The research tables: report identifiers, grades with dates and codes, grades-wide, authorities' regions. */
class TablesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SAMPLES = List.of("samples/cra-2010-wakefield.txt",
            "samples/cra-2010-worcestershire.txt", "samples/cra-2010-york.txt", "samples/cra-2011-kirklees.txt",
            "samples/ilacs-2018-wakefield.txt");

    private static CliTest.Run run(List<String> files, String... options) {
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(files);
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, r.code(), r.err());
        return r;
    }

    private static List<Map<String, String>> table(String table) throws Exception {
        String csv = run(SAMPLES, "--format", "csv", "--table", table).out();
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            rows.add(rec.toMap());
        }
        return rows;
    }

    private static List<JsonNode> reports(List<String> files) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : run(files, "--format", "jsonl").out().split("\n")) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void reportIdComesFromTheBytesNotFromWhereTheFileLies(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("elsewhere/renamed copy.txt");
        Files.createDirectories(copy.getParent());
        Files.copy(Path.of("samples/cra-2010-york.txt"), copy);
        List<JsonNode> r = reports(List.of("samples/cra-2010-york.txt", copy.toString(),
                "samples/cra-2010-wakefield.txt"));
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(copy));
        String expected = "r-" + HexFormat.of().formatHex(sha).substring(0, 16);
        assertEquals(expected, r.get(0).get("reportId").asText());
        assertEquals(expected, r.get(1).get("reportId").asText(), "a copy elsewhere has the same identifier");
        assertNotEquals(r.get(0).get("file"), r.get(1).get("file"));
        assertNotEquals(expected, r.get(2).get("reportId").asText(), "another report has another identifier");
    }

    @Test
    void everyTableCarriesTheReportIdOfTheJson() throws Exception {
        Map<String, String> idByFile = new HashMap<>();
        for (JsonNode r : reports(SAMPLES)) {
            idByFile.put(r.get("file").asText(), r.get("reportId").asText());
        }
        for (String t : List.of("findings", "grades", "grades-wide", "sentences", "reports")) {
            List<Map<String, String>> rows = table(t);
            assertTrue(!rows.isEmpty(), t);
            for (Map<String, String> row : rows) {
                assertEquals(idByFile.get(row.get("file")), row.get("report_id"), t + " " + row.get("file"));
            }
        }
    }

    @Test
    void gradesCarryInspectionDatesAndOnsCode() throws Exception {
        List<Map<String, String>> grades = table("grades");
        Map<String, String> help = grades.stream()
                .filter(g -> g.get("file").equals("samples/ilacs-2018-wakefield.txt")
                        && g.get("judgement").equals("help-and-protection"))
                .findFirst().orElseThrow();
        // the sample: "Inspection dates: 4 June to 15 June 2018"; Wakefield is E08000036 in the LA table
        assertEquals("2018-06-04", help.get("inspection_start"));
        assertEquals("2018-06-15", help.get("inspection_end"));
        assertEquals("E08000036", help.get("ons_code"));
        assertEquals("4", help.get("grade_number"), "inadequate is grade 4");
        Map<String, String> limit = grades.stream().filter(g -> g.get("judgement").equals("annual-assessment-limit"))
                .findFirst().orElseThrow();
        assertEquals("performs-poorly", limit.get("grade"));
        assertEquals("", limit.get("grade_number"), "the CRA limit is not on a ranked scale");
        for (JsonNode r : reports(SAMPLES)) {
            for (Map<String, String> g : grades) {
                if (g.get("file").equals(r.get("file").asText())) {
                    assertEquals(r.get("inspection").get("start").asText(""), g.get("inspection_start"));
                    assertEquals(r.get("inspection").get("end").asText(""), g.get("inspection_end"));
                    assertEquals(r.get("provider").get("onsCode").asText(""), g.get("ons_code"));
                }
            }
        }
    }

    @Test
    void gradesWideHasOneRowPerReportAndAColumnPerJudgementOfTheRun() throws Exception {
        List<Map<String, String>> grades = table("grades");
        List<Map<String, String>> wide = table("grades-wide");
        assertEquals(SAMPLES.size(), wide.size(), "one row per report, also for reports without grades");
        TreeSet<String> judgements = new TreeSet<>();
        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        for (String f : SAMPLES) {
            expected.put(f, new HashMap<>());
        }
        for (Map<String, String> g : grades) {
            judgements.add(g.get("judgement"));
            expected.get(g.get("file")).put(g.get("judgement"), g.get("grade"));
        }
        String header = run(SAMPLES, "--format", "csv", "--table", "grades-wide").out().split("\n")[0];
        List<String> columns = new ArrayList<>(List.of("file", "type", "provider", "la_code", "published",
                "report_id", "urn", "ons_code", "inspection_start", "inspection_end"));
        columns.addAll(judgements);
        assertEquals(String.join(",", columns), header);
        assertTrue(judgements.containsAll(List.of("overall-effectiveness", "annual-assessment-limit")), header);
        for (Map<String, String> row : wide) {
            for (String j : judgements) {
                assertEquals(expected.get(row.get("file")).getOrDefault(j, ""), row.get(j), row.get("file") + " " + j);
            }
        }
        assertEquals("inadequate", wide.get(4).get("overall-effectiveness"));
        assertEquals("", wide.get(0).get("overall-effectiveness"), "a CRA letter has no overall judgement");
    }

    @Test
    void reportsCarryRegionAndAuthorityTypeFromTheShippedTable() throws Exception {
        Map<String, CSVRecord> table = new HashMap<>();
        try (Reader r = new InputStreamReader(getClass().getResourceAsStream("/reference/local-authorities.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().get().parse(r)) {
                table.put(rec.get("la_code"), rec);
            }
        }
        List<Map<String, String>> reports = table("reports");
        for (Map<String, String> row : reports) {
            CSVRecord la = table.get(row.get("la_code"));
            assertEquals(la.get("region"), row.get("region"), row.get("file"));
            assertEquals(la.get("la_type"), row.get("la_type"), row.get("file"));
        }
        Map<String, String> worcestershire = reports.get(1);
        assertEquals("West Midlands", worcestershire.get("region"));
        assertEquals("County", worcestershire.get("la_type"));
    }
}
