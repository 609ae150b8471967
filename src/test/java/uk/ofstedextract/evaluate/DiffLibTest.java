package uk.ofstedextract.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The port agrees with Python's difflib, case by case: {@code difflib-cases.json} holds ratios and
 * matching blocks that Python computed ({@code make-difflib-cases.py}), most of them cases where
 * difflib's ratio is not the longest-common-subsequence ratio.
 */
class DiffLibTest {
    @Test
    void ratiosAndBlocksAreDifflibs() throws Exception {
        JsonNode cases = new ObjectMapper().readTree(
                Path.of("src/test/resources/evaluate/difflib-cases.json").toFile());
        assertTrue(cases.size() > 100);
        int notLcs = 0;
        for (JsonNode c : cases) {
            List<String> a = words(c.get("a").asText());
            List<String> b = words(c.get("b").asText());
            String name = "a=[" + c.get("a").asText() + "] b=[" + c.get("b").asText() + "]";
            assertEquals(c.get("ratio").asDouble(), DiffLib.ratio(a, b), 0.0, name);
            List<List<Integer>> blocks = new ArrayList<>();
            for (DiffLib.Match m : DiffLib.matchingBlocks(a, b)) {
                blocks.add(List.of(m.a(), m.b(), m.size()));
            }
            List<List<Integer>> want = new ArrayList<>();
            c.get("blocks").forEach(x -> want.add(List.of(x.get(0).asInt(), x.get(1).asInt(), x.get(2).asInt())));
            assertEquals(want, blocks, name);
            if (DiffLib.ratio(a, b) != lcsRatio(a, b)) {
                notLcs++;
            }
        }
        assertTrue(notLcs > 50, "the cases should include many where difflib is not LCS: " + notLcs);
    }

    @Test
    void emptySequences() {
        assertEquals(1.0, DiffLib.ratio(List.of(), List.of()));
        assertEquals(0.0, DiffLib.ratio(List.of("a"), List.of()));
        assertEquals(1.0, Words.similarity("", "  "));
        assertEquals(List.of("it", "s", "2026"), Words.of("It’s 2026!"));
    }

    private static List<String> words(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
    }

    private static double lcsRatio(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                t[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return a.isEmpty() && b.isEmpty() ? 1.0 : 2.0 * t[a.size()][b.size()] / (a.size() + b.size());
    }
}
