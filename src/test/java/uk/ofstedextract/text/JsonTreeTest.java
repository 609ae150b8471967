package uk.ofstedextract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** JsonTree gives the tree ObjectMapper.readTree gives, on every JSON resource the tool ships and on edge cases. */
class JsonTreeTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static void same(byte[] json) throws Exception {
        JsonNode expected = MAPPER.readTree(json);
        assertEquals(expected, JsonTree.read(json), new String(json, StandardCharsets.UTF_8));
        assertEquals(expected, JsonTree.read(new ByteArrayInputStream(json)));
        assertEquals(expected.toString(), JsonTree.read(json).toString(), "node types too (1 and 1.0 print apart)");
    }

    @Test
    void everyShippedResource() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/main/resources"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertTrue(files.size() >= 20, files.toString());
        for (Path f : files) {
            same(Files.readAllBytes(f));
        }
    }

    @Test
    void numbersNullsNestingAndRepeatedNames() throws Exception {
        same(("{\"i\":1,\"neg\":-7,\"l\":12345678901,\"big\":123456789012345678901234567890,\"d\":1.5,\"e\":-2e-3,"
                + "\"z\":0.0,\"t\":true,\"f\":false,\"n\":null,\"s\":\"\\u00e9\\n\",\"a\":[[],{},[1,[2]]],\"o\":{\"x\":{}},"
                + "\"r\":1,\"r\":2}").getBytes(StandardCharsets.UTF_8));
        same("[1,\"two\",null]".getBytes(StandardCharsets.UTF_8));
        same("\"text\"".getBytes(StandardCharsets.UTF_8));
        same("".getBytes(StandardCharsets.UTF_8));
    }
}
