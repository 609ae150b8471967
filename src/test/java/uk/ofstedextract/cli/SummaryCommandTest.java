package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code summary} over report files and over JSON Lines gives the same counts; bad lines are named. */
class SummaryCommandTest {
    @Test
    void reportsAndTheirJsonLinesGiveTheSameSummary(@TempDir Path dir) throws Exception {
        CliTest.Run jsonl = CliTest.run("--format", "jsonl", "samples");
        assertEquals(ExitCode.OK, jsonl.code(), jsonl.err());
        Path file = dir.resolve("reports.jsonl");
        Files.writeString(file, jsonl.out(), StandardCharsets.UTF_8);
        for (String format : List.of("text", "csv", "html")) {
            CliTest.Run fromFiles = CliTest.run("summary", "--format", format, "samples");
            CliTest.Run fromJsonl = CliTest.run("summary", "--format", format, file.toString());
            assertEquals(ExitCode.OK, fromFiles.code(), fromFiles.err());
            assertEquals(fromFiles.out(), fromJsonl.out(), format);
        }
        String text = CliTest.run("summary", "samples").out();
        // the samples: four CRA letters (three 2010, one 2011) and one ILACS report (2018)
        assertTrue(text.startsWith("5 reports, "), text);
        assertTrue(text.contains("\ncra-letter     3     1     .      4\n"), text);
        assertTrue(text.contains("\noverall-effectiveness    inadequate             1  100.0%\n"), text);
    }

    @Test
    void aLineThatIsNotAReportIsNamedAndTheRestCounted(@TempDir Path dir) throws Exception {
        String first = CliTest.run("--format", "jsonl", "samples/cra-2010-york.txt").out();
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, first + "{not json\n" + first, StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("summary", "--format", "csv", file.toString());
        assertEquals(ExitCode.INPUT_FAILED, r.code());
        assertTrue(r.err().contains(file + ": line 2: not JSON: "), r.err());
        assertTrue(r.out().contains("\nreports,,,2\n"), r.out());
    }

    @Test
    void htmlGoesToAFile(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("summary.html");
        CliTest.Run r = CliTest.run("summary", "--format", "html", "-o", page.toString(), "samples");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(page).contains("<h1>Summary of 5 Ofsted inspection reports</h1>"));
    }

    @Test
    void aReportOnTheStandardInputIsCounted() throws Exception {
        // the standard input the command line is built with, not System.in (which a test never feeds)
        byte[] report = Files.readAllBytes(Path.of("samples/cra-2010-york.txt"));
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(new java.io.ByteArrayInputStream(report), () -> false, new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(err, true), "summary", "-");
        assertEquals(ExitCode.OK, code, err.toString());
        assertTrue(out.toString().startsWith("1 report"), out.toString());
        assertTrue(out.toString().contains("\ncra-letter     1"), out.toString());
    }
}
