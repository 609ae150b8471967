package uk.ofstedextract.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.output.Json;
import uk.ofstedextract.report.Report;

/**
 * {@code evaluate} prints score.py's figures. Checked on two inputs: the five samples as the tool
 * extracts them, against their gold; and a constructed case (see {@code constructed/make.py})
 * whose figures are far from perfect, so that every branch of the scoring is compared. Each is
 * compared with score.py run live when python3 and ../shared are there, and always with the output
 * recorded from score.py in {@code src/test/resources/evaluate/} (the recorded samples' figures
 * would change if the extraction changed; CI has python3 and runs the live comparison).
 */
class ScorePyAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path HERE = Path.of("src/test/resources/evaluate");
    private static final Path CONSTRUCTED = HERE.resolve("constructed");

    @Test
    void constructedCaseGivesScorePysFiguresAndLines() throws Exception {
        List<JsonNode> preds = new ArrayList<>();
        for (String line : Files.readAllLines(CONSTRUCTED.resolve("pred.jsonl"), StandardCharsets.UTF_8)) {
            preds.add(JSON.readTree(line));
        }
        Evaluation e = new Scorer(Scorer.DEFAULT_THRESHOLD).score(GoldFolder.read(CONSTRUCTED.resolve("gold")), preds);
        assertSameFigures(JSON.readTree(CONSTRUCTED.resolve("score-py.json").toFile()), e);
        StringWriter text = new StringWriter();
        EvaluationText.write(e, text, true);
        assertLinesInOrder(Files.readAllLines(CONSTRUCTED.resolve("score-py.txt")), text.toString());
        Optional<ScorePy.Output> live =
                ScorePy.run(CONSTRUCTED.resolve("gold"), CONSTRUCTED.resolve("pred.jsonl"), true);
        if (live.isPresent()) {
            assertSameFigures(live.get().summary(), e);
            assertLinesInOrder(live.get().lines(), text.toString());
        }
        // the case is far from perfect, so the comparison is not trivial
        assertTrue(e.findings().f1() < 0.9 && e.missing() == 1 && e.exactRate() < 1.0);
    }

    @Test
    void samplesGiveScorePysFigures(@TempDir Path tmp) throws Exception {
        Path gold = Path.of("samples/gold");
        Extractor extractor = Extractor.standard();
        List<JsonNode> preds = new ArrayList<>();
        StringBuilder jsonl = new StringBuilder();
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path s : samples.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Report r = extractor.extract(s.toString(), Files.readAllBytes(s));
                JsonNode node = Json.mapper().valueToTree(r);
                preds.add(node);
                jsonl.append(Json.mapper().writeValueAsString(node)).append('\n');
            }
        }
        Path pred = tmp.resolve("pred.jsonl");
        Files.writeString(pred, jsonl);
        Evaluation e = new Scorer(Scorer.DEFAULT_THRESHOLD).score(GoldFolder.read(gold), preds);
        Optional<ScorePy.Output> live = ScorePy.run(gold, pred, false);
        assertSameFigures(live.isPresent() ? live.get().summary()
                : JSON.readTree(HERE.resolve("score-py-samples.json").toFile()), e);
        StringWriter text = new StringWriter();
        EvaluationText.write(e, text, false);
        List<String> want = live.isPresent() ? live.get().lines()
                : Files.readAllLines(HERE.resolve("score-py-samples.txt"));
        assertLinesInOrder(want, text.toString());
        assertEquals(5, e.reports());
    }

    /** Every key score.py writes has the same value in evaluate's JSON. */
    static void assertSameFigures(JsonNode scorePy, Evaluation e) {
        JsonNode ours = EvaluationJson.tree(e, false);
        for (Iterator<Map.Entry<String, JsonNode>> it = scorePy.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            assertEquals(normalise(f.getValue()), normalise(ours.get(f.getKey())), "key " + f.getKey());
        }
    }

    /** Numbers compared as doubles (Python writes 1.0 where Java may write 1). */
    private static String normalise(JsonNode n) {
        if (n == null) {
            return "(missing)";
        }
        if (n.isNumber()) {
            return Double.toString(n.asDouble());
        }
        if (n.isObject()) {
            StringBuilder sb = new StringBuilder("{");
            n.fields().forEachRemaining(f -> sb.append(f.getKey()).append('=').append(normalise(f.getValue()))
                    .append(','));
            return sb.append('}').toString();
        }
        return n.toString();
    }

    /** score.py's lines appear in evaluate's text, in the same order (evaluate adds lines of its own). */
    static void assertLinesInOrder(List<String> scorePy, String ours) throws IOException {
        List<String> mine = ours.lines().toList();
        int at = 0;
        for (String line : scorePy) {
            int found = mine.subList(at, mine.size()).indexOf(line);
            assertTrue(found >= 0, "score.py's line not found in order: [" + line + "]\nin:\n" + ours);
            at += found + 1;
        }
    }
}
