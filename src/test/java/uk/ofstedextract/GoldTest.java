package uk.ofstedextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Grade;
import uk.ofstedextract.report.Report;

/**
 * Golden tests against hand-made gold. {@code samples/} holds the five samples, with their gold in
 * {@code samples/gold} (every finding must match, exactly in words, in order); {@code corpus/} holds real
 * reports of every era with hand-checked gold (findings F1 at least 0.95 per report, grades and
 * metadata exact). A failure prints what was missed and what was extra.
 */
class GoldTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Without keywords: the gold scores findings, grades and metadata, which keywords do not touch, and
     * keyword tagging is most of an extraction's time (this class was the slowest of the suite).
     */
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();
    /** Each corpus report's score, computed once for its own test and the corpus-wide one. */
    private static final Map<String, Score> SCORES = new ConcurrentHashMap<>();

    static Stream<String> samples() throws IOException {
        return names(Path.of("samples/gold"), ".json");
    }

    static Stream<String> corpus() throws IOException {
        return names(Path.of("src/test/resources/corpus/gold"), ".json");
    }

    private static Stream<String> names(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleMatchesGoldExactly(String name) throws Exception {
        JsonNode gold = JSON.readTree(Path.of("samples/gold", name + ".json").toFile());
        Report r = EXTRACTOR.extract(name + ".txt", Files.readAllBytes(Path.of("samples", name + ".txt")));
        checkMetadataAndGrades(gold, r);
        JsonNode gf = gold.get("findings");
        StringBuilder diff = new StringBuilder();
        for (int i = 0; i < Math.max(gf.size(), r.findings().size()); i++) {
            String want = i < gf.size() ? gf.get(i).get("category").asText() + " " + String.join(" ",
                    GoldScoring.words(gf.get(i).get("text").asText())) : "(none)";
            String got = i < r.findings().size() ? r.findings().get(i).category() + " " + String.join(" ",
                    GoldScoring.words(r.findings().get(i).text())) : "(none)";
            if (!want.equals(got)) {
                diff.append("\n#").append(i + 1).append("\n  gold: ").append(cut(want)).append("\n  got:  ").append(cut(got));
            }
        }
        assertEquals("", diff.toString(), name + ": findings differ from the gold");
    }

    /** Matched, predicted and gold findings of one corpus report, and what was missed or extra. */
    private record Score(int matched, int predicted, int gold, String misses) {
        double f1() {
            return GoldScoring.f1(matched, predicted, gold);
        }
    }

    private static Score score(String name) throws Exception {
        Score known = SCORES.get(name);
        if (known == null) {
            known = scoreOnce(name);
            SCORES.put(name, known);
        }
        return known;
    }

    private static Score scoreOnce(String name) throws Exception {
        JsonNode gold = JSON.readTree(Path.of("src/test/resources/corpus/gold", name + ".json").toFile());
        Report r = EXTRACTOR.extract(name + ".txt",
                Files.readAllBytes(Path.of("src/test/resources/corpus/txt", name + ".txt")));
        checkMetadataAndGrades(gold, r);
        List<Finding> pred = GoldScoring.scored(gold, r);
        List<GoldScoring.Pair> pairs = GoldScoring.match(gold.get("findings"), pred, 0.85);
        StringBuilder misses = new StringBuilder();
        Set<Integer> g = new HashSet<>();
        Set<Integer> p = new HashSet<>();
        pairs.forEach(x -> {
            g.add(x.gold());
            p.add(x.pred());
        });
        for (int i = 0; i < gold.get("findings").size(); i++) {
            if (!g.contains(i)) {
                misses.append("\n  missed [").append(gold.get("findings").get(i).get("category").asText()).append("] ")
                        .append(cut(gold.get("findings").get(i).get("text").asText()));
            }
        }
        for (int i = 0; i < pred.size(); i++) {
            if (!p.contains(i)) {
                misses.append("\n  extra  [").append(pred.get(i).category()).append("] ").append(cut(pred.get(i).text()));
            }
        }
        return new Score(pairs.size(), pred.size(), gold.get("findings").size(), misses.toString());
    }

    /** Each report's findings at F1 0.95 or better, as the class comment says. */
    static final double REPORT_F1 = 0.95;
    /** The corpus gold as a whole (every finding of every report counted once). */
    static final double CORPUS_F1 = 0.97;

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusReportScoresAgainstGold(String name) throws Exception {
        Score s = score(name);
        assertTrue(s.f1() >= REPORT_F1, name + ": findings F1 " + s.f1() + s.misses());
    }

    @Test
    void corpusAsAWholeScoresAtLeast97() throws Exception {
        int matched = 0;
        int predicted = 0;
        int gold = 0;
        for (String name : corpus().toList()) {
            Score s = score(name);
            matched += s.matched();
            predicted += s.predicted();
            gold += s.gold();
        }
        assertTrue(gold > 0, "no corpus gold found");
        double f1 = GoldScoring.f1(matched, predicted, gold);
        assertTrue(f1 >= CORPUS_F1, "findings F1 over the corpus gold: " + f1);
    }

    private static void checkMetadataAndGrades(JsonNode gold, Report r) {
        String name = gold.get("file").asText();
        assertEquals(gold.get("type").asText(), r.type(), name + " type");
        if (gold.hasNonNull("framework")) {
            assertEquals(gold.get("framework").asText(), r.framework(), name + " framework");
        }
        assertEquals(gold.get("provider").get("laCode").asText(), r.provider().laCode(), name + " laCode");
        if (gold.hasNonNull("published")) {
            assertEquals(gold.get("published").asText(), String.valueOf(r.published()), name + " published");
        }
        assertEquals(gold.get("inspection").get("start").asText(), String.valueOf(r.inspection().start()),
                name + " start");
        assertEquals(gold.get("inspection").get("end").asText(), String.valueOf(r.inspection().end()), name + " end");
        assertEquals(gold.get("inspectors").get(0).asText(), r.inspectors().isEmpty() ? null : r.inspectors().get(0),
                name + " lead inspector");
        Set<String> want = new HashSet<>();
        gold.get("grades").forEach(x -> want.add(x.get("judgement").asText() + "=" + x.get("grade").asText()));
        Set<String> got = new HashSet<>();
        for (Grade x : r.grades()) {
            got.add(x.judgement() + "=" + x.grade());
        }
        assertEquals(want, got, name + " grades");
    }

    private static String cut(String s) {
        return s.length() > 140 ? s.substring(0, 140) + "…" : s;
    }
}
