package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: outputs, exit codes, errors naming the file. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "samples/cra-2010-wakefield.txt";

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs with {@code stdin} piped in (standard input not a terminal). */
    static Run piped(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(stdin, () -> false, new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs with these bytes piped in. */
    static Run piped(byte[] stdin, String... args) {
        return piped(new ByteArrayInputStream(stdin), args);
    }

    @Test
    void oneFileGivesOneJsonObject() throws Exception {
        Run r = run(SAMPLE);
        assertEquals(ExitCode.OK, r.code(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertTrue(n.isObject());
        assertEquals("cra-letter", n.get("type").asText());
        assertEquals("384", n.get("provider").get("laCode").asText());
        assertEquals("", r.err());
    }

    @Test
    void severalFilesGiveAnArrayAndJsonlOneLineEach() throws Exception {
        Run r = run(SAMPLE, "samples/cra-2010-york.txt");
        assertTrue(JSON.readTree(r.out()).isArray());
        assertEquals(2, JSON.readTree(r.out()).size());
        Run l = run("--format", "jsonl", SAMPLE, "samples/cra-2010-york.txt");
        String[] lines = l.out().split("\n");
        assertEquals(2, lines.length);
        assertEquals("cra-2010-york.txt", Path.of(JSON.readTree(lines[1]).get("file").asText()).getFileName().toString());
    }

    @Test
    void badInputsAreNamedAndTheRestIsStillWritten(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 0, 9, 0x7f});
        Path noReports = Files.createDirectories(dir.resolve("no-reports"));
        Run r = run("--format", "jsonl", empty.toString(), SAMPLE, dir.resolve("missing.txt").toString(),
                binary.toString(), noReports.toString());
        assertEquals(ExitCode.INPUT_FAILED, r.code());
        assertEquals(1, r.out().split("\n").length, "the good file is still written");
        assertTrue(r.err().contains("empty.txt: empty file"), r.err());
        assertTrue(r.err().contains("missing.txt: no such file"), r.err());
        assertTrue(r.err().contains("binary.txt: binary file"), r.err());
        assertTrue(r.err().contains("no-reports: no file matches --glob *.txt *.pdf"), "a directory is walked: " + r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace without --debug: " + r.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(ExitCode.USAGE, run("--format", "xml", SAMPLE).code());
        assertEquals(ExitCode.USAGE, run("--table", "nope", "--format", "csv", SAMPLE).code());
        assertEquals(ExitCode.USAGE, run().code());
    }

    @Test
    void csvTablesStartWithTheJoinColumns() throws Exception {
        for (String table : List.of("findings", "grades", "sentences", "reports")) {
            Run r = run("--format", "csv", "--table", table, "samples/cra-2010-worcestershire.txt");
            assertEquals(ExitCode.OK, r.code(), r.err());
            List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(r.out())).getRecords();
            assertEquals(List.of("file", "type", "provider", "la_code", "published"), rows.get(0).toList().subList(0, 5));
            assertTrue(rows.size() > 1, table + " has rows");
        }
        Run g = run("--format", "csv", "--table", "grades", "samples/cra-2010-worcestershire.txt");
        assertTrue(g.out().contains("annual-assessment-limit"), g.out());
    }

    @Test
    void outputFileIsWrittenWhole(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.json");
        Files.writeString(out, "old");
        Run r = run("-o", out.toString(), SAMPLE);
        assertEquals(ExitCode.OK, r.code());
        assertEquals("cra-letter", JSON.readTree(out.toFile()).get("type").asText());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void unwritableOutputExitsWithThree(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        Run r = run("-o", blocker.resolve("sub/out.json").toString(), SAMPLE);
        assertEquals(ExitCode.OUTPUT_FAILED, r.code(), r.err());
    }

    @Test
    void everySampleValidatesAgainstTheSchemaItPrints() throws Exception {
        Run s = run("schema");
        assertEquals(ExitCode.OK, s.code());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(s.out());
        try (var files = Files.list(Path.of("samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                JsonNode report = JSON.readTree(run(p.toString()).out());
                List<Error> errors = schema.validate(report);
                assertTrue(errors.isEmpty(), p + ": " + errors);
            }
        }
        JsonNode broken = JSON.readTree(run(SAMPLE).out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).put("type", "not-a-type");
        assertFalse(schema.validate(broken).isEmpty(), "the schema rejects an unknown type key");
    }

    @Test
    void noKeywordsAndOwnCodebook(@TempDir Path dir) throws Exception {
        Path book = Files.writeString(dir.resolve("book.json"), "{\"id\":\"mine\",\"version\":\"2\",\"themes\":["
                + "{\"key\":\"police\",\"label\":\"Police\",\"description\":\"The police.\",\"terms\":[\"police\"]}]}");
        Run r = run("--no-keywords", "--codebook", book.toString(), SAMPLE);
        assertEquals(ExitCode.OK, r.code(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertEquals("mine-2", n.get("codebook").asText());
        assertTrue(n.get("keywords").isEmpty());
        boolean police = false;
        for (JsonNode f : n.get("findings")) {
            assertTrue(f.get("keywords").isEmpty());
            police |= f.get("themes").toString().contains("police");
        }
        assertTrue(police, "the sample's findings about the police carry the theme");
        Files.writeString(book, "{\"id\":\"mine\"}");
        Run bad = run("--codebook", book.toString(), SAMPLE);
        assertEquals(ExitCode.USAGE, bad.code());
        assertTrue(bad.err().contains("book.json") && bad.err().contains("version"), bad.err());
    }

    @Test
    void sentencesAndCodebookCommands() throws Exception {
        Run s = run("sentences", "--format", "jsonl", SAMPLE);
        assertEquals(ExitCode.OK, s.code(), s.err());
        JsonNode n = JSON.readTree(s.out());
        String text = Files.readString(Path.of(SAMPLE));
        for (JsonNode sentence : n.get("sentences")) {
            assertEquals(sentence.get("text").asText(),
                    text.substring(sentence.get("start").asInt(), sentence.get("end").asInt()));
        }
        assertTrue(run("sentences", SAMPLE).out().lines().count() > 20);
        JsonNode book = JSON.readTree(run("codebook").out());
        assertEquals("children-services", book.get("id").asText());
        assertTrue(book.get("themes").size() >= 16);
        Run md = run("codebook", "--format", "markdown");
        assertEquals(ExitCode.OK, md.code(), md.err());
        List<String> rows = md.out().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| ---")).toList();
        assertEquals("| key | label | definition | include | exclude | examples | terms | noPlural | notWithin | notNear | manner | notSubject | notPurpose | patterns | judgements |", rows.get(0));
        assertEquals(1 + book.get("themes").size(), rows.size());
        assertTrue(rows.stream().allMatch(l -> l.endsWith(" |")), md.out());
        Run csv = run("codebook", "--format", "csv");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.out())).getRecords();
        assertEquals(1 + book.get("themes").size(), records.size());
        assertEquals(book.get("themes").get(0).get("include").asText(), records.get(1).get(3));
        for (JsonNode t : book.get("themes")) {
            assertFalse(t.get("include").asText().isBlank(), t.get("key").asText());
            assertFalse(t.get("exclude").asText().isBlank(), t.get("key").asText());
            assertFalse(t.get("examples").isEmpty(), t.get("key").asText());
        }
    }

    @Test
    void dumpTextWritesTheTextOffsetsIndex() throws Exception {
        Run r = run("--dump-text", SAMPLE, "missing.txt");
        assertEquals(ExitCode.INPUT_FAILED, r.code());
        assertEquals(Files.readString(Path.of(SAMPLE)), r.out());
        assertTrue(r.err().contains("missing.txt: no such file"), r.err());
    }

    @Test
    void stdinIsReadForDash() throws Exception {
        byte[] text = Files.readAllBytes(Path.of(SAMPLE));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = new picocli.CommandLine(new ExtractCommand(new PrintWriter(out), new PrintWriter(err),
                new java.io.ByteArrayInputStream(text)));
        assertEquals(0, cl.execute("-"));
        assertEquals("-", JSON.readTree(out.toString()).get("file").asText());
        assertEquals(new String(text, StandardCharsets.UTF_8).length() > 0, true);
    }
}
