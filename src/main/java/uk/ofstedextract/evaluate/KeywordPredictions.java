package uk.ofstedextract.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.ofstedextract.output.JsonLines;

/**
 * Keywords made by another tagger, to be scored in place of ours ({@code evaluate --keyword-pred}):
 * JSON Lines of {@code {"id": …, "keywords": [...]}}, one finding a line, as
 * {@code bench/keyphrase_baselines.py} writes them for YAKE and TextRank.
 */
public final class KeywordPredictions {
    private KeywordPredictions() {
    }

    /** Each finding id's keywords, in the file's order; a line that is not one stops the reading, named. */
    public static Map<String, List<String>> read(Path file) throws IOException, JsonLines.BadLine {
        Map<String, List<String>> out = new HashMap<>();
        JsonLines.read(file, KeywordPredictions::line, e -> out.put(e.getKey(), e.getValue()), JsonLines.STOP);
        return out;
    }

    private static Map.Entry<String, List<String>> line(JsonNode o) throws JsonLines.Invalid {
        if (!o.path("id").isTextual() || !o.path("keywords").isArray()) {
            throw new JsonLines.Invalid("need an object with 'id' and a 'keywords' list");
        }
        List<String> k = new ArrayList<>();
        o.get("keywords").forEach(x -> k.add(x.asText()));
        return Map.entry(o.get("id").asText(), List.copyOf(k));
    }
}
