package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ofstedextract.text.Fold;

/**
 * Our own suite of hard sentence-boundary cases ({@code src/test/resources/sentences/*.json}: text and
 * expected sentences, written for this project). Each case is reported on its own; the suite as a
 * whole must pass at least 95% (the issue's target), and the bare OpenNLP model's figure is printed
 * beside it for comparison.
 */
class SentenceSuiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SentenceSplitter SPLITTER = new OpenNlpSentenceSplitter();
    private static final SentenceSplitter BARE = new OpenNlpSentenceSplitter(false);
    private static final List<String> FAILED = new ArrayList<>();
    private static int cases;
    private static int bareOk;

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/sentences"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static List<String> split(SentenceSplitter splitter, String text) {
        List<String> out = new ArrayList<>();
        for (SentenceSplitter.Span s : splitter.split(text)) {
            out.add(Fold.spaces(text.substring(s.start(), s.end())));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sentenceCase(Path file) throws IOException {
        JsonNode c = JSON.readTree(file.toFile());
        String text = c.get("text").asText();
        List<String> want = new ArrayList<>();
        c.get("sentences").forEach(s -> want.add(Fold.spaces(s.asText())));
        List<String> got = split(SPLITTER, text);
        cases++;
        if (split(BARE, text).equals(want)) {
            bareOk++;
        }
        if (!got.equals(want)) {
            FAILED.add(file.getFileName() + " (" + c.get("note").asText() + ")\n    want " + want + "\n    got  " + got);
        }
    }

    @AfterAll
    static void suitePassesAtLeast95Percent() {
        double rate = 1.0 - (double) FAILED.size() / cases;
        System.out.printf("sentence suite: %d cases, %.1f%% right with corrections, %.1f%% with the bare model%n",
                cases, rate * 100, 100.0 * bareOk / cases);
        FAILED.forEach(f -> System.out.println("  failed: " + f));
        assertTrue(rate >= 0.95, "sentence suite " + rate + " below 0.95; failures:\n" + String.join("\n", FAILED));
    }
}
