package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ofstedextract.BuildInfo;

/** The command-line conventions: standard input, --table, help, completion, directory defaults, validate's gate. */
class ConventionsTest {
    private static final String SAMPLE = "samples/cra-2010-york.txt";

    @Test
    void withNoFileAPipedStandardInputIsRead() throws Exception {
        CliTest.Run r = CliTest.piped(Files.readAllBytes(Path.of(SAMPLE)));
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("816", new ObjectMapper().readTree(r.out()).get("provider").get("laCode").asText());
        assertEquals("-", new ObjectMapper().readTree(r.out()).get("file").asText());
    }

    @Test
    void withNoFileAndATerminalTheUsageIsPrinted() {
        CliTest.Run r = CliTest.run(); // CliTest.run's standard input is a terminal where nothing is typed
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().startsWith("Usage: ofsted-extract"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void tableImpliesCsvAndContradictsOtherFormats() {
        CliTest.Run r = CliTest.run("--table", "grades", "samples/ilacs-2018-wakefield.txt");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("file,type,provider,"), r.out());
        assertEquals(5, r.out().lines().count(), "a header and four grades: " + r.out());
        CliTest.Run json = CliTest.run("--table", "grades", "--format", "json", SAMPLE);
        assertEquals(ExitCode.USAGE, json.code());
        assertTrue(json.err().contains("--table names a CSV table; it does not go with --format json"), json.err());
        assertEquals(ExitCode.OK, CliTest.run("--table", "grades", "--format", "csv", SAMPLE).code());
    }

    @Test
    void helpAndCompletionAreSubcommands() {
        CliTest.Run help = CliTest.run("help");
        assertEquals(ExitCode.OK, help.code());
        assertTrue(help.out().startsWith("Usage: ofsted-extract"), help.out());
        assertTrue(help.out().contains("generate-completion"), help.out());
        CliTest.Run validate = CliTest.run("help", "validate");
        assertEquals(ExitCode.OK, validate.code());
        assertTrue(validate.out().startsWith("Usage: ofsted-extract validate"), validate.out());
        assertTrue(validate.out().contains("--glob"), validate.out());
        CliTest.Run completion = CliTest.run("generate-completion");
        assertEquals(ExitCode.OK, completion.code());
        assertTrue(completion.out().startsWith("#!/usr/bin/env bash"), completion.out());
        assertTrue(completion.out().contains("complete -F _complete_ofsted-extract"), completion.out());
    }

    @Test
    void versionNamesTheCommitWhenBuiltFromAClone() {
        String first = CliTest.run("--version").out().lines().findFirst().orElse("");
        String commit = BuildInfo.commit();
        if (commit == null) {
            assertTrue(first.matches("ofsted-extract \\d+\\.\\d+\\.\\d+\\S*"), first);
        } else {
            assertTrue(commit.matches("[0-9a-f]{7,40}(-dirty)?"), commit);
            assertTrue(first.endsWith(" (commit " + commit + ")"), first);
        }
    }

    @Test
    void directoriesTakeTextAndPdfFiles(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(SAMPLE), dir.resolve("york.txt"));
        try (PDDocument blank = new PDDocument()) { // a PDF with a page and no text: read, and refused as such
            blank.addPage(new PDPage());
            blank.save(dir.resolve("scan.pdf").toFile());
        }
        Files.writeString(dir.resolve("notes.md"), "not a report", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("--format", "jsonl", dir.toString());
        assertEquals(ExitCode.INPUT_FAILED, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.err().contains("scan.pdf: PDF has no text layer"), "the .pdf was taken: " + r.err());
        assertTrue(!r.err().contains("notes.md"), r.err());
    }

    @Test
    void validateTakesGlobAndFailsWhenItChecksNothing(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(SAMPLE), dir.resolve("york.text"));
        CliTest.Run none = CliTest.run("validate", dir.toString());
        assertEquals(ExitCode.INPUT_FAILED, none.code(), none.out());
        assertTrue(none.out().contains("0 report files, fewer than the minimum of 1"), none.out());
        CliTest.Run globbed = CliTest.run("validate", "--glob", "*.text", dir.toString());
        assertEquals(ExitCode.OK, globbed.code(), globbed.out());
        assertTrue(globbed.out().contains("1 file checked"), globbed.out());
        assertTrue(globbed.err().contains("ofsted-extract validate: 1 file, 0 failing: passed"),
                "without a terminal the summary line also goes to stderr: " + globbed.err());
        assertEquals(ExitCode.OK, CliTest.run("validate", "--min-files", "0", dir.toString()).code());
    }
}
