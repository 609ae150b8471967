package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code codebook} prints the file given, wherever --codebook stands, and refuses a backtracking pattern. */
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
}
