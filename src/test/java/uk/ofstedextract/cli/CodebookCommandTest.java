package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code codebook} prints the file given, wherever --codebook stands, and refuses a backtracking pattern; prints the
 * codebook a report type is tagged with, a shipped one by id, and lists them.
 */
class CodebookCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path book(Path dir, String pattern) throws Exception {
        return Files.writeString(dir.resolve("book.json"), "{\"id\":\"mine\",\"version\":\"2\",\"themes\":[{\"key\":"
                + "\"police\",\"label\":\"Police\",\"description\":\"The police.\",\"patterns\":[\""
                + pattern.replace("\\", "\\\\") + "\"]}]}");
    }

    @Test
    void printsTheFileGivenBeforeOrAfterTheCommand(@TempDir Path dir) throws Exception {
        Path book = book(dir, "\\bpolice\\b");
        for (String[] args : new String[][] {{"codebook", "--codebook", book.toString()},
            {"--codebook", book.toString(), "codebook"}}) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(ExitCode.OK, r.code(), r.err());
            assertEquals("mine", JSON.readTree(r.out()).get("id").asText(), String.join(" ", args));
        }
    }

    @Test
    void aBacktrackingPatternIsAUsageErrorNamingFileAndPattern(@TempDir Path dir) throws Exception {
        Path book = book(dir, "(\\w+\\s?){2,}?\\bx");
        for (String[] args : new String[][] {{"codebook", "--codebook", book.toString()},
            {"--codebook", book.toString(), "codebook"}, {"--codebook", book.toString(), "samples/cra-2010-wakefield.txt"}}) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(ExitCode.USAGE, r.code(), String.join(" ", args));
            assertEquals("", r.out());
            assertTrue(r.err().contains(book + ": themes[0] (police) field 'patterns': the pattern (\\w+\\s?){2,}?\\bx "
                    + "backtracks catastrophically"), r.err());
        }
    }

    @Test
    void printsTheCodebookAReportTypeIsTaggedWith() throws Exception {
        CliTest.Run school = CliTest.run("codebook", "--type", "school-report-card");
        assertEquals(ExitCode.OK, school.code(), school.err());
        assertEquals("schools", JSON.readTree(school.out()).get("id").asText());
        CliTest.Run ilacs = CliTest.run("codebook", "--type", "ilacs", "--format", "csv");
        assertEquals(ExitCode.OK, ilacs.code(), ilacs.err());
        assertTrue(ilacs.out().contains("\nleadership,Leadership and governance,"), ilacs.out());
        assertEquals("schools", JSON.readTree(CliTest.run("codebook", "--id", "schools").out()).get("id").asText());
        CliTest.Run bad = CliTest.run("codebook", "--type", "nursery");
        assertEquals(ExitCode.USAGE, bad.code());
        assertTrue(bad.err().contains("no report type 'nursery'"), bad.err());
    }

    @Test
    void listsTheShippedCodebooksWithTheTypesThatUseThem() {
        CliTest.Run r = CliTest.run("codebook", "--list");
        assertEquals(ExitCode.OK, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[0].startsWith("children-services-2026.17\t") && lines[0].contains("ilacs"), lines[0]);
        assertTrue(lines[1].startsWith("schools-2026.16\t") && lines[1].contains("further-education")
                && !lines[1].contains("ilacs"), lines[1]);
    }
}
