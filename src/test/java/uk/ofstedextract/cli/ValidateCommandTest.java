package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code ofsted-extract validate} as CI runs it: exit codes, configuration, thresholds, folders, -o. */
class ValidateCommandTest {
    private static final String CORPUS = "src/test/resources/validate/corpus";

    @Test
    void theConstructedCorpusFailsAndCanBeToleratedByConfiguration(@TempDir Path tmp) throws Exception {
        CliTest.Run r = CliTest.run("validate", CORPUS);
        assertEquals(ExitCode.INPUT_FAILED, r.code(), r.err());
        assertTrue(r.out().contains("ilacs-contradiction.txt:58:1: error [grade-contradicts-text] the text here grades "
                + "children-in-care 'inadequate' but the judgement table (line 13) grades it 'Good'"), r.out());
        assertTrue(r.out().contains("FAILED: 7 of 10 files fail"), r.out());
        // the same corpus passes when seven failing files in ten are tolerated and the mojibake is only a warning
        Path config = tmp.resolve("rules.json");
        Files.writeString(config,
                "{\"rules\": {\"text-mojibake\": \"warning\", \"text-replacement-character\": \"off\"}}");
        Path sarif = tmp.resolve("out/results.sarif");
        CliTest.Run ok = CliTest.run("validate", "--config", config.toString(), "--max-failure-rate", "0.7",
                "--format", "sarif", "-o", sarif.toString(), CORPUS);
        assertEquals(ExitCode.OK, ok.code(), ok.err());
        assertEquals("", ok.out());
        assertTrue(ok.err().contains("10 files, 6 failing: passed"), ok.err());
        JsonNode run = new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0);
        assertEquals(2, run.get("invocations").get(0).get("ruleConfigurationOverrides").size());
    }

    @Test
    void folderWithNothingToCheckFailsMinFiles(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("notes.md"), "not a report");
        CliTest.Run r = CliTest.run("validate", "--min-files", "1", tmp.toString());
        assertEquals(ExitCode.INPUT_FAILED, r.code());
        assertTrue(r.out().contains("corpus: error [corpus-min-files] 0 report files, fewer than the minimum of 1"),
                r.out());
        CliTest.Run byDefault = CliTest.run("validate", tmp.toString());
        assertEquals(ExitCode.INPUT_FAILED, byDefault.code(), "a run that checks no file fails: " + byDefault.out());
        assertTrue(byDefault.err().contains("0 files, 0 failing: FAILED"), byDefault.err());
        assertEquals(ExitCode.OK, CliTest.run("validate", "--min-files", "0", tmp.toString()).code());
    }

    @Test
    void aShortUnknownTextAndAMissingFile(@TempDir Path tmp) throws Exception {
        Path note = Files.createDirectories(tmp.resolve("sub")).resolve("note.txt");
        Files.writeString(note, "Minutes of the meeting\n\nNothing to report.\n", StandardCharsets.UTF_8);
        String gone = tmp.resolve("gone.txt").toString();
        CliTest.Run r = CliTest.run("validate", "--format", "github", tmp.toString(), gone);
        assertEquals(ExitCode.INPUT_FAILED, r.code());
        assertTrue(r.out().contains("::error file=" + note + ",line=1,col=1,title=type-unknown::"), r.out());
        assertTrue(r.out().contains("::warning file=" + note + ",line=1,col=1,title=text-too-short::"), r.out());
        assertTrue(r.out().contains("title=unreadable::no such file"), r.out());
    }

    @Test
    @Timeout(300) // a budget not kept would read the endless input for ever: interrupted, it ends the run
    void validateRunsThroughTheBatchLikeExtraction(@TempDir Path tmp) throws Exception {
        // the names from a NUL-separated list on standard input, after the arguments, in that order
        String york = "samples/cra-2010-york.txt";
        String contradiction = CORPUS + "/ilacs-contradiction.txt";
        byte[] list = (contradiction + "\0" + tmp.resolve("gone.txt") + "\0").getBytes(StandardCharsets.UTF_8);
        CliTest.Run one = CliTest.piped(list, "validate", "--format", "json", "--files-from", "-", "-0", york);
        CliTest.Run two = CliTest.piped(list, "validate", "--format", "json", "--files-from", "-", "-0", "--jobs", "2", york);
        assertEquals(ExitCode.INPUT_FAILED, one.code(), one.err());
        JsonNode files = new ObjectMapper().readTree(one.out()).get("files");
        assertEquals(3, files.size(), one.out());
        assertEquals(york, files.get(0).get("file").asText());
        assertEquals(0, files.get(0).get("issues").size(), "the sample is clean: " + files.get(0));
        assertEquals(contradiction, files.get(1).get("file").asText());
        assertTrue(files.get(1).toString().contains("grade-contradicts-text"), files.get(1).toString());
        // a missing file is an issue of its own, in its place, named on stderr, and the run goes on
        assertEquals("unreadable", files.get(2).get("issues").get(0).get("rule").asText(), files.get(2).toString());
        assertTrue(one.err().contains("gone.txt: no such file"), one.err());
        assertEquals(one.out(), two.out(), "the same result for any number of jobs");
        assertEquals(one.err(), two.err());
        // an input over the per-file budget (one that never ends) fails alone as extraction-failed; the next file is
        // still checked (York, validated above, needs a few milliseconds of the 2 s)
        CliTest.Run slow = CliTest.piped(new EndlessInput(), "validate", "--format", "json", "--timeout-per-file",
                "2", "-", york);
        JsonNode slowFiles = new ObjectMapper().readTree(slow.out()).get("files");
        JsonNode issue = slowFiles.get(0).get("issues").get(0);
        assertEquals("extraction-failed", issue.get("rule").asText(), slow.out());
        assertTrue(issue.get("message").asText().startsWith("timed out after"), issue.toString());
        assertEquals(york, slowFiles.get(1).get("file").asText(), slow.out());
        assertEquals(0, slowFiles.get(1).get("issues").size(), slow.out());
        // the shared options are checked as for extraction
        assertEquals(ExitCode.USAGE, CliTest.run("validate", "-0", york).code(), "-0 without --files-from");
        assertEquals(ExitCode.USAGE, CliTest.run("validate", "--files-from", tmp.resolve("none").toString()).code());
        assertEquals(ExitCode.USAGE, CliTest.piped(list, "validate", "--files-from", "-", "-").code(), "stdin twice");
        assertEquals(ExitCode.USAGE, CliTest.run("validate", "--jobs", "0", york).code());
    }

    @Test
    void warningsFailOnlyWithFailOnWarning() {
        String numbering = CORPUS + "/ilacs-numbering.txt";
        assertEquals(ExitCode.OK, CliTest.run("validate", numbering).code());
        CliTest.Run r = CliTest.run("validate", "--fail-on", "warning", "--format", "json", numbering);
        assertEquals(ExitCode.INPUT_FAILED, r.code());
        assertTrue(r.out().contains("\"failOn\" : \"warning\""), r.out());
    }

    @Test
    void usageErrorsAndTheRuleList(@TempDir Path tmp) throws Exception {
        assertEquals(ExitCode.USAGE, CliTest.run("validate").code());
        assertEquals(ExitCode.USAGE, CliTest.run("validate", "--fail-on", "info", "samples").code());
        assertEquals(ExitCode.USAGE, CliTest.run("validate", "--max-failure-rate", "1.5", "samples").code());
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"rules\": {\"no-such-rule\": \"off\"}}");
        CliTest.Run r = CliTest.run("validate", "--config", bad.toString(), "samples");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("unknown rule 'no-such-rule'"), r.err());
        assertEquals(ExitCode.USAGE, CliTest.run("validate", "--config", tmp.resolve("none.json").toString(),
                "samples").code());
        CliTest.Run list = CliTest.run("validate", "--list-rules");
        assertEquals(ExitCode.OK, list.code());
        assertTrue(list.out().contains("grade-contradicts-text       error"), list.out());
    }
}
