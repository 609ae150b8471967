package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.ofstedextract.output.CsvTable;
import uk.ofstedextract.output.DataDictionary;

/**
 * Batch runs as a pipeline uses them: folders with bad files in them, lists of names, several jobs,
 * a dataset folder, a manifest, progress only on a terminal.
 */
class BatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A folder of good and bad inputs; built once, as every run of the tool over it takes time. */
    @TempDir
    static Path corpus;
    static boolean fifo;

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    @BeforeAll
    static void corpus() throws Exception {
        Files.copy(Path.of("samples/cra-2010-york.txt"), corpus.resolve("a-york.txt"));
        Files.createDirectories(corpus.resolve("sub"));
        Files.copy(Path.of("samples/cra-2010-wakefield.txt"), corpus.resolve("sub/c-wakefield.txt"));
        // a stray Windows-1252 byte is not bad input: read with a warning
        byte[] york = Files.readAllBytes(Path.of("samples/cra-2010-worcestershire.txt"));
        byte[] latin1 = new byte[york.length + 1];
        System.arraycopy(york, 0, latin1, 0, york.length);
        latin1[york.length] = (byte) 0xE9;
        Files.write(corpus.resolve("d-latin1.txt"), latin1);
        Files.createFile(corpus.resolve("b-empty.txt"));
        Files.write(corpus.resolve("b-binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 0, 9, 0x7f});
        // Unreadable: tests run as root, for whom chmod 000 changes nothing; a dangling symbolic link
        // cannot be read by anyone, and a FIFO found in a folder is refused rather than read (it would hang).
        Files.createSymbolicLink(corpus.resolve("b-dangling.txt"), corpus.resolve("nowhere.txt"));
        fifo = new ProcessBuilder("mkfifo", corpus.resolve("b-fifo.txt").toString()).start().waitFor() == 0;
        Files.writeString(corpus.resolve("notes.md"), "not a report; not matched by the default glob");
    }

    static Run run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), false, args);
    }

    static Run run(InputStream stdin, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        return new Run(execute(new PrintWriter(out), new PrintWriter(err), stdin, terminal, args), out.toString(),
                err.toString());
    }

    static int execute(PrintWriter out, PrintWriter err, InputStream stdin, boolean terminal, String... args) {
        ExtractCommand cmd = new ExtractCommand(out, err, stdin);
        cmd.stderrIsTerminal = () -> terminal;
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String file(String name) {
        return corpus.resolve(name).toString();
    }

    @Test
    void goodFilesAreAllWrittenAndEachBadOneIsNamed() throws Exception {
        Run r = run("--format", "jsonl", "--jobs", "2", corpus.toString());
        assertEquals(ExitCode.INPUT_FAILED, r.code(), r.err());
        List<String> written = r.lines().stream().map(l -> read(l).get("file").asText()).toList();
        assertEquals(List.of(file("a-york.txt"), file("d-latin1.txt"), file("sub/c-wakefield.txt")), written);
        assertEquals("decoding", read(r.lines().get(1)).get("warnings").get(0).get("code").asText());
        List<String> bad = Stream.of("b-binary.txt: binary file", "b-dangling.txt: no such file",
                "b-empty.txt: empty file", fifo ? "b-fifo.txt: not a regular file" : "b-empty.txt").toList();
        for (String b : bad) {
            assertTrue(r.err().contains("ofsted-extract: " + corpus.resolve(b)), "reported as it happens: " + b);
        }
        String summary = r.err().substring(r.err().indexOf("inputs failed"));
        assertTrue(r.err().contains((fifo ? 4 : 3) + " of " + (fifo ? 7 : 6) + " inputs failed"), r.err());
        for (String b : bad) {
            assertTrue(summary.contains("  " + corpus.resolve(b)), "listed in the summary: " + b + "\n" + summary);
        }
        assertFalse(r.err().contains("notes.md"), "files the glob does not match are not inputs");
        assertFalse(r.err().contains("\r"), "no progress bar when stderr is not a terminal");
    }

    @Test
    void outputIsByteIdenticalForOneAndFourJobs(@TempDir Path tmp) throws Exception {
        Run one = run("--format", "jsonl", "--jobs", "1", corpus.toString(), "samples");
        Run four = run("--format", "jsonl", "--jobs", "4", corpus.toString(), "samples");
        assertEquals(8, one.lines().size());
        assertEquals(one.out(), four.out());
        assertEquals(one.err(), four.err(), "diagnostics in input order too");
        assertEquals(ExitCode.INPUT_FAILED, run("--out-dir", tmp.resolve("j1").toString(), "-j", "1",
                corpus.toString(), "samples").code());
        assertEquals(ExitCode.INPUT_FAILED, run("--out-dir", tmp.resolve("j4").toString(), "-j", "4",
                corpus.toString(), "samples").code());
        for (String f : List.of("reports.jsonl", "reports.csv", "findings.csv", "grades.csv", "sentences.csv")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("j1").resolve(f)),
                    Files.readAllBytes(tmp.resolve("j4").resolve(f)), f);
        }
    }

    @Test
    void outDirWritesTheDatasetAndAManifestWithNoTemporaryFiles(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("dataset");
        Path manifest = tmp.resolve("run.json");
        Run r = run("--out-dir", out.toString(), "--manifest", manifest.toString(), corpus.toString());
        assertEquals(ExitCode.INPUT_FAILED, r.code(), r.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(ReportSink.COMPLETE, "data-dictionary.csv", "findings.csv", "grades-wide.csv",
                    "grades.csv", "ofsted-extract-1.schema.json", "reports.csv", "reports.jsonl", "sentences.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "and no temporary file");
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(2, files.count(), "no temporary manifest left");
        }
        List<CSVRecord> reports = csv(out.resolve("reports.csv"));
        assertEquals(CsvTable.REPORTS.columns(), reports.get(0).toList());
        assertEquals(4, reports.size(), "header and the three good reports");
        JsonNode m = JSON.readTree(manifest.toFile());
        assertEquals("ofsted-extract/1", m.get("schema").asText());
        assertNotNull(m.get("version").textValue());
        assertTrue(m.get("models").get("sentence").asText().endsWith(".bin"));
        assertEquals(corpus.toString(), m.get("options").get("arguments").get(0).asText());
        assertEquals(3, m.get("counts").get("reports").asInt());
        long findings = csv(out.resolve("findings.csv")).size() - 1;
        assertEquals(findings, m.get("counts").get("findings").asLong());
        assertEquals(csv(out.resolve("sentences.csv")).size() - 1, m.get("counts").get("sentences").asLong());
        JsonNode york = m.get("inputs").get(0);
        assertEquals(file("a-york.txt"), york.get("file").asText());
        assertEquals(uk.ofstedextract.Extractor.sha256(Files.readAllBytes(corpus.resolve("a-york.txt"))), york.get("sha256").asText());
        assertEquals(m.get("counts").get("failed").asInt(), m.get("errors").size());
        assertTrue(m.get("complete").asBoolean());
        assertTrue(m.get("started").asText().compareTo(m.get("finished").asText()) <= 0);
        List<CSVRecord> dictionary = csv(out.resolve("data-dictionary.csv"));
        int columns = 0;
        for (CsvTable t : CsvTable.values()) {
            for (String c : t.columns()) {
                assertNotNull(DataDictionary.entry(t, c), "the data dictionary explains " + t.key() + "." + c);
                columns++;
            }
        }
        assertEquals(columns + 2, dictionary.size(), "header, every column, and the judgement columns' row");
    }

    @Test
    void filesFromReadsNulSeparatedNamesFromStandardInput(@TempDir Path tmp) throws Exception {
        Path odd = tmp.resolve("name with\nnewline.txt");
        Files.copy(Path.of("samples/cra-2010-york.txt"), odd);
        String list = odd + "\0" + "samples/cra-2010-wakefield.txt" + "\0";
        Run r = run(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)), false,
                "--files-from", "-", "-0", "--format", "jsonl");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals(List.of(odd.toString(), "samples/cra-2010-wakefield.txt"),
                r.lines().stream().map(l -> read(l).get("file").asText()).toList());
        Path lines = Files.writeString(tmp.resolve("list.txt"), "samples/cra-2010-york.txt\r\n");
        Run one = run("--files-from", lines.toString());
        assertTrue(read(one.out()).isArray(), "a list gives an array, even of one");
    }

    @Test
    void jsonIsAnObjectForExactlyOneNamedFileAndAnArrayForADirectory(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("one"));
        Files.copy(Path.of("samples/cra-2010-york.txt"), dir.resolve("york.txt"));
        assertTrue(read(run(dir.toString()).out()).isArray());
        // picocli expands @argfiles: the file's one name is exactly one file named
        Path args = Files.writeString(tmp.resolve("args"), "'" + dir.resolve("york.txt") + "'\n");
        Run r = run("@" + args);
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(read(r.out()).isObject());
    }

    @Test
    void failFastStopsAtTheFirstFailureAndWritesNoOutputFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out.jsonl");
        Run r = run("--fail-fast", "--format", "jsonl", "-o", out.toString(), corpus.toString());
        assertEquals(ExitCode.INPUT_FAILED, r.code());
        assertTrue(r.err().contains("1 of 2 inputs failed; --fail-fast stopped the run"), r.err());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(0, files.count(), "no output and no temporary file");
        }
    }

    @Test
    void unwritableOutputsExitWithThreeBeforeAnyWork(@TempDir Path tmp) throws Exception {
        Path blocker = Files.writeString(tmp.resolve("file"), "x");
        Run r = run("--out-dir", blocker.resolve("sub").toString(), "samples");
        assertEquals(ExitCode.OUTPUT_FAILED, r.code(), r.err());
        Run m = run("--manifest", blocker.resolve("m.json").toString(), "-o", tmp.resolve("o.json").toString(),
                "samples/cra-2010-york.txt");
        assertEquals(ExitCode.OUTPUT_FAILED, m.code(), m.err());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void aClosedStandardOutputStopsTheRunWithThree() {
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        StringWriter err = new StringWriter();
        int code = execute(new PrintWriter(closed), new PrintWriter(err), InputStream.nullInputStream(), false,
                "--format", "jsonl", "samples");
        assertEquals(ExitCode.OUTPUT_FAILED, code, err.toString());
        assertTrue(err.toString().contains("standard output: cannot write"), err.toString());
    }

    @Test
    void progressOnlyOnATerminalAndNeverWithQuiet() {
        Run t = run(InputStream.nullInputStream(), true, "--format", "jsonl", "samples/cra-2010-york.txt");
        assertTrue(t.err().contains("\r") && t.err().contains("ofsted-extract: 1 inputs in"), t.err());
        assertFalse(t.out().contains("\r") || t.out().contains("inputs in"), "nothing of it on stdout");
        Run q = run(InputStream.nullInputStream(), true, "-q", "--format", "jsonl", "samples/cra-2010-york.txt");
        assertEquals("", q.err());
        assertEquals(t.out(), q.out());
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCode.USAGE, run("-0", "samples").code());
        assertEquals(ExitCode.USAGE, run("-", "-").code());
        assertEquals(ExitCode.USAGE, run("--files-from", "-", "-").code());
        assertEquals(ExitCode.USAGE, run("--out-dir", "x", "--format", "csv", "samples").code());
        assertEquals(ExitCode.USAGE, run("--jobs", "0", "samples").code());
        assertEquals(ExitCode.USAGE, run("--files-from", "no-such-list.txt").code());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }

    private static List<CSVRecord> csv(Path p) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(Files.readString(p))).getRecords();
    }
}
