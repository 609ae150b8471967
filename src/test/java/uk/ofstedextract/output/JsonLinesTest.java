package uk.ofstedextract.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
    @Test
    void readsOneObjectALineSkippingBlankLinesButCountingThem(@TempDir Path dir) throws Exception {
        Path f = write(dir, "{\"a\": 1}\n\n   \n{\"a\": 2}\n[1]\n");
        List<JsonNode> good = new ArrayList<>();
        List<JsonLines.BadLine> bad = new ArrayList<>();
        JsonLines.read(f, JsonLines.objects(), good::add, bad::add);
        assertEquals(List.of(1, 2), good.stream().map(n -> n.get("a").asInt()).toList());
        assertEquals(1, bad.size());
        assertEquals(5, bad.get(0).line(), "blank lines count as lines");
        assertEquals(f + ": line 5: not a JSON object", bad.get(0).getMessage());
    }

    @Test
    void aBadLineIsNamedAndTheRestStillRead(@TempDir Path dir) throws Exception {
        Path f = write(dir, "{\"a\": 1}\n{not json\n{\"a\": 1} trailing\n{\"a\": 3}\n");
        List<JsonNode> good = new ArrayList<>();
        List<JsonLines.BadLine> bad = new ArrayList<>();
        JsonLines.read(f, JsonLines.objects(), good::add, bad::add);
        assertEquals(2, good.size());
        assertEquals(List.of(2, 3), bad.stream().map(JsonLines.BadLine::line).toList());
        assertTrue(bad.get(0).getMessage().startsWith(f + ": line 2: not JSON: "), bad.get(0).getMessage());
        assertTrue(bad.get(1).problem().startsWith("not JSON: "), "two values on one line: " + bad.get(1).problem());
    }

    @Test
    void stopEndsAtTheFirstBadLineAndAParserSaysWhatIsWrong(@TempDir Path dir) throws Exception {
        Path f = write(dir, "{\"id\": \"x\"}\n{\"id\": 7}\n{\"id\": \"never read\"}\n");
        JsonLines.Parser<String> ids = n -> {
            if (!n.path("id").isTextual()) {
                throw new JsonLines.Invalid("need a text 'id'");
            }
            return n.get("id").asText();
        };
        JsonLines.BadLine e = assertThrows(JsonLines.BadLine.class, () -> JsonLines.readAll(f, ids));
        assertEquals(f + ": line 2: need a text 'id'", e.getMessage());
        assertEquals(f, e.file());
    }

    @Test
    void bytesThatAreNotUtf8AreABadLineWithItsNumber(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin1.jsonl");
        Files.write(f, "{\"a\": 1}\n{\"a\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        JsonLines.BadLine e = assertThrows(JsonLines.BadLine.class,
                () -> JsonLines.readAll(f, JsonLines.objects()));
        assertEquals(2, e.line());
        assertEquals("not UTF-8 text", e.problem());
    }

    @Test
    void reportsAreReadAsTheToolWritesThemAndOtherObjectsRefused(@TempDir Path dir) throws Exception {
        Path f = write(dir, "{\"file\": \"a.txt\", \"type\": \"ilacs\", \"futureField\": 1, \"inspectors\": [], "
                + "\"grades\": [], \"findings\": [], \"keywords\": [], \"warnings\": []}\n"
                + "{\"file\": \"b.txt\", \"findings\": \"not a list\"}\n");
        List<uk.ofstedextract.report.Report> good = new ArrayList<>();
        List<JsonLines.BadLine> bad = new ArrayList<>();
        JsonLines.read(f, JsonLines.reports(), good::add, bad::add);
        assertEquals(1, good.size());
        assertEquals("a.txt", good.get(0).file(), "a field it does not know is skipped");
        assertEquals(2, bad.get(0).line());
        assertTrue(bad.get(0).problem().startsWith("not a report: "), bad.get(0).problem());
    }

    private static Path write(Path dir, String text) throws Exception {
        Path f = dir.resolve("in.jsonl");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
