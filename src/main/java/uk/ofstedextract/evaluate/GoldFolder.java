package uk.ofstedextract.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of gold files (format in docs/evaluate.md): every {@code *.json} in it, in file-name
 * order, as score.py reads them.
 */
public final class GoldFolder {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldFolder() {
    }

    /** Reads the gold files; throws naming the file that is not JSON or has no {@code file} field. */
    public static List<Scorer.Gold> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        }
        List<Scorer.Gold> out = new ArrayList<>();
        for (Path p : files) {
            JsonNode json;
            try {
                json = MAPPER.readTree(p.toFile());
            } catch (IOException e) {
                throw new IOException(p + ": not valid JSON: " + e.getMessage(), e);
            }
            if (json == null || !json.isObject() || !json.hasNonNull("file")) {
                throw new IOException(p + ": a gold file must be a JSON object with a \"file\" field");
            }
            out.add(new Scorer.Gold(p.getFileName().toString(), json));
        }
        return out;
    }
}
