package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ofsted-extract evaluate} as a user runs it: figures, formats, the --min-f1 gate, exit codes. */
class EvaluateCommandTest {
    private static final String CONSTRUCTED = "src/test/resources/evaluate/constructed/";

    @Test
    void scoresTheSamplesAgainstTheirGold() {
        // the command a fresh clone's README shows: the samples' gold ships in samples/gold
        CliTest.Run r = CliTest.run("evaluate", "--gold", "samples/gold", "--min-f1", "0.99", "samples/");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("findings P=1.000 R=1.000 F1=1.000 exact-boundary=1.000 | grades F1=1.000 | "
                + "metadata acc=1.000 | reports 5, missing 0"), r.out());
        assertTrue(r.out().contains("type acc=1.000 (5/5)"), r.out());
    }

    @Test
    void jsonCarriesScorePysKeysAndTheGateFails() throws Exception {
        CliTest.Run r = CliTest.run("evaluate", "--gold", CONSTRUCTED + "gold", "--pred", CONSTRUCTED + "pred.jsonl",
                "--format", "json", "--min-f1", "0.9");
        assertEquals(ExitCode.INPUT_FAILED, r.code());
        assertTrue(r.err().contains("findings F1 0.8342 is below --min-f1 0.9"), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(0.8342, j.get("findings_f1").asDouble());
        assertEquals(0.5, j.get("type_accuracy").asDouble());
        assertEquals(4, j.get("metadata_fields").get("type").get("n").asInt());
        CliTest.Run pass = CliTest.run("evaluate", "--gold", CONSTRUCTED + "gold", "--pred", CONSTRUCTED + "pred.jsonl",
                "--min-f1", "0.8");
        assertEquals(ExitCode.OK, pass.code(), pass.err());
    }

    @Test
    void verboseListsMissesAndFalseAlarms() {
        CliTest.Run r = CliTest.run("evaluate", "--gold", CONSTRUCTED + "gold", "--pred", CONSTRUCTED + "pred.jsonl",
                "--verbose");
        assertTrue(r.out().contains("  extra  [development] An extra finding that the gold does not have."), r.out());
        assertTrue(r.out().contains("  meta  provider.laCode: gold='384' pred='999'"), r.out());
        assertTrue(r.out().contains("  grade missed children in care: inadequate"), r.out());
        assertTrue(r.out().contains("  grade extra  extra judgement: good"), r.out());
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCode.USAGE, CliTest.run("evaluate", "--gold", CONSTRUCTED + "gold").code());
        assertEquals(ExitCode.USAGE, CliTest.run("evaluate", "samples/cra-2010-york.txt").code());
        assertEquals(ExitCode.USAGE, CliTest.run("evaluate", "--gold", "no/such/dir", "samples/").code());
        assertEquals(ExitCode.USAGE, CliTest.run("evaluate", "--gold", CONSTRUCTED + "gold", "--min-f1", "2",
                "--pred", CONSTRUCTED + "pred.jsonl").code());
    }

    @Test
    void keywordAndThemeGoldAreScoredPerPart() throws Exception {
        String gold = "src/test/resources/evaluate/tagging/gold.jsonl";
        CliTest.Run r = CliTest.run("evaluate", "--keyword-gold", gold, "--keyword-pred",
                "src/test/resources/evaluate/tagging/pred.jsonl", "--part", "all");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("keywords all  findings=2 emitted=7 P@5=0.571 R=1.000 F1=0.727"), r.out());
        CliTest.Run j = CliTest.run("evaluate", "--theme-gold", gold, "--format", "json");
        assertEquals(ExitCode.OK, j.code(), j.err());
        JsonNode n = new ObjectMapper().readTree(j.out());
        assertEquals(2, n.get("test").get("themes").get("findings").asInt());
        assertTrue(n.get("test").get("themes").get("perTheme").has("care-leavers"));
        CliTest.Run bad = CliTest.run("evaluate", "--theme-gold", gold, "--part", "dev");
        assertEquals(ExitCode.USAGE, bad.code());
        CliTest.Run none = CliTest.run("evaluate", "samples/");
        assertEquals(ExitCode.USAGE, none.code());
        assertTrue(none.err().contains("give --gold DIR, --keyword-gold FILE or --theme-gold FILE"), none.err());
    }

    @Test
    void aGoldFindingsReportKindChoosesTheCodebookItIsScoredWith(@TempDir Path dir) throws Exception {
        String text = "Leaders have introduced a new phonics programme. Pupils with SEND are supported well.";
        Path gold = Files.writeString(dir.resolve("g.jsonl"),
                "{\"id\": \"a\", \"split\": \"test\", \"kind\": \"school\", \"text\": \"" + text
                        + "\", \"themes\": [\"reading\", \"send\"]}\n");
        JsonNode school = new ObjectMapper().readTree(CliTest.run("evaluate", "--theme-gold", gold.toString(),
                "--format", "json").out()).get("test").get("themes");
        assertEquals(1.0, school.get("perTheme").get("reading").get("precision").asDouble(), school.toString());
        assertTrue(school.get("perTheme").has("send") && !school.get("perTheme").has("leadership"), school.toString());
        Files.writeString(gold, Files.readString(gold).replace("\"kind\": \"school\", ", ""));
        JsonNode unstated = new ObjectMapper().readTree(CliTest.run("evaluate", "--theme-gold", gold.toString(),
                "--format", "json").out()).get("test").get("themes");
        assertEquals(1, unstated.get("perTheme").get("leadership").get("pred").asInt(),
                "without a kind the default codebook tags it ('leaders'): " + unstated);
        assertEquals(0, unstated.get("perTheme").get("reading").get("pred").asInt(), unstated.toString());
    }

    @Test
    void badJsonLinesAreNamedByFileAndLine(@TempDir Path dir) throws Exception {
        // --pred: the bad line is named, the good ones are still scored, and the run says inputs failed
        Path pred = dir.resolve("pred.jsonl");
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of(CONSTRUCTED + "pred.jsonl")));
        lines.add(1, "{\"file\": \"cut off");
        Files.write(pred, lines);
        CliTest.Run r = CliTest.run("evaluate", "--gold", CONSTRUCTED + "gold", "--pred", pred.toString());
        assertEquals(ExitCode.INPUT_FAILED, r.code());
        assertTrue(r.err().contains(pred + ": line 2: not JSON: "), r.err());
        assertTrue(r.out().contains("findings P="), "the other lines are scored: " + r.out());
        // keyword predictions: the first bad line stops the run, named
        Path kw = dir.resolve("kw.jsonl");
        Files.writeString(kw, "{\"id\": \"a\", \"keywords\": []}\n{\"id\": \"b\"}\n");
        CliTest.Run k = CliTest.run("evaluate", "--keyword-gold", "src/test/resources/evaluate/tagging/gold.jsonl",
                "--keyword-pred", kw.toString());
        assertEquals(ExitCode.INPUT_FAILED, k.code());
        assertTrue(k.err().contains(kw + ": line 2: need an object with 'id' and a 'keywords' list"), k.err());
        assertEquals("", k.out());
    }

    @Test
    void inputsAreExtractedAsExtractDoesAndAFailingOneIsNamed() {
        // the same run as extract: a missing file fails alone, named, and the others are still scored
        CliTest.Run r = CliTest.run("evaluate", "--gold", "samples/gold", "--jobs", "2",
                "samples/cra-2010-york.txt", "samples/no-such-report.txt", "samples/cra-2010-wakefield.txt");
        assertEquals(ExitCode.INPUT_FAILED, r.code());
        assertTrue(r.err().contains("samples/no-such-report.txt: no such file"), r.err());
        assertTrue(r.err().contains("1 inputs failed"), r.err());
        assertTrue(r.out().contains("reports 5, missing 3"), "five gold reports, three not extracted: " + r.out());
        assertTrue(r.out().matches("(?s).*\ncra-2010-york\\.txt +14 +14 +14 +1\\.000 .*"), r.out());
    }
}
