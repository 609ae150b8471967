package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ofstedextract.batch.Names;
import uk.ofstedextract.batch.RawNames;
import uk.ofstedextract.output.CsvTable;

/**
 * File names of every kind reach the report and are shown safely; errors say what is really wrong;
 * CSV cells a spreadsheet would run as a formula are written as text.
 */
class NamesAndErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path YORK = Path.of("samples/cra-2010-york.txt");

    /** Makes a copy of the York sample whose name has the byte 0xE9 (Latin-1 'é'), which is not UTF-8. */
    private static boolean latin1Copy(Path dir) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "cp \"$1\" \"$2/$(printf 'caf\\351.txt')\"", "sh",
                YORK.toAbsolutePath().toString(), dir.toString()).start();
        return p.waitFor() == 0;
    }

    @Test
    void aNameThatIsNotUtf8IsReadWalkedListedAndNamedWithItsBytesEscaped(@TempDir Path dir) throws Exception {
        assumeTrue(latin1Copy(dir), "no sh here");
        String escaped = dir + "/caf\\xe9.txt";
        CliTest.Run walked = CliTest.run("--format", "jsonl", dir.toString());
        assertEquals(ExitCode.OK, walked.code(), walked.err());
        assertEquals(escaped, JSON.readTree(walked.out()).get("file").asText(), "walked: the bytes are kept");

        CliTest.Run named = CliTest.run("--format", "jsonl", escaped);
        assertEquals(ExitCode.OK, named.code(), named.err());
        assertEquals(escaped, JSON.readTree(named.out()).get("file").asText(), "named with its bytes escaped");

        ByteArrayOutputStream list = new ByteArrayOutputStream();
        list.writeBytes((dir + "/caf").getBytes(StandardCharsets.UTF_8));
        list.write(0xE9);
        list.writeBytes(".txt\0".getBytes(StandardCharsets.UTF_8));
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        int code = BatchTest.execute(new java.io.PrintWriter(out), new java.io.PrintWriter(err),
                new ByteArrayInputStream(list.toByteArray()), false, "--format", "jsonl", "--files-from", "-", "-0");
        assertEquals(ExitCode.OK, code, err.toString());
        assertEquals(escaped, JSON.readTree(out.toString()).get("file").asText(), "--files-from -0 with raw bytes");
    }

    @Test
    void theRawBytesOfArgumentsAreTakenFromTheCommandLine() {
        byte[] cmdline = "java\0-jar\0x.jar\0--format\0jsonl\0caf\u00e9.txt\0dir/caf?.txt\0".getBytes(StandardCharsets.UTF_8);
        cmdline[cmdline.length - 6] = (byte) 0xE9; // the '?' above: a Latin-1 byte
        String[] args = {"--format", "jsonl", "caf\u00e9.txt", "dir/caf\uFFFD.txt"};
        assertArrayEquals(new String[] {"--format", "jsonl", "caf\u00e9.txt", "dir/caf\\xe9.txt"},
                RawArguments.restore(args, cmdline));
    }

    @Test
    void aNameWhoseBytesAreLostIsNotCalledMissing() {
        CliTest.Run r = CliTest.run("caf\uFFFD-nowhere.txt");
        assertEquals(ExitCode.INPUT_FAILED, r.code());
        assertTrue(r.err().contains("not valid UTF-8"), r.err());
        assertEquals(List.of(0xE9, 0x41), List.of(RawNames.unescape("\\xe9A")[0] & 0xff, (int) RawNames.unescape("\\xe9A")[1]));
        assertEquals("caf\\xe9 \u00e9.txt", RawNames.escape(new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xC3,
            (byte) 0xA9, '.', 't', 'x', 't'}));
    }

    @Test
    void unicodeNamesWorkEverywhere(@TempDir Path dir) throws Exception {
        Path cafe = Files.copy(YORK, dir.resolve("caf\u00e9 \u2013 \u00fc\u00df.txt"));
        for (String[] args : List.of(new String[] {"--format", "jsonl", cafe.toString()},
                new String[] {"--format", "jsonl", dir.toString()})) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(ExitCode.OK, r.code(), r.err());
            assertEquals(cafe.toString(), JSON.readTree(r.out()).get("file").asText());
        }
    }

    @Test
    void namesAreEscapedOnStderr(@TempDir Path dir) throws Exception {
        Path evil = Files.writeString(dir.resolve("a\nofsted-extract: 0 of 9 inputs failed\u001b[2J.txt"), " ");
        CliTest.Run r = CliTest.run(evil.toString());
        assertEquals(ExitCode.INPUT_FAILED, r.code());
        assertFalse(r.err().contains("\u001b") || r.err().contains("\nofsted-extract: 0 of 9"), r.err());
        assertTrue(r.err().contains("a\\nofsted-extract: 0 of 9 inputs failed\\x1b[2J.txt"), r.err());
        assertEquals("bidi \\u202e and tab \\t", Names.forTerminal("bidi \u202e and tab \t"));
    }

    @Test
    void whiteSpaceOfAnyKindIsNoText(@TempDir Path dir) throws Exception {
        Path spaces = Files.writeString(dir.resolve("spaces.txt"), "\u00a0\u200b \u2007\u202f\u200b\n\u3000\ufeff\u2060",
                StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run(spaces.toString());
        assertEquals(ExitCode.INPUT_FAILED, r.code());
        assertTrue(r.err().contains(spaces + ": no text (only white space)"), r.err());
    }

    @Test
    void aSymbolicLinkLoopIsCalledOne(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.txt");
        Files.createSymbolicLink(a, dir.resolve("b.txt"));
        Files.createSymbolicLink(dir.resolve("b.txt"), a);
        CliTest.Run r = CliTest.run(a.toString());
        assertTrue(r.err().contains(a + ": symbolic link loop"), r.err());
        CliTest.Run walked = CliTest.run(dir.toString());
        assertTrue(walked.err().contains(a + ": symbolic link loop"), walked.err());
    }

    @Test
    void aFileInAFolderThatCannotBeSearchedIsAPermissionError(@TempDir Path dir) throws Exception {
        assumeFalse(OutputSafetyTest.ROOT, "root may search any folder: run as another user to check this");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Path in = Files.copy(YORK, locked.resolve("york.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        try {
            CliTest.Run r = CliTest.run(in.toString());
            assertTrue(r.err().contains(in + ": permission denied"), r.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void csvCellsThatWouldRunAsFormulasAreQuotedUnlessRawIsAsked(@TempDir Path dir) throws Exception {
        // a name relative to the working folder, so that the file column starts with '='
        Path formula = Path.of("=HYPERLINK(\"http:x\")-" + ProcessHandle.current().pid() + ".txt");
        try {
            Files.copy(YORK, formula);
            CliTest.Run quoted = CliTest.run("--format", "csv", "--table", "reports",
                    formula.toString());
            assertEquals(ExitCode.OK, quoted.code(), quoted.err());
            assertEquals("'" + formula, csv(quoted.out()).get(1).get(0));
            CliTest.Run raw = CliTest.run("--format", "csv", "--table", "reports", "--csv-formulas",
                    "raw", formula.toString());
            assertEquals(formula.toString(), csv(raw.out()).get(1).get(0));
            Path out = dir.resolve("dataset");
            assertEquals(ExitCode.OK, CliTest.run("--out-dir", out.toString(), formula.toString()).code());
            assertEquals("'" + formula, csv(Files.readString(out.resolve("findings.csv"))).get(1).get(0));
        } finally {
            Files.deleteIfExists(formula);
        }
        for (String s : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + s, CsvTable.neutralise(s));
        }
        for (String s : List.of("", "1", "a-b", "Leaders ensure...", "'=x")) {
            assertEquals(s, CsvTable.neutralise(s));
        }
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }
}
